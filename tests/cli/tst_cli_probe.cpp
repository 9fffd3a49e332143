// hongyan-cli probe and console. probe: PASS/FAIL per step, capabilities before and after
// TLS, the certificate chain, the same exit statuses as send, and its --json report, against
// the scripted server and against aiosmtpd. console: commands piped in one per line reach the
// server as typed (STARTTLS, AUTH and DATA through the engine), and a STARTTLS response
// injection ends the session with exit status 4.

#include "clitest.h"
#include "scriptedserver.h"
#include "sessionharness.h"
#include "testcertificates.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using clitest::CliRun;
using testsupport::ScriptedServer;

namespace {

const QString user = u"prober@example.test"_s;
const QString secret = u"probe-Geheimnis-密码"_s;

const QByteArray greetingWithStartTls = "S: 220 mx.test ESMTP ready\n"
                                        "C: EHLO client.test\n"
                                        "S: 250-mx.test\n"
                                        "S: 250-SIZE 1000000\n"
                                        "S: 250 STARTTLS\n";
const QByteArray startTls = "C: STARTTLS\n"
                            "S: 220 2.0.0 Ready to start TLS\n"
                            "TLS\n"
                            "C: EHLO client.test\n"
                            "S: 250-mx.test\n"
                            "S: 250-SIZE 1000000\n"
                            "S: 250 AUTH PLAIN LOGIN\n";
const QByteArray end = "END\n";

// The stdout line of a step: its name, then PASS, FAIL or SKIP.
bool hasStep(const QString& output, const QString& step, const QString& verdict)
{
    return QRegularExpression(u"^"_s + QRegularExpression::escape(step) + u"\\s+"_s + verdict +
                                  u"\\b"_s,
                              QRegularExpression::MultilineOption)
        .match(output)
        .hasMatch();
}

// The lines below a heading such as "Capabilities before TLS:", up to the next heading.
QStringList section(const QString& output, const QString& heading)
{
    QStringList lines = output.split(u'\n');
    const qsizetype start = lines.indexOf(heading);
    if (start < 0)
        return {};
    QStringList body;
    for (qsizetype i = start + 1; i < lines.size() && lines[i].startsWith(u"  "_s); ++i)
        body.append(lines[i].trimmed());
    return body;
}

} // namespace

class TestCliProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void probe_data();
    void probe();
    void probeAiosmtpd_data();
    void probeAiosmtpd();
    void hostileCapabilitiesAreEscaped();
    void console_data();
    void console();

private:
    std::unique_ptr<ScriptedServer> startServer(const QByteArray& script,
                                                const QString& certificate);

    testsupport::TestCertificates m_certificates;
    QTemporaryDir m_dir;
    QString m_passwordFile;
};

void TestCliProbe::initTestCase()
{
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));
    QVERIFY(m_dir.isValid());
    m_passwordFile = m_dir.filePath(u"password"_s);
    QVERIFY(clitest::writeBytes(m_passwordFile, secret.toUtf8() + '\n'));
}

std::unique_ptr<ScriptedServer> TestCliProbe::startServer(const QByteArray& script,
                                                          const QString& certificate)
{
    return clitest::startScriptedServer(m_certificates, script, certificate);
}

