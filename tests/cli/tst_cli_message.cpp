// hongyan-cli build and send --eml: what build writes is a valid message for an independent
// parser (Python's email package, tests/message/inspect_eml.py) with every option in it,
// and send --eml puts a file on the wire unchanged except for its Bcc field (the scripted
// server sees the same bytes, dot-stuffed), with the envelope from the file or the options.

#include "clitest.h"
#include "scriptedserver.h"
#include "sessionharness.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using clitest::CliRun;
using testsupport::ScriptedServer;

namespace {

// The bytes a client must put on the wire for `message` between DATA and the final dot:
// CRLF line ends and a dot doubled at the start of a line (RFC 5321 §4.5.2).
QByteArray onTheWire(QByteArray message)
{
    message.replace("\r\n", "\n");
    QByteArray wire;
    for (const QByteArray& line : message.split('\n').mid(0, message.count('\n')))
        wire += (line.startsWith('.') ? "." + line : line) + "\r\n";
    return wire;
}

QByteArray sha256Hex(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// A server that takes one message for `recipients` recipients.
QByteArray acceptingScript(int recipients)
{
    QByteArray script = testsupport::scriptGreeting({"8BITMIME", "SMTPUTF8"}) +
                        "C~ MAIL FROM:<[^>]*>.*\nS: 250 2.1.0 Ok\n";
    for (int i = 0; i < recipients; ++i)
        script += "C~ RCPT TO:<[^>]+>\nS: 250 2.1.5 Ok\n";
    return script + "C: DATA\nS: 354 go ahead\nBODY\nS: 250 2.0.0 Ok: queued as EML1\nEND\n";
}

QStringList rcptAddresses(const ScriptedServer& server)
{
    QStringList addresses;
    for (const QByteArray& line : server.receivedLines()) {
        if (line.startsWith("RCPT TO:<"))
            addresses.append(QString::fromUtf8(line.mid(9, line.indexOf('>') - 9)));
    }
    return addresses;
}

QString mailFrom(const ScriptedServer& server)
{
    for (const QByteArray& line : server.receivedLines()) {
        if (line.startsWith("MAIL FROM:<"))
            return QString::fromUtf8(line.mid(11, line.indexOf('>') - 11));
    }
    return {};
}

} // namespace

class TestCliMessage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void build_data();
    void build();
    void buildKeepsBcc();
    void emlSentUnchanged_data();
    void emlSentUnchanged();
    void buildThenSend();

private:
    CliRun sendEml(const QString& path, const QStringList& extra, ScriptedServer* server);

    QTemporaryDir m_dir;
    QString m_attachment;
    QByteArray m_attachmentBytes;
    QString m_html;
};

void TestCliMessage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Every byte value, so a lossy encoding shows.
    for (int i = 0; i < 3000; ++i)
        m_attachmentBytes += char(i * 7 % 256);
    m_attachment = m_dir.filePath(u"报告 2026.bin"_s);
    QVERIFY(clitest::writeBytes(m_attachment, m_attachmentBytes));
    m_html = m_dir.filePath(u"letter.html"_s);
    QVERIFY(clitest::writeBytes(m_html, u"<p>你好，<b>李四</b>！</p>\n"_s.toUtf8()));
}

void TestCliMessage::build_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("text");      // the text/plain part as Python decodes it
    QTest::addColumn<QStringList>("types"); // every part's content type, in order
    QTest::addColumn<bool>("attachment");   // the last part is m_attachment

    const QStringList addresses{u"--from"_s,     u"\"张三\" <zhang@example.test>"_s,
                                u"--to"_s,       u"\"李四\" <li@example.test>, wang@example.test"_s,
                                u"--cc"_s,       u"c@example.test"_s,
                                u"--reply-to"_s, u"r@example.test"_s};
    QTest::addRow("plain text, Chinese")
        << addresses + QStringList{u"--subject"_s, u"鸿雁传书：测试"_s, u"--body"_s,
                                   u"你好，李四！\n.a line starting with a dot\n"_s}
        << u"鸿雁传书：测试"_s << u"你好，李四！\r\n.a line starting with a dot\r\n"_s
        << QStringList{u"text/plain"_s} << false;
    QTest::addRow("long subject, folded")
        << addresses + QStringList{u"--subject"_s,
                                   u"A subject line long enough that it has to be folded, "
                                   u"with 中文 in the middle of it and more words after that"_s,
                                   u"--body"_s, u"x"_s}
        << u"A subject line long enough that it has to be folded, with 中文 in the middle of it "
           u"and more words after that"_s
        << u"x\r\n"_s << QStringList{u"text/plain"_s} << false;
    QTest::addRow("HTML and an attachment")
        << addresses + QStringList{u"--subject"_s,   u"附件"_s, u"--body"_s,   u"见附件。"_s,
                                   u"--html-file"_s, m_html,    u"--attach"_s, m_attachment}
        << u"附件"_s << u"见附件。"_s
        << QStringList{u"multipart/mixed"_s, u"multipart/alternative"_s, u"text/plain"_s,
                       u"text/html"_s, u"application/octet-stream"_s}
        << true;
}

