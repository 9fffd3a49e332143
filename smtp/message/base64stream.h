#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace smtp {

// Base64 for MIME bodies (RFC 2045 §6.8): lines of 76 characters, each followed by CRLF.
// Line-oriented so a body can be encoded in pieces that start at any line: input line n
// is bytes [57n, 57n + 57), output line n starts at 78n. Table-driven and writing straight
// into the caller's buffer, because a large attachment passes through here byte by byte.
class Base64Stream
{
public:
    static constexpr int LineInput = 57;  // bytes per full line
    static constexpr int LineOutput = 78; // 76 characters and CRLF

    // Encoded size of size input bytes, CRLF after every line (the last one included).
    static qint64 encodedSize(qint64 size);
    // Encodes size bytes starting at a line boundary into out, which must have room for
    // encodedSize(size); only the very last line may be short (and padded). Returns the
    // bytes written.
    static qsizetype encodeLines(const char* input, qsizetype size, char* out);
    static QByteArray encode(QByteArrayView input);
};

} // namespace smtp
