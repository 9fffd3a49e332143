// hongyan-cli send to a private Postfix with Dovecot SASL (postfix_fixture.py, root only):
// submission with STARTTLS and AUTH, and implicit TLS with AUTH, on loopback. The message
// delivered into the maildir is the message sent, byte for byte after the trace fields
// Postfix puts on top (Return-Path, X-Original-To, Delivered-To, Received); Postfix's own
// 550 for an unknown recipient gives exit status 1, and a wrong password exit status 5.

#include "clitest.h"
#include "sessionharness.h"
#include "testcertificates.h"
#include "testrequirement.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using clitest::CliRun;

namespace {

const QString user = u"zhang@example.test"_s;
const QString secret = u"Postfix-鸿雁-密码"_s;

// The maildir file in `directory` (a maildir's new/) that holds `messageId`, waiting up to
// `ms` for local delivery, which happens after the 250.
QByteArray waitForDelivery(const QString& directory, const QByteArray& messageId, int ms)
{
    QByteArray found;
    testsupport::waitUntil(
        [&] {
            const QDir dir(directory);
            for (const QString& name : dir.entryList(QDir::Files)) {
                const QByteArray bytes = clitest::readBytes(dir.filePath(name));
                if (bytes.contains(messageId)) {
                    found = bytes;
                    return true;
                }
            }
            return false;
        },
        ms);
    return found;
}

// Empty when `delivered` is `sent` (as Postfix stores it: LF line ends) below trace fields
// that Postfix adds; otherwise what differs.
QString compareDelivered(const QByteArray& delivered, const QByteArray& sent)
{
    const QByteArray stored = QByteArray(sent).replace("\r\n", "\n");
    if (!delivered.endsWith(stored))
        return u"the delivered message does not end with the message sent:\n"_s +
               QString::fromUtf8(delivered.left(4000));
    static const QList<QByteArray> trace{
        "Return-Path:", "X-Original-To:", "Delivered-To:", "Received:"};
    const QByteArray added = delivered.chopped(stored.size());
    for (const QByteArray& line : added.split('\n')) {
        if (line.isEmpty() || line.startsWith(' ') || line.startsWith('\t'))
            continue;
        if (!std::any_of(trace.cbegin(), trace.cend(),
                         [&line](const QByteArray& field) { return line.startsWith(field); }))
            return u"Postfix added more than trace fields: "_s + QString::fromUtf8(line);
    }
    return {};
}

} // namespace

class TestCliPostfix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void delivery_data();
    void delivery();
    void partial();
    void wrongPassword_data();
    void wrongPassword();

private:
    QStringList connection(const QString& mode, const QString& passwordFile) const;

    testsupport::TestCertificates m_certificates;
    QTemporaryDir m_dir;
    testsupport::HelperProcess m_fixture;
    quint16 m_submission = 0;
    quint16 m_smtps = 0;
    QString m_maildir;
    QString m_passwordFile;
};

void TestCliPostfix::initTestCase()
{
    HY_REQUIRE(::geteuid() == 0,
               "Postfix's master and Dovecot must run as root (CI runs the tests as root)");
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));
    QVERIFY(m_dir.isValid());
    m_passwordFile = m_dir.filePath(u"password"_s);
    QVERIFY(clitest::writeBytes(m_passwordFile, secret.toUtf8() + '\n'));

    QElapsedTimer clock;
    clock.start();
    const bool started = m_fixture.start(
        clitest::python(),
        {qEnvironmentVariable("HONGYAN_SOURCE_DIR") + u"/tests/cli/postfix_fixture.py"_s,
         u"--cert"_s, m_certificates.certificatePath(u"server"_s), u"--key"_s,
         m_certificates.keyPath(u"server"_s), u"--user"_s, user, u"--password"_s, secret,
         u"--recipient"_s, u"rcpt@example.test"_s, u"--recipient"_s, u"other@example.test"_s,
         u"--lifetime"_s, u"110"_s},
        QRegularExpression(u"^\\{.*\"submission\".*\\}$"_s), 60000);
    QVERIFY2(started, qPrintable(m_fixture.errorString()));
    const QJsonObject ready =
        QJsonDocument::fromJson(m_fixture.readyMatch().captured(0).toUtf8()).object();
    m_submission = quint16(ready.value(u"submission"_s).toInt());
    m_smtps = quint16(ready.value(u"smtps"_s).toInt());
    m_maildir = ready.value(u"maildir"_s).toString();
    QVERIFY(m_submission != 0 && m_smtps != 0 && !m_maildir.isEmpty());
    qInfo("Postfix and Dovecot ready in %lld ms (fixture's own count: %d ms)", clock.elapsed(),
          ready.value(u"startup_ms"_s).toInt());
}

