#include "providerpresets.h"
#include "settingssource.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using hongyan::ProviderPreset;
using hongyan::ProviderPresets;
using hongyan::SettingsSource;

class TestProviderPresets : public QObject
{
    Q_OBJECT

private slots:
    void embeddedFileLoads();
    void lookup_data();
    void lookup();
    void unknownDomains_data();
    void unknownDomains();
    void wildcardDomain();
    void mailExchanger();
    void everyNoteAndNameIsTranslatable();
    void suggestionForAddress();
    void brokenFilesLoadNothing_data();
    void brokenFilesLoadNothing();
    void settingsSourceRoundTrip_data();
    void settingsSourceRoundTrip();
};

void TestProviderPresets::embeddedFileLoads()
{
    const ProviderPresets presets;
    QVERIFY2(presets.isValid(), qPrintable(presets.errorString()));
    QVERIFY(presets.presets().size() >= 15);
}

void TestProviderPresets::lookup_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<smtp::Security>("security");
    QTest::addColumn<smtp::AuthMethod>("auth");
    QTest::addColumn<QString>("noteKey");

    const auto tls = smtp::Security::ImplicitTls;
    const auto starttls = smtp::Security::StartTls;
    const auto autoAuth = smtp::AuthMethod::Auto;
    const auto oauth = smtp::AuthMethod::XOAuth2;
    QTest::newRow("163") << u"zhang@163.com"_s << u"smtp.163.com"_s << 465 << tls << autoAuth
                         << u"netease-authorization-code"_s;
    QTest::newRow("126") << u"li@126.com"_s << u"smtp.126.com"_s << 465 << tls << autoAuth
                         << u"netease-authorization-code"_s;
    QTest::newRow("yeah.net") << u"wang@yeah.net"_s << u"smtp.yeah.net"_s << 465 << tls << autoAuth
                              << u"netease-authorization-code"_s;
    QTest::newRow("qq") << u"10001@qq.com"_s << u"smtp.qq.com"_s << 465 << tls << autoAuth
                        << u"qq-authorization-code"_s;
    QTest::newRow("foxmail is QQ") << u"fox@foxmail.com"_s << u"smtp.qq.com"_s << 465 << tls
                                   << autoAuth << u"qq-authorization-code"_s;
    QTest::newRow("exmail") << u"boss@exmail.qq.com"_s << u"smtp.exmail.qq.com"_s << 465 << tls
                            << autoAuth << u"exmail-client-password"_s;
    QTest::newRow("aliyun") << u"a@aliyun.com"_s << u"smtp.aliyun.com"_s << 465 << tls << autoAuth
                            << u"aliyun-client-password"_s;
    QTest::newRow("sina") << u"s@sina.com"_s << u"smtp.sina.com"_s << 465 << tls << autoAuth
                          << u"sina-authorization-code"_s;
    QTest::newRow("sohu") << u"s@sohu.com"_s << u"smtp.sohu.com"_s << 465 << tls << autoAuth
                          << u"sohu-independent-password"_s;
    QTest::newRow("139") << u"13800000000@139.com"_s << u"smtp.139.com"_s << 465 << tls << autoAuth
                         << u"mobile-139-authorization-code"_s;
    QTest::newRow("gmail") << u"g@gmail.com"_s << u"smtp.gmail.com"_s << 465 << tls << autoAuth
                           << u"google-app-password"_s;
    QTest::newRow("outlook") << u"o@outlook.com"_s << u"smtp-mail.outlook.com"_s << 587 << starttls
                             << oauth << u"outlook-oauth2"_s;
    QTest::newRow("hotmail is Outlook") << u"h@hotmail.com"_s << u"smtp-mail.outlook.com"_s << 587
                                        << starttls << oauth << u"outlook-oauth2"_s;
    QTest::newRow("office365") << u"x@office365.com"_s << u"smtp.office365.com"_s << 587 << starttls
                               << oauth << u"office365-smtp-auth"_s;
    QTest::newRow("icloud") << u"i@icloud.com"_s << u"smtp.mail.me.com"_s << 587 << starttls
                            << autoAuth << u"apple-app-password"_s;
    QTest::newRow("me.com is iCloud") << u"i@me.com"_s << u"smtp.mail.me.com"_s << 587 << starttls
                                      << autoAuth << u"apple-app-password"_s;
    QTest::newRow("yahoo") << u"y@yahoo.com"_s << u"smtp.mail.yahoo.com"_s << 465 << tls << autoAuth
                           << u"yahoo-app-password"_s;
    QTest::newRow("case and blanks") << u"  Zhang@163.COM. "_s << u"smtp.163.com"_s << 465 << tls
                                     << autoAuth << u"netease-authorization-code"_s;
}

