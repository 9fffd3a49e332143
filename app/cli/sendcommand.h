#pragma once

#include "climessage.h"
#include "clioptions.h"
#include "connectionsetup.h"
#include "sendjob.h"
#include "transcriptprinter.h"

#include <QObject>

#include <memory>
#include <vector>

namespace hongyan::cli {

// hongyan-cli send: prepares the message, the connection settings and the secret, sends
// through the one SendJob the GUI uses too, prints one line per recipient (or JSON) and ends
// with the exit status of DESIGN.md §5. Several --eml files go over one connection, one
// transaction each. The exit status is the first failure's, 0 when every message was
// delivered.
class SendCommand : public QObject
{
    Q_OBJECT

public:
    explicit SendCommand(const CliOptions& options, QObject* parent = nullptr);
    void start();

signals:
    void finished(int exitStatus);

private:
    void onSettings(const smtp::SessionSettings& settings);
    bool prepareMessages(const QString& defaultFrom, QString* error);
    void sendAll();
    void report(qsizetype index, const smtp::Outcome& outcome);
    void startDirectDelivery();
    void usageError(const QString& message);

    CliOptions m_options;
    // The message, or one per --eml file, in order.
    std::vector<std::unique_ptr<CliMessage>> m_messages;
    ConnectionSetup m_setup;
    SendJob m_job;
    TranscriptPrinter m_transcript;
    int m_exitStatus = 0;
};

} // namespace hongyan::cli
