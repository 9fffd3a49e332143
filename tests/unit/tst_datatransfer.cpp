// DataTransfer: the message is read in bounded chunks (never all at once), encoded exactly as
// DataEncoder would encode it whole, and its header lines are collected for the transcript
// while the body is not, unless asked.

#include "dataencoder.h"
#include "datatransfer.h"

#include <QBuffer>
#include <QTest>

using smtp::DataEncoder;
using smtp::DataTransfer;

namespace {

struct Transferred
{
    QByteArray wire;
    QList<QByteArray> lines;
    QList<qint64> sourceBytesPerChunk;
    int calls = 0;
};

// Calls nextChunk() until atEnd() (or failure), taking the transcript lines after each call.
Transferred drain(DataTransfer& transfer)
{
    Transferred result;
    qint64 read = 0;
    // A bound so a transfer that never ends fails the test instead of hanging it.
    while (!transfer.atEnd() && !transfer.failed() && result.calls < 100000) {
        result.wire += transfer.nextChunk();
        ++result.calls;
        result.sourceBytesPerChunk.append(transfer.sourceBytesRead() - read);
        read = transfer.sourceBytesRead();
        result.lines += transfer.takeTranscriptLines();
    }
    return result;
}

QByteArray encodeWhole(const QByteArray& message, DataEncoder::Mode mode)
{
    DataEncoder encoder(mode);
    QByteArray out;
    encoder.encode(message, out);
    QByteArray end;
    encoder.finish(end);
    return out + end;
}

} // namespace

class TestDataTransfer : public QObject
{
    Q_OBJECT

private slots:
    void smallMessage_data();
    void smallMessage();
    void largeMessageIsReadInBoundedChunks();
    void headersAcrossChunks();
    void bodyLinesWhenAsked();
    void lfOnlyHeaders();
    void unreadableSource();
    void deletedSource();
};

void TestDataTransfer::smallMessage_data()
{
    QTest::addColumn<DataEncoder::Mode>("mode");
    QTest::addRow("DATA") << DataEncoder::Mode::DotStuffed;
    QTest::addRow("BDAT") << DataEncoder::Mode::Chunked;
}

void TestDataTransfer::smallMessage()
{
    QFETCH(DataEncoder::Mode, mode);
    QByteArray message = "Subject: test\r\nFrom: a@b.test\r\n\r\n.body line\nSECRET-BODY\r\nend";
    QBuffer source(&message);
    QVERIFY(source.open(QIODevice::ReadOnly));
    DataTransfer transfer(&source, mode);
    const Transferred result = drain(transfer);
    QVERIFY2(!transfer.failed(), qPrintable(transfer.error().text()));
    QVERIFY(transfer.atEnd());
    QCOMPARE(result.wire, encodeWhole(message, mode));
    QCOMPARE(transfer.sourceBytesRead(), message.size());
    QCOMPARE(result.lines, (QList<QByteArray>{"Subject: test", "From: a@b.test"}));
    // Nothing more once at the end.
    QVERIFY(transfer.nextChunk().isEmpty());
}

void TestDataTransfer::largeMessageIsReadInBoundedChunks()
{
    QByteArray message = "Subject: big\r\n\r\n";
    const QByteArray line = ".a body line that starts with a dot and ends with a bare LF\n";
    message += line.repeated(3 * DataTransfer::ChunkSize / line.size() + 7);
    QBuffer source(&message);
    QVERIFY(source.open(QIODevice::ReadOnly));
    DataTransfer transfer(&source, DataEncoder::Mode::DotStuffed);
    const Transferred result = drain(transfer);
    QVERIFY(transfer.atEnd());
    QCOMPARE(result.wire, encodeWhole(message, DataEncoder::Mode::DotStuffed));
    QVERIFY2(result.calls >= 4, qPrintable(QString::number(result.calls)));
    for (const qint64 bytes : result.sourceBytesPerChunk)
        QVERIFY2(bytes <= DataTransfer::ChunkSize, qPrintable(QString::number(bytes)));
    QCOMPARE(result.lines, QList<QByteArray>{"Subject: big"});
}

void TestDataTransfer::headersAcrossChunks()
{
    // More header bytes than one chunk: the line cut by the chunk boundary still comes out
    // whole, and the body does not come out at all.
    QList<QByteArray> headers;
    QByteArray message;
    for (int i = 0; i < 400; ++i) {
        headers.append("X-Header-" + QByteArray::number(i) + ": " + QByteArray(900, 'v'));
        message += headers.last() + "\r\n";
    }
    QVERIFY(message.size() > DataTransfer::ChunkSize);
    message += "\r\nSECRET-BODY\r\n";
    QBuffer source(&message);
    QVERIFY(source.open(QIODevice::ReadOnly));
    DataTransfer transfer(&source, DataEncoder::Mode::DotStuffed);
    const Transferred result = drain(transfer);
    QCOMPARE(result.lines, headers);
    QCOMPARE(result.wire, encodeWhole(message, DataEncoder::Mode::DotStuffed));
}

void TestDataTransfer::bodyLinesWhenAsked()
{
    QByteArray message = "Subject: s\r\n\r\nline one\r\nline two\r\n";
    QBuffer source(&message);
    QVERIFY(source.open(QIODevice::ReadOnly));
    DataTransfer transfer(&source, DataEncoder::Mode::DotStuffed);
    transfer.setCollectBody(true);
    const Transferred result = drain(transfer);
    QVERIFY(result.lines.contains("Subject: s"));
    QVERIFY(result.lines.contains("line one"));
    QVERIFY(result.lines.contains("line two"));
}

void TestDataTransfer::lfOnlyHeaders()
{
    QByteArray message = "A: 1\nB: 2\n\nbody\n";
    QBuffer source(&message);
    QVERIFY(source.open(QIODevice::ReadOnly));
    DataTransfer transfer(&source, DataEncoder::Mode::DotStuffed);
    const Transferred result = drain(transfer);
    QCOMPARE(result.lines, (QList<QByteArray>{"A: 1", "B: 2"}));
    QCOMPARE(result.wire, QByteArray("A: 1\r\nB: 2\r\n\r\nbody\r\n.\r\n"));
}

void TestDataTransfer::unreadableSource()
{
    QBuffer source; // never opened
    DataTransfer transfer(&source, DataEncoder::Mode::DotStuffed);
    const Transferred result = drain(transfer);
    QVERIFY(transfer.failed());
    QVERIFY(!transfer.error().text().isEmpty());
    // A failed transfer never produces the terminating dot: the server must not see a message.
    QVERIFY(!result.wire.endsWith(".\r\n"));
}

void TestDataTransfer::deletedSource()
{
    auto* source = new QBuffer;
    source->setData("Subject: x\r\n\r\nbody\r\n");
    QVERIFY(source->open(QIODevice::ReadOnly));
    DataTransfer transfer(source, DataEncoder::Mode::DotStuffed);
    delete source;
    const Transferred result = drain(transfer);
    QVERIFY(transfer.failed());
    QVERIFY(result.wire.isEmpty());
}

QTEST_GUILESS_MAIN(TestDataTransfer)
#include "tst_datatransfer.moc"