void TestProviderPresets::lookup()
{
    QFETCH(QString, address);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(smtp::Security, security);
    QFETCH(smtp::AuthMethod, auth);
    QFETCH(QString, noteKey);

    const ProviderPresets presets;
    const auto preset = presets.forAddress(address);
    QVERIFY(preset.has_value());
    QCOMPARE(preset->host, host);
    QCOMPARE(preset->port, quint16(port));
    QCOMPARE(preset->security, security);
    QCOMPARE(preset->authMethod, auth);
    QCOMPARE(preset->noteKey, noteKey);
    QCOMPARE(preset->userNameFor(address), address.trimmed());
    QVERIFY(preset->helpUrl.isValid());
    QCOMPARE(preset->helpUrl.scheme(), u"https"_s);
}

void TestProviderPresets::unknownDomains_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("unknown") << u"me@example.org"_s;
    QTest::newRow("suffix is not a subdomain") << u"me@not163.com"_s;
    QTest::newRow("subdomain of an exact entry") << u"me@mail.163.com"_s;
    QTest::newRow("no at sign") << u"163.com"_s;
    QTest::newRow("empty domain") << u"me@"_s;
}

void TestProviderPresets::unknownDomains()
{
    QFETCH(QString, address);
    const ProviderPresets presets;
    QVERIFY(!presets.forAddress(address).has_value());
}

void TestProviderPresets::wildcardDomain()
{
    const ProviderPresets presets;
    const auto preset = presets.forAddress(u"it@contoso.onmicrosoft.com"_s);
    QVERIFY(preset.has_value());
    QCOMPARE(preset->id, u"office365"_s);
    QVERIFY(!presets.forDomain(u"onmicrosoft.com"_s).has_value());
}

void TestProviderPresets::mailExchanger()
{
    const ProviderPresets presets;
    QCOMPARE(presets.forMailExchanger(u"mxbiz1.qq.com."_s)->id, u"tencent-exmail"_s);
    QCOMPARE(presets.forMailExchanger(u"contoso-com.mail.protection.outlook.com"_s)->id,
             u"office365"_s);
    QCOMPARE(presets.forMailExchanger(u"aspmx.l.google.com"_s)->id, u"gmail"_s);
    QCOMPARE(presets.forMailExchanger(u"mxw.mxhichina.com"_s)->id, u"aliyun-enterprise"_s);
    QVERIFY(!presets.forMailExchanger(u"notgoogle.com"_s).has_value());
    QVERIFY(!presets.forMailExchanger(u"mx.example.org"_s).has_value());
}

void TestProviderPresets::everyNoteAndNameIsTranslatable()
{
    const ProviderPresets presets;
    const QStringList names = ProviderPresets::knownProviderNames();
    QSet<QString> domains;
    for (const ProviderPreset& preset : presets.presets()) {
        QVERIFY2(!ProviderPresets::noteText(preset.noteKey).isEmpty(), qPrintable(preset.id));
        QVERIFY2(names.contains(preset.name), qPrintable(preset.name));
        for (const QString& domain : preset.domains) {
            QVERIFY2(!domains.contains(domain), qPrintable(u"listed twice: "_s + domain));
            domains.insert(domain);
        }
    }
    QVERIFY(ProviderPresets::noteText(u"no-such-note"_s).isEmpty());
    for (const QString& key : ProviderPresets::knownNoteKeys())
        QVERIFY(!ProviderPresets::noteText(key).isEmpty());
    // The NetEase and QQ notes name the client authorization code users must generate.
    QVERIFY(ProviderPresets::noteText(u"netease-authorization-code"_s).contains(u"授权码"_s));
    QVERIFY(ProviderPresets::noteText(u"qq-authorization-code"_s).contains(u"授权码"_s));
    QVERIFY(ProviderPresets::noteText(u"outlook-oauth2"_s).contains(u"OAuth2"_s));
    QVERIFY(ProviderPresets::noteText(u"google-app-password"_s).contains(u"app password"_s));
}

