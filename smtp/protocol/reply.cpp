#include "reply.h"

#include "transcriptrecord.h"

namespace smtp {

Reply::Reply(int code, QList<QByteArray> lines)
    : m_code(code)
    , m_lines(std::move(lines))
{
    if (!m_lines.isEmpty())
        m_enhanced = EnhancedStatus::parsePrefix(m_lines.constFirst(), codeClass());
}

QString Reply::text() const
{
    QStringList parts;
    parts.reserve(m_lines.size());
    for (const QByteArray& line : m_lines) {
        QByteArrayView view(line);
        // RFC 2034 repeats the enhanced code on every line; people need it once.
        qsizetype length = 0;
        if (EnhancedStatus::parsePrefix(view, codeClass(), &length).isValid())
            view = view.sliced(length).trimmed();
        parts.append(TranscriptRecord::escapeForDisplay(view));
    }
    return parts.join(u'\n');
}

QList<QByteArray> Reply::wireLines() const
{
    QList<QByteArray> result;
    const QByteArray code = QByteArray::number(m_code);
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const char separator = i + 1 < m_lines.size() ? '-' : ' ';
        QByteArray line = code;
        if (!m_lines[i].isEmpty() || separator == '-')
            line += separator + m_lines[i];
        result.append(line);
    }
    return result;
}

} // namespace smtp
