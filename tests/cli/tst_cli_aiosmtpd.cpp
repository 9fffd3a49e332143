// hongyan-cli send to a real SMTP server, aiosmtpd (tests/servers/aiosmtpd_server.py), over
// STARTTLS and implicit TLS with AUTH: an .eml arrives byte for byte as it was (without its
// Bcc field), a composed message arrives whole and valid with its envelope, and a wrong
// password ends with exit status 5, nothing delivered and nothing secret printed.

#include "bccvariants.h"
#include "clitest.h"
#include "testcertificates.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using clitest::CliRun;

namespace {

const QString user = u"zhang@example.test"_s;
const QString secret = u"鸿雁 Passw0rd!"_s;

// An .eml as a mail client writes it: 8-bit Chinese text, lines starting with dots, a folded
// Bcc field, a line of 998 bytes and a base64 attachment.
QByteArray emlFile(const QByteArray& bcc)
{
    QByteArray attachment;
    for (int i = 0; i < 5000; ++i)
        attachment += char(i * 13 % 256);
    QByteArray base64;
    const QByteArray encoded = attachment.toBase64();
    for (qsizetype at = 0; at < encoded.size(); at += 76)
        base64 += encoded.mid(at, 76) + "\r\n";
    return "From: =?UTF-8?B?5byg5LiJ?= <zhang@example.test>\r\n"
           "To: li@example.test\r\n" +
           bcc +
           "Subject: =?UTF-8?B?6bi/6ZuB5Lyg5Lmm?=\r\n"
           "Date: Thu, 26 Nov 2026 12:00:00 +0800\r\n"
           "Message-ID: <cli.aiosmtpd@example.test>\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: multipart/mixed; boundary=\"b1\"\r\n"
           "\r\n"
           "--b1\r\n"
           "Content-Type: text/plain; charset=UTF-8\r\n"
           "Content-Transfer-Encoding: 8bit\r\n"
           "\r\n" +
           u"你好，李四！\r\n"_s.toUtf8() +
           ".starts with a dot\r\n"
           ".\r\n"
           "..\r\n" +
           QByteArray(998, 'x') +
           "\r\n"
           "--b1\r\n"
           "Content-Type: application/octet-stream\r\n"
           "Content-Transfer-Encoding: base64\r\n"
           "Content-Disposition: attachment; filename=\"data.bin\"\r\n"
           "\r\n" +
           base64 + "--b1--\r\n";
}

const QByteArray bccField = "Bcc: wang@example.test,\r\n\t\"Hidden\" <hidden@example.test>\r\n";

} // namespace

class TestCliAiosmtpd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eml_data();
    void eml();
    void noBlindCopyArrives_data();
    void noBlindCopyArrives();
    void composed();
    void severalFilesOverOneConnection();
    void badFileInTheListSendsNothing();
    void wrongPassword_data();
    void wrongPassword();

private:
    QStringList connection(const testsupport::AiosmtpdServer& server, const QString& mode) const;

    testsupport::TestCertificates m_certificates;
    QTemporaryDir m_dir;
    QString m_passwordFile;
    // One server for the many rows of noBlindCopyArrives.
    std::unique_ptr<testsupport::AiosmtpdServer> m_sharedServer;
};

void TestCliAiosmtpd::initTestCase()
{
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));
    QVERIFY(m_dir.isValid());
    m_passwordFile = m_dir.filePath(u"password"_s);
    QVERIFY(clitest::writeBytes(m_passwordFile, secret.toUtf8() + "\r\n"));
}

QStringList TestCliAiosmtpd::connection(const testsupport::AiosmtpdServer& server,
                                        const QString& mode) const
{
    return {u"--server"_s,   u"localhost"_s,
            u"--port"_s,     QString::number(server.port()),
            u"--security"_s, mode == u"implicit"_s ? u"tls"_s : u"starttls"_s,
            u"--ca-file"_s,  m_certificates.caFile(),
            u"--user"_s,     user,
            u"--timeout"_s,  u"20"_s};
}

void TestCliAiosmtpd::eml_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("STARTTLS, AUTH auto, --password-file")
        << u"starttls"_s << QStringList{u"--password-file"_s, m_passwordFile};
    QTest::addRow("STARTTLS, AUTH LOGIN, --password-env")
        << u"starttls"_s
        << QStringList{u"--password-env"_s, u"HONGYAN_TEST_SECRET"_s, u"--auth"_s, u"login"_s};
    QTest::addRow("implicit TLS, AUTH PLAIN")
        << u"implicit"_s
        << QStringList{u"--password-file"_s, m_passwordFile, u"--auth"_s, u"plain"_s};
}

