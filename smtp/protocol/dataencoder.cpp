#include "dataencoder.h"

#include <cstring>

namespace smtp {

void DataEncoder::encode(QByteArrayView input, QByteArray& output)
{
    if (input.isEmpty())
        return;
    // Worst case: every byte a line end (two bytes each) or a dot that is doubled.
    const qsizetype start = output.size();
    output.resize(start + 2 * input.size() + 2);
    char* out = output.data() + start;
    m_lines.feed(input, [&](const LineSplitter::Piece& piece) {
        if (piece.startsLine && m_mode == Mode::DotStuffed && piece.text.startsWith('.'))
            *out++ = '.';
        std::memcpy(out, piece.text.data(), size_t(piece.text.size()));
        out += piece.text.size();
        if (piece.endsLine) {
            *out++ = '\r';
            *out++ = '\n';
        }
    });
    output.resize(out - output.constData());
}

void DataEncoder::finish(QByteArray& output)
{
    if (!m_lines.atLineStart())
        output.append("\r\n", 2);
    m_lines = LineSplitter();
    if (m_mode == Mode::DotStuffed)
        output.append(".\r\n", 3);
}

} // namespace smtp
