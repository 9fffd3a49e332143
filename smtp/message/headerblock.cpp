#include "headerblock.h"

namespace smtp {

namespace {

bool isFieldName(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (char c : name) {
        if (c <= 0x20 || c >= 0x7f)
            return false;
    }
    return true;
}

bool isWhiteSpace(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

qsizetype HeaderBlock::feed(QByteArrayView bytes, qint64 offset)
{
    qsizetype used = 0;
    m_splitter.feed(bytes, [&](const LineSplitter::Piece& piece) {
        if (isComplete())
            return;
        const qsizetype at = piece.text.data() - bytes.data();
        if (piece.startsLine) {
            // The previous line, and with it the field it belongs to, ends where this starts.
            if (!m_fields.isEmpty())
                m_fields.last().end = offset + at;
            m_lineStart = offset + at;
        }
        used = at + piece.text.size() + (piece.endsLine ? 1 : 0);
        if (offset + used > MaxBytes) {
            fail(MessageError::Code::HeaderTooLong, m_lineStart, {});
            return;
        }
        m_line += piece.text;
        if (piece.endsLine)
            takeLine(m_lineStart, offset + at + piece.text.size());
    });
    return isComplete() ? used : bytes.size();
}

void HeaderBlock::finish(qint64 size)
{
    if (isComplete())
        return;
    if (!m_line.isEmpty())
        takeLine(m_lineStart, size);
    if (!m_fields.isEmpty() && !m_error)
        m_fields.last().end = size;
    m_complete = true;
}

void HeaderBlock::takeLine(qint64 start, qint64 end)
{
    const QByteArray line = std::exchange(m_line, {});
    if (line.isEmpty()) {
        if (!m_fields.isEmpty())
            m_fields.last().end = start;
        m_complete = true;
        return;
    }
    if (isWhiteSpace(line.front())) {
        if (m_fields.isEmpty())
            return fail(MessageError::Code::MalformedHeader, start, line);
        m_fields.last().value += line;
        m_fields.last().contentEnd = end;
        m_fields.last().end = end;
        return;
    }
    const qsizetype colon = line.indexOf(':');
    QByteArrayView name = colon < 0 ? QByteArrayView() : QByteArrayView(line).first(colon);
    while (!name.isEmpty() && isWhiteSpace(name.back()))
        name.chop(1);
    if (!isFieldName(name))
        return fail(MessageError::Code::MalformedHeader, start, line);
    m_fields.append({name.toByteArray(), line.sliced(colon + 1), start, end, end});
}

void HeaderBlock::fail(MessageError::Code code, qint64 position, QByteArrayView line)
{
    // The offending line, shortened, names what is wrong.
    m_error = MessageError(
        code, m_path, QString::fromUtf8(line.first(qMin<qsizetype>(line.size(), 80))), position);
}

} // namespace smtp
