// An .eml file sent as it is (hongyan-cli send --eml, the GUI's outbox): EmlReader strips
// the blind copies and DataEncoder puts the rest on the wire. Whatever the file holds, no
// Bcc or Resent-Bcc field reaches the wire in any spelling (found by fuzzing: a bare CR
// hid a Bcc from the reader and the encoder turned it into a line end), every line on the
// wire ends in CRLF, and the device is exactly as long as the reader said.

#include "dataencoder.h"
#include "emldevice.h"
#include "emlreader.h"
#include "fuzzcheck.h"

#include <QFile>

#include <cstddef>
#include <cstdint>
#include <sys/mman.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

// The file the reader opens: in memory, rewritten for every input.
int memoryFile()
{
    static const int fd = memfd_create("fuzz.eml", 0);
    return fd;
}

bool isBlindFieldName(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon < 0)
        return false;
    QByteArrayView name = line.first(colon);
    while (!name.isEmpty() && (name.back() == ' ' || name.back() == '\t'))
        name.chop(1);
    return name.compare("bcc", Qt::CaseInsensitive) == 0 ||
           name.compare("resent-bcc", Qt::CaseInsensitive) == 0;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const int fd = memoryFile();
    if (fd < 0 || ftruncate(fd, 0) != 0 || pwrite(fd, data, size, 0) != static_cast<ssize_t>(size))
        return 0;
    const QString path = u"/proc/self/fd/%1"_s.arg(fd);

    smtp::EmlReader reader;
    if (!reader.open(path))
        return 0;
    std::unique_ptr<smtp::EmlDevice> device = reader.createDevice();
    FUZZ_CHECK(device != nullptr, path);
    FUZZ_CHECK(device->size() == reader.messageSize(), QString::number(device->size()));
    smtp::DataEncoder encoder(smtp::DataEncoder::Mode::Chunked);
    QByteArray wire;
    char buffer[97];
    qint64 n = 0;
    qint64 total = 0;
    while ((n = device->read(buffer, sizeof buffer)) > 0) {
        encoder.encode(QByteArrayView(buffer, n), wire);
        total += n;
    }
    FUZZ_CHECK(n == 0 && total == reader.messageSize(), device->errorString());
    encoder.finish(wire);

    qsizetype start = 0;
    bool inHeader = true;
    while (start < wire.size()) {
        const qsizetype lf = wire.indexOf('\n', start);
        FUZZ_CHECK(lf > start && wire[lf - 1] == '\r', u"a line without CRLF"_s);
        const QByteArrayView line = QByteArrayView(wire).sliced(start, lf - 1 - start);
        FUZZ_CHECK(!line.contains('\r'), u"a bare CR on the wire"_s);
        if (inHeader && line.isEmpty())
            inHeader = false;
        if (inHeader)
            FUZZ_CHECK(!isBlindFieldName(line), QString::fromLatin1(line));
        start = lf + 1;
    }
    return 0;
}
