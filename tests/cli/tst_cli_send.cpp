// hongyan-cli send against the scripted in-process server (tests/engine): every exit status
// of DESIGN.md §5 from a real run of the program, with what it printed for people (one line
// per recipient, an explanation on stderr), its --json report, and the transcript file
// (markers, timestamps, never a secret).

#include "clitest.h"
#include "scriptedserver.h"
#include "sessionharness.h"
#include "testcertificates.h"

#include <QJsonArray>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using clitest::CliRun;
using testsupport::ScriptedServer;

namespace {

const QString user = u"user@example.test"_s;
// Not ASCII, so a leak in any encoding (UTF-8, base64 of UTF-8) is looked for.
const QString secret = u"s3cret-Pässwort-鸿雁"_s;

QByteArray greeting(const QList<QByteArray>& capabilities)
{
    return testsupport::scriptGreeting(capabilities);
}

const QByteArray startTls = "C: STARTTLS\n"
                            "S: 220 2.0.0 Ready to start TLS\n"
                            "TLS\n"
                            "C: EHLO client.test\n"
                            "S: 250-mx.test\n"
                            "S: 250 AUTH PLAIN LOGIN\n";
const QByteArray authPlain = "C~ AUTH PLAIN \\S+\n";
const QByteArray authOk = authPlain + "S: 235 2.7.0 Authentication successful\n";
const QByteArray mail = "C~ MAIL FROM:<sender@example\\.test>.*\n";
const QByteArray mailOk = mail + "S: 250 2.1.0 Ok\n";

QByteArray rcpt(const QByteArray& address, const QByteArray& reply)
{
    return "C: RCPT TO:<" + address + ">\nS: " + reply + "\n";
}

const QByteArray rcptOk = rcpt("rcpt@example.test", "250 2.1.5 Ok");
const QByteArray body = "C: DATA\n"
                        "S: 354 End data with <CR><LF>.<CR><LF>\n"
                        "BODY\n";
const QByteArray queued = "S: 250 2.0.0 Ok: queued as 4F2A1C\n";
const QByteArray end = "END\n";

// The values that follow `flag` in `arguments`.
QStringList valuesOf(const QStringList& arguments, const QString& flag)
{
    QStringList values;
    for (qsizetype i = 0; i + 1 < arguments.size(); ++i) {
        if (arguments[i] == flag)
            values.append(arguments[i + 1]);
    }
    return values;
}

QString lines(const QStringList& list)
{
    return list.join(u" | "_s);
}

} // namespace

class TestCliSend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitStatus_data();
    void exitStatus();
    void savedAccount_data();
    void savedAccount();
    void quitReachesServer_data();
    void quitReachesServer();
    void transcriptTimestamps();
    void transcriptToStandardOutput();
    void hostileChallengeIsEscaped();
    void groupWithEncodedControlKeepsItsMembers();
    void failureNamesTheCommand();

private:
    // A scripted server with the test certificate `certificate` (none when empty), listening.
    std::unique_ptr<ScriptedServer> startServer(const QByteArray& script,
                                                const QString& certificate);
    QStringList sendArguments(quint16 port, const QStringList& extra) const;

    testsupport::TestCertificates m_certificates;
    QTemporaryDir m_dir;
    QString m_passwordFile;
};

void TestCliSend::initTestCase()
{
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));
    QVERIFY(m_dir.isValid());
    m_passwordFile = m_dir.filePath(u"password"_s);
    // A trailing newline, as an editor leaves it: not part of the secret.
    QVERIFY(clitest::writeBytes(m_passwordFile, secret.toUtf8() + '\n'));
}

std::unique_ptr<ScriptedServer> TestCliSend::startServer(const QByteArray& script,
                                                         const QString& certificate)
{
    return clitest::startScriptedServer(m_certificates, script, certificate);
}

QStringList TestCliSend::sendArguments(quint16 port, const QStringList& extra) const
{
    QStringList arguments{u"send"_s};
    if (!extra.contains(u"--server"_s))
        arguments << u"--server"_s << u"127.0.0.1"_s;
    arguments << u"--port"_s << QString::number(port) << u"--ehlo"_s << u"client.test"_s
              << u"--from"_s << u"sender@example.test"_s << u"--subject"_s << u"hongyan-cli test"_s
              << u"--body"_s << u"Hello from the hongyan-cli tests."_s << u"--ca-file"_s
              << m_certificates.caFile();
    if (!extra.contains(u"--timeout"_s))
        arguments << u"--timeout"_s << u"5"_s;
    if (extra.contains(u"--user"_s))
        arguments << u"--password-file"_s << m_passwordFile;
    return arguments + extra;
}