QStringList TestCliPostfix::connection(const QString& mode, const QString& passwordFile) const
{
    const bool implicit = mode == u"tls"_s;
    return {u"--server"_s,        u"localhost"_s,
            u"--port"_s,          QString::number(implicit ? m_smtps : m_submission),
            u"--security"_s,      mode,
            u"--ca-file"_s,       m_certificates.caFile(),
            u"--user"_s,          user,
            u"--password-file"_s, passwordFile,
            u"--ehlo"_s,          u"client.test"_s,
            u"--timeout"_s,       u"20"_s};
}

void TestCliPostfix::delivery_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addRow("submission, STARTTLS and AUTH") << u"starttls"_s;
    QTest::addRow("smtps, implicit TLS and AUTH") << u"tls"_s;
}

void TestCliPostfix::delivery()
{
    QFETCH(QString, mode);
    // The message is built first, so that its bytes are known; then sent as it is.
    const QString path = m_dir.filePath(mode + u".eml"_s);
    const QString attachment = m_dir.filePath(u"附件.bin"_s);
    QByteArray attachmentBytes;
    for (int i = 0; i < 40000; ++i)
        attachmentBytes += char(i * 31 % 256);
    QVERIFY(clitest::writeBytes(attachment, attachmentBytes));
    const CliRun built = clitest::runCli(
        {u"build"_s, u"--output"_s, path, u"--from"_s, u"\"张三\" <zhang@example.test>"_s,
         u"--to"_s, u"\"李四\" <rcpt@example.test>"_s, u"--subject"_s,
         u"鸿雁传书 via Postfix (%1)"_s.arg(mode), u"--body"_s,
         u"你好！\n.a line with a leading dot\n.\nEnd.\n"_s, u"--attach"_s, attachment});
    QVERIFY2(built.finished && built.exitCode == 0, qPrintable(built.describe()));
    const QByteArray sent = clitest::readBytes(path);
    const QRegularExpressionMatch id =
        QRegularExpression(u"\r\nMessage-ID: (<[^>]+>)\r\n"_s).match(QString::fromLatin1(sent));
    QVERIFY2(id.hasMatch(), sent.left(1000).constData());

    const QString transcriptPath = m_dir.filePath(u"transcript.txt"_s);
    const CliRun run = clitest::runCli(
        QStringList{u"send"_s, u"--eml"_s, path, u"--transcript"_s, transcriptPath} +
        connection(mode, m_passwordFile));
    QVERIFY2(run.finished && run.exitCode == 0,
             qPrintable(run.describe() + clitest::readFile(transcriptPath)));
    QVERIFY2(run.out().contains(u"rcpt@example.test: accepted (250 2.1.5 Ok)"_s),
             qPrintable(run.describe()));
    QVERIFY2(QRegularExpression(u"Queue ID: [0-9A-F]+"_s).match(run.out()).hasMatch(),
             qPrintable(run.describe()));

    const QString transcript = clitest::readFile(transcriptPath);
    QVERIFY2(transcript.contains(u"ESMTP Postfix"_s), qPrintable(transcript));
    QVERIFY2(transcript.contains(u"=== Authenticated as zhang@example.test"_s),
             qPrintable(transcript));
    QStringList badLines;
    const QStringList markers = clitest::markersUsed(transcript, false, &badLines);
    QVERIFY2(badLines.isEmpty(), qPrintable(badLines.join(u" | "_s)));
    QCOMPARE(markers.contains(u"->"_s), mode == u"starttls"_s);
    QVERIFY(markers.contains(u"~>"_s) && markers.contains(u"<~"_s));
    for (const QString& text : {transcript, run.out(), run.err()}) {
        const QString leak = clitest::findSecret(text, user, secret);
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
    }

    const QByteArray delivered =
        waitForDelivery(m_maildir + u"/rcpt/new"_s, id.captured(1).toLatin1(), 15000);
    QVERIFY2(!delivered.isEmpty(), "nothing delivered to rcpt@example.test within 15 s");
    const QString difference = compareDelivered(delivered, sent);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QVERIFY2(delivered.contains("with ESMTPSA"), "Postfix did not record an authenticated TLS "
                                                 "submission in Received");
}

