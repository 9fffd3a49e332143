#include "dataencoder.h"

#include <cstring>

namespace smtp {

void DataEncoder::encode(QByteArrayView input, QByteArray& output)
{
    if (input.isEmpty())
        return;
    const char* p = input.data();
    const char* const end = p + input.size();
    // Worst case: every byte a bare line end (two bytes each) and a pending CR before them.
    const qsizetype start = output.size();
    output.resize(start + 2 * input.size() + 2);
    char* out = output.data() + start;

    if (m_pendingCr) {
        // The CR that ended the previous input is a line end, alone or with this LF.
        *out++ = '\r';
        *out++ = '\n';
        m_pendingCr = false;
        m_atLineStart = true;
        if (*p == '\n')
            ++p;
    }

    // Lines are found with memchr, which is vectorised, rather than byte by byte: the body
    // of a large message is almost all long CRLF lines. nextLf is kept between lines so
    // that text with many bare CRs is not searched for LF again and again.
    const auto findLf = [end](const char* from) {
        const void* found = std::memchr(from, '\n', size_t(end - from));
        return found ? static_cast<const char*>(found) : end;
    };
    const char* nextLf = findLf(p);
    while (p < end) {
        if (m_atLineStart && m_mode == Mode::DotStuffed && *p == '.')
            *out++ = '.';
        if (nextLf < p)
            nextLf = findLf(p);
        const char* cr = static_cast<const char*>(std::memchr(p, '\r', size_t(nextLf - p)));
        const char* lineEnd = cr ? cr : nextLf;
        if (lineEnd > p) {
            std::memcpy(out, p, size_t(lineEnd - p));
            out += lineEnd - p;
            m_atLineStart = false;
        }
        if (lineEnd == end)
            break;
        if (*lineEnd == '\r' && lineEnd + 1 == end) {
            m_pendingCr = true;
            break;
        }
        *out++ = '\r';
        *out++ = '\n';
        m_atLineStart = true;
        p = (*lineEnd == '\r' && lineEnd[1] == '\n') ? lineEnd + 2 : lineEnd + 1;
    }
    output.resize(out - output.constData());
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
