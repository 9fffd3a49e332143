#include "autoconfigparser.h"
#include "helperprocess.h"
#include "providerpresets.h"
#include "serverdiscovery.h"
#include "translations.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using hongyan::AutoconfigParser;
using hongyan::DiscoveredServer;
using hongyan::ProviderPresets;
using hongyan::ServerDiscovery;
using hongyan::SettingsSource;

namespace {

const QByteArray TypicalFile = R"(<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="example.test">
    <domain>example.test</domain>
    <displayName>Example Mail</displayName>
    <incomingServer type="imap">
      <hostname>imap.example.test</hostname>
      <port>993</port>
      <socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username>
      <authentication>password-cleartext</authentication>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.example.test</hostname>
      <port>465</port>
      <socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username>
      <authentication>password-cleartext</authentication>
    </outgoingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.example.test</hostname>
      <port>587</port>
      <socketType>STARTTLS</socketType>
      <username>%EMAILADDRESS%</username>
      <authentication>password-cleartext</authentication>
    </outgoingServer>
  </emailProvider>
</clientConfig>
)";

QByteArray oneServer(const QByteArray& inner)
{
    return R"(<clientConfig version="1.1"><emailProvider id="x"><outgoingServer type="smtp">)" +
           inner + "</outgoingServer></emailProvider></clientConfig>";
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    if (!QDir().mkpath(QFileInfo(path).path()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestAutoconfig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typicalFile();
    void placeholders();
    void plainComesLast();
    void authentication_data();
    void authentication();
    void unusableFiles_data();
    void unusableFiles();
    void whyIsInTheUiLanguage();

    void discoveryFromFirstUrl();
    void discoveryFallsBackToWellKnown();
    void discoveryMovesOnFromUselessFile();
    void presetNeedsNoNetwork();

private:
    // Runs a discovery against the local HTTP server only (no DNS answers, no probes).
    struct Run
    {
        QList<DiscoveredServer> found;
        QStringList tried;
        QStringList progress;
    };
    Run discover(const QString& address);

    QTemporaryDir m_root;
    testsupport::HelperProcess m_http;
    QString m_baseUrl;
    ProviderPresets m_presets;
};

void TestAutoconfig::initTestCase()
{
    QVERIFY(m_root.isValid());
    QVERIFY2(m_presets.isValid(), qPrintable(m_presets.errorString()));
    // First URL pattern: <root>/autoconfig.<domain>/mail/config-v1.1.xml; second:
    // <root>/<domain>/.well-known/autoconfig/mail/config-v1.1.xml (as the real hosts serve).
    QVERIFY(
        writeFile(m_root.filePath(u"autoconfig.first.test/mail/config-v1.1.xml"_s), TypicalFile));
    QByteArray starttlsOnly = oneServer(
        "<hostname>submit.second.test</hostname><port>587</port><socketType>STARTTLS</socketType>"
        "<username>%EMAILLOCALPART%</username><authentication>OAuth2</authentication>");
    QVERIFY(writeFile(m_root.filePath(u"second.test/.well-known/autoconfig/mail/config-v1.1.xml"_s),
                      starttlsOnly));
    QVERIFY(writeFile(m_root.filePath(u"autoconfig.useless.test/mail/config-v1.1.xml"_s),
                      "<html><body>Welcome to our parked domain</body></html>"));
    QVERIFY(
        writeFile(m_root.filePath(u"useless.test/.well-known/autoconfig/mail/config-v1.1.xml"_s),
                  TypicalFile));

    const QString python = qEnvironmentVariable("HONGYAN_PYTHON", u"/usr/bin/python3"_s);
    QVERIFY2(m_http.start(python,
                          {u"-u"_s, u"-m"_s, u"http.server"_s, u"--bind"_s, u"127.0.0.1"_s,
                           u"--directory"_s, m_root.path(), u"0"_s},
                          QRegularExpression(u"port (\\d+)"_s)),
             qPrintable(m_http.errorString()));
    m_baseUrl = u"http://127.0.0.1:%1/"_s.arg(m_http.readyMatch().captured(1));
}

void TestAutoconfig::typicalFile()
{
    const auto result = AutoconfigParser::parse(TypicalFile, u"zhang@example.test"_s);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.displayName, u"Example Mail"_s);
    QCOMPARE(result.servers.size(), 2);
    QCOMPARE(result.servers[0].host, u"smtp.example.test"_s);
    QCOMPARE(result.servers[0].port, quint16(465));
    QCOMPARE(result.servers[0].security, smtp::Security::ImplicitTls);
    QCOMPARE(result.servers[0].user, u"zhang@example.test"_s);
    QCOMPARE(result.servers[0].authMethod, smtp::AuthMethod::Auto);
    QCOMPARE(result.servers[1].port, quint16(587));
    QCOMPARE(result.servers[1].security, smtp::Security::StartTls);
}

void TestAutoconfig::placeholders()
{
    const auto result = AutoconfigParser::parse(
        oneServer("<hostname>smtp.%EMAILDOMAIN%</hostname><port>465</port>"
                  "<socketType>SSL</socketType><username>%EMAILLOCALPART%</username>"),
        u"li@Corp.Example"_s);
    QCOMPARE(result.servers.size(), 1);
    QCOMPARE(result.servers[0].host, u"smtp.corp.example"_s);
    QCOMPARE(result.servers[0].user, u"li"_s);
}

void TestAutoconfig::plainComesLast()
{
    const QByteArray xml = R"(<clientConfig version="1.1"><emailProvider id="x">
        <outgoingServer type="smtp"><hostname>plain.x.test</hostname><port>25</port>
          <socketType>plain</socketType></outgoingServer>
        <outgoingServer type="smtp"><hostname>tls.x.test</hostname><port>465</port>
          <socketType>SSL</socketType></outgoingServer>
        </emailProvider></clientConfig>)";
    const auto result = AutoconfigParser::parse(xml, u"a@x.test"_s);
    QCOMPARE(result.servers.size(), 2);
    QCOMPARE(result.servers[0].host, u"tls.x.test"_s);
    QCOMPARE(result.servers[1].host, u"plain.x.test"_s);
    QCOMPARE(result.servers[1].security, smtp::Security::Plain);
}

