#include "sendjob.h"

#include "jsonreport.h"
#include "outcomeexplainer.h"
#include "resultprinter.h"

#include <QJsonObject>
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
    connect(&m_session, &smtp::SmtpSession::closed, this, &SendJob::onClosed);
    connect(&m_direct, &smtp::DirectDelivery::transcript, this,
            [this](const smtp::TranscriptRecord& record) { m_transcript.write(record); });
    connect(&m_direct, &smtp::DirectDelivery::finished, this, [this](const smtp::Outcome& outcome) {
        report(outcome);
        if (m_next < m_messages.size())
            QTimer::singleShot(0, this, &SendJob::sendNext);
        else
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
bool SendJob::prepareMessages(const QString& defaultFrom, QString* error)
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
    sendNext();
}

void SendJob::onSettings(const smtp::SessionSettings& settings)
{
    m_host = settings.host;
    m_session.setSettings(settings);
    sendNext();
}

void SendJob::sendNext()
{
    const CliMessage& message = *m_messages[m_next++];
    if (m_options.direct)
        m_direct.send(message.envelope(), message.device());
    else
        m_session.send(message.envelope(), message.device());
}

void SendJob::onSent(const smtp::Outcome& outcome)
{
    report(outcome);
    if (!m_session.isIdle())
        return; // the session is closing: onClosed() goes on
    // The next message on the same connection, once the session has finished reporting.
    if (m_next < m_messages.size())
        QTimer::singleShot(0, this, &SendJob::sendNext);
    else
        m_session.quit(); // QUIT is a courtesy; closed() ends the job either way
}

void SendJob::onClosed()
{
    // The server closed the connection (or refused one message politely with QUIT): the
    // messages still waiting get a connection of their own.
    if (m_next < m_messages.size())
        sendNext();
    else
        emit finished(m_exitStatus);
}

void SendJob::report(const smtp::Outcome& outcome)
{
    if (m_exitStatus == 0)
        m_exitStatus = smtp::Outcome::exitStatus(outcome.category);
    const Explanation explanation = OutcomeExplainer::explain(outcome, m_host);
    // With several files, each result names its file.
    const QString file =
        m_options.emlFiles.size() > 1 ? m_options.emlFiles.value(qsizetype(m_next) - 1) : QString();
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