void TestCliMessage::build()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, subject);
    QFETCH(QString, text);
    QFETCH(QStringList, types);
    QFETCH(bool, attachment);

    const QString output = m_dir.filePath(u"built.eml"_s);
    QFile::remove(output);
    const CliRun run = clitest::runCli(QStringList{u"build"_s, u"--output"_s, output} + arguments);
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.standardOutput.isEmpty() && run.standardError.isEmpty(),
             qPrintable(run.describe()));
    const QByteArray bytes = clitest::readBytes(output);
    QVERIFY(!bytes.isEmpty());
    // RFC 5322: CRLF line ends, and nothing but ASCII in a message for 7-bit transport.
    QVERIFY2(!bytes.contains("\n") || bytes.count("\n") == bytes.count("\r\n"), "bare LF");
    QVERIFY2(std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return uchar(c) < 0x80; }),
             "8-bit bytes in a built message");

    QString error;
    const QJsonObject report = clitest::inspectEml(output, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(report.value(u"defects"_s).toArray().isEmpty(),
             QJsonDocument(report.value(u"defects"_s).toArray()).toJson().constData());
    const QJsonObject headers = report.value(u"headers"_s).toObject();
    QCOMPARE(headers.value(u"Subject"_s).toString(), subject);
    QCOMPARE(headers.value(u"From"_s).toObject().value(u"addresses"_s).toArray(),
             (QJsonArray{QJsonArray{u"张三"_s, u"zhang@example.test"_s}}));
    QCOMPARE(headers.value(u"To"_s).toObject().value(u"addresses"_s).toArray(),
             (QJsonArray{QJsonArray{u"李四"_s, u"li@example.test"_s},
                         QJsonArray{QString(), u"wang@example.test"_s}}));
    QCOMPARE(headers.value(u"Cc"_s).toObject().value(u"addresses"_s).toArray(),
             (QJsonArray{QJsonArray{QString(), u"c@example.test"_s}}));
    QCOMPARE(headers.value(u"Reply-To"_s).toObject().value(u"addresses"_s).toArray(),
             (QJsonArray{QJsonArray{QString(), u"r@example.test"_s}}));
    for (const QString& field : {u"Date"_s, u"Message-ID"_s, u"MIME-Version"_s})
        QVERIFY2(headers.contains(field), qPrintable(field));

    const QJsonArray parts = report.value(u"parts"_s).toArray();
    QStringList partTypes;
    QString plain;
    for (const QJsonValue& part : parts) {
        partTypes.append(part[u"content_type"_s].toString());
        if (part[u"content_type"_s] == u"text/plain"_s)
            plain = part[u"text"_s].toString();
    }
    QCOMPARE(partTypes, types);
    QCOMPARE(plain, text);
    if (attachment) {
        const QJsonObject last = parts.last().toObject();
        QCOMPARE(last.value(u"filename"_s).toString(), u"报告 2026.bin"_s);
        QCOMPARE(last.value(u"disposition"_s).toString(), u"attachment"_s);
        QCOMPARE(last.value(u"sha256"_s).toString().toLatin1(), sha256Hex(m_attachmentBytes));
    }
}

