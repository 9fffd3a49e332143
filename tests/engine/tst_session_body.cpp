// SmtpSession and the message body where a protocol case cannot say it (tests/data/smtp
// holds PIPELINING and CHUNKING turned off although offered): a BDAT chunk refused in the
// middle of the message, a message source that fails part way (the final dot must never
// follow a truncated message), and a cancel after the final dot (the server may have the
// message: the outcome is unknown, not cancelled).

#include "enginetest.h"
#include "messagebuilder.h"
#include "messagedevice.h"

#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace Qt::Literals::StringLiterals;
using smtp::Outcome;
using smtp::TranscriptRecord;
using testsupport::ScriptedServer;
using testsupport::SessionHarness;
using Category = smtp::Outcome::Category;
using Reason = smtp::Outcome::Reason;
using smtp::Phase;

namespace {

QByteArray messageOfSize(qsizetype size)
{
    QByteArray message = testsupport::testMessage();
    const QByteArray line = QByteArray(70, 'm') + "\r\n";
    message += line.repeated((size - message.size()) / line.size() + 1);
    message.truncate(size - 2);
    return message + "\r\n";
}

// A message file that cannot be read to its end: a disk error after `goodBytes` (read()
// returns -1) or, with `stop`, data that simply stops (read() returns 0 before the size it
// announced).
class FailingSource : public QIODevice
{
public:
    FailingSource(QByteArray data, qint64 goodBytes, bool stop)
        : m_data(std::move(data))
        , m_goodBytes(goodBytes)
        , m_stop(stop)
    {}

    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 available = std::min(maxSize, m_goodBytes - pos());
        if (available <= 0) {
            if (m_stop)
                return 0;
            setErrorString(u"Input/output error"_s);
            return -1;
        }
        std::memcpy(data, m_data.constData() + pos(), size_t(available));
        return available;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_goodBytes = 0;
    bool m_stop = false;
};

// An ESMTP server with PIPELINING and CHUNKING that refuses the first BDAT chunk of its
// first transaction with 550 and answers every later chunk of that transaction the same
// way (RFC 3030 §2: the transaction has failed); its second transaction is accepted. It
// counts what arrives, so the test can tell exactly which chunks the client sent.
class BdatRefusingServer : public QObject
{
public:
    struct Chunk
    {
        int transaction = 0;
        qint64 size = 0;
        bool last = false;
    };

    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            m_socket = m_server.nextPendingConnection();
            connect(m_socket, &QTcpSocket::readyRead, this, &BdatRefusingServer::onReadyRead);
            m_socket->write("220 mx.test ESMTP\r\n");
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    const QList<QByteArray>& commands() const { return m_commands; }
    const QList<Chunk>& chunks() const { return m_chunks; }
    int transaction() const { return m_transaction; }

private:
    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        for (;;) {
            if (m_chunkLeft > 0) {
                const qint64 take = std::min<qint64>(m_chunkLeft, m_buffer.size());
                m_buffer.remove(0, take);
                m_chunkLeft -= take;
                if (m_chunkLeft > 0)
                    return;
                answerChunk();
                continue;
            }
            const qsizetype end = m_buffer.indexOf("\r\n");
            if (end < 0)
                return;
            const QByteArray line = m_buffer.left(end);
            m_buffer.remove(0, end + 2);
            command(line);
        }
    }

    void command(const QByteArray& line)
    {
        const QList<QByteArray> words = line.split(' ');
        if (words[0] != "BDAT")
            m_commands.append(line);
        if (words[0] == "EHLO") {
            m_socket->write("250-mx.test\r\n250-PIPELINING\r\n250-CHUNKING\r\n250 8BITMIME\r\n");
        } else if (words[0] == "MAIL") {
            ++m_transaction;
            m_socket->write("250 2.1.0 Ok\r\n");
        } else if (words[0] == "RCPT" || words[0] == "RSET") {
            m_socket->write("250 2.0.0 Ok\r\n");
        } else if (words[0] == "BDAT") {
            m_chunks.append({m_transaction, words.value(1).toLongLong(), words.size() == 3});
            m_chunkLeft = m_chunks.last().size;
            if (m_chunkLeft == 0)
                answerChunk();
        } else if (words[0] == "QUIT") {
            m_socket->write("221 2.0.0 Bye\r\n");
            m_socket->disconnectFromHost();
        } else {
            m_socket->write("502 5.5.2 Command not recognized\r\n");
        }
    }

    void answerChunk()
    {
        if (m_transaction == 1) {
            m_socket->write("550 5.6.0 Message content refused\r\n");
        } else {
            m_socket->write(m_chunks.last().last ? "250 2.0.0 Ok: queued as BDAT2\r\n"
                                                 : "250 2.0.0 chunk received\r\n");
        }
    }

