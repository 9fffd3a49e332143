#include "replyparser.h"

namespace smtp {

namespace {

bool isDigit(char c, char low, char high)
{
    return c >= low && c <= high;
}

} // namespace

ReplyParser::ReplyParser(qsizetype maxLineLength, int maxLines)
    : m_maxLineLength(maxLineLength)
    , m_maxLines(maxLines)
{}

void ReplyParser::append(QByteArrayView data)
{
    if (m_error == Error::None)
        m_buffer.append(data);
}

ReplyParser::Status ReplyParser::next(Reply& reply)
{
    if (m_error != Error::None)
        return Status::Error;

    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', m_scanFrom);
        if (newline < 0) {
            // +1 leaves room for the CR of a CRLF that has not arrived yet.
            if (m_buffer.size() - m_lineStart > m_maxLineLength + 1)
                return fail(Error::LineTooLong, QByteArrayView(m_buffer).sliced(m_lineStart));
            m_scanFrom = m_buffer.size();
            return Status::NeedMoreData;
        }

        QByteArrayView line(m_buffer.constData() + m_lineStart, newline - m_lineStart);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > m_maxLineLength)
            return fail(Error::LineTooLong, line);
        m_lineStart = newline + 1;
        m_scanFrom = m_lineStart;

        // RFC 5321 §4.2: Reply-code [ ("-" / SP) textstring ] CRLF, code 2xx to 5xx.
        if (line.size() < 3 || !isDigit(line[0], '2', '5') || !isDigit(line[1], '0', '5') ||
            !isDigit(line[2], '0', '9'))
            return fail(Error::MalformedLine, line);
        if (line.size() > 3 && line[3] != ' ' && line[3] != '-')
            return fail(Error::MalformedLine, line);
        const int code = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
        if (!m_lines.isEmpty() && code != m_code)
            return fail(Error::InconsistentCode, line);
        m_code = code;
        m_lines.append(line.size() > 4 ? line.sliced(4).toByteArray() : QByteArray());
        if (m_lines.size() > m_maxLines)
            return fail(Error::TooManyLines, line);

        const bool lastLine = line.size() == 3 || line[3] == ' ';
        if (lastLine) {
            reply = Reply(m_code, std::move(m_lines));
            m_lines.clear();
            m_buffer.remove(0, m_lineStart);
            m_lineStart = 0;
            m_scanFrom = 0;
            return Status::ReplyReady;
        }
    }
}

Note ReplyParser::errorDescription() const
{
    switch (m_error) {
    case Error::None:
        return {};
    case Error::LineTooLong:
        return Note::of(QT_TRANSLATE_NOOP("smtp", "reply line longer than %1 bytes"),
                        m_maxLineLength);
    case Error::TooManyLines:
        return Note::of(QT_TRANSLATE_NOOP("smtp", "reply with more than %1 lines"), m_maxLines);
    case Error::MalformedLine:
        return Note::of(QT_TRANSLATE_NOOP(
            "smtp",
            "malformed reply line (no three-digit code 200-559 followed by space or hyphen)"));
    case Error::InconsistentCode:
        return Note::of(
            QT_TRANSLATE_NOOP("smtp", "multi-line reply whose lines carry different codes"));
    }
    return {};
}

void ReplyParser::reset()
{
    m_buffer.clear();
    m_lineStart = 0;
    m_scanFrom = 0;
    m_lines.clear();
    m_code = 0;
    m_error = Error::None;
    m_offendingLine.clear();
}

ReplyParser::Status ReplyParser::fail(Error error, QByteArrayView line)
{
    m_error = error;
    m_offendingLine = line.first(qMin<qsizetype>(line.size(), 256)).toByteArray();
    m_buffer.clear();
    m_lines.clear();
    m_lineStart = 0;
    m_scanFrom = 0;
    return Status::Error;
}

} // namespace smtp
