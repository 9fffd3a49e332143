#include "diagnosis.h"

#include "transcriptrecord.h"

#include <QHash>
#include <QHostInfo>
#include <QMetaEnum>

using namespace Qt::Literals::StringLiterals;

namespace smtp {

namespace {

// `afterTls`: what the server announced again once the connection was encrypted.
Note describeCapabilities(const Capabilities& capabilities, bool afterTls = false)
{
    const QStringList keywords = capabilities.displayLines();
    if (afterTls) {
        if (!capabilities.isExtended())
            return Note::of(
                QT_TRANSLATE_NOOP("smtp", "after TLS: HELO only (no ESMTP extensions)"));
        return keywords.isEmpty()
                   ? Note::of(QT_TRANSLATE_NOOP("smtp", "after TLS: no extensions"))
                   : Note::of(QT_TRANSLATE_NOOP("smtp", "after TLS: %1"), keywords.join(u", "_s));
    }
    if (!capabilities.isExtended())
        return Note::of(QT_TRANSLATE_NOOP("smtp", "HELO only (no ESMTP extensions)"));
    return keywords.isEmpty() ? Note::of(QT_TRANSLATE_NOOP("smtp", "no extensions"))
                              : Note::verbatim(keywords.join(u", "_s));
}

QList<Note> describeTls(const TlsFacts& tls)
{
    QList<Note> facts{Note::verbatim(u"%1, %2"_s.arg(tls.protocol, tls.cipher))};
    if (!tls.peerChain.isEmpty()) {
        const CertificateSummary& leaf = tls.peerChain.constFirst();
        facts.append(
            Note::of(QT_TRANSLATE_NOOP("smtp", "certificate %1, issued by %2, valid until %3"),
                     leaf.subject, leaf.issuer, leaf.notAfter.toString(Qt::ISODate)));
    }
    if (tls.pinned)
        facts.append(Note::of(QT_TRANSLATE_NOOP("smtp", "accepted by pin")));
    else if (!tls.verified)
        facts.append(Note::of(QT_TRANSLATE_NOOP("smtp", "NOT verified")));
    return facts;
}

} // namespace

Diagnosis::Diagnosis(QObject* parent)
    : QObject(parent)
{}

Diagnosis::~Diagnosis()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

QList<Phase> Diagnosis::plannedSteps(const SessionSettings& settings, bool mailFromTest)
{
    QList<Phase> steps{Phase::Resolve, Phase::Connect};
    if (settings.security == Security::ImplicitTls)
        steps.append(Phase::TlsHandshake);
    steps.append(Phase::Ehlo);
    if (settings.security == Security::StartTls || settings.security == Security::Opportunistic)
        steps.append(Phase::StartTls);
    if (settings.authMethod != AuthMethod::None && !settings.credentials.isEmpty())
        steps.append(Phase::Auth);
    if (mailFromTest)
        steps.append(Phase::MailFrom);
    return steps;
}

QString Diagnosis::stepName(Phase phase)
{
    static const QHash<Phase, QString> names{
        {Phase::Resolve, u"dns"_s},       {Phase::Connect, u"tcp"_s},
        {Phase::TlsHandshake, u"tls"_s},  {Phase::Ehlo, u"ehlo"_s},
        {Phase::StartTls, u"starttls"_s}, {Phase::Auth, u"auth"_s},
        {Phase::MailFrom, u"mailfrom"_s},
    };
    return names.value(phase, phaseName(phase));
}

bool Diagnosis::isRunning() const
{
    return m_running;
}

void Diagnosis::start(const SessionSettings& settings, const QString& mailFromTest)
{
    if (m_running)
        return;
    m_settings = settings;
    m_mailFromTest = mailFromTest;
    m_plan = plannedSteps(settings, !mailFromTest.isEmpty());
    m_reports.clear();
    m_addresses.clear();
    m_capabilitiesBeforeTls = {};
    m_capabilitiesAfterTls = {};
    m_tls = {};
    m_current.reset();
    m_running = true;
    m_startMs = Timeline::now();
    m_timings.clear();

    beginStep(Phase::Resolve);
    // An address chosen by the caller (MX delivery, from its own DNS lookups) is the one the
    // session connects to; the system resolver may not even know the name.
    const QHostAddress literal =
        settings.connectAddress.isNull() ? QHostAddress(settings.host) : settings.connectAddress;
    if (!literal.isNull()) {
        // Reported from the event loop, like a real lookup, so callers see one order.
        QMetaObject::invokeMethod(
            this, [this, literal] { onLookedUp({literal}, {}); }, Qt::QueuedConnection);
        return;
    }
    m_lookupId = QHostInfo::lookupHost(settings.host, this, [this](const QHostInfo& info) {
        m_lookupId = -1;
        onLookedUp(info.addresses(),
                   info.error() == QHostInfo::NoError ? QString() : info.errorString());
    });
}

void Diagnosis::cancel()
{
    if (!m_running)
        return;
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    if (m_session && !m_session->isDisconnected()) {
        m_session->cancel();
        return; // onSessionFinished() completes
    }
    Outcome outcome;
    outcome.category = Outcome::Category::Cancelled;
    outcome.reason = Outcome::Reason::Cancelled;
    endStep(StepResult::Failed, {Note::of(QT_TRANSLATE_NOOP("smtp", "cancelled"))});
    skipRemaining();
    complete(outcome);
}

void Diagnosis::onLookedUp(const QList<QHostAddress>& addresses, const QString& error)
{
    if (!m_running)
        return;
    m_addresses = addresses;
    if (addresses.isEmpty()) {
        Outcome outcome;
        outcome.category = Outcome::Category::Connect;
        outcome.reason = Outcome::Reason::HostNotFound;
        outcome.phase = Phase::Resolve;
        outcome.detail = error.isEmpty() ? Note::of(QT_TRANSLATE_NOOP("smtp", "no address for %1"),
                                                    m_settings.host)
                                         : Note::verbatim(error);
        // Otherwise the session's own lookup is the one timed.
        addTiming(
            {Phase::Resolve, m_startMs, Timeline::now() - m_startMs, m_settings.host, 0, false});
        endStep(StepResult::Failed, {outcome.detail});
        skipRemaining();
        complete(outcome);
        return;
    }
    QStringList shown;
    for (const QHostAddress& address : addresses)
        shown.append(address.toString());
    endStep(StepResult::Passed, {Note::verbatim(shown.join(u", "_s))});

    delete m_session;
    m_session = new SmtpSession(this);
    m_session->setSettings(m_settings);
    connect(m_session, &SmtpSession::transcript, this, &Diagnosis::transcript);
    connect(m_session, &SmtpSession::phaseChanged, this, &Diagnosis::onPhase);
    connect(m_session, &SmtpSession::capabilitiesReceived, this, &Diagnosis::onCapabilities);
    connect(m_session, &SmtpSession::established, this, &Diagnosis::onEstablished);
    connect(m_session, &SmtpSession::finished, this, &Diagnosis::onSessionFinished);
    connect(m_session, &SmtpSession::timed, this, &Diagnosis::addTiming);
    // The step's clock starts after open(): loading a CA file is not connection time.
    m_session->open();
    beginStep(Phase::Connect);
}

void Diagnosis::onPhase(Phase phase)
{
    if (!m_running)
        return;
    const auto peer = [this] {
        return QList<Note>{Note::of(QT_TRANSLATE_NOOP("smtp", "%1 port %2"), m_settings.host,
                                    m_settings.effectivePort())};
    };
    switch (phase) {
    case Phase::TlsHandshake:
        endStep(StepResult::Passed, peer());
        beginStep(Phase::TlsHandshake);
        break;
    case Phase::Greeting:
        if (m_current == Phase::Connect) {
            endStep(StepResult::Passed, peer());
        } else if (m_current == Phase::TlsHandshake) {
            m_tls = m_session->tlsFacts();
            endStep(StepResult::Passed, describeTls(m_tls));
        }
        beginStep(Phase::Ehlo);
        break;
    case Phase::StartTls:
        beginStep(Phase::StartTls);
        break;
    case Phase::Auth:
        endUnencryptedStartTls();
        beginStep(Phase::Auth);
        break;
    default:
        break;
    }
}

void Diagnosis::onCapabilities(const Capabilities& capabilities, bool encrypted)
{
    if (encrypted)
        m_capabilitiesAfterTls = capabilities;
    else
        m_capabilitiesBeforeTls = capabilities;
    if (m_current == Phase::Ehlo) {
        endStep(StepResult::Passed, {describeCapabilities(capabilities)});
    } else if (m_current == Phase::StartTls && encrypted) {
        m_tls = m_session->tlsFacts();
        endStep(StepResult::Passed, describeTls(m_tls) << describeCapabilities(capabilities, true));
    }
}

void Diagnosis::onEstablished()
{
    if (!m_running)
        return;
    m_tls = m_session->tlsFacts();
    endUnencryptedStartTls();
    if (m_current == Phase::Auth)
        endStep(StepResult::Passed, {Note::of(QT_TRANSLATE_NOOP("smtp", "authenticated as %1"),
                                              m_settings.credentials.user)});
    if (m_plan.contains(Phase::MailFrom)) {
        beginStep(Phase::MailFrom);
        m_session->testSender(m_mailFromTest);
        return;
    }
    Outcome outcome;
    outcome.category = Outcome::Category::Passed;
    outcome.tls = m_tls;
    complete(outcome);
    m_session->quit();
}

void Diagnosis::onSessionFinished(const Outcome& outcome)
{
    if (!m_running)
        return;
    m_tls = outcome.tls.encrypted || !outcome.tls.peerChain.isEmpty() ? outcome.tls : m_tls;
    if (m_current == Phase::MailFrom && outcome.category != Outcome::Category::Cancelled &&
        m_session->isIdle()) {
        endStep(outcome.isSuccess() ? StepResult::Passed : StepResult::Failed,
                {Note::verbatim(u"%1 %2"_s.arg(outcome.code).arg(outcome.serverText))});
        complete(outcome);
        m_session->quit();
        return;
    }
    if (!m_current) {
        // The failure came between steps (e.g. STARTTLS missing from the EHLO reply): it
        // belongs to the next step planned.
        for (const Phase step : std::as_const(m_plan)) {
            if (!isReported(step)) {
                beginStep(step);
                break;
            }
        }
    }
    endStep(StepResult::Failed, failureFacts(outcome));
    skipRemaining();
    complete(outcome);
}

QList<Note> Diagnosis::failureFacts(const Outcome& outcome)
{
    if (!outcome.tls.problems.isEmpty() && !outcome.tls.verified && !outcome.tls.pinned) {
        QList<Note> facts;
        for (const CertificateProblem& problem : outcome.tls.problems)
            facts.append(problem.description);
        return facts;
    }
    if (outcome.detail.isEmpty())
        return {Note::verbatim(u"%1 %2"_s.arg(outcome.code).arg(outcome.serverText))};
    return {outcome.detail};
}

void Diagnosis::endUnencryptedStartTls()
{
    // Opportunistic TLS goes on in plain text when STARTTLS is missing or refused; the step
    // still fails, so nobody mistakes the session for an encrypted one.
    if (!m_plan.contains(Phase::StartTls) || isReported(Phase::StartTls) ||
        m_session->isEncrypted())
        return;
    if (m_current != Phase::StartTls)
        beginStep(Phase::StartTls);
    endStep(StepResult::Failed,
            {Note::of(QT_TRANSLATE_NOOP("smtp", "no STARTTLS: continuing without encryption"))});
}

bool Diagnosis::isReported(Phase step) const
{
    return std::any_of(m_reports.cbegin(), m_reports.cend(),
                       [step](const StepReport& report) { return report.phase == step; });
}

void Diagnosis::beginStep(Phase step)
{
    m_current = step;
    m_stepClock.start();
    emit stepStarted(step);
}

QString Diagnosis::StepReport::detail() const
{
    return Note::joined(facts).text();
}

void Diagnosis::endStep(StepResult result, const QList<Note>& facts)
{
    if (!m_current)
        return;
    StepReport report;
    report.phase = *m_current;
    report.result = result;
    report.elapsedMs = m_stepClock.elapsed();
    report.facts = facts;
    m_current.reset();
    m_reports.append(report);
    emit stepFinished(report);
}

void Diagnosis::skipRemaining()
{
    for (const Phase step : std::as_const(m_plan)) {
        if (isReported(step))
            continue;
        StepReport report;
        report.phase = step;
        report.result = StepResult::Skipped;
        m_reports.append(report);
        emit stepFinished(report);
    }
}

void Diagnosis::complete(const Outcome& outcome)
{
    m_running = false;
    Outcome timed = outcome;
    timed.timings = timings();
    emit finished(timed);
}

void Diagnosis::addTiming(const PhaseTiming& timing)
{
    m_timings.append(timing);
    emit timed(timing);
}

} // namespace smtp