void TestAutoconfig::authentication_data()
{
    QTest::addColumn<QByteArray>("methods");
    QTest::addColumn<int>("expected"); // -1: the server is unusable
    QTest::newRow("cleartext") << QByteArray("<authentication>password-cleartext</authentication>")
                               << int(smtp::AuthMethod::Auto);
    QTest::newRow("encrypted") << QByteArray("<authentication>password-encrypted</authentication>")
                               << int(smtp::AuthMethod::CramMd5);
    QTest::newRow("oauth2 first") << QByteArray("<authentication>OAuth2</authentication>"
                                                "<authentication>password-cleartext"
                                                "</authentication>")
                                  << int(smtp::AuthMethod::XOAuth2);
    QTest::newRow("unsupported then usable")
        << QByteArray("<authentication>GSSAPI</authentication>"
                      "<authentication>password-cleartext</authentication>")
        << int(smtp::AuthMethod::Auto);
    QTest::newRow("none") << QByteArray("<authentication>none</authentication>")
                          << int(smtp::AuthMethod::None);
    QTest::newRow("only unsupported") << QByteArray("<authentication>NTLM</authentication>") << -1;
}

void TestAutoconfig::authentication()
{
    QFETCH(QByteArray, methods);
    QFETCH(int, expected);
    const auto result = AutoconfigParser::parse(
        oneServer("<hostname>smtp.x.test</hostname><port>465</port><socketType>SSL</socketType>" +
                  methods),
        u"a@x.test"_s);
    if (expected < 0) {
        QVERIFY(result.servers.isEmpty());
        QVERIFY(result.error.contains(u"no SMTP server Hongyan can use"_s));
        return;
    }
    QCOMPARE(result.servers.size(), 1);
    QCOMPARE(int(result.servers[0].authMethod), expected);
}

void TestAutoconfig::unusableFiles_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::newRow("not XML") << QByteArray("<html><body>parked</body></html>");
    QTest::newRow("truncated") << QByteArray(TypicalFile).left(400);
    QTest::newRow("incoming only")
        << QByteArray(R"(<clientConfig version="1.1"><emailProvider id="x"><incomingServer )"
                      R"(type="imap"><hostname>imap.x.test</hostname></incomingServer>)"
                      "</emailProvider></clientConfig>");
    QTest::newRow("bad port") << oneServer(
        "<hostname>smtp.x.test</hostname><port>99999</port><socketType>SSL</socketType>");
    QTest::newRow("host with spaces") << oneServer(
        "<hostname>smtp x.test</hostname><port>465</port><socketType>SSL</socketType>");
    QTest::newRow("unknown socket type") << oneServer(
        "<hostname>smtp.x.test</hostname><port>465</port><socketType>TLS1.3</socketType>");
    QTest::newRow("empty") << QByteArray();
}

void TestAutoconfig::unusableFiles()
{
    QFETCH(QByteArray, xml);
    const auto result = AutoconfigParser::parse(xml, u"a@x.test"_s);
    QVERIFY(result.servers.isEmpty());
    QVERIFY(!result.error.isEmpty());
}

// Issue 18, item 6: the reason was English inside the Chinese "The autoconfig file at %1 is
// of no use: %2."
void TestAutoconfig::whyIsInTheUiLanguage()
{
    const auto english = qScopeGuard([] { hongyan::Translations::install(u"en"_s); });
    hongyan::Translations::install(u"zh_CN"_s);
    const QByteArray incomingOnly(
        R"(<clientConfig version="1.1"><emailProvider id="x"><incomingServer type="imap">)"
        "<hostname>imap.x.test</hostname></incomingServer></emailProvider></clientConfig>");
    QCOMPARE(AutoconfigParser::parse(incomingOnly, u"a@x.test"_s).error,
             u"该文件中没有列出 SMTP 服务器"_s);
    QCOMPARE(AutoconfigParser::parse("<html/>", u"a@x.test"_s).error,
             u"该文档不是 clientConfig 配置"_s);
    hongyan::Translations::install(u"en"_s);
    QCOMPARE(AutoconfigParser::parse(incomingOnly, u"a@x.test"_s).error,
             u"the file lists no SMTP server"_s);
}