    QTcpServer m_server;
    QTcpSocket* m_socket = nullptr;
    QByteArray m_buffer;
    qint64 m_chunkLeft = 0;
    int m_transaction = 0;
    QList<QByteArray> m_commands;
    QList<Chunk> m_chunks;
};

} // namespace

class TestSessionBody : public QObject
{
    Q_OBJECT

private slots:
    void bdatRefusedMidway();
    void unreadableSource_data();
    void unreadableSource();
    void attachmentChangedBeforeItWasSent();
    void cancelAfterFinalDot();
};

void TestSessionBody::bdatRefusedMidway()
{
    // RFC 3030 §2: after a 4xx or 5xx to a BDAT chunk the client MUST NOT send more chunks.
    // Chunks already on their way when the refusal arrives are answered too (every reply is
    // matched in order); the next transaction on the connection starts with RSET.
    BdatRefusingServer server;
    QVERIFY(server.listen());
    SessionHarness harness(testsupport::testSettings(server.port()));
    // 128 chunks of 256 KiB: far more than the socket buffers hold while the refusal
    // travels back.
    const QByteArray large = messageOfSize(32 * 1024 * 1024);
    const std::optional<Outcome> first = harness.send(testsupport::testEnvelope(), large, 30000);
    HY_VERIFY_CATEGORY(harness, first, Category::Rejected);
    QCOMPARE(first->code, 550);
    QCOMPARE(smtp::phaseName(first->phase), smtp::phaseName(Phase::Body));
    QCOMPARE(first->enhanced.toString(), u"5.6.0"_s);

    // In the transcript: no BDAT after the client read the refusal.
    qsizetype refusal = -1;
    int chunksBefore = 0;
    const QList<TranscriptRecord>& records = harness.records();
    for (qsizetype i = 0; i < records.size(); ++i) {
        const bool isBdat = records[i].direction == TranscriptRecord::Direction::Client &&
                            records[i].text.startsWith(u"BDAT "_s);
        if (refusal < 0 && records[i].direction == TranscriptRecord::Direction::Server &&
            records[i].text.startsWith(u"550 5.6.0"_s))
            refusal = i;
        else if (refusal < 0 && isBdat)
            ++chunksBefore;
        else if (isBdat)
            QFAIL(qPrintable(u"BDAT sent after the refusal: "_s + records[i].text));
    }
    QVERIFY(refusal >= 0);

    const std::optional<Outcome> second =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    HY_VERIFY_CATEGORY(harness, second, Category::Delivered);
    QCOMPARE(second->queueId(), u"BDAT2"_s);
    QVERIFY(harness.quit());

    // On the server: exactly the chunks the transcript shows, never the LAST one, far fewer
    // than the message needs; then RSET before the second MAIL.
    int firstChunks = 0;
    for (const BdatRefusingServer::Chunk& chunk : server.chunks()) {
        if (chunk.transaction == 1) {
            ++firstChunks;
            QVERIFY(!chunk.last);
        }
    }
    QCOMPARE(firstChunks, chunksBefore);
    QVERIFY2(firstChunks < 64, qPrintable(QString::number(firstChunks)));
    QCOMPARE(server.transaction(), 2);
    const QList<QByteArray>& commands = server.commands();
    const qsizetype secondMail = commands.lastIndexOf("MAIL FROM:<sender@example.test>");
    QVERIFY(secondMail > 0);
    QCOMPARE(commands[secondMail - 1], QByteArray("RSET"));
    QCOMPARE(commands.count("RSET"), 1);
}

void TestSessionBody::unreadableSource_data()
{
    QTest::addColumn<qint64>("goodBytes");
    QTest::addColumn<bool>("stop");
    // Past the 1 MiB the session queues before waiting for the socket: some of the message
    // is on the wire when the error comes.
    QTest::addRow("I/O error after 2 MiB") << qint64(2 * 1024 * 1024 + 123) << false;
    QTest::addRow("I/O error at once") << qint64(0) << false;
    QTest::addRow("data stops before its end") << qint64(300000) << true;
}

