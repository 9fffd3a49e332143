#pragma once

#include "capabilities.h"
#include "note.h"
#include "outcome.h"
#include "sessionsettings.h"
#include "smtpsession.h"
#include "transcriptrecord.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>

namespace smtp {

// A step-by-step check of an account without sending mail: DNS → TCP → TLS → EHLO →
// STARTTLS → AUTH → MAIL FROM test and RSET, each step named by its phase (phase.h). Each step is
// reported as it starts and ends, with what was learnt; the final Outcome says what failed, exactly
// as a send would. Used by hongyan-cli probe and the GUI's diagnosis window.
class Diagnosis : public QObject
{
    Q_OBJECT

public:
    enum class StepResult { Passed, Failed, Skipped };
    Q_ENUM(StepResult)

    // What one finished step found, for display. A step is named by the phase it checks:
    // Resolve, Connect, TlsHandshake, Ehlo, StartTls, Auth, MailFrom.
    struct StepReport
    {
        Phase phase = Phase::Resolve;
        StepResult result = StepResult::Skipped;
        qint64 elapsedMs = 0;
        // What the step found ("127.0.0.1 port 465", "TLSv1.3, …", "certificate …"), each a
        // sentence a person's language can show.
        QList<Note> facts;
        // The facts in English, "; " between them.
        QString detail() const;
    };

    explicit Diagnosis(QObject* parent = nullptr);
    ~Diagnosis() override;

    // `mailFromTest`: an address to try in MAIL FROM (then RSET); empty skips the step.
    void start(const SessionSettings& settings, const QString& mailFromTest = {});
    void cancel();
    bool isRunning() const;

    // Facts gathered so far.
    const QList<QHostAddress>& addresses() const { return m_addresses; }
    const Capabilities& capabilitiesBeforeTls() const { return m_capabilitiesBeforeTls; }
    const Capabilities& capabilitiesAfterTls() const { return m_capabilitiesAfterTls; }
    const TlsFacts& tlsFacts() const { return m_tls; }
    const QList<StepReport>& reports() const { return m_reports; }
    // Where the run's time went so far, from its start (the finished() outcome has them too).
    QList<PhaseTiming> timings() const { return Timeline::relativeTo(m_timings, m_startMs); }
    // The steps this run will go through for these settings, in order.
    static QList<Phase> plannedSteps(const SessionSettings& settings, bool mailFromTest);
    // The step's name in hongyan-cli probe --json ("dns", "tcp", "tls", "ehlo",
    // "starttls", "auth", "mailfrom"): names scripts already read, kept as they were.
    static QString stepName(Phase phase);

signals:
    void stepStarted(smtp::Phase phase);
    void stepFinished(const smtp::Diagnosis::StepReport& report);
    void transcript(const smtp::TranscriptRecord& record);
    // A span of the run's time ended (SmtpSession::timed), live.
    void timed(const smtp::PhaseTiming& timing);
    // Delivered when every step passed; otherwise the failure, as a send would report it.
    void finished(const smtp::Outcome& outcome);

private:
    void onLookedUp(const QList<QHostAddress>& addresses, const QString& error);
    void onPhase(Phase phase);
    void onCapabilities(const Capabilities& capabilities, bool encrypted);
    void onEstablished();
    void onSessionFinished(const Outcome& outcome);
    void beginStep(Phase phase);
    void endStep(StepResult result, const QList<Note>& facts = {});
    // What a failed step found: each certificate problem, or the outcome's detail, or the
    // server's reply.
    static QList<Note> failureFacts(const Outcome& outcome);
    void skipRemaining();
    void endUnencryptedStartTls();
    bool isReported(Phase phase) const;
    void complete(const Outcome& outcome);
    void addTiming(const PhaseTiming& timing);

    SessionSettings m_settings;
    QString m_mailFromTest;
    SmtpSession* m_session = nullptr;
    int m_lookupId = -1;
    QList<Phase> m_plan;
    std::optional<Phase> m_current;
    QElapsedTimer m_stepClock;
    QList<QHostAddress> m_addresses;
    Capabilities m_capabilitiesBeforeTls;
    Capabilities m_capabilitiesAfterTls;
    TlsFacts m_tls;
    QList<StepReport> m_reports;
    qint64 m_startMs = 0; // Timeline::now() at start()
    QList<PhaseTiming> m_timings;
    bool m_running = false;
};

} // namespace smtp
