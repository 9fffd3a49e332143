#include "messagedevice.h"

#include "base64stream.h"

#include <algorithm>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace smtp {

namespace {

// Lines encoded per file read: 228 KiB in, 312 KiB out, enough for the engine's
// 256 KiB reads in one go.
constexpr qint64 BatchLines = 4096;

qint64 lineCount(qint64 sourceSize)
{
    return (sourceSize + Base64Stream::LineInput - 1) / Base64Stream::LineInput;
}

} // namespace

MessageDevice::MessageDevice(QObject* parent)
    : QIODevice(parent)
{}

MessageDevice::~MessageDevice() = default;

void MessageDevice::appendLiteral(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    if (!m_segments.isEmpty() && m_segments.last().kind == Segment::Kind::Literal) {
        m_segments.last().bytes += bytes;
        m_segments.last().length += bytes.size();
    } else {
        Segment segment;
        segment.bytes = bytes.toByteArray();
        segment.start = m_size;
        segment.length = bytes.size();
        m_segments.append(std::move(segment));
    }
    m_size += bytes.size();
}

void MessageDevice::appendBase64(const QByteArray& data)
{
    if (data.isEmpty())
        return;
    Segment segment;
    segment.kind = Segment::Kind::Base64Data;
    segment.bytes = data;
    segment.sourceSize = data.size();
    segment.start = m_size;
    segment.length = Base64Stream::encodedSize(data.size());
    m_size += segment.length;
    m_segments.append(std::move(segment));
}

void MessageDevice::appendBase64File(const QString& path, qint64 size)
{
    if (size <= 0)
        return;
    Segment segment;
    segment.kind = Segment::Kind::Base64File;
    segment.path = path;
    segment.sourceSize = size;
    segment.start = m_size;
    segment.length = Base64Stream::encodedSize(size);
    m_size += segment.length;
    m_segments.append(std::move(segment));
}

bool MessageDevice::open(OpenMode mode)
{
    if ((mode & WriteOnly) || !(mode & ReadOnly))
        return false;
    m_position = 0;
    m_lastError = {};
    m_readFailure = {};
    return QIODevice::open(ReadOnly | Unbuffered);
}

void MessageDevice::close()
{
    m_file.close();
    m_fileSegment = -1;
    QIODevice::close();
}

bool MessageDevice::seek(qint64 position)
{
    if (position < 0 || position > m_size || !QIODevice::seek(position))
        return false;
    m_position = position;
    return true;
}

qint64 MessageDevice::writeData(const char*, qint64)
{
    return -1;
}

qsizetype MessageDevice::segmentAt(qint64 position) const
{
    const auto contains = [&](qsizetype i) {
        return m_segments[i].start <= position &&
               position < m_segments[i].start + m_segments[i].length;
    };
    if (m_segmentHint < m_segments.size() && contains(m_segmentHint))
        return m_segmentHint;
    if (m_segmentHint + 1 < m_segments.size() && contains(m_segmentHint + 1))
        return m_segmentHint + 1;
    const auto it = std::upper_bound(
        m_segments.cbegin(), m_segments.cend(), position,
        [](qint64 value, const Segment& segment) { return value < segment.start; });
    return std::distance(m_segments.cbegin(), it) - 1;
}

qint64 MessageDevice::readData(char* data, qint64 maxSize)
{
    const qint64 start = m_position;
    qint64 done = 0;
    while (done < maxSize && m_position < m_size) {
        const qsizetype index = segmentAt(m_position);
        m_segmentHint = index;
        const Segment& segment = m_segments[index];
        const qint64 offset = m_position - segment.start;
        const qint64 wanted = qMin(maxSize - done, segment.length - offset);
        qint64 got = wanted;
        if (segment.kind == Segment::Kind::Literal)
            std::memcpy(data + done, segment.bytes.constData() + offset, size_t(wanted));
        else
            got = readBase64(index, offset, data + done, wanted);
        if (got < 0) {
            m_position = start;
            return -1;
        }
        done += got;
        m_position += got;
    }
    return done;
}