void TestCliSend::exitStatus_data()
{
    QTest::addColumn<QByteArray>("script"); // empty: nothing listens on the port
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<int>("code"); // 0: null in the JSON
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QStringList>("output");      // stdout of the run without --json contains these
    QTest::addColumn<QStringList>("errors");      // and its stderr these
    QTest::addColumn<QStringList>("markers");     // exactly the markers the transcript uses
    QTest::addColumn<QStringList>("transcribed"); // the transcript file contains these

    const QStringList none{u"--security"_s, u"none"_s};
    const QStringList starttls{u"--security"_s, u"starttls"_s, u"--user"_s, user};
    const QStringList to{u"--to"_s, u"rcpt@example.test"_s};
    const QStringList notTried{u"rcpt@example.test: not tried"_s};
    const QStringList plainMarkers{u"==="_s, u"<-"_s, u"->"_s};
    const QStringList failedPlainMarkers = plainMarkers + QStringList{u"***"_s};
    const QStringList tlsMarkers = plainMarkers + QStringList{u"~>"_s, u"<~"_s};

    QTest::addRow("0 delivered, plain text")
        << greeting({"8BITMIME"}) + mailOk + rcptOk + body + queued + end << QString() << none + to
        << 0 << u"delivered"_s << u"none"_s << u"data-end"_s << 250 << u"2.0.0"_s
        << QStringList{u"rcpt@example.test: accepted (250 2.1.5 Ok)"_s, u"4F2A1C"_s}
        << QStringList() << plainMarkers
        << QStringList{u" -> EHLO client.test\n"_s, u"<-  250 2.0.0 Ok: queued as 4F2A1C\n"_s};
    QTest::addRow("0 delivered, STARTTLS and AUTH")
        << greeting({"STARTTLS"}) + startTls + authOk + mailOk + rcptOk + body + queued + end
        << u"server"_s << starttls + to << 0 << u"delivered"_s << u"none"_s << u"data-end"_s << 250
        << u"2.0.0"_s << QStringList{u"rcpt@example.test: accepted"_s} << QStringList()
        << tlsMarkers
        << QStringList{u" -> STARTTLS\n"_s, u" ~> AUTH PLAIN"_s, u"<~  235 2.7.0"_s,
                       u" ~> RCPT TO:<rcpt@example.test>\n"_s};
    QTest::addRow("1 partial, one of two RCPT refused")
        << greeting({"8BITMIME"}) + mailOk + rcpt("a@example.test", "250 2.1.5 Ok") +
               rcpt("b@example.test", "550 5.1.1 <b@example.test>: no such user") + body + queued +
               end
        << QString()
        << none + QStringList{u"--to"_s, u"a@example.test"_s, u"--to"_s, u"b@example.test"_s} << 1
        << u"partial"_s << u"recipients-rejected"_s << u"data-end"_s << 250 << u"2.0.0"_s
        << QStringList{u"a@example.test: accepted (250 2.1.5 Ok)"_s,
                       u"b@example.test: refused (550 5.1.1 <b@example.test>: no such user)"_s}
        << QStringList{u"b@example.test"_s, u"550 5.1.1"_s} << plainMarkers
        << QStringList{u"<-  550 5.1.1 <b@example.test>: no such user\n"_s};
    QTest::addRow("3 connection refused")
        << QByteArray() << QString() << none + to << 3 << u"connect"_s << u"connection-refused"_s
        << u"connect"_s << 0 << QString() << notTried << QStringList{u"refused"_s}
        << QStringList{u"==="_s, u"***"_s} << QStringList{u"refused"_s};
    QTest::addRow("3 unknown host")
        << QByteArray() << QString()
        << none + to + QStringList{u"--server"_s, u"no-such-host.invalid"_s} << 3 << u"connect"_s
        << u"host-not-found"_s << u"connect"_s << 0 << QString() << notTried
        << QStringList{u"no-such-host.invalid"_s} << QStringList{u"==="_s, u"***"_s}
        << QStringList{u"no-such-host.invalid"_s};
    QTest::addRow("4 STARTTLS not offered")
        << greeting({"8BITMIME", "AUTH PLAIN"}) + end << u"server"_s << starttls + to << 4
        << u"tls"_s << u"starttls-not-offered"_s << u"ehlo"_s << 0 << QString() << notTried
        << QStringList{u"STARTTLS"_s} << failedPlainMarkers
        << QStringList{u"<-  250 AUTH PLAIN\n"_s};
    QTest::addRow("4 untrusted certificate, STARTTLS")
        << greeting({"STARTTLS"}) + "C: STARTTLS\nS: 220 2.0.0 Ready to start TLS\nTLS\n" + end
        << u"unknown-ca"_s << starttls + to << 4 << u"tls"_s << u"certificate-untrusted"_s
        << u"starttls"_s << 0 << QString() << notTried << QStringList{u"certificate"_s}
        << failedPlainMarkers << QStringList{u" -> STARTTLS\n"_s};
    QTest::addRow("4 untrusted certificate, implicit TLS")
        << QByteArray("TLS\n") + end << u"expired"_s
        << QStringList{u"--security"_s, u"tls"_s, u"--user"_s, user} + to << 4 << u"tls"_s
        << u"certificate-untrusted"_s << u"tls-handshake"_s << 0 << QString() << notTried
        << QStringList{u"certificate"_s} << QStringList{u"==="_s, u"***"_s} << QStringList();
    // CVE-2011-0411: replies appended to the 220 in the same segment, to be read as if they
    // had come through TLS.
    QTest::addRow("4 STARTTLS response injection")
        << greeting({"STARTTLS"}) +
               "C: STARTTLS\nSEND 220 2.0.0 go ahead\\r\\n250-mx.test\\r\\n250 AUTH PLAIN\\r\\n\n" +
               end
        << u"server"_s << starttls + to << 4 << u"tls"_s << u"starttls-response-injection"_s
        << u"starttls"_s << 220 << u"2.0.0"_s << notTried << QStringList{u"STARTTLS"_s}
        << failedPlainMarkers << QStringList{u"<-  220 2.0.0 go ahead\n"_s};
    QTest::addRow("5 535, AUTH PLAIN")
        << greeting({"STARTTLS"}) + startTls + authPlain +
               "S: 535 5.7.8 Authentication credentials invalid\n" + end
        << u"server"_s << starttls + to << 5 << u"auth"_s << u"server-reply"_s << u"auth"_s << 535
        << u"5.7.8"_s << notTried << QStringList{u"535 5.7.8 Authentication credentials invalid"_s}
        << tlsMarkers
        << QStringList{u" ~> AUTH PLAIN"_s,
                       u"<~  535 5.7.8 Authentication credentials invalid\n"_s};
    QTest::addRow("5 535, AUTH LOGIN")
        << greeting({"STARTTLS"}) + startTls +
               "C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC~ \\S+\nS: 334 UGFzc3dvcmQ6\nC~ \\S+\n"
               "S: 535 5.7.8 Authentication credentials invalid\n" +
               end
        << u"server"_s << starttls + to + QStringList{u"--auth"_s, u"login"_s} << 5 << u"auth"_s
        << u"server-reply"_s << u"auth"_s << 535 << u"5.7.8"_s << notTried
        << QStringList{u"535 5.7.8 Authentication credentials invalid"_s} << tlsMarkers
        << QStringList{u" ~> AUTH LOGIN\n"_s, u"<~  334 UGFzc3dvcmQ6\n"_s};
    QTest::addRow("6 550 for the only recipient")
        << greeting({"8BITMIME"}) + mailOk +
               rcpt("rcpt@example.test", "550 5.1.1 <rcpt@example.test>: Recipient unknown") + end
        << QString() << none + to << 6 << u"rejected"_s << u"recipients-rejected"_s << u"rcpt-to"_s
        << 550 << u"5.1.1"_s << QStringList{u"rcpt@example.test: refused (550 5.1.1"_s}
        << QStringList{u"Recipient unknown"_s} << plainMarkers
        << QStringList{u"<-  550 5.1.1 <rcpt@example.test>: Recipient unknown\n"_s};
    // The message (headers and body, some hundred bytes) is larger than the SIZE the server
    // announced: refused before MAIL FROM.
    QTest::addRow("6 SIZE exceeded")
        << greeting({"SIZE 100", "8BITMIME"}) + end << QString() << none + to << 6 << u"rejected"_s
        << u"message-too-large"_s << u"mail-from"_s << 0 << QString() << notTried
        << QStringList{u"100"_s} << failedPlainMarkers << QStringList{u"<-  250-SIZE 100\n"_s};
    QTest::addRow("7 421 after the dot, inside TLS")
        << greeting({"STARTTLS"}) + startTls + authOk + mailOk + rcptOk + body +
               "S: 421 4.3.0 mx.test Service shutting down\n" + end
        << u"server"_s << starttls + to << 7 << u"temporary"_s << u"server-closing"_s
        << u"data-end"_s << 421 << u"4.3.0"_s << QStringList{u"rcpt@example.test"_s}
        << QStringList{u"421 4.3.0 mx.test Service shutting down"_s}
        << tlsMarkers + QStringList{u"***"_s}
        << QStringList{u"<~  421 4.3.0 mx.test Service shutting down\n"_s};
    QTest::addRow("7 451 for the only recipient")
        << greeting({"8BITMIME"}) + mailOk +
               rcpt("rcpt@example.test", "451 4.7.1 Greylisted, try again later") + end
        << QString() << none + to << 7 << u"temporary"_s << u"recipients-rejected"_s << u"rcpt-to"_s
        << 451 << u"4.7.1"_s
        << QStringList{u"rcpt@example.test: refused (451 4.7.1 Greylisted, try again later)"_s}
        << QStringList{u"Greylisted"_s} << plainMarkers
        << QStringList{u"<-  451 4.7.1 Greylisted, try again later\n"_s};
    QTest::addRow("7 timeout, --timeout 1")
        << greeting({"8BITMIME"}) + mail + "STALL\n"
        << QString() << none + to + QStringList{u"--timeout"_s, u"1"_s} << 7 << u"temporary"_s
        << u"timeout"_s << u"mail-from"_s << 0 << QString() << notTried
        << QStringList{u"hongyan-cli:"_s} << failedPlainMarkers
        << QStringList{u" -> MAIL FROM:<sender@example.test>"_s};
    // What the server said must be kept, even when it makes no sense.
    QTest::addRow("8 malformed reply")
        << greeting({"8BITMIME"}) + mail + "S: hello there\n" + end << QString() << none + to << 8
        << u"protocol"_s << u"malformed-reply"_s << u"mail-from"_s << 0 << QString() << notTried
        << QStringList{u"hongyan-cli:"_s} << failedPlainMarkers << QStringList{u"hello there"_s};
    // Credentials without TLS only when asked for; then the mechanism that does not reveal
    // the password is preferred.
    QTest::addRow("5 AUTH without TLS refused, nothing secret sent")
        << greeting({"AUTH PLAIN LOGIN CRAM-MD5"}) + end << QString()
        << none + to + QStringList{u"--user"_s, user} << 5 << u"auth"_s
        << u"plaintext-auth-refused"_s << u"auth"_s << 0 << QString() << notTried
        << QStringList{u"hongyan-cli:"_s} << failedPlainMarkers << QStringList();
    QTest::addRow("0 --allow-plaintext-auth, CRAM-MD5")
        << greeting({"AUTH PLAIN LOGIN CRAM-MD5"}) +
               "C: AUTH CRAM-MD5\n"
               "S: 334 PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+\n"
               "C~ \\S+\n"
               "S: 235 2.7.0 Authentication successful\n" +
               mailOk + rcptOk + body + queued + end
        << QString() << none + to + QStringList{u"--user"_s, user, u"--allow-plaintext-auth"_s} << 0
        << u"delivered"_s << u"none"_s << u"data-end"_s << 250 << u"2.0.0"_s
        << QStringList{u"rcpt@example.test: accepted"_s} << QStringList() << plainMarkers
        << QStringList{u" -> AUTH CRAM-MD5\n"_s};
    // A pin accepts exactly that certificate, trusted or not.
    QTest::addRow("0 pinned self-signed certificate")
        << QByteArray("TLS\nS: 220 mx.test ESMTP ready\nC: EHLO client.test\nS: 250-mx.test\n"
                      "S: 250 8BITMIME\n") +
               mailOk + rcptOk + body + queued + end
        << u"self-signed"_s
        << QStringList{u"--security"_s, u"tls"_s, u"--pin-sha256"_s,
                       QString::fromLatin1(m_certificates.sha256(u"self-signed"_s).toHex(':'))} +
               to
        << 0 << u"delivered"_s << u"none"_s << u"data-end"_s << 250 << u"2.0.0"_s
        << QStringList{u"rcpt@example.test: accepted"_s} << QStringList()
        << QStringList{u"==="_s, u"<~"_s, u"~>"_s} << QStringList();
    QTest::addRow("4 pin does not match")
        << QByteArray("TLS\n") + end << u"self-signed"_s
        << QStringList{u"--security"_s,
                       u"tls"_s,
                       u"--user"_s,
                       user,
                       u"--pin-sha256"_s,
                       QString::fromLatin1(m_certificates.sha256(u"server"_s).toHex())} +
               to
        << 4 << u"tls"_s << u"certificate-pin-mismatch"_s << u"tls-handshake"_s << 0 << QString()
        << notTried << QStringList{u"hongyan-cli:"_s} << QStringList{u"==="_s, u"***"_s}
        << QStringList();
    // The same outcomes after STARTTLS and AUTH: the secret stays out of every output.
    const QByteArray authenticated = greeting({"STARTTLS"}) + startTls + authOk;
    QTest::addRow("1 partial, after AUTH")
        << authenticated + mailOk + rcpt("a@example.test", "250 2.1.5 Ok") +
               rcpt("b@example.test", "550 5.1.1 <b@example.test>: no such user") + body + queued +
               end
        << u"server"_s
        << starttls + QStringList{u"--to"_s, u"a@example.test"_s, u"--to"_s, u"b@example.test"_s}
        << 1 << u"partial"_s << u"recipients-rejected"_s << u"data-end"_s << 250 << u"2.0.0"_s
        << QStringList{u"b@example.test: refused (550 5.1.1"_s} << QStringList{u"550 5.1.1"_s}
        << tlsMarkers << QStringList{u" ~> RCPT TO:<b@example.test>\n"_s};
    QTest::addRow("3 connection refused, with a user")
        << QByteArray() << QString() << starttls + to << 3 << u"connect"_s
        << u"connection-refused"_s << u"connect"_s << 0 << QString() << notTried
        << QStringList{u"refused"_s} << QStringList{u"==="_s, u"***"_s} << QStringList();
    QTest::addRow("6 550 for the only recipient, after AUTH")
        << authenticated + mailOk + rcpt("rcpt@example.test", "550 5.7.1 Relaying denied") + end
        << u"server"_s << starttls + to << 6 << u"rejected"_s << u"recipients-rejected"_s
        << u"rcpt-to"_s << 550 << u"5.7.1"_s
        << QStringList{u"rcpt@example.test: refused (550 5.7.1 Relaying denied)"_s}
        << QStringList{u"Relaying denied"_s} << tlsMarkers << QStringList();
    QTest::addRow("8 malformed reply, after AUTH")
        << authenticated + mail + "S: 2.5.0 ok?\n" + end << u"server"_s << starttls + to << 8
        << u"protocol"_s << u"malformed-reply"_s << u"mail-from"_s << 0 << QString() << notTried
        << QStringList{u"hongyan-cli:"_s} << tlsMarkers + QStringList{u"***"_s} << QStringList();
    QTest::addRow("9 connection dropped after the final dot, after AUTH")
        << authenticated + mailOk + rcptOk + body + "DROP\n"
        << u"server"_s << starttls + to << 9 << u"unknown"_s << u"lost-after-data"_s
        << u"data-end"_s << 0 << QString() << QStringList{u"rcpt@example.test"_s}
        << QStringList{u"hongyan-cli:"_s} << tlsMarkers + QStringList{u"***"_s}
        << QStringList{u" ~> .\n"_s};
    // One send, one outcome: a server that garbles its answer to QUIT after accepting the
    // message (or after refusing the session) changes nothing in the result or exit status.
    QTest::addRow("0 delivered, garbled answer to QUIT")
        << greeting({"8BITMIME"}) + mailOk + rcptOk + body + queued + "C: QUIT\nS: bye!\nCLOSED\n"
        << QString() << none + to << 0 << u"delivered"_s << u"none"_s << u"data-end"_s << 250
        << u"2.0.0"_s << QStringList{u"rcpt@example.test: accepted (250 2.1.5 Ok)"_s}
        << QStringList() << failedPlainMarkers << QStringList{u" -> QUIT\n"_s, u"<-  bye!\n"_s};
    QTest::addRow("6 554 greeting, garbled answer to QUIT")
        << QByteArray("S: 554 5.7.1 No SMTP service here\nC: QUIT\nS: bye!\nCLOSED\n") << QString()
        << none + to << 6 << u"rejected"_s << u"server-reply"_s << u"greeting"_s << 554
        << u"5.7.1"_s << notTried << QStringList{u"No SMTP service here"_s} << failedPlainMarkers
        << QStringList{u" -> QUIT\n"_s, u"<-  bye!\n"_s};
    QTest::addRow("9 connection dropped after the final dot")
        << greeting({"8BITMIME"}) + mailOk + rcptOk + body + "DROP\n"
        << QString() << none + to << 9 << u"unknown"_s << u"lost-after-data"_s << u"data-end"_s << 0
        << QString() << QStringList{u"rcpt@example.test"_s} << QStringList{u"hongyan-cli:"_s}
        << failedPlainMarkers << QStringList{u" -> .\n"_s};
}