void TestCliPostfix::partial()
{
    // other@ has a mailbox, nobody@ has none: Postfix answers its RCPT with 550 5.1.1.
    const CliRun run = clitest::runCli(
        QStringList{u"send"_s, u"--from"_s, user, u"--to"_s, u"other@example.test"_s, u"--to"_s,
                    u"nobody@example.test"_s, u"--subject"_s, u"partial"_s, u"--body"_s,
                    u"Only one of two."_s} +
        connection(u"starttls"_s, m_passwordFile));
    QVERIFY2(run.finished && run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.out().contains(u"other@example.test: accepted"_s), qPrintable(run.describe()));
    QVERIFY2(run.out().contains(u"nobody@example.test: refused (550 5.1.1"_s),
             qPrintable(run.describe()));
    const QRegularExpressionMatch id =
        QRegularExpression(u"Queue ID: ([0-9A-F]+)"_s).match(run.out());
    QVERIFY2(id.hasMatch(), qPrintable(run.describe()));
    const QByteArray delivered =
        waitForDelivery(m_maildir + u"/other/new"_s, "id " + id.captured(1).toLatin1(), 15000);
    QVERIFY2(delivered.contains("Only one of two.") || delivered.contains("T25seSBvbmUgb2YgdHdvLg"),
             delivered.constData());
}

void TestCliPostfix::wrongPassword_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addRow("submission") << u"starttls"_s;
    QTest::addRow("smtps") << u"tls"_s;
}

void TestCliPostfix::wrongPassword()
{
    QFETCH(QString, mode);
    const QString wrong = m_dir.filePath(u"wrong"_s);
    QVERIFY(clitest::writeBytes(wrong, "not-the-password\n"));
    const CliRun run =
        clitest::runCli(QStringList{u"send"_s, u"--from"_s, user, u"--to"_s, u"rcpt@example.test"_s,
                                    u"--body"_s, u"x"_s, u"--json"_s} +
                        connection(mode, wrong));
    QVERIFY2(run.finished && run.exitCode == 5, qPrintable(run.describe()));
    QString error;
    const QJsonObject report = clitest::parseJsonLine(run.standardOutput, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error + run.describe()));
    QCOMPARE(report.value(u"code"_s).toInt(), 535);
    QCOMPARE(report.value(u"enhancedCode"_s).toString(), u"5.7.8"_s);
    QCOMPARE(report.value(u"stage"_s).toString(), u"auth"_s);
    QVERIFY2(!run.out().contains(u"not-the-password"_s) &&
                 !run.err().contains(u"not-the-password"_s),
             qPrintable(run.describe()));
}

QTEST_GUILESS_MAIN(TestCliPostfix)
#include "tst_cli_postfix.moc"
