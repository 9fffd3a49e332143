#include "consolejob.h"

#include "outcomeexplainer.h"
#include "replycodecatalogue.h"
#include "resultprinter.h"

#include <QSocketNotifier>
#include <QTimer>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace hongyan::cli {

ConsoleJob::ConsoleJob(const CliOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{
    connect(&m_setup, &ConnectionSetup::ready, this, &ConsoleJob::onSettings);
    connect(&m_setup, &ConnectionSetup::failed, this,
            [this](const QString& message) { emit finished(ResultPrinter::usageError(message)); });
    connect(&m_session, &smtp::SmtpSession::transcript, this,
            [this](const smtp::TranscriptRecord& record) { m_transcript.write(record); });
    connect(&m_session, &smtp::SmtpSession::established, this, &ConsoleJob::processNextLine);
    connect(&m_session, &smtp::SmtpSession::finished, this, &ConsoleJob::onStepFinished);
    connect(&m_session, &smtp::SmtpSession::closed, this, [this] { emit finished(m_exitStatus); });
}

void ConsoleJob::start()
{
    const QString problem = m_transcript.openFor(m_options, true);
    if (!problem.isEmpty()) {
        QTimer::singleShot(0, this,
                           [this, problem] { emit finished(ResultPrinter::usageError(problem)); });
        return;
    }
    m_setup.start(m_options);
}

void ConsoleJob::onSettings(const smtp::SessionSettings& settings)
{
    m_session.setSettings(settings);
    m_stdin = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_stdin, &QSocketNotifier::activated, this, &ConsoleJob::onInput);
    m_session.openInteractive();
}

void ConsoleJob::onInput()
{
    char buffer[4096];
    const ssize_t count = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (count <= 0) {
        m_stdin->setEnabled(false);
        m_inputEnded = true;
        if (!m_pending.isEmpty())
            m_lines.append(std::exchange(m_pending, {}));
    } else {
        // The message rule for lines (LineSplitter): what ends a line here ends it on the
        // wire too, so a bare CR cannot smuggle a second command or the final dot.
        m_stdinLines.feed(QByteArrayView(buffer, count),
                          [this](const smtp::LineSplitter::Piece& piece) {
                              m_pending.append(piece.text);
                              if (piece.endsLine)
                                  m_lines.append(std::exchange(m_pending, {}));
                          });
    }
    processNextLine();
}

void ConsoleJob::processNextLine()
{
    while (m_session.isIdle()) {
        if (m_lines.isEmpty()) {
            if (m_inputEnded)
                m_session.quit(); // the end of input closes politely
            return;
        }
        const QByteArray line = m_lines.takeFirst();
        if (m_collectingData) {
            // A lone "." ends the text; the engine adds the dot-stuffing itself.
            if (line != ".") {
                m_dataText += line + "\r\n";
                continue;
            }
            m_collectingData = false;
            m_dataBuffer.close();
            m_dataBuffer.setData(std::exchange(m_dataText, {}));
            m_dataBuffer.open(QIODevice::ReadOnly);
            m_session.sendDataInteractive(&m_dataBuffer);
            return;
        }
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        const QByteArray verb = trimmed.split(' ').constFirst().toUpper();
        if (verb == "QUIT") {
            m_session.quit();
            return;
        }
        if (verb == "STARTTLS") {
            m_session.startTlsInteractive();
            return;
        }
        if (verb == "AUTH") {
            if (trimmed.contains(' ')) {
                // A typed AUTH line would carry credentials in the clear and in the
                // transcript; the engine authenticates with the configured ones instead.
                ResultPrinter::err()
                    << tr("Type AUTH alone: the credentials come from --user and "
                          "--password-env/--password-file (or the account), never from a "
                          "typed line.")
                    << Qt::endl;
                continue;
            }
            m_session.authenticateInteractive();
            return;
        }
        if (verb == "DATA") {
            m_collectingData = true;
            ResultPrinter::err() << tr("Type the message; end it with a line holding only \".\"")
                                 << Qt::endl;
            continue;
        }
        m_session.sendLine(trimmed);
        return;
    }
}

void ConsoleJob::onStepFinished(const smtp::Outcome& outcome)
{
    explain(outcome);
    if (!m_session.isIdle()) {
        // The session ended (TLS failure, injection, lost connection): report and stop.
        m_exitStatus = smtp::Outcome::exitStatus(outcome.category);
        if (!outcome.isSuccess())
            ResultPrinter::printFailure(OutcomeExplainer::explain(outcome, m_options.server));
        return;
    }
    QTimer::singleShot(0, this, &ConsoleJob::processNextLine);
}

void ConsoleJob::explain(const smtp::Outcome& outcome)
{
    if (outcome.code == 0) {
        if (outcome.category != smtp::Outcome::Category::Delivered && m_session.isIdle())
            ResultPrinter::err() << tr("Not sent: %1").arg(OutcomeExplainer::detailText(outcome))
                                 << Qt::endl;
        return;
    }
    const QString meaning = ReplyCodeCatalogue::explain(outcome.code, outcome.enhanced);
    if (!meaning.isEmpty())
        m_transcript.write(smtp::TranscriptRecord::make(
            smtp::TranscriptRecord::Direction::Info,
            tr("%1: %2").arg(outcome.enhanced.isValid()
                                 ? u"%1 %2"_s.arg(outcome.code).arg(outcome.enhanced.toString())
                                 : QString::number(outcome.code),
                             meaning),
            m_session.isEncrypted()));
}

} // namespace hongyan::cli