TestAutoconfig::Run TestAutoconfig::discover(const QString& address)
{
    Run run;
    ServerDiscovery discovery(m_presets);
    discovery.setAutoconfigUrls(
        {m_baseUrl + u"autoconfig.{domain}/mail/config-v1.1.xml?emailaddress={address}"_s,
         m_baseUrl + u"{domain}/.well-known/autoconfig/mail/config-v1.1.xml"_s});
    // Nothing listens on port 53 there: DNS steps fail at once and say so.
    discovery.setNameserver(QHostAddress(u"127.0.0.1"_s));
    discovery.setProbeTargets({});
    discovery.setStepTimeout(5s);
    QSignalSpy found(&discovery, &ServerDiscovery::found);
    QSignalSpy failed(&discovery, &ServerDiscovery::failed);
    QSignalSpy progress(&discovery, &ServerDiscovery::progress);
    discovery.start(address);
    if (!QTest::qWaitFor([&] { return !found.isEmpty() || !failed.isEmpty(); }, 30000))
        return run;
    for (const auto& arguments : found)
        run.found.append(arguments.at(0).value<DiscoveredServer>());
    if (!failed.isEmpty())
        run.tried = failed.first().at(0).toStringList();
    for (const auto& arguments : progress)
        run.progress.append(arguments.at(0).toString());
    return run;
}

void TestAutoconfig::discoveryFromFirstUrl()
{
    const Run run = discover(u"zhang@first.test"_s);
    QCOMPARE(run.found.size(), 1);
    const DiscoveredServer& server = run.found.first();
    QCOMPARE(server.host, u"smtp.example.test"_s);
    QCOMPARE(server.port, quint16(465));
    QCOMPARE(server.security, smtp::Security::ImplicitTls);
    QCOMPARE(server.user, u"zhang@first.test"_s);
    QCOMPARE(server.source.kind(), SettingsSource::Kind::Autoconfig);
    QCOMPARE(server.source.origin(), m_baseUrl + u"autoconfig.first.test/mail/config-v1.1.xml"_s);
    QVERIFY(server.source.description().contains(server.source.origin()));
}

void TestAutoconfig::discoveryFallsBackToWellKnown()
{
    const Run run = discover(u"wang@second.test"_s);
    QCOMPARE(run.found.size(), 1);
    const DiscoveredServer& server = run.found.first();
    QCOMPARE(server.host, u"submit.second.test"_s);
    QCOMPARE(server.port, quint16(587));
    QCOMPARE(server.security, smtp::Security::StartTls);
    QCOMPARE(server.authMethod, smtp::AuthMethod::XOAuth2);
    QCOMPARE(server.user, u"wang"_s);
    QCOMPARE(server.source.origin(),
             m_baseUrl + u"second.test/.well-known/autoconfig/mail/config-v1.1.xml"_s);
    // The first URL was tried and the user is told why it did not help.
    QVERIFY2(run.progress.join(u'\n').contains(u"HTTP 404"_s),
             qPrintable(run.progress.join(u'\n')));
}

void TestAutoconfig::discoveryMovesOnFromUselessFile()
{
    const Run run = discover(u"a@useless.test"_s);
    QCOMPARE(run.found.size(), 1);
    QVERIFY(run.found.first().source.origin().contains(u"/.well-known/"_s));

    // Nothing anywhere: every step is listed in what was tried.
    const Run nothing = discover(u"a@nowhere.test"_s);
    QVERIFY(nothing.found.isEmpty());
    const QString tried = nothing.tried.join(u'\n');
    QVERIFY2(tried.contains(u"autoconfig.nowhere.test"_s), qPrintable(tried));
    QVERIFY2(tried.contains(u"_submissions._tcp.nowhere.test"_s), qPrintable(tried));
    QVERIFY2(tried.contains(u"_submission._tcp.nowhere.test"_s), qPrintable(tried));
    QVERIFY2(tried.contains(u"MX records for nowhere.test"_s), qPrintable(tried));
}

void TestAutoconfig::presetNeedsNoNetwork()
{
    ServerDiscovery discovery(m_presets);
    discovery.setAutoconfigUrls({u"http://127.0.0.1:1/never"_s});
    QSignalSpy found(&discovery, &ServerDiscovery::found);
    QSignalSpy progress(&discovery, &ServerDiscovery::progress);
    discovery.start(u"zhang@163.com"_s);
    QVERIFY(found.isEmpty()); // reported from the event loop, not from inside start()
    QVERIFY(found.wait(5000));
    const auto server = found.first().at(0).value<DiscoveredServer>();
    QCOMPARE(server.host, u"smtp.163.com"_s);
    QCOMPARE(server.source.key(), u"preset:163.com"_s);
    QCOMPARE(server.noteKey, u"netease-authorization-code"_s);
    QVERIFY(progress.isEmpty());
}

QTEST_GUILESS_MAIN(TestAutoconfig)
#include "tst_autoconfig.moc"
