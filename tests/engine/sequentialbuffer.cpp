#include "sequentialbuffer.h"

#include <algorithm>
#include <cstring>

namespace testsupport {

SequentialBuffer::SequentialBuffer(QByteArray data, QObject* parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{}

qint64 SequentialBuffer::bytesAvailable() const
{
    return m_data.size() - m_position + QIODevice::bytesAvailable();
}

qint64 SequentialBuffer::readData(char* data, qint64 maxSize)
{
    const qint64 count = std::min(maxSize, m_data.size() - m_position);
    std::memcpy(data, m_data.constData() + m_position, size_t(count));
    m_position += count;
    return count;
}

qint64 SequentialBuffer::writeData(const char*, qint64)
{
    return -1;
}

} // namespace testsupport