void TestCliProbe::probe_data()
{
    QTest::addColumn<QByteArray>("script"); // empty: nothing listens on the port
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("steps");  // "Step=VERDICT", in stdout without --json
    QTest::addColumn<QStringList>("before"); // capability lines before TLS
    QTest::addColumn<QStringList>("after");  // and after

    const QStringList starttls{u"--security"_s, u"starttls"_s};
    const QStringList auth{u"--user"_s, user, u"--password-file"_s, m_passwordFile};
    const QStringList beforeTls{u"SIZE 1000000"_s, u"STARTTLS"_s};
    const QStringList afterTls{u"SIZE 1000000"_s, u"AUTH PLAIN LOGIN"_s};

    QTest::addRow("0 STARTTLS") << greetingWithStartTls + startTls + end << u"server"_s << starttls
                                << 0
                                << QStringList{u"DNS=PASS"_s, u"TCP connect=PASS"_s, u"EHLO=PASS"_s,
                                               u"STARTTLS=PASS"_s}
                                << beforeTls << afterTls;
    QTest::addRow("0 STARTTLS, AUTH and MAIL FROM test")
        << greetingWithStartTls + startTls +
               "C~ AUTH PLAIN \\S+\nS: 235 2.7.0 Authentication successful\n"
               "C: MAIL FROM:<probe@example.test>\nS: 250 2.1.0 Ok\nC: RSET\nS: 250 2.0.0 Ok\n" +
               end
        << u"server"_s << starttls + auth + QStringList{u"--mail-from"_s, u"probe@example.test"_s}
        << 0
        << QStringList{u"EHLO=PASS"_s, u"STARTTLS=PASS"_s, u"AUTH=PASS"_s, u"MAIL FROM test=PASS"_s}
        << beforeTls << afterTls;
    QTest::addRow("0 implicit TLS")
        << QByteArray("TLS\nS: 220 mx.test ESMTP ready\nC: EHLO client.test\n"
                      "S: 250-mx.test\nS: 250 AUTH PLAIN\n") +
               end
        << u"server"_s << QStringList{u"--security"_s, u"tls"_s} << 0
        << QStringList{u"TCP connect=PASS"_s, u"TLS=PASS"_s, u"EHLO=PASS"_s} << QStringList()
        << QStringList{u"AUTH PLAIN"_s};
    QTest::addRow("3 connection refused")
        << QByteArray() << QString() << starttls << 3
        << QStringList{u"DNS=PASS"_s, u"TCP connect=FAIL"_s} << QStringList() << QStringList();
    QTest::addRow("4 STARTTLS not offered")
        << QByteArray("S: 220 mx.test ESMTP ready\nC: EHLO client.test\nS: 250-mx.test\n"
                      "S: 250 AUTH PLAIN\n") +
               end
        << u"server"_s << starttls << 4 << QStringList{u"EHLO=PASS"_s, u"STARTTLS=FAIL"_s}
        << QStringList{u"AUTH PLAIN"_s} << QStringList();
    QTest::addRow("4 untrusted certificate, implicit TLS")
        << QByteArray("TLS\n") + end << u"self-signed"_s
        << QStringList{u"--security"_s, u"tls"_s} + auth << 4
        << QStringList{u"TCP connect=PASS"_s, u"TLS=FAIL"_s} << QStringList() << QStringList();
    QTest::addRow("5 AUTH refused")
        << greetingWithStartTls + startTls +
               "C~ AUTH PLAIN \\S+\nS: 535 5.7.8 Authentication credentials invalid\n" + end
        << u"server"_s << starttls + auth << 5 << QStringList{u"STARTTLS=PASS"_s, u"AUTH=FAIL"_s}
        << beforeTls << afterTls;
}

