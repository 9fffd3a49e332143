#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace smtp {

// Turns message bytes into what goes on the wire after DATA or BDAT, in a stream: every
// line end becomes CRLF (a bare CR or LF never reaches the wire) and, for DATA, a line
// starting with '.' gets a second one (RFC 5321 §4.5.2). finish() ends the last line and,
// for DATA, appends the terminating ".\r\n". Input may be split anywhere, even inside CRLF.
class DataEncoder
{
public:
    enum class Mode { DotStuffed, Chunked };

    explicit DataEncoder(Mode mode)
        : m_mode(mode)
    {}

    void encode(QByteArrayView input, QByteArray& output);
    void finish(QByteArray& output);

private:
    Mode m_mode;
    bool m_atLineStart = true;
    bool m_pendingCr = false; // a CR ended the previous input; it may be half of a CRLF
};

} // namespace smtp
