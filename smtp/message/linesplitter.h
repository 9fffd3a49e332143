#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstring>

namespace smtp {

// The one rule for where a line of message text ends (../shared/DESIGN.md §3): CRLF, a bare
// LF and a bare CR each end exactly one line. Everything that reads or writes message bytes
// splits with this class — the .eml header reader, the DATA/BDAT encoder, the transcript's
// view of the headers, the message builder and the console's DATA input — so what a reader
// takes for one header line is exactly what goes on the wire as one: a bare CR can never
// hide a field (a Bcc) inside another and then become a line end on the wire.
class LineSplitter
{
public:
    // A run of text of one line. startsLine: the run is the beginning of a line;
    // endsLine: a line end follows it (and is not part of text).
    struct Piece
    {
        QByteArrayView text;
        bool startsLine = false;
        bool endsLine = false;
    };

    // Splits input that arrives in pieces, cut anywhere (even between the CR and the LF of
    // one CRLF): calls sink(Piece) for each run of text, in order. A line end is reported
    // as soon as it is seen; a LF right after a CR that ended the previous input is part
    // of that line end.
    template <typename Sink>
    void feed(QByteArrayView input, Sink&& sink);
    // True before any input and right after a line end.
    bool atLineStart() const { return m_atLineStart; }

    // `bytes` with every line end written as `lineEnd`.
    static QByteArray withLineEnds(QByteArrayView bytes, QByteArrayView lineEnd);

private:
    bool m_atLineStart = true;
    bool m_afterCr = false; // the previous input ended with a CR: a LF now belongs to it
};

template <typename Sink>
void LineSplitter::feed(QByteArrayView input, Sink&& sink)
{
    const char* p = input.data();
    const char* const end = p + input.size();
    if (p == end)
        return;
    if (m_afterCr) {
        m_afterCr = false;
        if (*p == '\n')
            ++p;
    }
    // Line ends are found with memchr, which is vectorised: the body of a large message is
    // almost all long CRLF lines. nextLf is kept between lines so that text with many bare
    // CRs is not searched for LF again and again.
    const auto findLf = [end](const char* from) {
        const void* found = std::memchr(from, '\n', size_t(end - from));
        return found ? static_cast<const char*>(found) : end;
    };
    const char* nextLf = findLf(p);
    while (p < end) {
        if (nextLf < p)
            nextLf = findLf(p);
        const char* cr = static_cast<const char*>(std::memchr(p, '\r', size_t(nextLf - p)));
        const char* lineEnd = cr ? cr : nextLf;
        const bool endsLine = lineEnd != end;
        sink(Piece{QByteArrayView(p, lineEnd - p), m_atLineStart, endsLine});
        m_atLineStart = endsLine;
        if (!endsLine)
            return;
        if (*lineEnd == '\n') {
            p = lineEnd + 1;
        } else if (lineEnd + 1 == end) {
            m_afterCr = true;
            return;
        } else {
            p = lineEnd[1] == '\n' ? lineEnd + 2 : lineEnd + 1;
        }
    }
}

} // namespace smtp