void TestCliSend::exitStatus()
{
    QFETCH(QByteArray, script);
    QFETCH(QString, certificate);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, category);
    QFETCH(QString, reason);
    QFETCH(QString, stage);
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    QFETCH(QStringList, output);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, markers);
    QFETCH(QStringList, transcribed);
    const QStringList recipients = valuesOf(arguments, u"--to"_s);
    QString transcriptText;
    QStringList usedMarkers;

    // 1: for people, with the transcript in a file.
    {
        const std::unique_ptr<ScriptedServer> server =
            script.isEmpty() ? nullptr : startServer(script, certificate);
        const quint16 port = server ? server->port() : clitest::closedPort();
        const QString transcriptPath = m_dir.filePath(u"transcript.txt"_s);
        const CliRun run = clitest::runCli(sendArguments(port, arguments) +
                                           QStringList{u"--transcript"_s, transcriptPath});
        const QString transcript = clitest::readFile(transcriptPath);
        if (run.exitCode != exitCode || !run.finished)
            qWarning().noquote() << run.describe() << "\n--- transcript:\n" << transcript;
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, exitCode);

        for (const QString& expected : output)
            QVERIFY2(run.out().contains(expected), qPrintable(expected + u"\n"_s + run.describe()));
        for (const QString& expected : errors)
            QVERIFY2(run.err().contains(expected), qPrintable(expected + u"\n"_s + run.describe()));
        // One line per recipient, each starting with its address.
        for (const QString& recipient : recipients) {
            const QRegularExpression line(u"^"_s + QRegularExpression::escape(recipient) + u": "_s,
                                          QRegularExpression::MultilineOption);
            QVERIFY2(line.match(run.out()).hasMatch(), qPrintable(recipient + run.describe()));
        }
        // A failure is explained on stderr; a success prints nothing there.
        if (exitCode == 0)
            QVERIFY2(run.standardError.isEmpty(), qPrintable(run.describe()));
        else
            QVERIFY2(run.err().startsWith(u"hongyan-cli: "_s) && run.err().count(u'\n') >= 2,
                     qPrintable(run.describe()));

        QStringList badLines;
        usedMarkers = clitest::markersUsed(transcript, false, &badLines);
        QVERIFY2(badLines.isEmpty(), qPrintable(lines(badLines)));
        transcriptText = transcript;

        for (const QString& text : {transcript, run.out(), run.err()}) {
            const QString leak = clitest::findSecret(text, user, secret);
            QVERIFY2(leak.isEmpty(), qPrintable(leak + u":\n"_s + text));
        }
        if (server) {
            const bool followed = server->waitForScript(5000);
            if (!followed)
                qWarning().noquote() << server->report();
            QVERIFY2(followed, qPrintable(server->failure()));
            // The secret crossed the wire only inside TLS, and only to a trusted server, unless
            // plain text was allowed explicitly.
            if (!arguments.contains(u"--allow-plaintext-auth"_s) &&
                (!server->tlsEstablished() || category == u"tls"))
                QVERIFY(server->authPayloads().isEmpty());
        }
    }

    // 2: --json, against a fresh server.
    {
        const std::unique_ptr<ScriptedServer> server =
            script.isEmpty() ? nullptr : startServer(script, certificate);
        const quint16 port = server ? server->port() : clitest::closedPort();
        const CliRun run =
            clitest::runCli(sendArguments(port, arguments) + QStringList{u"--json"_s});
        QVERIFY2(run.finished && run.exitCode == exitCode, qPrintable(run.describe()));
        QString error;
        const QJsonObject report = clitest::parseJsonLine(run.standardOutput, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error + u"\n"_s + run.describe()));
        for (const QString& key :
             {u"category"_s, u"stage"_s, u"reason"_s, u"code"_s, u"enhancedCode"_s, u"serverText"_s,
              u"recipients"_s, u"tls"_s, u"exitStatus"_s, u"explanation"_s}) {
            QVERIFY2(report.contains(key), qPrintable(key + u" missing: "_s + run.out()));
        }
        QCOMPARE(report.value(u"category"_s).toString(), category);
        QCOMPARE(report.value(u"reason"_s).toString(), reason);
        QCOMPARE(report.value(u"stage"_s).toString(), stage);
        QCOMPARE(report.value(u"exitStatus"_s).toInt(), exitCode);
        const QJsonArray timings = report.value(u"timings"_s).toArray();
        if (exitCode == 0) {
            // Where the time went, from the connection to the server's verdict.
            QVERIFY2(!timings.isEmpty(), qPrintable(run.out()));
            QCOMPARE(timings.first().toObject().value(u"phase"_s).toString(), u"connect"_s);
            QCOMPARE(timings.last().toObject().value(u"phase"_s).toString(), u"data-end"_s);
            qint64 previousStart = 0;
            for (const QJsonValue& value : timings) {
                const QJsonObject span = value.toObject();
                QVERIFY(span.value(u"durationMs"_s).toInteger(-1) >= 0);
                QVERIFY(span.value(u"startMs"_s).toInteger(-1) >= previousStart);
                QVERIFY2(span.value(u"succeeded"_s).toBool(), qPrintable(run.out()));
                previousStart = span.value(u"startMs"_s).toInteger();
            }
            const auto body = std::find_if(timings.begin(), timings.end(), [](const QJsonValue& v) {
                return v.toObject().value(u"phase"_s).toString() == u"body";
            });
            QVERIFY2(body != timings.end(), qPrintable(run.out()));
            QVERIFY(body->toObject().value(u"bytes"_s).toInteger() >=
                    report.value(u"messageBytes"_s).toInteger());
        }
        if (code == 0) {
            QVERIFY(report.value(u"code"_s).isNull());
        } else {
            QCOMPARE(report.value(u"code"_s).toInt(), code);
            QVERIFY(!report.value(u"serverText"_s).toString().isEmpty());
        }
        if (enhanced.isEmpty())
            QVERIFY(report.value(u"enhancedCode"_s).isNull());
        else
            QCOMPARE(report.value(u"enhancedCode"_s).toString(), enhanced);

        const QJsonArray reported = report.value(u"recipients"_s).toArray();
        QCOMPARE(reported.size(), recipients.size());
        for (qsizetype i = 0; i < recipients.size(); ++i) {
            const QJsonObject recipient = reported.at(i).toObject();
            QCOMPARE(recipient.value(u"address"_s).toString(), recipients.at(i));
            for (const QString& key :
                 {u"accepted"_s, u"code"_s, u"enhancedCode"_s, u"serverText"_s})
                QVERIFY2(recipient.contains(key), qPrintable(key));
        }

        const QJsonObject tls = report.value(u"tls"_s).toObject();
        for (const QString& key :
             {u"encrypted"_s, u"protocol"_s, u"cipher"_s, u"verified"_s, u"chain"_s, u"problems"_s})
            QVERIFY2(tls.contains(key), qPrintable(key));
        const bool encrypted = markers.contains(u"~>"_s);
        QCOMPARE(tls.value(u"encrypted"_s).toBool(), encrypted);
        if (encrypted) {
            QVERIFY(tls.value(u"verified"_s).toBool() || tls.value(u"pinned"_s).toBool());
            QVERIFY(!tls.value(u"protocol"_s).toString().isEmpty());
            QCOMPARE(
                tls.value(u"chain"_s).toArray().first().toObject().value(u"sha256"_s).toString(),
                QString::fromLatin1(m_certificates.sha256(certificate).toHex(':').toUpper()));
        }
        if (reason == u"certificate-untrusted") {
            QVERIFY(!tls.value(u"verified"_s).toBool());
            QVERIFY(!tls.value(u"problems"_s).toArray().isEmpty());
            QVERIFY(!tls.value(u"chain"_s).toArray().isEmpty());
        }
        if (exitCode != 0)
            QVERIFY2(run.err().startsWith(u"hongyan-cli: "_s), qPrintable(run.describe()));
        const QString leak = clitest::findSecret(run.out() + run.err(), user, secret);
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
        if (server)
            QVERIFY2(server->waitForScript(5000), qPrintable(server->report()));
    }

    // Last, so that a missing line does not hide the checks above.
    usedMarkers.sort();
    markers.sort();
    if (usedMarkers != markers)
        qWarning().noquote() << "transcript:\n" << transcriptText;
    QCOMPARE(usedMarkers, markers);
    for (const QString& expected : transcribed)
        QVERIFY2(transcriptText.contains(expected),
                 qPrintable(expected + u"\n"_s + transcriptText));
}