void TestCliAiosmtpd::eml()
{
    QFETCH(QString, mode);
    QFETCH(QStringList, arguments);
    testsupport::AiosmtpdServer server;
    QVERIFY2(server.start(mode, m_certificates.certificatePath(u"server"_s),
                          m_certificates.keyPath(u"server"_s), user, secret),
             qPrintable(server.errorString()));
    const QString path = m_dir.filePath(u"message.eml"_s);
    QVERIFY(clitest::writeBytes(path, emlFile(bccField)));
    const QString transcriptPath = m_dir.filePath(u"transcript.txt"_s);

    clitest::RunOptions options;
    options.environment = {u"HONGYAN_TEST_SECRET="_s + secret};
    const CliRun run = clitest::runCli(
        QStringList{u"send"_s, u"--eml"_s, path, u"--transcript"_s, transcriptPath} +
            connection(server, mode) + arguments,
        options);
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    for (const QString& recipient :
         {u"li@example.test"_s, u"wang@example.test"_s, u"hidden@example.test"_s})
        QVERIFY2(run.out().contains(recipient + u": accepted"_s), qPrintable(run.describe()));
    QVERIFY2(run.out().contains(u"Queue ID: HY0001"_s), qPrintable(run.describe()));

    QCOMPARE(server.messageCount(), 1);
    const QByteArray arrived = server.message(1);
    const QByteArray expected = emlFile({});
    QCOMPARE(arrived.size(), expected.size());
    QVERIFY2(arrived == expected, "the message arrived changed");
    const QJsonObject envelope = server.envelope(1);
    QCOMPARE(envelope.value(u"mail_from"_s).toString(), u"zhang@example.test"_s);
    QCOMPARE(envelope.value(u"rcpt_tos"_s).toArray(),
             (QJsonArray{u"li@example.test"_s, u"wang@example.test"_s, u"hidden@example.test"_s}));
    QVERIFY(envelope.value(u"mail_options"_s).toArray().contains(u"BODY=8BITMIME"_s));
    QVERIFY(envelope.value(u"authenticated"_s).toBool());

    const QString transcript = clitest::readFile(transcriptPath);
    QStringList badLines;
    const QStringList markers = clitest::markersUsed(transcript, false, &badLines);
    QVERIFY2(badLines.isEmpty(), qPrintable(badLines.join(u" | "_s)));
    QVERIFY2(markers.contains(u"~>"_s) && markers.contains(u"<~"_s), qPrintable(transcript));
    for (const QString& text : {transcript, run.out(), run.err()}) {
        const QString leak = clitest::findSecret(text, user, secret);
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
    }
}

void TestCliAiosmtpd::severalFilesOverOneConnection()
{
    // Three files, three transactions, one connection and one sign-in; each result names
    // its file, in order, and every message arrives as it was written.
    testsupport::AiosmtpdServer server;
    QVERIFY2(server.start(u"starttls"_s, m_certificates.certificatePath(u"server"_s),
                          m_certificates.keyPath(u"server"_s), user, secret),
             qPrintable(server.errorString()));
    QStringList arguments{u"send"_s};
    QList<QByteArray> written;
    for (int i = 1; i <= 3; ++i) {
        const QString path = m_dir.filePath(u"several-%1.eml"_s.arg(i));
        written.append(emlFile({}).replace("Subject: ", "Subject: " + QByteArray::number(i) + ' '));
        QVERIFY(clitest::writeBytes(path, written.constLast()));
        arguments << u"--eml"_s << path;
    }
    const QString transcriptPath = m_dir.filePath(u"several.txt"_s);
    const CliRun run = clitest::runCli(
        arguments + connection(server, u"starttls"_s) +
        QStringList{u"--password-file"_s, m_passwordFile, u"--transcript"_s, transcriptPath});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(server.messageCount(), 3);
    for (int i = 1; i <= 3; ++i)
        QVERIFY2(server.message(i) == written[i - 1], qPrintable(u"message %1 changed"_s.arg(i)));
    const QString out = run.out();
    const qsizetype first = out.indexOf(m_dir.filePath(u"several-1.eml:"_s));
    const qsizetype third = out.indexOf(m_dir.filePath(u"several-3.eml:"_s));
    QVERIFY2(first >= 0 && third > first, qPrintable(out));
    const QString transcript = clitest::readFile(transcriptPath);
    QCOMPARE(transcript.count(u"Connected to"_s), 1);
    QCOMPARE(transcript.count(u"Authenticated as"_s), 1);
    QCOMPARE(transcript.count(u"MAIL FROM:"_s), 3);
}

