#include "probejob.h"

#include "jsonreport.h"
#include "outcomeexplainer.h"
#include "resultprinter.h"

#include <QJsonArray>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace hongyan::cli {

ProbeJob::ProbeJob(const CliOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{
    connect(&m_setup, &ConnectionSetup::ready, this, &ProbeJob::onSettings);
    connect(&m_setup, &ConnectionSetup::failed, this,
            [this](const QString& message) { emit finished(ResultPrinter::usageError(message)); });
    connect(&m_diagnosis, &smtp::Diagnosis::transcript, this,
            [this](const smtp::TranscriptRecord& record) { m_transcript.write(record); });
    if (!m_options.json)
        connect(
            &m_diagnosis, &smtp::Diagnosis::stepFinished, this,
            [](const smtp::Diagnosis::StepReport& report) { ResultPrinter::printStep(report); });
    connect(&m_diagnosis, &smtp::Diagnosis::finished, this, &ProbeJob::onFinished);
}

void ProbeJob::start()
{
    const QString problem = m_transcript.openFor(m_options, false);
    if (!problem.isEmpty()) {
        QTimer::singleShot(0, this,
                           [this, problem] { emit finished(ResultPrinter::usageError(problem)); });
        return;
    }
    m_setup.start(m_options);
}

void ProbeJob::onSettings(const smtp::SessionSettings& settings)
{
    m_host = settings.host;
    m_diagnosis.start(settings, m_options.mailFromTest);
}

void ProbeJob::onFinished(const smtp::Outcome& outcome)
{
    // A send's explanation of success would speak of a delivered message; a probe sends none.
    Explanation explanation;
    if (outcome.isSuccess())
        explanation.headline = tr("All checks passed.");
    else
        explanation = OutcomeExplainer::explain(outcome, m_host);
    if (m_options.json) {
        QJsonArray steps;
        for (const smtp::Diagnosis::StepReport& report : m_diagnosis.reports()) {
            const char* result = report.result == smtp::Diagnosis::StepResult::Passed   ? "passed"
                                 : report.result == smtp::Diagnosis::StepResult::Failed ? "failed"
                                                                                        : "skipped";
            steps.append(QJsonObject{{u"step"_s, smtp::Diagnosis::stepName(report.phase)},
                                     {u"phase"_s, smtp::phaseName(report.phase)},
                                     {u"result"_s, QString::fromLatin1(result)},
                                     {u"elapsedMs"_s, report.elapsedMs},
                                     {u"detail"_s, report.detail()}});
        }
        QJsonArray addresses;
        for (const QHostAddress& address : m_diagnosis.addresses())
            addresses.append(address.toString());
        QJsonObject report = JsonReport::outcome(outcome, explanation);
        report.insert(u"steps"_s, steps);
        report.insert(u"addresses"_s, addresses);
        report.insert(u"capabilitiesBeforeTls"_s,
                      JsonReport::capabilities(m_diagnosis.capabilitiesBeforeTls()));
        report.insert(u"capabilitiesAfterTls"_s,
                      JsonReport::capabilities(m_diagnosis.capabilitiesAfterTls()));
        report.insert(u"tls"_s, JsonReport::tls(m_diagnosis.tlsFacts()));
        ResultPrinter::out() << QString::fromUtf8(JsonReport::toLine(report)) << Qt::flush;
    } else {
        ResultPrinter::out() << Qt::endl;
        if (m_diagnosis.capabilitiesBeforeTls().isExtended())
            ResultPrinter::printCapabilities(tr("Capabilities before TLS:"),
                                             m_diagnosis.capabilitiesBeforeTls());
        if (m_diagnosis.capabilitiesAfterTls().isExtended())
            ResultPrinter::printCapabilities(tr("Capabilities after TLS:"),
                                             m_diagnosis.capabilitiesAfterTls());
        ResultPrinter::printTls(m_diagnosis.tlsFacts().encrypted ? m_diagnosis.tlsFacts()
                                                                 : outcome.tls);
        if (outcome.isSuccess())
            ResultPrinter::out() << explanation.headline << Qt::endl;
    }
    if (!outcome.isSuccess())
        ResultPrinter::printFailure(explanation);
    // The diagnosis ends its session with QUIT on its own; the result is complete here.
    emit finished(smtp::Outcome::exitStatus(outcome.category));
}

} // namespace hongyan::cli
