#include "capabilities.h"

#include "transcriptrecord.h"

namespace smtp {

namespace {

// The keyword of an EHLO line: up to the first space or '=' (the legacy "AUTH=PLAIN").
QByteArrayView keywordOf(QByteArrayView line)
{
    qsizetype end = 0;
    while (end < line.size() && line[end] != ' ' && line[end] != '=')
        ++end;
    return line.first(end);
}

} // namespace

Capabilities Capabilities::fromEhloReply(const Reply& reply)
{
    Capabilities capabilities;
    capabilities.m_extended = true;
    const QList<QByteArray>& lines = reply.lines();
    if (!lines.isEmpty())
        capabilities.m_greeting = TranscriptRecord::escapeForDisplay(lines.constFirst());
    // The first line names the server; only the lines after it announce extensions.
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (!line.isEmpty())
            capabilities.m_lines.append(line);
    }
    return capabilities;
}

QStringList Capabilities::displayLines() const
{
    QStringList shown;
    shown.reserve(m_lines.size());
    for (const QByteArray& line : m_lines)
        shown.append(TranscriptRecord::escapeForDisplay(line));
    return shown;
}

bool Capabilities::has(QByteArrayView keyword) const
{
    for (const QByteArray& line : m_lines) {
        if (keywordOf(line).compare(keyword, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QList<QByteArray> Capabilities::parameters(QByteArrayView keyword) const
{
    QList<QByteArray> result;
    for (const QByteArray& line : m_lines) {
        const QByteArrayView name = keywordOf(line);
        if (name.compare(keyword, Qt::CaseInsensitive) != 0)
            continue;
        const QList<QByteArray> words =
            line.sliced(qMin(name.size() + 1, line.size())).simplified().split(' ');
        for (const QByteArray& word : words) {
            if (!word.isEmpty() && !result.contains(word))
                result.append(word);
        }
    }
    return result;
}

QStringList Capabilities::authMechanisms() const
{
    QStringList mechanisms;
    for (const QByteArray& parameter : parameters("AUTH")) {
        const QString name = TranscriptRecord::escapeForDisplay(parameter).toUpper();
        if (!mechanisms.contains(name))
            mechanisms.append(name);
    }
    return mechanisms;
}

qint64 Capabilities::sizeLimit() const
{
    const QList<QByteArray> values = parameters("SIZE");
    if (values.isEmpty())
        return 0;
    bool ok = false;
    const qint64 limit = values.constFirst().toLongLong(&ok);
    return ok && limit > 0 ? limit : 0;
}

} // namespace smtp
