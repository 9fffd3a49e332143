#include "linesplitter.h"

namespace smtp {

QByteArray LineSplitter::withLineEnds(QByteArrayView bytes, QByteArrayView lineEnd)
{
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / 32);
    LineSplitter splitter;
    splitter.feed(bytes, [&](const Piece& piece) {
        out += piece.text;
        if (piece.endsLine)
            out += lineEnd;
    });
    return out;
}

} // namespace smtp
