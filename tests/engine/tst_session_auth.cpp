// SmtpSession authentication against the scripted server: the exact AUTH exchange of every
// mechanism, the refusals that must happen before anything secret is sent, the server's
// refusals, a server that never stops challenging, and never a secret in the transcript.

#include "enginetest.h"

#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using smtp::AuthMethod;
using smtp::Credentials;
using smtp::Outcome;
using smtp::Phase;
using testsupport::ScriptedServer;
using testsupport::SessionHarness;
using Category = smtp::Outcome::Category;
using Reason = smtp::Outcome::Reason;

namespace {

const QByteArray delivery = "C: MAIL FROM:<sender@example.test>\n"
                            "S: 250 2.1.0 Ok\n"
                            "C: RCPT TO:<rcpt@example.test>\n"
                            "S: 250 2.1.5 Ok\n"
                            "C: DATA\n"
                            "S: 354 go ahead\n"
                            "BODY\n"
                            "S: 250 2.0.0 Ok: queued as AUTH1\n"
                            "END\n";

// Plain-text sessions that allow credentials in the clear, so every exchange can be read on
// the wire; the TLS tests cover the same paths encrypted.
smtp::SessionSettings authSettings(quint16 port, const Credentials& credentials, AuthMethod method)
{
    smtp::SessionSettings settings = testsupport::testSettings(port);
    settings.credentials = credentials;
    settings.authMethod = method;
    settings.allowPlaintextAuth = true;
    return settings;
}

const Credentials password{u"user"_s, u"pass"_s, Credentials::Kind::Password};
const Credentials token{u"U"_s, u"T"_s, Credentials::Kind::OAuthToken};

} // namespace

class TestSessionAuth : public QObject
{
    Q_OBJECT

private slots:
    void mechanisms_data();
    void mechanisms();
    void plaintextAuthRefused();
    void authNotOffered();
    void mechanismUnavailable();
    void serverRefuses_data();
    void serverRefuses();
    void endlessChallenges_data();
    void endlessChallenges();
};

void TestSessionAuth::mechanisms_data()
{
    QTest::addColumn<QByteArray>("offered");
    QTest::addColumn<AuthMethod>("method");
    QTest::addColumn<Credentials>("credentials");
    // %OAUTHBEARER% stands for the payload, which holds the server's port.
    QTest::addColumn<QByteArray>("exchange");

    const QByteArray all = "AUTH PLAIN LOGIN CRAM-MD5 XOAUTH2 OAUTHBEARER";
    QTest::addRow("PLAIN") << all << AuthMethod::Plain << password
                           << QByteArray("C: AUTH PLAIN AHVzZXIAcGFzcw==\n");
    QTest::addRow("LOGIN") << all << AuthMethod::Login << password
                           << QByteArray("C: AUTH LOGIN\n"
                                         "S: 334 VXNlcm5hbWU6\n"
                                         "C: dXNlcg==\n"
                                         "S: 334 UGFzc3dvcmQ6\n"
                                         "C: cGFzcw==\n");
    // RFC 2195's own example.
    QTest::addRow("CRAM-MD5")
        << all << AuthMethod::CramMd5
        << Credentials{u"tim"_s, u"tanstaaftanstaaf"_s, Credentials::Kind::Password}
        << QByteArray("C: AUTH CRAM-MD5\n"
                      "S: 334 PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+\n"
                      "C: dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw\n");
    QTest::addRow("XOAUTH2") << all << AuthMethod::XOAuth2 << token
                             << QByteArray("C: AUTH XOAUTH2 dXNlcj1VAWF1dGg9QmVhcmVyIFQBAQ==\n");
    QTest::addRow("OAUTHBEARER") << all << AuthMethod::OAuthBearer << token
                                 << QByteArray("C: AUTH OAUTHBEARER %OAUTHBEARER%\n");
    // Auto on a plain-text connection prefers CRAM-MD5: the password never crosses the wire.
    QTest::addRow("auto, plain text, password")
        << QByteArray("AUTH LOGIN PLAIN CRAM-MD5") << AuthMethod::Auto
        << Credentials{u"tim"_s, u"tanstaaftanstaaf"_s, Credentials::Kind::Password}
        << QByteArray("C: AUTH CRAM-MD5\n"
                      "S: 334 PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+\n"
                      "C: dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw\n");
    QTest::addRow("auto, token") << all << AuthMethod::Auto << token
                                 << QByteArray("C: AUTH OAUTHBEARER %OAUTHBEARER%\n");
    QTest::addRow("auto, legacy AUTH= form")
        << QByteArray("AUTH=LOGIN") << AuthMethod::Auto << password
        << QByteArray("C: AUTH LOGIN\n"
                      "S: 334 VXNlcm5hbWU6\n"
                      "C: dXNlcg==\n"
                      "S: 334 UGFzc3dvcmQ6\n"
                      "C: cGFzcw==\n");
}

