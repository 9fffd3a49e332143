#pragma once

#include "climessage.h"
#include "clioptions.h"
#include "connectionsetup.h"
#include "directdelivery.h"
#include "smtpsession.h"
#include "transcriptprinter.h"

#include <QObject>

#include <memory>
#include <vector>

namespace hongyan::cli {

// hongyan-cli send: prepares the message, the connection settings and the secret, sends
// through one SmtpSession, prints one line per recipient (or JSON) and ends with the exit
// status of DESIGN.md §5. Several --eml files go over one connection, one transaction
// each, as an MTA's connection cache reuses a session; a connection the server closes is
// opened again for the next message. The exit status is the first failure's, 0 when every
// message was delivered.
class SendJob : public QObject
{
    Q_OBJECT

public:
    explicit SendJob(const CliOptions& options, QObject* parent = nullptr);
    void start();

signals:
    void finished(int exitStatus);

private:
    void onSettings(const smtp::SessionSettings& settings);
    bool prepareMessages(const QString& defaultFrom, QString* error);
    void sendNext();
    void onSent(const smtp::Outcome& outcome);
    void onClosed();
    void report(const smtp::Outcome& outcome);
    void startDirectDelivery();
    void usageError(const QString& message);

    CliOptions m_options;
    // The message, or one per --eml file, in order; m_next is the next one to send.
    std::vector<std::unique_ptr<CliMessage>> m_messages;
    std::size_t m_next = 0;
    ConnectionSetup m_setup;
    smtp::SmtpSession m_session;
    smtp::DirectDelivery m_direct;
    TranscriptPrinter m_transcript;
    QString m_host;
    int m_exitStatus = 0;
};

} // namespace hongyan::cli