void TestCliProbe::probe()
{
    QFETCH(QByteArray, script);
    QFETCH(QString, certificate);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, steps);
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);

    const auto probeArguments = [&](quint16 port) {
        return QStringList{u"probe"_s,
                           u"--server"_s,
                           u"127.0.0.1"_s,
                           u"--port"_s,
                           QString::number(port),
                           u"--ehlo"_s,
                           u"client.test"_s,
                           u"--ca-file"_s,
                           m_certificates.caFile(),
                           u"--timeout"_s,
                           u"5"_s} +
               arguments;
    };

    // For people.
    {
        const std::unique_ptr<ScriptedServer> server =
            script.isEmpty() ? nullptr : startServer(script, certificate);
        const CliRun run =
            clitest::runCli(probeArguments(server ? server->port() : clitest::closedPort()));
        QVERIFY2(run.finished, qPrintable(run.describe()));
        if (run.exitCode != exitCode)
            qWarning().noquote() << run.describe();
        QCOMPARE(run.exitCode, exitCode);
        for (const QString& step : steps) {
            const QStringList parts = step.split(u'=');
            QVERIFY2(hasStep(run.out(), parts[0], parts[1]), qPrintable(step + run.describe()));
        }
        QCOMPARE(section(run.out(), u"Capabilities before TLS:"_s).mid(1), before);
        QCOMPARE(section(run.out(), u"Capabilities after TLS:"_s).mid(1), after);
        if (exitCode == 0) {
            QVERIFY2(!run.out().contains(u"FAIL"_s), qPrintable(run.describe()));
            QVERIFY2(run.standardError.isEmpty(), qPrintable(run.describe()));
        } else {
            QVERIFY2(run.err().startsWith(u"hongyan-cli: "_s) && run.err().count(u'\n') >= 2,
                     qPrintable(run.describe()));
        }
        // Protocol and cipher, and the chain that was seen: subject, issuer, SAN, validity,
        // SHA-256.
        if (!certificate.isEmpty() && (exitCode == 0 || steps.contains(u"TLS=FAIL"_s))) {
            const QString sha256 =
                QString::fromLatin1(m_certificates.sha256(certificate).toHex(':').toUpper());
            for (const QString& expected :
                 {u"TLS: TLSv1."_s, u"Subject: CN=localhost"_s, u"Issuer: CN="_s,
                  u"Alternative names: DNS:localhost, IP:127.0.0.1"_s, u"Valid: "_s,
                  u"SHA-256: "_s + sha256})
                QVERIFY2(run.out().contains(expected), qPrintable(expected + run.describe()));
            // ISO 8601 in UTC, not the locale's two-digit year without a zone.
            static const QRegularExpression validity(
                uR"(Valid: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ to \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)"_s);
            QVERIFY2(validity.match(run.out()).hasMatch(), qPrintable(run.describe()));
        }
        const QString leak = clitest::findSecret(run.out() + run.err(), user, secret);
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
        if (server)
            QVERIFY2(server->waitForScript(5000), qPrintable(server->report()));
    }

    // --json.
    {
        const std::unique_ptr<ScriptedServer> server =
            script.isEmpty() ? nullptr : startServer(script, certificate);
        const CliRun run =
            clitest::runCli(probeArguments(server ? server->port() : clitest::closedPort()) +
                            QStringList{u"--json"_s});
        QVERIFY2(run.finished && run.exitCode == exitCode, qPrintable(run.describe()));
        QString error;
        const QJsonObject report = clitest::parseJsonLine(run.standardOutput, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error + run.describe()));
        QCOMPARE(report.value(u"exitStatus"_s).toInt(), exitCode);
        // A probe sends no message: its success is "passed", never "delivered".
        if (exitCode == 0)
            QCOMPARE(report.value(u"category"_s).toString(), u"passed"_s);
        const QJsonArray reportedSteps = report.value(u"steps"_s).toArray();
        for (const QString& step : steps) {
            const QStringList parts = step.split(u'=');
            const QString name = parts[0] == u"TCP connect"_s    ? u"tcp"_s
                                 : parts[0] == u"MAIL FROM test" ? u"mailfrom"_s
                                                                 : parts[0].toLower();
            const QString result = parts[1] == u"PASS" ? u"passed"_s : u"failed"_s;
            const bool found = std::any_of(
                reportedSteps.begin(), reportedSteps.end(), [&](const QJsonValue& reported) {
                    return reported[u"step"_s] == name && reported[u"result"_s] == result;
                });
            QVERIFY2(found, qPrintable(step + u": "_s + run.out()));
        }
        QCOMPARE(report.value(u"capabilitiesBeforeTls"_s)[u"keywords"_s].toArray().toVariantList(),
                 QVariant(before).toList());
        QCOMPARE(report.value(u"capabilitiesAfterTls"_s)[u"keywords"_s].toArray().toVariantList(),
                 QVariant(after).toList());
        const bool encrypted = steps.contains(u"STARTTLS=PASS"_s) || steps.contains(u"TLS=PASS"_s);
        QCOMPARE(report.value(u"tls"_s)[u"encrypted"_s].toBool(), encrypted);
        if (server)
            QVERIFY2(server->waitForScript(5000), qPrintable(server->report()));
    }
}

void TestCliProbe::probeAiosmtpd_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("exitCode");
    QTest::addRow("0 right password") << secret << 0;
    QTest::addRow("5 wrong password") << u"wrong"_s << 5;
}

