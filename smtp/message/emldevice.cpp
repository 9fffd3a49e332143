#include "emldevice.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace smtp {

EmlDevice::EmlDevice(const QString& path, qint64 fileSize, QList<std::pair<qint64, qint64>> omitted,
                     QObject* parent)
    : QIODevice(parent)
    , m_file(path)
    , m_fileSize(fileSize)
{
    qint64 fileOffset = 0;
    omitted.append({fileSize, fileSize});
    for (const auto& [start, end] : omitted) {
        const qint64 keptEnd = qBound(fileOffset, start, fileSize);
        if (keptEnd > fileOffset) {
            m_pieces.append({fileOffset, keptEnd - fileOffset, m_size});
            m_size += keptEnd - fileOffset;
        }
        fileOffset = qBound(fileOffset, end, fileSize);
    }
}

bool EmlDevice::open(OpenMode mode)
{
    if ((mode & WriteOnly) || !(mode & ReadOnly))
        return false;
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        fail(cannotRead());
        return false;
    }
    if (m_file.size() != m_fileSize) {
        fail(Note::of(QT_TRANSLATE_NOOP("smtp", "the message file %1 changed after it was "
                                                "read: it had %2 bytes, now it has %3"),
                      m_file.fileName(), m_fileSize, m_file.size()));
        m_file.close();
        return false;
    }
    m_position = 0;
    m_readFailure = {};
    return QIODevice::open(ReadOnly | Unbuffered);
}

void EmlDevice::close()
{
    m_file.close();
    QIODevice::close();
}

bool EmlDevice::seek(qint64 position)
{
    if (position < 0 || position > m_size || !QIODevice::seek(position))
        return false;
    m_position = position;
    return true;
}

qint64 EmlDevice::writeData(const char*, qint64)
{
    return -1;
}

qint64 EmlDevice::readData(char* data, qint64 maxSize)
{
    const qint64 start = m_position;
    const auto failed = [&](Note why) {
        fail(std::move(why));
        m_position = start;
        return qint64(-1);
    };
    qint64 done = 0;
    while (done < maxSize && m_position < m_size) {
        const auto it =
            std::upper_bound(m_pieces.cbegin(), m_pieces.cend(), m_position,
                             [](qint64 value, const Piece& piece) { return value < piece.start; }) -
            1;
        const qint64 offset = m_position - it->start;
        const qint64 wanted = qMin(maxSize - done, it->length - offset);
        if (!m_file.seek(it->fileStart + offset))
            return failed(cannotRead());
        const qint64 n = m_file.read(data + done, wanted);
        if (n < 0)
            return failed(cannotRead());
        if (n == 0)
            return failed(Note::of(QT_TRANSLATE_NOOP("smtp", "the message file %1 changed after "
                                                             "it was read: it is shorter than "
                                                             "before"),
                                   m_file.fileName()));
        done += n;
        m_position += n;
    }
    return done;
}

Note EmlDevice::cannotRead() const
{
    return Note::of(QT_TRANSLATE_NOOP("smtp", "the message file %1 cannot be read: %2"),
                    m_file.fileName(), m_file.errorString());
}

void EmlDevice::fail(Note why)
{
    m_readFailure = std::move(why);
    setErrorString(m_readFailure.text());
}

} // namespace smtp
