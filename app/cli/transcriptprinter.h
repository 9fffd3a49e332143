#pragma once

#include "clioptions.h"
#include "transcriptrecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QString>

#include <optional>

namespace hongyan::cli {

// Writes transcript records as text, one line each, in the style of swaks:
//   " -> " client, "<-  " server, " ~> " / "<~  " the same inside TLS, "=== " information,
//   "*** " errors; optionally prefixed with the time of day and the seconds since the first
// line ("14:03:07.251 +0.012s"). Secrets never reach it: records are redacted at the source
// (smtp::Command).
class TranscriptPrinter
{
    Q_DECLARE_TR_FUNCTIONS(TranscriptPrinter)

public:
    // Opens --transcript (or standard output when it is not given and `orStandardOutput`),
    // with --timestamps and --debug applied. Empty when done, otherwise the error to show.
    QString openFor(const CliOptions& options, bool orStandardOutput);
    // `path` is a file name, or "-" for standard output.
    bool open(const QString& path, QString* error);
    bool isOpen() const { return m_file.isOpen(); }

    void write(const smtp::TranscriptRecord& record);
    // `since`: the time the elapsed seconds count from; none for no timestamps.
    static QString format(const smtp::TranscriptRecord& record,
                          const std::optional<QDateTime>& since);

private:
    QFile m_file;
    bool m_timestamps = false;
    std::optional<QDateTime> m_firstLine; // with --timestamps, once written
    bool m_debug = false;
};

} // namespace hongyan::cli