void TestCliSend::savedAccount_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("accountPortOpen"); // the saved port is the server's
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error"); // stderr names this

    const QStringList password{u"--password-file"_s, m_passwordFile};
    QTest::addRow("0 the account's server, port, security, user and sender")
        << QStringList{u"--account"_s, u"Work 工作"_s} + password << true << 0 << QString();
    QTest::addRow("0 found by name in any case")
        << QStringList{u"--account"_s, u"work 工作"_s} + password << true << 0 << QString();
    QTest::addRow("0 --port overrides the account's")
        << QStringList{u"--account"_s, u"Work 工作"_s, u"--port"_s, u"%PORT%"_s} + password << false
        << 0 << QString();
    QTest::addRow("2 no such account")
        << QStringList{u"--account"_s, u"Nosuch"_s} + password << true << 2 << u"Nosuch"_s;
    // The keychain cannot be reached (no D-Bus session) and there is no terminal to ask on:
    // an error that says why the keychain gave nothing (so the keychain module was loaded and
    // answered), never a hang and never a send without the secret.
    QTest::addRow("2 no keychain, no terminal")
        << QStringList{u"--account"_s, u"Work 工作"_s} << true << 2
        << u"the keychain could not be used (no D-Bus session bus"_s;
}

void TestCliSend::savedAccount()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, accountPortOpen);
    QFETCH(int, exitCode);
    QFETCH(QString, error);

    // With exit status 2 nothing may connect at all.
    const std::unique_ptr<ScriptedServer> server = startServer(
        greeting({"STARTTLS"}) + startTls + authOk +
            "C: MAIL FROM:<work@example.test>\nS: 250 2.1.0 Ok\n" + rcptOk + body + queued + end,
        u"server"_s);
    // The settings file the application writes (QSettings, organisation "Hongyan").
    QTemporaryDir config;
    QVERIFY(config.isValid());
    {
        QSettings settings(config.filePath(u"Hongyan/hongyan.conf"_s), QSettings::IniFormat);
        settings.beginGroup(u"accounts/7d3c1f0e-account"_s);
        settings.setValue(u"name"_s, u"Work 工作"_s);
        settings.setValue(u"address"_s, u"work@example.test"_s);
        settings.setValue(u"kind"_s, u"submission"_s);
        settings.setValue(u"host"_s, u"127.0.0.1"_s);
        settings.setValue(u"port"_s, accountPortOpen ? server->port() : clitest::closedPort());
        settings.setValue(u"security"_s, u"starttls"_s);
        settings.setValue(u"auth"_s, u"plain"_s);
        settings.setValue(u"user"_s, user);
        settings.setValue(u"secretKind"_s, u"password"_s);
        settings.setValue(u"caFile"_s, m_certificates.caFile());
        settings.setValue(u"ehloName"_s, u"client.test"_s);
        settings.endGroup();
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }
    clitest::RunOptions options;
    options.environment = {u"XDG_CONFIG_HOME="_s + config.path(),
                           u"DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/hongyan-test-bus"_s};
    arguments.replaceInStrings(u"%PORT%"_s, QString::number(server->port()));
    const CliRun run =
        clitest::runCli(QStringList{u"send"_s, u"--to"_s, u"rcpt@example.test"_s, u"--body"_s,
                                    u"From a saved account."_s, u"--timeout"_s, u"5"_s} +
                            arguments,
                        options);
    QVERIFY2(run.finished && run.exitCode == exitCode, qPrintable(run.describe()));
    QVERIFY2(run.err().contains(error), qPrintable(run.describe()));
    // The keychain module is always found in the build tree.
    QVERIFY2(!run.err().contains(u"keychain module"_s), qPrintable(run.describe()));
    if (exitCode != 0) {
        testsupport::waitUntil([&server] { return server->connectionCount() > 0; }, 200);
        QCOMPARE(server->connectionCount(), 0);
        return;
    }
    const bool followed = server->waitForScript(5000);
    if (!followed)
        qWarning().noquote() << server->report();
    QVERIFY2(followed, qPrintable(server->failure()));
    QVERIFY2(run.out().contains(u"rcpt@example.test: accepted"_s), qPrintable(run.describe()));
    // AUTH PLAIN with the account's user and the secret from the file.
    QCOMPARE(QByteArray::fromBase64(server->authPayloads().value(0)),
             '\0' + user.toUtf8() + '\0' + secret.toUtf8());
}

