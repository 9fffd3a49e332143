// Real delivery through SmtpSession to aiosmtpd (tests/servers/aiosmtpd_server.py) over
// STARTTLS and implicit TLS with authentication: what arrives must be byte for byte what was
// sent, with the envelope intact, and a wrong password must come back as the server's 535.

#include "aiosmtpdserver.h"
#include "enginetest.h"
#include "testcertificates.h"
#include "testrequirement.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using smtp::AuthMethod;
using smtp::Credentials;
using smtp::Outcome;
using smtp::Security;
using testsupport::python;
using testsupport::SessionHarness;
using Category = smtp::Outcome::Category;
using Reason = smtp::Outcome::Reason;

namespace {

const QString user = u"hongyan"_s;
const QString password = u"鸿雁 Passw0rd"_s;

// A MIME message as a mail client would hand it over: CRLF line ends, Chinese text in 8 bit,
// a line starting with a dot, lines close to the 998-byte limit and a base64 attachment.
QByteArray multipartMessage()
{
    // 990 bytes of Chinese, and 998 bytes, the most RFC 5322 allows in a line.
    const QByteArray longChinese = u"鸿雁"_s.toUtf8().repeated(165);
    const QByteArray longAscii = QByteArray("x").repeated(998);
    QByteArray attachment;
    for (int i = 0; i < 3000; ++i)
        attachment += char(i * 7 % 256);
    QByteArray base64;
    const QByteArray encoded = attachment.toBase64();
    for (qsizetype at = 0; at < encoded.size(); at += 76)
        base64 += encoded.mid(at, 76) + "\r\n";

    return "From: =?UTF-8?B?" + u"张三"_s.toUtf8().toBase64() +
           "?= <zhang@example.test>\r\n"
           "To: li@xn--fsqu00a.xn--0zwm56d, wang@example.test\r\n"
           "Subject: =?UTF-8?B?" +
           u"鸿雁传书：集成测试"_s.toUtf8().toBase64() +
           "?=\r\n"
           "Date: Thu, 26 Nov 2026 12:00:00 +0800\r\n"
           "Message-ID: <integration.1@example.test>\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: multipart/mixed; boundary=\"=_hongyan_boundary\"\r\n"
           "\r\n"
           "This is a multi-part message in MIME format.\r\n"
           "--=_hongyan_boundary\r\n"
           "Content-Type: text/plain; charset=UTF-8\r\n"
           "Content-Transfer-Encoding: 8bit\r\n"
           "\r\n" +
           u"你好，李四！\r\n"_s.toUtf8() +
           ".这一行以点开头 (this line starts with a dot)\r\n"
           ".\r\n"
           "..two dots\r\n" +
           longChinese + "\r\n" + longAscii + "\r\n" + u"此致\r\n敬礼\r\n"_s.toUtf8() +
           "--=_hongyan_boundary\r\n"
           "Content-Type: application/octet-stream; name=\"data.bin\"\r\n"
           "Content-Transfer-Encoding: base64\r\n"
           "Content-Disposition: attachment; filename=\"data.bin\"\r\n"
           "\r\n" +
           base64 + "--=_hongyan_boundary--\r\n";
}

} // namespace

class TestAiosmtpd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void delivery_data();
    void delivery();
    void twoMessagesOnOneSession();
    void wrongPassword_data();
    void wrongPassword();

private:
    // Starts the server in `mode` ("starttls" or "implicit").
    bool startServer(const QString& mode);
    smtp::SessionSettings settings(Security security) const;
    QByteArray spooled(const QString& name) const;

    testsupport::TestCertificates m_certificates;
    std::unique_ptr<testsupport::AiosmtpdServer> m_server;
};

void TestAiosmtpd::initTestCase()
{
    QProcess probe;
    probe.start(python(), {u"-c"_s, u"import aiosmtpd"_s});
    HY_REQUIRE(probe.waitForFinished(30000) && probe.exitCode() == 0,
               "python3-aiosmtpd is not installed (Debian package python3-aiosmtpd)");
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));
}

bool TestAiosmtpd::startServer(const QString& mode)
{
    m_server = std::make_unique<testsupport::AiosmtpdServer>();
    return m_server->start(mode, m_certificates.certificatePath(u"server"_s),
                           m_certificates.keyPath(u"server"_s), user, password);
}

void TestAiosmtpd::cleanup()
{
    m_server.reset();
}

smtp::SessionSettings TestAiosmtpd::settings(Security security) const
{
    smtp::SessionSettings settings = testsupport::testSettings(m_server->port(), security);
    settings.caFile = m_certificates.caFile();
    settings.credentials = {user, password, Credentials::Kind::Password};
    return settings;
}