void TestSessionAuth::mechanisms()
{
    QFETCH(QByteArray, offered);
    QFETCH(AuthMethod, method);
    QFETCH(Credentials, credentials);
    QFETCH(QByteArray, exchange);

    ScriptedServer server;
    QVERIFY(server.listen());
    const QByteArray bearer =
        "n,a=U,\x01host=127.0.0.1\x01port=" + QByteArray::number(server.port()) +
        "\x01"
        "auth=Bearer T\x01\x01";
    exchange.replace("%OAUTHBEARER%", bearer.toBase64());
    QVERIFY2(server.load(testsupport::scriptGreeting({"8BITMIME", offered}) + exchange +
                         "S: 235 2.7.0 Authentication successful\n" + delivery),
             qPrintable(server.failure()));

    SessionHarness harness(authSettings(server.port(), credentials, method));
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    HY_VERIFY_CATEGORY(harness, outcome, Category::Delivered);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
    QVERIFY(!server.authPayloads().isEmpty());
    HY_VERIFY_NO_LEAK(harness, credentials, server);

    // The transcript says that authentication happened and with which mechanism.
    const QByteArray mechanism = exchange.mid(8).split('\n').first().split(' ').first();
    const bool shown =
        std::any_of(harness.records().cbegin(), harness.records().cend(),
                    [&](const smtp::TranscriptRecord& record) {
                        return record.direction == smtp::TranscriptRecord::Direction::Client &&
                               record.text.startsWith(u"AUTH "_s + QString::fromLatin1(mechanism));
                    });
    QVERIFY2(shown, qPrintable(harness.transcriptText()));
}

void TestSessionAuth::plaintextAuthRefused()
{
    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"PIPELINING", "AUTH PLAIN LOGIN"}) + "END\n");
    smtp::SessionSettings settings = authSettings(server.port(), password, AuthMethod::Auto);
    settings.allowPlaintextAuth = false;
    SessionHarness harness(settings);
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    HY_VERIFY_OUTCOME(harness, outcome, Category::Auth, Reason::PlaintextAuthRefused);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
    const QList<QByteArray> after = testsupport::linesAfterGreeting(server);
    QVERIFY2(testsupport::onlyClosingCommands(after), after.join(" | ").constData());
    HY_VERIFY_NO_LEAK(harness, password, server);
}

void TestSessionAuth::authNotOffered()
{
    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"PIPELINING", "8BITMIME"}) + "END\n");
    SessionHarness harness(authSettings(server.port(), password, AuthMethod::Auto));
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    HY_VERIFY_OUTCOME(harness, outcome, Category::Auth, Reason::AuthNotOffered);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
    const QList<QByteArray> after = testsupport::linesAfterGreeting(server);
    QVERIFY2(testsupport::onlyClosingCommands(after), after.join(" | ").constData());
}