void TestCliAiosmtpd::badFileInTheListSendsNothing()
{
    testsupport::AiosmtpdServer server;
    QVERIFY2(server.start(u"starttls"_s, m_certificates.certificatePath(u"server"_s),
                          m_certificates.keyPath(u"server"_s), user, secret),
             qPrintable(server.errorString()));
    const QString good = m_dir.filePath(u"good.eml"_s);
    const QString noRecipient = m_dir.filePath(u"no-recipient.eml"_s);
    QVERIFY(clitest::writeBytes(good, emlFile({})));
    QVERIFY(clitest::writeBytes(noRecipient, "From: a@example.test\r\nSubject: x\r\n\r\nbody\r\n"));
    const CliRun run = clitest::runCli(
        QStringList{u"send"_s, u"--eml"_s, good, u"--eml"_s, noRecipient} +
        connection(server, u"starttls"_s) + QStringList{u"--password-file"_s, m_passwordFile});
    QVERIFY2(run.finished && run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.err().contains(noRecipient), qPrintable(run.describe()));
    QCOMPARE(server.messageCount(), 0);
}

void TestCliAiosmtpd::noBlindCopyArrives_data()
{
    QTest::addColumn<QByteArray>("eml");
    QTest::addColumn<QStringList>("recipients");
    for (const bccvariants::Variant& variant : bccvariants::all())
        QTest::newRow(qPrintable(variant.name)) << variant.eml << variant.recipients;
}

void TestCliAiosmtpd::noBlindCopyArrives()
{
    // send --eml with every line-end convention and every spelling of Bcc: the blind
    // addresses get the message through the envelope and appear nowhere in what arrived.
    QFETCH(QByteArray, eml);
    QFETCH(QStringList, recipients);
    if (!m_sharedServer) {
        m_sharedServer = std::make_unique<testsupport::AiosmtpdServer>();
        QVERIFY2(m_sharedServer->start(u"starttls"_s, m_certificates.certificatePath(u"server"_s),
                                       m_certificates.keyPath(u"server"_s), user, secret),
                 qPrintable(m_sharedServer->errorString()));
    }
    const QString path = m_dir.filePath(u"blind.eml"_s);
    QVERIFY(clitest::writeBytes(path, eml));
    const int before = m_sharedServer->messageCount();
    const CliRun run = clitest::runCli(QStringList{u"send"_s, u"--eml"_s, path} +
                                       connection(*m_sharedServer, u"starttls"_s) +
                                       QStringList{u"--password-file"_s, m_passwordFile});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(m_sharedServer->messageCount(), before + 1);
    const QByteArray arrived = m_sharedServer->message(before + 1);
    QCOMPARE(bccvariants::blindFields(arrived), QList<QByteArray>());
    for (const QByteArray& hidden : bccvariants::hiddenAddresses())
        QVERIFY2(!arrived.contains(hidden), arrived.constData());
    QVERIFY2(arrived.contains("Subject: hi\r\n") || !eml.contains("Subject"), arrived.constData());
    QJsonArray expected;
    for (const QString& recipient : recipients)
        expected.append(recipient);
    QCOMPARE(m_sharedServer->envelope(before + 1).value(u"rcpt_tos"_s).toArray(), expected);
}