QByteArray TestAiosmtpd::spooled(const QString& name) const
{
    QFile file(QDir(m_server->spool()).filePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestAiosmtpd::delivery_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<Security>("security");
    QTest::addColumn<AuthMethod>("method");
    QTest::addRow("STARTTLS, automatic mechanism")
        << u"starttls"_s << Security::StartTls << AuthMethod::Auto;
    // aiosmtpd's LOGIN prompts are "User Name" and "Password" with a NUL, not the usual
    // "Username:": the client must answer by position, not by prompt text.
    QTest::addRow("STARTTLS, LOGIN") << u"starttls"_s << Security::StartTls << AuthMethod::Login;
    QTest::addRow("implicit TLS, automatic mechanism")
        << u"implicit"_s << Security::ImplicitTls << AuthMethod::Auto;
}

void TestAiosmtpd::delivery()
{
    QFETCH(QString, mode);
    QFETCH(Security, security);
    QFETCH(AuthMethod, method);
    QVERIFY2(startServer(mode), qPrintable(m_server->errorString()));

    smtp::SessionSettings sessionSettings = settings(security);
    sessionSettings.authMethod = method;
    SessionHarness harness(sessionSettings);
    smtp::Envelope envelope =
        testsupport::testEnvelope({u"li@例子.测试"_s, u"wang@example.test"_s});
    envelope.sender = u"zhang@example.test"_s;
    envelope.requires8BitMime = true;
    const QByteArray message = multipartMessage();
    const std::optional<Outcome> outcome = harness.send(envelope, message, 20000);
    HY_VERIFY_CATEGORY(harness, outcome, Category::Delivered);
    QCOMPARE(outcome->queueId(), u"HY0001"_s);
    QCOMPARE(outcome->acceptedRecipientCount(), 2);
    QVERIFY(outcome->tls.encrypted);
    QVERIFY(outcome->tls.verified);
    QVERIFY(harness.quit());
    const QString leak =
        harness.findLeak(testsupport::secretsToHide(sessionSettings.credentials, nullptr));
    QVERIFY2(leak.isEmpty(), qPrintable(leak));

    const QByteArray arrived = spooled(u"0001.eml"_s);
    QCOMPARE(arrived.size(), message.size());
    QVERIFY2(arrived == message, "the message arrived changed");

    const QJsonObject meta = QJsonDocument::fromJson(spooled(u"0001.json"_s)).object();
    QCOMPARE(meta.value(u"mail_from"_s).toString(), u"zhang@example.test"_s);
    QCOMPARE(meta.value(u"rcpt_tos"_s).toArray(),
             (QJsonArray{u"li@xn--fsqu00a.xn--0zwm56d"_s, u"wang@example.test"_s}));
    const QJsonArray options = meta.value(u"mail_options"_s).toArray();
    QVERIFY2(options.contains(u"BODY=8BITMIME"_s), QJsonDocument(options).toJson().constData());
    QVERIFY2(options.contains(u"SIZE=%1"_s.arg(message.size())),
             QJsonDocument(options).toJson().constData());
    QVERIFY(meta.value(u"authenticated"_s).toBool());
    QVERIFY(meta.value(u"encrypted"_s).toBool());
}

void TestAiosmtpd::twoMessagesOnOneSession()
{
    QVERIFY2(startServer(u"starttls"_s), qPrintable(m_server->errorString()));
    SessionHarness harness(settings(Security::StartTls));
    const QByteArray first = "Subject: first\r\n\r\n.one\r\n";
    const QByteArray second = u"Subject: second\r\n\r\n第二封\r\n"_s.toUtf8();
    smtp::Envelope envelope = testsupport::testEnvelope();
    envelope.requires8BitMime = true;
    const std::optional<Outcome> one = harness.send(envelope, first, 20000);
    HY_VERIFY_CATEGORY(harness, one, Category::Delivered);
    const std::optional<Outcome> two = harness.send(envelope, second, 20000);
    HY_VERIFY_CATEGORY(harness, two, Category::Delivered);
    QCOMPARE(two->queueId(), u"HY0002"_s);
    QVERIFY(harness.quit());
    QCOMPARE(spooled(u"0001.eml"_s), first);
    QCOMPARE(spooled(u"0002.eml"_s), second);
}

void TestAiosmtpd::wrongPassword_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<Security>("security");
    QTest::addRow("STARTTLS") << u"starttls"_s << Security::StartTls;
    QTest::addRow("implicit TLS") << u"implicit"_s << Security::ImplicitTls;
}

void TestAiosmtpd::wrongPassword()
{
    QFETCH(QString, mode);
    QFETCH(Security, security);
    QVERIFY2(startServer(mode), qPrintable(m_server->errorString()));
    smtp::SessionSettings sessionSettings = settings(security);
    sessionSettings.credentials.secret = u"not the password"_s;
    SessionHarness harness(sessionSettings);
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage(), 20000);
    HY_VERIFY_OUTCOME(harness, outcome, Category::Auth, Reason::ServerReply);
    QCOMPARE(outcome->code, 535);
    QCOMPARE(outcome->enhanced, smtp::EnhancedStatus(5, 7, 8));
    QVERIFY(harness.quit());
    QVERIFY(QDir(m_server->spool()).entryList(QDir::Files).isEmpty());
    const QString leak =
        harness.findLeak(testsupport::secretsToHide(sessionSettings.credentials, nullptr));
    QVERIFY2(leak.isEmpty(), qPrintable(leak));
}

QTEST_GUILESS_MAIN(TestAiosmtpd)
#include "tst_aiosmtpd.moc"
