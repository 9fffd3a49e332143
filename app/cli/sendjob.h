#pragma once

#include "climessage.h"
#include "clioptions.h"
#include "connectionsetup.h"
#include "directdelivery.h"
#include "smtpsession.h"
#include "transcriptprinter.h"

#include <QObject>

namespace hongyan::cli {

// hongyan-cli send: prepares the message, the connection settings and the secret, sends
// through one SmtpSession, prints one line per recipient (or JSON) and ends with the exit
// status of DESIGN.md §5.
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
    void onSent(const smtp::Outcome& outcome);
    void report(const smtp::Outcome& outcome);
    void startDirectDelivery();
    void usageError(const QString& message);

    CliOptions m_options;
    CliMessage m_message;
    ConnectionSetup m_setup;
    smtp::SmtpSession m_session;
    smtp::DirectDelivery m_direct;
    TranscriptPrinter m_transcript;
    QString m_host;
    int m_exitStatus = 0;
};

} // namespace hongyan::cli
