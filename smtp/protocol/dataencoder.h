#pragma once

#include "linesplitter.h"

#include <QByteArray>
#include <QByteArrayView>

namespace smtp {

// Turns message bytes into what goes on the wire after DATA or BDAT, in a stream: every
// line end (as LineSplitter finds them) becomes CRLF, so a bare CR or LF never reaches the
// wire and, for DATA, a line
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
    LineSplitter m_lines;
};

} // namespace smtp
