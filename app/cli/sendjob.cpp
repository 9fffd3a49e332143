#include "sendjob.h"

#include "jsonreport.h"
#include "outcomeexplainer.h"
#include "resultprinter.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace hongyan::cli {

SendJob::SendJob(const CliOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{
    connect(&m_setup, &ConnectionSetup::ready, this, &SendJob::onSettings);
    connect(&m_setup, &ConnectionSetup::failed, this, &SendJob::usageError);
    connect(&m_session, &smtp::SmtpSession::transcript, this,
            [this](const smtp::TranscriptRecord& record) { m_transcript.write(record); });
    connect(&m_session, &smtp::SmtpSession::finished, this, &SendJob::onSent);
    connect(&m_session, &smtp::SmtpSession::closed, this, [this] { emit finished(m_exitStatus); });
    connect(&m_direct, &smtp::DirectDelivery::transcript, this,
            [this](const smtp::TranscriptRecord& record) { m_transcript.write(record); });
    connect(&m_direct, &smtp::DirectDelivery::finished, this, [this](const smtp::Outcome& outcome) {
        report(outcome);
        emit finished(m_exitStatus);
    });
}

void SendJob::start()
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
    if (!m_message.prepare(m_options, defaultFrom, CliMessage::Purpose::Send, &error)) {
        m_setup.disconnect(this);
        QTimer::singleShot(0, this, [this, error] { usageError(error); });
        return;
    }
    if (m_options.direct)
        startDirectDelivery();
    else if (m_options.account.isEmpty())
        m_setup.start(m_options);
}

void SendJob::usageError(const QString& message)
{
    emit finished(ResultPrinter::usageError(message));
}

void SendJob::startDirectDelivery()
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
    m_direct.setOptions(direct);
    m_direct.send(m_message.envelope(), m_message.device());
}

void SendJob::onSettings(const smtp::SessionSettings& settings)
{
    m_host = settings.host;
    m_session.setSettings(settings);
    m_session.send(m_message.envelope(), m_message.device());
}

void SendJob::onSent(const smtp::Outcome& outcome)
{
    report(outcome);
    // QUIT is a courtesy; closed() ends the job either way.
    if (m_session.isIdle())
        m_session.quit();
}

void SendJob::report(const smtp::Outcome& outcome)
{
    m_exitStatus = smtp::Outcome::exitStatus(outcome.category);
    const Explanation explanation = OutcomeExplainer::explain(outcome, m_host);
    if (m_options.json)
        ResultPrinter::out() << QString::fromUtf8(
                                    JsonReport::toLine(JsonReport::outcome(outcome, explanation)))
                             << Qt::flush;
    else
        ResultPrinter::printDelivery(outcome);
    if (!outcome.isSuccess() || outcome.category == smtp::Outcome::Category::Partial)
        ResultPrinter::printFailure(explanation);
}

} // namespace hongyan::cli