void TestCliSend::quitReachesServer_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");

    const QByteArray quit = "C: QUIT\nS: 221 2.0.0 Bye\nCLOSE\n";
    const QStringList none{u"--security"_s, u"none"_s, u"--to"_s, u"rcpt@example.test"_s};
    QTest::addRow("550 to RCPT") << greeting({"8BITMIME"}) + mailOk +
                                        rcpt("rcpt@example.test", "550 5.1.1 Unknown") + quit
                                 << QString() << none << 6;
    QTest::addRow("554 greeting") << "S: 554 5.7.1 No service for you\n" + quit << QString() << none
                                  << 6;
    QTest::addRow("535 inside TLS")
        << greeting({"STARTTLS"}) + startTls + authPlain + "S: 535 5.7.8 Bad credentials\n" + quit
        << u"server"_s << QStringList{u"--security"_s, u"starttls"_s,         u"--user"_s, user,
                                      u"--to"_s,       u"rcpt@example.test"_s}
        << 5;
}

void TestCliSend::quitReachesServer()
{
    // The transcript shows " -> QUIT" after a failure; the server must get it too, before
    // the program exits (RFC 5321 §4.1.1.10: the client sends QUIT and waits for 221).
    QFETCH(QByteArray, script);
    QFETCH(QString, certificate);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const std::unique_ptr<ScriptedServer> server = startServer(script, certificate);
    const CliRun run = clitest::runCli(sendArguments(server->port(), arguments) +
                                       QStringList{u"--transcript"_s, u"-"_s});
    QVERIFY2(run.finished && run.exitCode == exitCode, qPrintable(run.describe()));
    QVERIFY2(run.out().contains(u"> QUIT\n"_s), qPrintable(run.describe()));
    const bool followed = server->waitForScript(5000);
    if (!followed)
        qWarning().noquote() << server->report();
    QVERIFY2(followed, qPrintable(server->failure()));
    QVERIFY2(run.out().contains(u"  221 2.0.0 Bye\n"_s), qPrintable(run.describe()));
}