void TestCliMessage::buildKeepsBcc()
{
    // build writes a message to be sent later (send --eml): a blind copy recipient given to
    // build must survive in the file, where send --eml takes it into the envelope and
    // removes the field, as sendmail -t does. Dropping it silently loses a recipient.
    const QString output = m_dir.filePath(u"bcc.eml"_s);
    const CliRun run = clitest::runCli({u"build"_s, u"--output"_s, output, u"--from"_s,
                                        u"a@example.test"_s, u"--to"_s, u"b@example.test"_s,
                                        u"--bcc"_s, u"hidden@example.test"_s, u"--body"_s, u"x"_s});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    QString error;
    const QJsonObject report = clitest::inspectEml(output, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(report.value(u"headers"_s)[u"Bcc"_s][u"addresses"_s].toArray(),
             (QJsonArray{QJsonArray{QString(), u"hidden@example.test"_s}}));
}

CliRun TestCliMessage::sendEml(const QString& path, const QStringList& extra,
                               ScriptedServer* server)
{
    return clitest::runCli(QStringList{u"send"_s, u"--server"_s, u"127.0.0.1"_s, u"--port"_s,
                                       QString::number(server->port()), u"--security"_s, u"none"_s,
                                       u"--ehlo"_s, u"client.test"_s, u"--timeout"_s, u"5"_s,
                                       u"--eml"_s, path} +
                           extra);
}

void TestCliMessage::emlSentUnchanged_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("sent");        // what must arrive (before dot-stuffing)
    QTest::addColumn<QString>("sender");         // MAIL FROM
    QTest::addColumn<QStringList>("recipients"); // RCPT TO, in order

    const QByteArray head = "From: =?UTF-8?B?5byg5LiJ?= <zhang@example.test>\r\n"
                            "To: li@example.test\r\n"
                            "Cc: \"Wang\" <wang@example.test>\r\n";
    const QByteArray bcc = "Bcc: hidden@example.test,\r\n"
                           "  other-hidden@example.test\r\n";
    const QByteArray rest = "Subject: =?UTF-8?B?6bi/6ZuB?=\r\n"
                            "Date: Thu, 26 Nov 2026 12:00:00 +0800\r\n"
                            "Message-ID: <eml.1@example.test>\r\n"
                            "MIME-Version: 1.0\r\n"
                            "Content-Type: text/plain; charset=UTF-8\r\n"
                            "Content-Transfer-Encoding: 8bit\r\n"
                            "\r\n" +
                            u"你好！\r\n"_s.toUtf8() +
                            ".a line that starts with a dot\r\n"
                            ".\r\n"
                            "..two dots\r\n"
                            "Bcc: in the body, not a header\r\n"
                            "last line\r\n";
    const QStringList all{u"li@example.test"_s, u"wang@example.test"_s, u"hidden@example.test"_s,
                          u"other-hidden@example.test"_s};

    QTest::addRow("folded Bcc removed, the rest byte for byte")
        << head + bcc + rest << QStringList() << head + rest << u"zhang@example.test"_s << all;
    QTest::addRow("no Bcc: every byte")
        << head + rest << QStringList() << head + rest << u"zhang@example.test"_s << all.mid(0, 2);
    QTest::addRow("Bcc first") << bcc + head + rest << QStringList() << head + rest
                               << u"zhang@example.test"_s << all;
    QTest::addRow("LF line ends go out as CRLF")
        << QByteArray(head + bcc + rest).replace("\r\n", "\n") << QStringList() << head + rest
        << u"zhang@example.test"_s << all;
    // As sendmail does: the options replace the envelope, the file stays as it is.
    QTest::addRow("--from and --to replace the envelope only")
        << head + bcc + rest
        << QStringList{u"--from"_s, u"bounce@example.test"_s, u"--to"_s, u"x@example.test"_s}
        << head + rest << u"bounce@example.test"_s << QStringList{u"x@example.test"_s};
}

void TestCliMessage::emlSentUnchanged()
{
    QFETCH(QByteArray, file);
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, sent);
    QFETCH(QString, sender);
    QFETCH(QStringList, recipients);

    const QString path = m_dir.filePath(u"message.eml"_s);
    QVERIFY(clitest::writeBytes(path, file));
    ScriptedServer server;
    QVERIFY(server.load(acceptingScript(int(recipients.size()))));
    QVERIFY(server.listen());
    const CliRun run = sendEml(path, arguments, &server);
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(server.waitForScript(5000), qPrintable(server.report()));

    QCOMPARE(mailFrom(server), sender);
    QCOMPARE(rcptAddresses(server), recipients);
    QCOMPARE(server.bodies().size(), 1);
    const QByteArray arrived = server.bodies().constFirst();
    if (arrived != onTheWire(sent))
        qWarning().noquote() << "arrived:\n" << arrived << "\nexpected:\n" << onTheWire(sent);
    QCOMPARE(arrived.size(), onTheWire(sent).size());
    QVERIFY(arrived == onTheWire(sent));
    // The file itself is left alone.
    QCOMPARE(clitest::readBytes(path), file);
}

void TestCliMessage::buildThenSend()
{
    // What build writes is what send --eml sends.
    const QString path = m_dir.filePath(u"roundtrip.eml"_s);
    const CliRun built = clitest::runCli(
        {u"build"_s, u"--output"_s, path, u"--from"_s, u"\"张三\" <zhang@example.test>"_s,
         u"--to"_s, u"li@example.test"_s, u"--subject"_s, u"往返"_s, u"--body"_s, u".dot\n正文\n"_s,
         u"--html-file"_s, m_html, u"--attach"_s, m_attachment});
    QVERIFY2(built.finished && built.exitCode == 0, qPrintable(built.describe()));
    const QByteArray file = clitest::readBytes(path);

    ScriptedServer server;
    QVERIFY(server.load(acceptingScript(1)));
    QVERIFY(server.listen());
    const CliRun run = sendEml(path, {}, &server);
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out().contains(u"li@example.test: accepted"_s), qPrintable(run.describe()));
    QVERIFY2(server.waitForScript(5000), qPrintable(server.report()));
    QCOMPARE(mailFrom(server), u"zhang@example.test"_s);
    QCOMPARE(rcptAddresses(server), QStringList{u"li@example.test"_s});
    QVERIFY(server.bodies().constFirst() == onTheWire(file));
}

QTEST_GUILESS_MAIN(TestCliMessage)
#include "tst_cli_message.moc"
