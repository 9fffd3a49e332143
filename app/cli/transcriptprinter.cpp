#include "transcriptprinter.h"

#include "translations.h"

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace hongyan::cli {

bool TranscriptPrinter::open(const QString& path, QString* error)
{
    bool ok = false;
    if (path == u"-") {
        ok = m_file.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    } else {
        m_file.setFileName(path);
        ok = m_file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    }
    if (!ok && error)
        *error = m_file.errorString();
    return ok;
}

QString TranscriptPrinter::openFor(const CliOptions& options, bool orStandardOutput)
{
    m_timestamps = options.timestamps;
    m_debug = options.debug;
    const QString target =
        options.transcript.isEmpty() && orStandardOutput ? u"-"_s : options.transcript;
    QString error;
    if (target.isEmpty() || open(target, &error))
        return {};
    return tr("--transcript: cannot write '%1': %2").arg(target, error);
}

QString TranscriptPrinter::format(const smtp::TranscriptRecord& record,
                                  const std::optional<QDateTime>& since)
{
    using Direction = smtp::TranscriptRecord::Direction;
    QString marker;
    switch (record.direction) {
    case Direction::Client:
        marker = record.encrypted ? u" ~> "_s : u" -> "_s;
        break;
    case Direction::Server:
        marker = record.encrypted ? u"<~  "_s : u"<-  "_s;
        break;
    case Direction::Info:
        marker = u"=== "_s;
        break;
    case Direction::Error:
        marker = u"*** "_s;
        break;
    }
    QString line;
    if (since)
        line = u"%1 +%2s "_s.arg(record.time.toLocalTime().toString(u"HH:mm:ss.zzz"_s))
                   .arg(double(since->msecsTo(record.time)) / 1000.0, 0, 'f', 3);
    // The engine's own lines in the user's language, as in the GUI; the wire's as they were.
    return line + marker +
           (record.note.isEmpty() ? record.text : Translations::noteText(record.note));
}

void TranscriptPrinter::write(const smtp::TranscriptRecord& record)
{
    if (!m_file.isOpen())
        return;
    if (record.level == smtp::TranscriptRecord::Level::Debug && !m_debug)
        return;
    if (m_timestamps && !m_firstLine)
        m_firstLine = record.time;
    m_file.write(format(record, m_firstLine).toUtf8() + '\n');
}

} // namespace hongyan::cli