void TestCliProbe::probeAiosmtpd()
{
    QFETCH(QString, password);
    QFETCH(int, exitCode);
    testsupport::AiosmtpdServer server;
    if (!server.start(u"starttls"_s, m_certificates.certificatePath(u"server"_s),
                      m_certificates.keyPath(u"server"_s), user, secret))
        QFAIL(qPrintable(server.errorString()));

    clitest::RunOptions options;
    options.environment = {u"HONGYAN_TEST_PASSWORD="_s + password};
    const CliRun run = clitest::runCli(
        {u"probe"_s, u"--server"_s, u"localhost"_s, u"--port"_s, QString::number(server.port()),
         u"--security"_s, u"starttls"_s, u"--ca-file"_s, m_certificates.caFile(), u"--user"_s, user,
         u"--password-env"_s, u"HONGYAN_TEST_PASSWORD"_s, u"--timeout"_s, u"10"_s},
        options);
    QVERIFY2(run.finished && run.exitCode == exitCode, qPrintable(run.describe()));
    for (const QString& step : {u"DNS"_s, u"TCP connect"_s, u"EHLO"_s, u"STARTTLS"_s})
        QVERIFY2(hasStep(run.out(), step, u"PASS"_s), qPrintable(step + run.describe()));
    QVERIFY2(hasStep(run.out(), u"AUTH"_s, exitCode == 0 ? u"PASS"_s : u"FAIL"_s),
             qPrintable(run.describe()));
    // aiosmtpd offers AUTH only after STARTTLS.
    const QStringList before = section(run.out(), u"Capabilities before TLS:"_s);
    const QStringList after = section(run.out(), u"Capabilities after TLS:"_s);
    QVERIFY2(before.contains(u"STARTTLS"_s) && !before.join(u' ').contains(u"AUTH"_s),
             qPrintable(run.describe()));
    QVERIFY2(!after.contains(u"STARTTLS"_s) && after.contains(u"AUTH LOGIN PLAIN"_s),
             qPrintable(run.describe()));
    QVERIFY2(run.out().contains(u"Issuer: CN=Hongyan Test CA"_s), qPrintable(run.describe()));
    const QString leak = clitest::findSecret(run.out() + run.err(), user, secret);
    QVERIFY2(leak.isEmpty(), qPrintable(leak));

    // --json says where the time went: the name's lookup, the connection, each command until
    // its reply, the TLS handshake; the refused AUTH is a span that did not succeed.
    const CliRun json = clitest::runCli(
        {u"probe"_s, u"--server"_s, u"localhost"_s, u"--port"_s, QString::number(server.port()),
         u"--security"_s, u"starttls"_s, u"--ca-file"_s, m_certificates.caFile(), u"--user"_s, user,
         u"--password-env"_s, u"HONGYAN_TEST_PASSWORD"_s, u"--timeout"_s, u"10"_s, u"--json"_s},
        options);
    QVERIFY2(json.finished && json.exitCode == exitCode, qPrintable(json.describe()));
    QString error;
    const QJsonObject report = clitest::parseJsonLine(json.standardOutput, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error + json.describe()));
    QStringList spans;
    qint64 previousStart = 0;
    for (const QJsonValue& value : report.value(u"timings"_s).toArray()) {
        const QJsonObject span = value.toObject();
        QString text = span.value(u"phase"_s).toString();
        if (!span.value(u"succeeded"_s).toBool())
            text += u" FAILED"_s;
        spans.append(text);
        QVERIFY2(span.value(u"startMs"_s).toInteger(-1) >= previousStart, qPrintable(json.out()));
        QVERIFY2(span.value(u"durationMs"_s).toInteger(-1) >= 0, qPrintable(json.out()));
        previousStart = span.value(u"startMs"_s).toInteger();
    }
    const QStringList expected = {u"resolve"_s,  u"connect"_s,
                                  u"greeting"_s, u"ehlo"_s,
                                  u"starttls"_s, u"tls-handshake"_s,
                                  u"ehlo"_s,     exitCode == 0 ? u"auth"_s : u"auth FAILED"_s};
    // localhost may have ::1 and 127.0.0.1: the address not taken is a connect span too.
    spans.removeIf([](const QString& span) { return span == u"connect FAILED"_s; });
    QVERIFY2(spans == expected, qPrintable(spans.join(u", "_s) + u"\n"_s + json.out()));
    QCOMPARE(server.messageCount(), 0);
}

