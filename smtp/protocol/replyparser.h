#pragma once

#include "note.h"
#include "reply.h"

#include <QByteArray>
#include <QString>

namespace smtp {

// Incremental parser for SMTP replies. Bytes arrive in arbitrary segments (one byte at a
// time is fine); complete replies come out in order. Line length and line count are
// bounded so a hostile server cannot make the client buffer without limit. A malformed
// reply is an error, never a guess: after an error the parser stays failed.
class ReplyParser
{
public:
    static constexpr qsizetype DefaultMaxLineLength = 8192; // bytes, without the line end
    static constexpr int DefaultMaxLines = 512;             // lines in one reply

    enum class Status { NeedMoreData, ReplyReady, Error };
    enum class Error { None, LineTooLong, TooManyLines, MalformedLine, InconsistentCode };

    explicit ReplyParser(qsizetype maxLineLength = DefaultMaxLineLength,
                         int maxLines = DefaultMaxLines);

    void append(QByteArrayView data);
    // Takes the next complete reply out of the buffered data. Call until it stops
    // returning ReplyReady.
    Status next(Reply& reply);

    Error error() const { return m_error; }
    Note errorDescription() const;
    // The start of the line that broke the rules (at most 256 bytes), so the server's own
    // words are not lost with the error.
    QByteArray offendingLine() const { return m_offendingLine; }
    // Bytes received but not yet part of a complete reply (a partial line or lines of an
    // unfinished multi-line reply). Used to detect STARTTLS response injection.
    qsizetype bufferedBytes() const { return m_buffer.size(); }
    void reset();

private:
    Status fail(Error error, QByteArrayView line);

    // Bytes from the start of the reply being collected; finished replies are removed.
    QByteArray m_buffer;
    qsizetype m_lineStart = 0; // start of the line being collected
    qsizetype m_scanFrom = 0;  // where to resume looking for a line end
    QList<QByteArray> m_lines; // finished lines of the reply being collected
    int m_code = 0;
    qsizetype m_maxLineLength;
    int m_maxLines;
    Error m_error = Error::None;
    QByteArray m_offendingLine;
};

} // namespace smtp