void TestSessionBody::unreadableSource()
{
    // A truncated message must never be completed with the final dot: the server would
    // deliver it. The session drops the connection instead, so the server discards it.
    QFETCH(qint64, goodBytes);
    QFETCH(bool, stop);

    ScriptedServer server;
    HY_START(server, testsupport::scriptUntilPartialBody());
    const QByteArray message = messageOfSize(4 * 1024 * 1024);
    FailingSource source(message, goodBytes, stop);
    QVERIFY(source.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    SessionHarness harness(testsupport::testSettings(server.port()));
    const std::optional<Outcome> outcome = harness.send(testsupport::testEnvelope(), &source);
    HY_VERIFY_OUTCOME(harness, outcome, Category::Usage, Reason::MessageUnreadable);
    QVERIFY(!outcome->isSuccess());
    if (!stop)
        QVERIFY2(outcome->detail.text().contains(u"Input/output error"_s),
                 qPrintable(outcome->detail.text()));
    HY_VERIFY_SCRIPT(server);
    const QByteArray received = server.bodies().value(0);
    QVERIFY2(received.size() <= goodBytes, qPrintable(u"%1 bytes received"_s.arg(received.size())));
    QVERIFY(message.startsWith(received));
    QVERIFY(harness.session().isDisconnected());
    QCOMPARE(harness.closedCount(), 1);
}

void TestSessionBody::attachmentChangedBeforeItWasSent()
{
    // The attachment shrank between composing and sending: the outcome and the transcript say
    // which file and what happened to it as a note the GUI translates, not as English text.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"report.pdf"_s);
    QFile attachment(path);
    QVERIFY(attachment.open(QIODevice::WriteOnly));
    QCOMPARE(attachment.write(QByteArray(600000, 'r')), qint64(600000));
    attachment.close();
    smtp::MessageBuilder builder;
    builder.setFrom(smtp::Mailbox::parse(u"sender@example.test"_s).value());
    builder.setTo(smtp::AddressList::parse(u"rcpt@example.test"_s).value());
    builder.setText(u"The report is attached."_s);
    builder.addAttachmentFile(path);
    std::unique_ptr<smtp::MessageDevice> message = builder.compose();
    QVERIFY(message && message->open(QIODevice::ReadOnly));
    QVERIFY(attachment.resize(1000));

    ScriptedServer server;
    HY_START(server, testsupport::scriptUntilPartialBody());
    SessionHarness harness(testsupport::testSettings(server.port()));
    const std::optional<Outcome> outcome = harness.send(testsupport::testEnvelope(), message.get());
    HY_VERIFY_OUTCOME(harness, outcome, Category::Usage, Reason::MessageUnreadable);
    const smtp::Note expected =
        smtp::Note::of("attachment %1 changed after it was added: it had %2 bytes, now it has %3",
                       QFileInfo(path).absoluteFilePath(), 600000, 1000);
    QCOMPARE(outcome->detail, expected);
    QCOMPARE(message->readFailure(), expected);
    const auto told = std::find_if(
        harness.records().cbegin(), harness.records().cend(), [](const TranscriptRecord& record) {
            return record.direction == TranscriptRecord::Direction::Error;
        });
    QVERIFY2(told != harness.records().cend(), qPrintable(harness.transcriptText()));
    QCOMPARE(told->note, smtp::Note::of("Reading the message failed: %1", expected));
    HY_VERIFY_SCRIPT(server);
    QVERIFY(harness.session().isDisconnected());
}

void TestSessionBody::cancelAfterFinalDot()
{
    // The whole message and its dot are at the server, whose answer has not come: whatever
    // the user does now, the server may deliver it. Reported as unknown, never as cancelled
    // (which would invite sending it again).
    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"8BITMIME"}) +
                         "C: MAIL FROM:<sender@example.test>\n"
                         "S: 250 2.1.0 Ok\n"
                         "C: RCPT TO:<rcpt@example.test>\n"
                         "S: 250 2.1.5 Ok\n"
                         "C: DATA\n"
                         "S: 354 go ahead\n"
                         "BODY\n"
                         "END\n");
    SessionHarness harness(testsupport::testSettings(server.port()));
    QBuffer message;
    message.setData(testsupport::testMessage());
    QVERIFY(message.open(QIODevice::ReadOnly));
    harness.session().send(testsupport::testEnvelope(), &message);
    QVERIFY(testsupport::waitUntil([&] { return server.bodies().size() == 1; }, 5000));
    QCOMPARE(harness.session().phase(), smtp::Phase::DataEnd);
    harness.session().cancel();
    const std::optional<Outcome> outcome = harness.waitForOutcome();
    HY_VERIFY_OUTCOME(harness, outcome, Category::Unknown, Reason::Cancelled);
    QCOMPARE(smtp::phaseName(outcome->phase), smtp::phaseName(Phase::DataEnd));
    QVERIFY(!outcome->isSuccess());
    HY_VERIFY_SCRIPT(server);
    QVERIFY(harness.session().isDisconnected());
    QCOMPARE(harness.closedCount(), 1);
    QCOMPARE(harness.outcomes().size(), 1);
}

QTEST_GUILESS_MAIN(TestSessionBody)
#include "tst_session_body.moc"
