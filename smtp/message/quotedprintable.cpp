#include "quotedprintable.h"

namespace smtp {

namespace {

constexpr char HexDigits[] = "0123456789ABCDEF";

void encodeLine(QByteArrayView line, QByteArray& out)
{
    int column = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const auto byte = uchar(line[i]);
        const bool last = i + 1 == line.size();
        const bool whitespace = byte == ' ' || byte == '\t';
        const bool literal = (byte >= 33 && byte <= 126 && byte != '=') || (whitespace && !last);
        const int width = literal ? 1 : 3;
        // The last character may reach column 76; any other must leave room for the '='
        // of a soft line break.
        if (column + width >
            (last ? QuotedPrintable::MaxLineLength : QuotedPrintable::MaxLineLength - 1)) {
            out += "=\r\n";
            column = 0;
        }
        if (literal) {
            out += char(byte);
        } else {
            out += '=';
            out += HexDigits[byte >> 4];
            out += HexDigits[byte & 0xf];
        }
        column += width;
    }
}

} // namespace

QByteArray QuotedPrintable::encode(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size() + text.size() / 8 + 16);
    qsizetype start = 0;
    while (true) {
        qsizetype end = text.indexOf('\n', start);
        const bool lastLine = end < 0;
        if (lastLine)
            end = text.size();
        qsizetype lineEnd = end;
        if (!lastLine && lineEnd > start && text[lineEnd - 1] == '\r')
            --lineEnd;
        encodeLine(text.sliced(start, lineEnd - start), out);
        if (lastLine)
            break;
        out += "\r\n";
        start = end + 1;
    }
    return out;
}

} // namespace smtp