void TestCliAiosmtpd::composed()
{
    testsupport::AiosmtpdServer server;
    QVERIFY2(server.start(u"starttls"_s, m_certificates.certificatePath(u"server"_s),
                          m_certificates.keyPath(u"server"_s), user, secret),
             qPrintable(server.errorString()));
    const QString bodyFile = m_dir.filePath(u"body.txt"_s);
    const QString body = u"你好，李四！\n.a line with a leading dot\n.\n此致\n敬礼\n"_s;
    QVERIFY(clitest::writeBytes(bodyFile, body.toUtf8()));
    const QString attachment = m_dir.filePath(u"报告.pdf"_s);
    const QByteArray attachmentBytes = QByteArray("%PDF-1.4\n") + QByteArray(20000, '\xA7');
    QVERIFY(clitest::writeBytes(attachment, attachmentBytes));

    const CliRun run = clitest::runCli(
        QStringList{u"send"_s, u"--from"_s, u"\"张三\" <zhang@example.test>"_s, u"--to"_s,
                    u"\"李四\" <li@example.test>"_s, u"--cc"_s, u"wang@example.test"_s, u"--bcc"_s,
                    u"hidden@example.test"_s, u"--subject"_s, u"鸿雁传书：报告"_s, u"--body-file"_s,
                    bodyFile, u"--attach"_s, attachment, u"--password-file"_s, m_passwordFile,
                    u"--json"_s} +
        connection(server, u"starttls"_s));
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    QString error;
    const QJsonObject report = clitest::parseJsonLine(run.standardOutput, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error + run.describe()));
    QCOMPARE(report.value(u"category"_s).toString(), u"delivered"_s);
    QCOMPARE(report.value(u"queueId"_s).toString(), u"HY0001"_s);
    QCOMPARE(report.value(u"recipients"_s).toArray().size(), 3);
    QVERIFY(report.value(u"tls"_s)[u"verified"_s].toBool());

    QCOMPARE(server.envelope(1).value(u"rcpt_tos"_s).toArray(),
             (QJsonArray{u"li@example.test"_s, u"wang@example.test"_s, u"hidden@example.test"_s}));
    const QByteArray arrived = server.message(1);
    QCOMPARE(report.value(u"messageBytes"_s).toInteger(), arrived.size());
    QVERIFY2(!arrived.contains("hidden@example.test"), "the Bcc address is in the message");
    const QString saved = m_dir.filePath(u"arrived.eml"_s);
    QVERIFY(clitest::writeBytes(saved, arrived));
    const QJsonObject inspected = clitest::inspectEml(saved, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(inspected.value(u"defects"_s).toArray().isEmpty());
    QCOMPARE(inspected.value(u"headers"_s)[u"Subject"_s].toString(), u"鸿雁传书：报告"_s);
    const QJsonArray parts = inspected.value(u"parts"_s).toArray();
    bool textFound = false;
    bool attachmentFound = false;
    for (const QJsonValue& part : parts) {
        if (part[u"content_type"_s] == u"text/plain"_s) {
            textFound = true;
            QCOMPARE(part[u"text"_s].toString(), QString(body).replace(u"\n"_s, u"\r\n"_s));
        }
        if (part[u"filename"_s] == u"报告.pdf"_s) {
            attachmentFound = true;
            QCOMPARE(part[u"sha256"_s].toString().toLatin1(),
                     QCryptographicHash::hash(attachmentBytes, QCryptographicHash::Sha256).toHex());
        }
    }
    QVERIFY(textFound && attachmentFound);
}

void TestCliAiosmtpd::wrongPassword_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addRow("STARTTLS") << u"starttls"_s;
    QTest::addRow("implicit TLS") << u"implicit"_s;
}

void TestCliAiosmtpd::wrongPassword()
{
    QFETCH(QString, mode);
    testsupport::AiosmtpdServer server;
    QVERIFY2(server.start(mode, m_certificates.certificatePath(u"server"_s),
                          m_certificates.keyPath(u"server"_s), user, u"the right one"_s),
             qPrintable(server.errorString()));
    const CliRun run = clitest::runCli(
        QStringList{u"send"_s, u"--from"_s, user, u"--to"_s, u"li@example.test"_s, u"--body"_s,
                    u"x"_s, u"--password-file"_s, m_passwordFile, u"--transcript"_s, u"-"_s} +
        connection(server, mode));
    QVERIFY2(run.finished && run.exitCode == 5, qPrintable(run.describe()));
    QVERIFY2(run.out().contains(u"li@example.test: not tried"_s), qPrintable(run.describe()));
    QVERIFY2(run.err().contains(u"535"_s), qPrintable(run.describe()));
    const QString leak = clitest::findSecret(run.out() + run.err(), user, secret);
    QVERIFY2(leak.isEmpty(), qPrintable(leak));
    QCOMPARE(server.messageCount(), 0);
}

QTEST_GUILESS_MAIN(TestCliAiosmtpd)
#include "tst_cli_aiosmtpd.moc"