void TestCliProbe::hostileCapabilitiesAreEscaped()
{
    // The EHLO lines are listed for people and in --json: an escape sequence or a C1
    // control in one of them is shown escaped, never sent to the terminal (found in review).
    const QByteArray script = "S: 220 mx.test ESMTP\n"
                              "C: EHLO client.test\n"
                              "SEND 250-mx.test\\r\\n250-X\\x1b]0;owned\\x07\\r\\n"
                              "250 Y\\xc2\\x9b31m\\r\\n\n"
                              "END\n";
    for (const QString& format : {QString(), u"--json"_s}) {
        const std::unique_ptr<ScriptedServer> server = startServer(script, {});
        QStringList arguments{u"probe"_s,
                              u"--server"_s,
                              u"127.0.0.1"_s,
                              u"--port"_s,
                              QString::number(server->port()),
                              u"--ehlo"_s,
                              u"client.test"_s,
                              u"--security"_s,
                              u"none"_s,
                              u"--timeout"_s,
                              u"5"_s};
        if (!format.isEmpty())
            arguments.append(format);
        const CliRun run = clitest::runCli(arguments);
        QVERIFY2(run.finished, qPrintable(run.describe()));
        const QByteArray everything = run.standardOutput + run.standardError;
        QVERIFY2(!everything.contains('\x1b') && !everything.contains("\xc2\x9b"),
                 qPrintable(run.describe()));
        QVERIFY2(run.out().contains(u"X\\x1B]0;owned\\x07"_s) ||
                     run.out().contains(u"X\\\\x1B]0;owned\\\\x07"_s),
                 qPrintable(run.describe()));
        QVERIFY2(server->waitForScript(5000), qPrintable(server->report()));
    }
}

void TestCliProbe::console_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QList<QByteArray>>("received"); // the lines the server got, exactly
    QTest::addColumn<QStringList>("output");         // stdout contains these
    QTest::addColumn<QByteArray>("body");            // the DATA body on the wire, if any

    const QByteArray greeting = "S: 220 mx.test ESMTP ready\n"
                                "C: EHLO client.test\n"
                                "S: 250-mx.test\n"
                                "S: 250-VRFY\n"
                                "S: 250 STARTTLS\n";
    QTest::addRow("EHLO, NOOP, VRFY, RSET, QUIT")
        << greeting + "C: NOOP\nS: 250 2.0.0 Ok\n"
                      "C: VRFY postmaster\nS: 252 2.1.5 Cannot VRFY user, but will accept message\n"
                      "C: RSET\nS: 250 2.0.0 Ok\n"
                      "C: QUIT\nS: 221 2.0.0 Bye\nCLOSE\n"
        << QString() << QByteArray("EHLO client.test\nNOOP\nVRFY postmaster\nRSET\nQUIT\n") << 0
        << QList<QByteArray>{"EHLO client.test", "NOOP", "VRFY postmaster", "RSET", "QUIT"}
        << QStringList{u"<-  220 mx.test ESMTP ready\n"_s,
                       u" -> EHLO client.test\n"_s,
                       u"<-  250 STARTTLS\n"_s,
                       u" -> NOOP\n"_s,
                       u" -> VRFY postmaster\n"_s,
                       u"<-  252 2.1.5 Cannot VRFY user, but will accept message\n"_s,
                       u"=== 252 2.1.5: "_s,
                       u" -> RSET\n"_s,
                       u" -> QUIT\n"_s,
                       u"<-  221 2.0.0 Bye\n"_s}
        << QByteArray();
    // CRLF from a Windows editor, blank lines, and no QUIT: the end of input says it.
    QTest::addRow("CRLF input, end of input sends QUIT")
        << greeting + "C: NOOP\nS: 250 2.0.0 Ok\nEND\n"
        << QString() << QByteArray("EHLO client.test\r\n\r\nNOOP\r\n") << 0
        << QList<QByteArray>{"EHLO client.test", "NOOP", "QUIT"}
        << QStringList{u" -> NOOP\n"_s, u" -> QUIT\n"_s} << QByteArray();
    QTest::addRow("STARTTLS, then commands inside TLS")
        << greeting + "C: STARTTLS\nS: 220 2.0.0 Ready to start TLS\nTLS\n"
                      "C: EHLO client.test\nS: 250-mx.test\nS: 250 AUTH PLAIN\n"
                      "C: NOOP\nS: 250 2.0.0 Ok\nEND\n"
        << u"server"_s << QByteArray("EHLO client.test\nSTARTTLS\nEHLO client.test\nNOOP\n") << 0
        << QList<QByteArray>{"EHLO client.test", "STARTTLS", "EHLO client.test", "NOOP", "QUIT"}
        << QStringList{u" -> STARTTLS\n"_s, u" ~> EHLO client.test\n"_s, u"<~  250 AUTH PLAIN\n"_s,
                       u" ~> NOOP\n"_s, u" ~> QUIT\n"_s}
        << QByteArray();
    // A typed AUTH line would put the secret in the transcript: refused, never sent.
    QTest::addRow("typed AUTH payload refused")
        << greeting + "C: NOOP\nS: 250 2.0.0 Ok\nEND\n"
        << QString() << QByteArray("EHLO client.test\nAUTH PLAIN AHVzZXIAc2VjcmV0\nNOOP\n") << 0
        << QList<QByteArray>{"EHLO client.test", "NOOP", "QUIT"} << QStringList{u" -> NOOP\n"_s}
        << QByteArray();
    QTest::addRow("DATA, dot-stuffed by the engine")
        << greeting + "C: MAIL FROM:<a@example.test>\nS: 250 2.1.0 Ok\n"
                      "C: RCPT TO:<b@example.test>\nS: 250 2.1.5 Ok\n"
                      "C: DATA\nS: 354 go ahead\nBODY\nS: 250 2.0.0 Ok: queued as CON1\nEND\n"
        << QString()
        << QByteArray("EHLO client.test\nMAIL FROM:<a@example.test>\nRCPT TO:<b@example.test>\n"
                      "DATA\nSubject: console\n\n.leading dot\nbody\n.\n")
        << 0
        << QList<QByteArray>{"EHLO client.test", "MAIL FROM:<a@example.test>",
                             "RCPT TO:<b@example.test>", "DATA", "QUIT"}
        << QStringList{u" -> DATA\n"_s, u"<-  250 2.0.0 Ok: queued as CON1\n"_s}
        << QByteArray("Subject: console\r\n\r\n..leading dot\r\nbody\r\n");
    // The 220 and a forged EHLO reply in one segment: the session ends before TLS, and the
    // NOOP that follows is never sent (END would fail the script on it).
    QTest::addRow("STARTTLS response injection ends the session")
        << greeting +
               "C: STARTTLS\nSEND 220 2.0.0 go ahead\\r\\n250-mx.test\\r\\n250 AUTH PLAIN\\r\\n\n" +
               end
        << u"server"_s << QByteArray("EHLO client.test\nSTARTTLS\nNOOP\nQUIT\n") << 4
        << QList<QByteArray>{"EHLO client.test", "STARTTLS"}
        << QStringList{u" -> STARTTLS\n"_s, u"*** "_s} << QByteArray();
}

