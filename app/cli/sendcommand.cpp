#include "sendcommand.h"

#include "jsonreport.h"
#include "outcomeexplainer.h"
#include "resultprinter.h"

#include <QJsonObject>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace hongyan::cli {

SendCommand::SendCommand(const CliOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{
    connect(&m_setup, &ConnectionSetup::ready, this, &SendCommand::onSettings);
    connect(&m_setup, &ConnectionSetup::failed, this, &SendCommand::usageError);
    connect(&m_job, &SendJob::transcript, this,
            [this](const smtp::TranscriptRecord& record) { m_transcript.write(record); });
    connect(&m_job, &SendJob::messageFinished, this, &SendCommand::report);
    // After QUIT, so the transcript shows the whole exchange.
    connect(&m_job, &SendJob::closed, this, [this] { emit finished(m_exitStatus); });
}

void SendCommand::start()
{
    const QString problem = m_transcript.openFor(m_options, false);
    if (!problem.isEmpty()) {
        QTimer::singleShot(0, this, [this, problem] { usageError(problem); });
        return;
    }
    // The account's address is known before its secret; the message is checked first so a
    // bad address never costs a keychain prompt or a connection.
    QString defaultFrom;
    if (!m_options.account.isEmpty()) {
        m_setup.start(m_options);
        if (!m_setup.account())
            return; // failed() names the missing account
        defaultFrom = m_setup.account()->address;
    }
    QString error;
    if (!prepareMessages(defaultFrom, &error)) {
        m_setup.disconnect(this);
        QTimer::singleShot(0, this, [this, error] { usageError(error); });
        return;
    }
    if (m_options.direct)
        startDirectDelivery();
    else if (m_options.account.isEmpty())
        m_setup.start(m_options);
}

// Every message is read and checked before anything is sent, so a bad file in the list
// costs no connection and sends nothing.
bool SendCommand::prepareMessages(const QString& defaultFrom, QString* error)
{
    auto first = std::make_unique<CliMessage>();
    if (!first->prepare(m_options, defaultFrom, CliMessage::Purpose::Send, error)) {
        if (m_options.emlFiles.size() > 1)
            *error = tr("%1: %2").arg(m_options.emlFiles.constFirst(), *error);
        return false;
    }
    m_messages.push_back(std::move(first));
    for (qsizetype i = 1; i < m_options.emlFiles.size(); ++i) {
        auto message = std::make_unique<CliMessage>();
        if (!message->openEml(m_options, m_options.emlFiles[i], error)) {
            *error = tr("%1: %2").arg(m_options.emlFiles[i], *error);
            return false;
        }
        m_messages.push_back(std::move(message));
    }
    return true;
}

void SendCommand::usageError(const QString& message)
{
    emit finished(ResultPrinter::usageError(message));
}

void SendCommand::startDirectDelivery()
{
    smtp::DirectDelivery::Options direct;
    direct.dnsServer = m_options.dnsServer;
    direct.requireTls = m_options.requireTls;
    direct.ehloName = m_options.ehlo;
    direct.caFile = m_options.caFile;
    if (m_options.timeoutSeconds)
        direct.timeouts = smtp::Timeouts::uniform(std::chrono::seconds(*m_options.timeoutSeconds));
    if (m_options.port)
        direct.port = *m_options.port;
    m_job.setDirectDelivery(direct);
    sendAll();
}

void SendCommand::onSettings(const smtp::SessionSettings& settings)
{
    m_job.setSubmission(settings);
    sendAll();
}

void SendCommand::sendAll()
{
    for (const std::unique_ptr<CliMessage>& message : m_messages)
        m_job.enqueue(message->envelope(), message->device());
    m_job.start();
}

void SendCommand::report(qsizetype index, const smtp::Outcome& outcome)
{
    if (m_exitStatus == 0)
        m_exitStatus = smtp::Outcome::exitStatus(outcome.category);
    const Explanation explanation = OutcomeExplainer::explain(outcome, m_job.host());
    // With several files, each result names its file.
    const QString file =
        m_options.emlFiles.size() > 1 ? m_options.emlFiles.value(index) : QString();
    if (m_options.json) {
        QJsonObject report = JsonReport::outcome(outcome, explanation);
        if (!file.isEmpty())
            report.insert(u"file"_s, file);
        ResultPrinter::out() << QString::fromUtf8(JsonReport::toLine(report)) << Qt::flush;
    } else {
        if (!file.isEmpty())
            ResultPrinter::out() << tr("%1:").arg(file) << Qt::endl;
        ResultPrinter::printDelivery(outcome);
    }
    if (!outcome.isSuccess() || outcome.category == smtp::Outcome::Category::Partial)
        ResultPrinter::printFailure(explanation);
}

} // namespace hongyan::cli