void TestCliSend::transcriptTimestamps()
{
    const std::unique_ptr<ScriptedServer> server =
        startServer(greeting({"8BITMIME"}) + mailOk + rcptOk + body + queued + end, {});
    const QString path = m_dir.filePath(u"timestamps.txt"_s);
    const CliRun run =
        clitest::runCli(sendArguments(server->port(), {u"--security"_s, u"none"_s, u"--to"_s,
                                                       u"rcpt@example.test"_s}) +
                        QStringList{u"--transcript"_s, path, u"--timestamps"_s});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    const QString transcript = clitest::readFile(path);
    QStringList badLines;
    const QStringList used = clitest::markersUsed(transcript, true, &badLines);
    QVERIFY2(badLines.isEmpty(), qPrintable(lines(badLines)));
    QVERIFY2(used.contains(u"->"_s) && used.contains(u"<-"_s), qPrintable(transcript));
    // The times are of this run: the first line's hour and minute are now's (or a minute
    // before, at a turn of the minute).
    const QTime first = QTime::fromString(transcript.left(12), u"HH:mm:ss.zzz"_s);
    QVERIFY2(first.isValid(), qPrintable(transcript.left(12)));
    const int age = first.secsTo(QTime::currentTime());
    QVERIFY2(age >= 0 && age < 60, qPrintable(u"%1 s"_s.arg(age)));
    // Then the seconds since the first line: from +0.000s, never going back.
    static const QRegularExpression elapsed(u"^\\S+ \\+(\\d+\\.\\d{3})s "_s);
    double previous = -1;
    for (const QString& line : transcript.split(u'\n', Qt::SkipEmptyParts)) {
        const double seconds = elapsed.match(line).captured(1).toDouble();
        QVERIFY2(previous < 0 ? seconds == 0.0 : seconds >= previous, qPrintable(line));
        previous = seconds;
    }
    QVERIFY2(server->waitForScript(5000), qPrintable(server->report()));
}

