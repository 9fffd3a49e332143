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
        setErrorString(u"%1: %2"_s.arg(m_file.fileName(), m_file.errorString()));
        return false;
    }
    if (m_file.size() != m_fileSize) {
        setErrorString(u"%1: file changed size since it was read"_s.arg(m_file.fileName()));
        m_file.close();
        return false;
    }
    m_position = 0;
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
    const auto fail = [&](const QString& reason) {
        setErrorString(u"%1: %2"_s.arg(m_file.fileName(), reason));
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
            return fail(m_file.errorString());
        const qint64 n = m_file.read(data + done, wanted);
        if (n < 0)
            return fail(m_file.errorString());
        if (n == 0)
            return fail(u"file is shorter than before"_s);
        done += n;
        m_position += n;
    }
    return done;
}

} // namespace smtp
