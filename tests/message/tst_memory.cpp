#include "messagebuilder.h"
#include "messagedevice.h"
#include "testrequirement.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace smtp;

namespace {

// A /proc/self/status figure in KiB (VmHWM: peak resident set, VmRSS: current).
qint64 statusKiB(QByteArrayView key)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Linux resets the peak to the current RSS when "5" is written to clear_refs.
bool resetPeak()
{
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

} // namespace

// Runs alone so that no other test's allocations raise the peak it measures.
class TestMemory : public QObject
{
    Q_OBJECT

private slots:
    void streamingALargeAttachmentNeedsLittleMemory();
};

void TestMemory::streamingALargeAttachmentNeedsLittleMemory()
{
    constexpr qint64 FileSize = 96 * 1024 * 1024;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"large.bin"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QRandomGenerator generator(1);
        QByteArray block(1024 * 1024, Qt::Uninitialized);
        for (qint64 written = 0; written < FileSize; written += block.size()) {
            generator.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
            QVERIFY(file.write(block) == block.size());
        }
    }
    HY_REQUIRE(resetPeak(), "cannot reset the peak RSS (/proc/self/clear_refs)");
    const qint64 before = statusKiB("VmHWM:");
    QVERIFY(before > 0);

    MessageBuilder builder;
    builder.setFrom(*Mailbox::parse(u"a@example.com"_s));
    builder.setTo(*AddressList::parse(u"b@example.com"_s));
    builder.setSubject(u"大附件"_s);
    builder.setText(u"见附件。"_s);
    builder.addAttachmentFile(path);
    auto device = builder.compose();
    QVERIFY(device);
    QVERIFY(device->size() > FileSize * 4 / 3);

    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    qint64 total = 0;
    while (true) {
        const qint64 n = device->read(buffer.data(), buffer.size());
        QVERIFY(n >= 0);
        if (n == 0)
            break;
        total += n;
    }
    QCOMPARE(total, device->size());
    const qint64 growthKiB = statusKiB("VmHWM:") - before;
    qInfo("peak RSS growth while composing and streaming %lld MiB: %lld KiB",
          FileSize / (1024 * 1024), growthKiB);
    QVERIFY2(growthKiB < 8 * 1024, qPrintable(u"%1 KiB"_s.arg(growthKiB)));
}

QTEST_GUILESS_MAIN(TestMemory)
#include "tst_memory.moc"