void TestProviderPresets::suggestionForAddress()
{
    const ProviderPresets presets;
    const auto preset = presets.forAddress(u"fox@foxmail.com"_s);
    QVERIFY(preset.has_value());
    const auto server =
        ProviderPresets::suggestion(*preset, u"fox@foxmail.com"_s,
                                    SettingsSource(SettingsSource::Kind::Preset, u"foxmail.com"_s));
    QCOMPARE(server.host, u"smtp.qq.com"_s);
    QCOMPARE(server.user, u"fox@foxmail.com"_s);
    QCOMPARE(server.providerId, u"qq"_s);
    QCOMPARE(server.source.key(), u"preset:foxmail.com"_s);

    ProviderPreset local = *preset;
    local.userName = ProviderPreset::UserName::LocalPart;
    QCOMPARE(local.userNameFor(u"fox@foxmail.com"_s), u"fox"_s);
}

void TestProviderPresets::brokenFilesLoadNothing_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QByteArray good =
        R"({"id":"x","name":"X","domains":["x.test"],"host":"smtp.x.test","port":465,)"
        R"("security":"tls","note":"n"})";
    QTest::newRow("not json") << QByteArray("{") << u"not valid JSON"_s;
    QTest::newRow("no providers") << QByteArray(R"({"providers":[]})") << u"no providers"_s;
    QByteArray badPort = good;
    badPort.replace("465", "70000");
    QTest::newRow("bad port") << (R"({"providers":[)" + badPort + "]}") << u"port"_s;
    QByteArray badSecurity = good;
    badSecurity.replace(R"("tls")", R"("ssl")");
    QTest::newRow("bad security") << (R"({"providers":[)" + badSecurity + "]}") << u"security"_s;
    QByteArray httpHelp = good;
    httpHelp.replace(R"("note":"n")", R"("note":"n","helpUrl":"http://x.test/")");
    QTest::newRow("help not https") << (R"({"providers":[)" + httpHelp + "]}") << u"https"_s;
    QByteArray noDomains = good;
    noDomains.replace(R"("domains":["x.test"],)", "");
    QTest::newRow("no domains") << (R"({"providers":[)" + noDomains + "]}") << u"domains"_s;
}

void TestProviderPresets::brokenFilesLoadNothing()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"providers.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    const ProviderPresets presets(file.fileName());
    QVERIFY(!presets.isValid());
    QVERIFY2(presets.errorString().contains(error), qPrintable(presets.errorString()));
    QVERIFY(presets.presets().isEmpty());
    QVERIFY(!presets.forDomain(u"x.test"_s).has_value());
}

void TestProviderPresets::settingsSourceRoundTrip_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("key");
    QTest::newRow("preset") << int(SettingsSource::Kind::Preset) << u"163.com"_s
                            << u"preset:163.com"_s;
    QTest::newRow("autoconfig")
        << int(SettingsSource::Kind::Autoconfig)
        << u"https://autoconfig.example.org/mail/config-v1.1.xml"_s
        << u"autoconfig:https://autoconfig.example.org/mail/config-v1.1.xml"_s;
    QTest::newRow("srv") << int(SettingsSource::Kind::Srv) << u"_submissions._tcp.example.org"_s
                         << u"srv:_submissions._tcp.example.org"_s;
    QTest::newRow("probe") << int(SettingsSource::Kind::Probe) << u"smtp.example.org:465"_s
                           << u"probe:smtp.example.org:465"_s;
    QTest::newRow("manual") << int(SettingsSource::Kind::Manual) << QString() << u"manual"_s;
}

void TestProviderPresets::settingsSourceRoundTrip()
{
    QFETCH(int, kind);
    QFETCH(QString, origin);
    QFETCH(QString, key);
    const SettingsSource source(SettingsSource::Kind(kind), origin);
    QCOMPARE(source.key(), key);
    QCOMPARE(SettingsSource::fromKey(key), source);
    QVERIFY(!source.description().isEmpty());
    if (!origin.isEmpty())
        QVERIFY(source.description().contains(origin));
    QCOMPARE(SettingsSource::fromKey(u"nonsense"_s).kind(), SettingsSource::Kind::Manual);
    QCOMPARE(SettingsSource::fromKey(QString()).kind(), SettingsSource::Kind::Manual);
}

QTEST_GUILESS_MAIN(TestProviderPresets)
#include "tst_providerpresets.moc"
