#include "dataencoder.h"

namespace smtp {

void DataEncoder::encode(QByteArrayView input, QByteArray& output)
{
    const char* data = input.data();
    const qsizetype size = input.size();
    output.reserve(output.size() + size + size / 32 + 8);
    qsizetype i = 0;

    if (m_pendingCr && size > 0) {
        // The CR that ended the previous input is a line end, alone or with this LF.
        output.append("\r\n", 2);
        m_pendingCr = false;
        m_atLineStart = true;
        if (data[0] == '\n')
            i = 1;
    }

    while (i < size) {
        if (m_atLineStart && m_mode == Mode::DotStuffed && data[i] == '.')
            output.append('.');
        qsizetype end = i;
        while (end < size && data[end] != '\r' && data[end] != '\n')
            ++end;
        if (end > i) {
            output.append(data + i, end - i);
            m_atLineStart = false;
        }
        if (end == size)
            break;
        if (data[end] == '\r' && end + 1 == size) {
            m_pendingCr = true;
            break;
        }
        output.append("\r\n", 2);
        m_atLineStart = true;
        i = (data[end] == '\r' && data[end + 1] == '\n') ? end + 2 : end + 1;
    }
}

void DataEncoder::finish(QByteArray& output)
{
    if (m_pendingCr || !m_atLineStart)
        output.append("\r\n", 2);
    m_pendingCr = false;
    m_atLineStart = true;
    if (m_mode == Mode::DotStuffed)
        output.append(".\r\n", 3);
}

} // namespace smtp
