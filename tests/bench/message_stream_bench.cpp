// Composes a message with a 100 MB attachment and streams it to /dev/null in 256 KiB reads,
// as the engine does during DATA, and reports the throughput and the peak RSS growth.
// Target: at least 200 MB/s and less than 32 MB of growth. Exit status 1 when missed.

#include "messagebuilder.h"
#include "messagedevice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace smtp;

namespace {

constexpr qint64 AttachmentSize = 100 * 1000 * 1000;
constexpr qint64 ReadSize = 256 * 1024;
constexpr int Passes = 3;

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

bool createFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator generator(2026);
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (qint64 written = 0; written < AttachmentSize;) {
        const qint64 n = qMin<qint64>(block.size(), AttachmentSize - written);
        generator.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
        if (file.write(block.constData(), n) != n)
            return false;
        written += n;
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"年度报告 2026.bin"_s);
    if (!dir.isValid() || !createFile(path)) {
        std::fprintf(stderr, "cannot create the attachment in %s\n", qPrintable(dir.path()));
        return 2;
    }
    // Read it once so that the page cache is warm and the figure is about encoding.
    {
        QFile warm(path);
        warm.open(QIODevice::ReadOnly);
        QByteArray buffer(1024 * 1024, Qt::Uninitialized);
        while (warm.read(buffer.data(), buffer.size()) > 0) {
        }
    }
    const qint64 peakBefore = statusKiB("VmHWM:");

    QElapsedTimer composeTimer;
    composeTimer.start();
    MessageBuilder builder;
    builder.setFrom(*Mailbox::parse(u"\"张三\" <zhang@example.com>"_s));
    builder.setTo(*AddressList::parse(u"\"李四\" <li@example.com>"_s));
    builder.setSubject(u"年度报告"_s);
    builder.setText(u"见附件。"_s);
    builder.addAttachmentFile(path);
    MessageError error;
    auto message = builder.compose(&error);
    if (!message) {
        std::fprintf(stderr, "compose failed: %s\n", qPrintable(error.toString()));
        return 2;
    }
    const qint64 composeMicroseconds = composeTimer.nsecsElapsed() / 1000;

    QFile sink(u"/dev/null"_s);
    if (!sink.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return 2;
    QByteArray buffer(ReadSize, Qt::Uninitialized);
    QList<double> rates;
    for (int pass = 0; pass < Passes; ++pass) {
        message->seek(0);
        QElapsedTimer timer;
        timer.start();
        qint64 total = 0;
        while (true) {
            const qint64 n = message->read(buffer.data(), ReadSize);
            if (n < 0) {
                std::fprintf(stderr, "read failed: %s\n", qPrintable(message->errorString()));
                return 2;
            }
            if (n == 0)
                break;
            sink.write(buffer.constData(), n);
            total += n;
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (total != message->size()) {
            std::fprintf(stderr, "read %lld bytes, size() said %lld\n", total, message->size());
            return 2;
        }
        rates.append(double(total) / 1e6 / seconds);
        std::printf("pass %d: %lld message bytes in %.3f s = %.0f MB/s (attachment %.0f MB/s)\n",
                    pass + 1, total, seconds, rates.last(), double(AttachmentSize) / 1e6 / seconds);
    }
    const qint64 growthKiB = statusKiB("VmHWM:") - peakBefore;
    std::sort(rates.begin(), rates.end());
    const double median = rates[rates.size() / 2];
    std::printf("compose: %lld us; message size: %lld bytes\n", composeMicroseconds,
                message->size());
    std::printf("median: %.0f MB/s of message (target >= 200)\n", median);
    std::printf("peak RSS growth: %lld KiB = %.1f MB (target < 32 MB)\n", growthKiB,
                double(growthKiB) * 1024 / 1e6);
    return median >= 200 && growthKiB * 1024 < 32 * 1000 * 1000 ? 0 : 1;
}