qint64 MessageDevice::readBase64(qsizetype index, qint64 offset, char* out, qint64 maxSize)
{
    const qint64 lines = lineCount(m_segments[index].sourceSize);
    const qint64 lastLineLength = m_segments[index].length - (lines - 1) * Base64Stream::LineOutput;
    qint64 produced = 0;
    while (produced < maxSize) {
        const qint64 position = offset + produced;
        const qint64 line = position / Base64Stream::LineOutput;
        const qint64 column = position % Base64Stream::LineOutput;
        const qint64 room = maxSize - produced;
        if (column == 0) {
            // Whole lines straight into the caller's buffer.
            qint64 count = std::min({BatchLines, lines - line, room / Base64Stream::LineOutput});
            if (count == 0 && line == lines - 1 && room >= lastLineLength)
                count = 1;
            if (count > 0) {
                qint64 written = 0;
                if (!encodeLines(index, line, count, out + produced, &written))
                    return -1;
                produced += written;
                continue;
            }
        }
        // Part of a line, at the start or end of a read: encode it aside and copy.
        char buffer[Base64Stream::LineOutput];
        qint64 written = 0;
        if (!encodeLines(index, line, 1, buffer, &written))
            return -1;
        const qint64 take = qMin(written - column, room);
        std::memcpy(out + produced, buffer + column, size_t(take));
        produced += take;
    }
    return produced;
}

bool MessageDevice::encodeLines(qsizetype index, qint64 firstLine, qint64 lineCount, char* out,
                                qint64* written)
{
    const Segment& segment = m_segments[index];
    const qint64 inputOffset = firstLine * Base64Stream::LineInput;
    const qint64 inputCount =
        qMin(lineCount * Base64Stream::LineInput, segment.sourceSize - inputOffset);
    const char* input = nullptr;
    if (!readSource(index, inputOffset, inputCount, &input))
        return false;
    *written = Base64Stream::encodeLines(input, qsizetype(inputCount), out);
    return true;
}

bool MessageDevice::readSource(qsizetype index, qint64 offset, qint64 count, const char** data)
{
    const Segment& segment = m_segments[index];
    if (segment.kind == Segment::Kind::Base64Data) {
        *data = segment.bytes.constData() + offset;
        return true;
    }
    if (m_fileSegment != index) {
        m_file.close();
        m_fileSegment = -1;
        m_file.setFileName(segment.path);
        if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            failToRead(segment.path);
            return false;
        }
        if (m_file.size() != segment.sourceSize) {
            const QString change =
                u"size changed from %1 to %2 bytes"_s.arg(segment.sourceSize).arg(m_file.size());
            fail(MessageError(MessageError::Code::FileChanged, segment.path, change),
                 Note::of(QT_TRANSLATE_NOOP("smtp", "attachment %1 changed after it was added: "
                                                    "it had %2 bytes, now it has %3"),
                          segment.path, segment.sourceSize, m_file.size()));
            return false;
        }
        m_fileSegment = index;
    }
    if (m_file.pos() != offset && !m_file.seek(offset)) {
        failToRead(segment.path);
        return false;
    }
    if (m_input.size() < count)
        m_input.resize(qMax(count, BatchLines * Base64Stream::LineInput));
    qint64 got = 0;
    while (got < count) {
        const qint64 n = m_file.read(m_input.data() + got, count - got);
        if (n < 0) {
            failToRead(segment.path);
            return false;
        }
        if (n == 0) {
            fail(MessageError(MessageError::Code::FileChanged, segment.path,
                              u"file is shorter than before"_s),
                 Note::of(QT_TRANSLATE_NOOP("smtp", "attachment %1 changed after it was added: "
                                                    "it is shorter than before"),
                          segment.path));
            return false;
        }
        got += n;
    }
    *data = m_input.constData();
    return true;
}

void MessageDevice::failToRead(const QString& path)
{
    const QString reason = m_file.errorString();
    fail(MessageError(MessageError::Code::FileNotReadable, path, reason),
         Note::of(QT_TRANSLATE_NOOP("smtp", "attachment %1 cannot be read: %2"), path, reason));
}

void MessageDevice::fail(MessageError error, Note why)
{
    m_lastError = std::move(error);
    m_readFailure = std::move(why);
    setErrorString(m_readFailure.text());
    m_file.close();
    m_fileSegment = -1;
}

} // namespace smtp
