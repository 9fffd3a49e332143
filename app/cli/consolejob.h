#pragma once

#include "clioptions.h"
#include "connectionsetup.h"
#include "linesplitter.h"
#include "smtpsession.h"
#include "transcriptprinter.h"

#include <QBuffer>
#include <QByteArray>
#include <QList>
#include <QObject>

class QSocketNotifier;

namespace hongyan::cli {

// hongyan-cli console: one SMTP command per line from standard input (a terminal or a
// pipe), the exchange on standard output with each reply explained. STARTTLS, AUTH and
// DATA go through the engine (certificate checks, injection check, redacted credentials,
// dot-stuffing); every line is checked for CR/LF/NUL; the end of input sends QUIT.
class ConsoleJob : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleJob(const CliOptions& options, QObject* parent = nullptr);
    void start();

signals:
    void finished(int exitStatus);

private:
    void onSettings(const smtp::SessionSettings& settings);
    void onInput();
    void processNextLine();
    void onStepFinished(const smtp::Outcome& outcome);
    void explain(const smtp::Outcome& outcome);

    CliOptions m_options;
    ConnectionSetup m_setup;
    smtp::SmtpSession m_session;
    TranscriptPrinter m_transcript;
    QSocketNotifier* m_stdin = nullptr;
    smtp::LineSplitter m_stdinLines;
    QByteArray m_pending;      // bytes read but not yet a complete line
    QList<QByteArray> m_lines; // complete lines waiting for the session
    bool m_inputEnded = false;
    bool m_collectingData = false;
    QByteArray m_dataText;
    QBuffer m_dataBuffer;
    int m_exitStatus = 0;
};

} // namespace hongyan::cli