void TestCliSend::transcriptToStandardOutput()
{
    // "--transcript -": the exchange and the result, both on stdout, in order.
    const std::unique_ptr<ScriptedServer> server =
        startServer(greeting({"8BITMIME"}) + mailOk + rcptOk + body + queued + end, {});
    const CliRun run =
        clitest::runCli(sendArguments(server->port(), {u"--security"_s, u"none"_s, u"--to"_s,
                                                       u"rcpt@example.test"_s}) +
                        QStringList{u"--transcript"_s, u"-"_s});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    const QString out = run.out();
    const qsizetype ehlo = out.indexOf(u" -> EHLO client.test\n"_s);
    const qsizetype dot = out.indexOf(u" -> .\n"_s);
    const qsizetype accepted = out.indexOf(u"rcpt@example.test: accepted"_s);
    QVERIFY2(ehlo >= 0 && dot > ehlo && accepted > dot, qPrintable(out));
    QVERIFY2(out.contains(u"<-  250 2.0.0 Ok: queued as 4F2A1C\n"_s), qPrintable(out));
    QVERIFY2(server->waitForScript(5000), qPrintable(server->report()));
}

void TestCliSend::hostileChallengeIsEscaped()
{
    // The decoded SASL challenge reaches the terminal with its C1 CSI and bidirectional
    // override shown as escapes: nothing the server sends can drive the terminal.
    const QByteArray challenge = QByteArray("Us\xc2\x9b"
                                            "31mer\xe2\x80\xae"
                                            "name:")
                                     .toBase64();
    const std::unique_ptr<ScriptedServer> server = startServer(
        greeting({"AUTH LOGIN"}) + "C: AUTH LOGIN\nS: 334 " + challenge +
            "\nC~ \\S+\nS: 334 UGFzc3dvcmQ6\nC~ \\S+\nS: 235 2.7.0 Authentication successful\n" +
            mailOk + rcptOk + body + queued + end,
        {});
    const CliRun run = clitest::runCli(
        sendArguments(server->port(),
                      {u"--security"_s, u"none"_s, u"--user"_s, user, u"--auth"_s, u"login"_s,
                       u"--allow-plaintext-auth"_s, u"--to"_s, u"rcpt@example.test"_s}) +
        QStringList{u"--transcript"_s, u"-"_s});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out().contains(u"Server challenge: Us<U+009B>31mer<U+202E>name:"_s),
             qPrintable(run.describe()));
    for (const QByteArray& raw :
         {QByteArray("\xc2\x9b"), QByteArray("\xe2\x80\xae"), QByteArray("\x1b")})
        QVERIFY2(!run.standardOutput.contains(raw) && !run.standardError.contains(raw),
                 raw.toHex().constData());
    QVERIFY2(server->waitForScript(5000), qPrintable(server->report()));
}