void TestCliProbe::console()
{
    QFETCH(QByteArray, script);
    QFETCH(QString, certificate);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QList<QByteArray>, received);
    QFETCH(QStringList, output);
    QFETCH(QByteArray, body);

    const std::unique_ptr<ScriptedServer> server = startServer(script, certificate);
    clitest::RunOptions options;
    options.input = input;
    const CliRun run =
        clitest::runCli({u"console"_s, u"--server"_s, u"127.0.0.1"_s, u"--port"_s,
                         QString::number(server->port()), u"--security"_s, u"none"_s,
                         u"--ca-file"_s, m_certificates.caFile(), u"--timeout"_s, u"5"_s},
                        options);
    QVERIFY2(run.finished, qPrintable(run.describe()));
    if (run.exitCode != exitCode)
        qWarning().noquote() << run.describe();
    QCOMPARE(run.exitCode, exitCode);
    const bool followed = server->waitForScript(5000);
    if (!followed)
        qWarning().noquote() << server->report();
    QVERIFY2(followed, qPrintable(server->failure()));
    QCOMPARE(server->receivedLines(), received);
    for (const QString& expected : output)
        QVERIFY2(run.out().contains(expected), qPrintable(expected + run.describe()));
    QStringList badLines;
    clitest::markersUsed(run.out(), false, &badLines);
    QVERIFY2(badLines.isEmpty(), qPrintable(badLines.join(u" | "_s)));
    if (!body.isEmpty()) {
        QCOMPARE(server->bodies().size(), 1);
        QCOMPARE(server->bodies().constFirst(), body);
    }
    if (exitCode != 0)
        QVERIFY2(run.err().contains(u"hongyan-cli: "_s), qPrintable(run.describe()));
}

QTEST_GUILESS_MAIN(TestCliProbe)
#include "tst_cli_probe.moc"