void TestSessionAuth::mechanismUnavailable()
{
    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"AUTH PLAIN"}) + "END\n");
    SessionHarness harness(authSettings(server.port(), password, AuthMethod::Login));
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    HY_VERIFY_OUTCOME(harness, outcome, Category::Auth, Reason::AuthMechanismUnavailable);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
    const QList<QByteArray> after = testsupport::linesAfterGreeting(server);
    QVERIFY2(testsupport::onlyClosingCommands(after), after.join(" | ").constData());
}

void TestSessionAuth::serverRefuses_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<Category>("category");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QString>("text");

    QTest::addRow("535 bad credentials")
        << QByteArray("535 5.7.8 Error: authentication failed: authentication failure")
        << Category::Auth << 535 << u"5.7.8"_s << u"authentication failed"_s;
    QTest::addRow("534 web login required")
        << QByteArray("534 5.7.9 Please log in with your web browser") << Category::Auth << 534
        << u"5.7.9"_s << u"web browser"_s;
    QTest::addRow("454 temporary")
        << QByteArray("454 4.7.0 Temporary authentication failure") << Category::Temporary << 454
        << u"4.7.0"_s << u"Temporary authentication failure"_s;
    QTest::addRow("Chinese refusal") << QByteArray("535 Error: 登录失败，请使用授权码登录")
                                     << Category::Auth << 535 << QString() << u"请使用授权码登录"_s;
}

void TestSessionAuth::serverRefuses()
{
    QFETCH(QByteArray, reply);
    QFETCH(Category, category);
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    QFETCH(QString, text);

    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"AUTH PLAIN LOGIN"}) +
                         "C: AUTH PLAIN AHVzZXIAcGFzcw==\n"
                         "S: " +
                         reply +
                         "\n"
                         "END\n");
    SessionHarness harness(authSettings(server.port(), password, AuthMethod::Plain));
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    HY_VERIFY_OUTCOME(harness, outcome, category, Reason::ServerReply);
    QCOMPARE(outcome->phase, Phase::Auth);
    QCOMPARE(outcome->code, code);
    QCOMPARE(outcome->enhanced.toString(), enhanced);
    QVERIFY2(outcome->serverText.contains(text), qPrintable(outcome->serverText));
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
    const QList<QByteArray> after = testsupport::linesAfterGreeting(server).mid(1);
    QVERIFY2(testsupport::onlyClosingCommands(after), after.join(" | ").constData());
    HY_VERIFY_NO_LEAK(harness, password, server);
}

void TestSessionAuth::endlessChallenges_data()
{
    QTest::addColumn<AuthMethod>("method");
    QTest::addColumn<QByteArray>("challenge");
    QTest::addRow("LOGIN") << AuthMethod::Login << QByteArray("UGFzc3dvcmQ6");
    QTest::addRow("CRAM-MD5") << AuthMethod::CramMd5 << QByteArray("PDEyMzQ1QG14LnRlc3Q+");
}

void TestSessionAuth::endlessChallenges()
{
    // The server challenges for ever; the client answers at most MaxChallenges times in all,
    // then gives up on its own rather than wait for the server.
    QFETCH(AuthMethod, method);
    QFETCH(QByteArray, challenge);
    const QByteArray name = method == AuthMethod::Login ? "LOGIN" : "CRAM-MD5";

    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"AUTH LOGIN CRAM-MD5"}) + "C: AUTH " + name +
                         "\n"
                         "CHALLENGE 20 " +
                         challenge + "\nEND\n");
    SessionHarness harness(authSettings(server.port(), password, method));
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    HY_VERIFY_OUTCOME(harness, outcome, Category::Auth, Reason::AuthChallengeLimit);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
    QVERIFY2(server.challengesAnswered() <= smtp::SaslAuthenticator::MaxChallenges,
             qPrintable(QString::number(server.challengesAnswered())));
    QVERIFY(!server.receivedLines().contains("MAIL FROM:<sender@example.test>"));
    HY_VERIFY_NO_LEAK(harness, password, server);
}

QTEST_GUILESS_MAIN(TestSessionAuth)
#include "tst_session_auth.moc"