void TestCliSend::groupWithEncodedControlKeepsItsMembers()
{
    // A group whose encoded name decodes to a line feed: its members still get the message.
    const QString path = m_dir.filePath(u"group.eml"_s);
    QVERIFY(clitest::writeBytes(path, "From: sender@example.test\r\n"
                                      "To: =?UTF-8?Q?Team=0A?=: member@example.test;,"
                                      " other@example.test\r\n"
                                      "Subject: group\r\n\r\nbody\r\n"));
    const std::unique_ptr<ScriptedServer> server =
        startServer(greeting({"8BITMIME"}) + mailOk + rcpt("member@example.test", "250 2.1.5 Ok") +
                        rcpt("other@example.test", "250 2.1.5 Ok") + body + queued + end,
                    {});
    const CliRun run = clitest::runCli({u"send"_s, u"--server"_s, u"127.0.0.1"_s, u"--port"_s,
                                        QString::number(server->port()), u"--security"_s, u"none"_s,
                                        u"--ehlo"_s, u"client.test"_s, u"--eml"_s, path});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out().contains(u"member@example.test: accepted"_s), qPrintable(run.describe()));
    QVERIFY2(run.out().contains(u"other@example.test: accepted"_s), qPrintable(run.describe()));
    QVERIFY2(server->waitForScript(5000), qPrintable(server->report()));
}

void TestCliSend::failureNamesTheCommand()
{
    // The refused command is named for people and in --json; an AUTH command is named
    // redacted, never with its credentials.
    const QByteArray script = greeting({"STARTTLS"}) + startTls + authOk + mailOk +
                              rcpt("rcpt@example.test", "550 5.1.1 <rcpt@example.test>: unknown") +
                              end;
    const QStringList arguments{u"--security"_s, u"starttls"_s,         u"--user"_s, user,
                                u"--to"_s,       u"rcpt@example.test"_s};
    {
        const std::unique_ptr<ScriptedServer> server = startServer(script, u"server"_s);
        const CliRun run = clitest::runCli(sendArguments(server->port(), arguments));
        QVERIFY2(run.finished && run.exitCode == 6, qPrintable(run.describe()));
        QVERIFY2(run.err().contains(u"  Command: RCPT TO:<rcpt@example.test>\n"_s),
                 qPrintable(run.describe()));
    }
    {
        const std::unique_ptr<ScriptedServer> server = startServer(script, u"server"_s);
        const CliRun run =
            clitest::runCli(sendArguments(server->port(), arguments) + QStringList{u"--json"_s});
        QString error;
        const QJsonObject report = clitest::parseJsonLine(run.standardOutput, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error + run.describe()));
        QCOMPARE(report.value(u"command"_s).toString(), u"RCPT TO:<rcpt@example.test>"_s);
    }
    {
        const std::unique_ptr<ScriptedServer> server = startServer(
            greeting({"STARTTLS"}) + startTls + authPlain + "S: 535 5.7.8 Bad credentials\n" + end,
            u"server"_s);
        const CliRun run =
            clitest::runCli(sendArguments(server->port(), arguments) + QStringList{u"--json"_s});
        QString error;
        const QJsonObject report = clitest::parseJsonLine(run.standardOutput, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error + run.describe()));
        const QString command = report.value(u"command"_s).toString();
        QVERIFY2(command.startsWith(u"AUTH PLAIN"_s), qPrintable(command));
        const QString leak = clitest::findSecret(run.out() + run.err(), user, secret);
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
        QVERIFY2(server->authPayloads().size() == 1 &&
                     !command.contains(QString::fromLatin1(server->authPayloads().first())),
                 qPrintable(command));
    }
}

QTEST_GUILESS_MAIN(TestCliSend)
#include "tst_cli_send.moc"
