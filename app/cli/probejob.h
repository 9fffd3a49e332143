#pragma once

#include "clioptions.h"
#include "connectionsetup.h"
#include "diagnosis.h"
#include "transcriptprinter.h"

#include <QObject>

namespace hongyan::cli {

// hongyan-cli probe: the diagnosis step by step (DNS, TCP, TLS, EHLO, STARTTLS, optional
// AUTH and MAIL FROM test), each with pass/fail and timing, then the capabilities before
// and after TLS and the certificate chain; an explanation of the first failure.
class ProbeJob : public QObject
{
    Q_OBJECT

public:
    explicit ProbeJob(const CliOptions& options, QObject* parent = nullptr);
    void start();

signals:
    void finished(int exitStatus);

private:
    void onSettings(const smtp::SessionSettings& settings);
    void onFinished(const smtp::Outcome& outcome);

    CliOptions m_options;
    ConnectionSetup m_setup;
    smtp::Diagnosis m_diagnosis;
    TranscriptPrinter m_transcript;
    QString m_host;
};

} // namespace hongyan::cli
