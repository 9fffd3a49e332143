#include "directdelivery.h"

#include "smtpsession.h"

#include <QIODevice>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace smtp {

namespace {

QString domainOf(const QString& address)
{
    const QString domain = address.sliced(address.lastIndexOf(u'@') + 1);
    const QByteArray ace = QUrl::toAce(domain);
    return ace.isEmpty() ? domain.toLower() : QString::fromLatin1(ace).toLower();
}

} // namespace

DirectDelivery::DirectDelivery(QObject* parent)
    : QObject(parent)
{}

DirectDelivery::~DirectDelivery() = default;

Outcome DirectDelivery::localOutcome() const
{
    // Outcomes decided here, without a session, still say where delivery went, so the
    // explanation can speak of port 25 and direct delivery.
    Outcome outcome;
    outcome.directDelivery = true;
    outcome.port = m_options.port;
    outcome.security = m_options.requireTls ? Security::StartTls : Security::Opportunistic;
    return outcome;
}

void DirectDelivery::info(Note note, TranscriptRecord::Direction direction)
{
    emit transcript(TranscriptRecord::make(direction, std::move(note), false));
}

void DirectDelivery::send(const Envelope& envelope, QIODevice* message)
{
    m_envelope = envelope;
    m_message = message;
    m_byDomain.clear();
    m_results.clear();
    m_cancelled = false;
    m_bytesBefore = 0;
    m_startMs = Timeline::now();
    m_timings.clear();
    for (const QString& recipient : envelope.recipients) {
        const QString domain = domainOf(recipient);
        auto group = std::find_if(m_byDomain.begin(), m_byDomain.end(),
                                  [&domain](const auto& entry) { return entry.first == domain; });
        if (group == m_byDomain.end())
            m_byDomain.append({domain, {recipient}});
        else
            group->second.append(recipient);
    }
    m_domainIndex = -1;
    QMetaObject::invokeMethod(this, &DirectDelivery::nextDomain, Qt::QueuedConnection);
}

void DirectDelivery::cancel()
{
    if (m_domainIndex < 0 || m_domainIndex >= m_byDomain.size())
        return;
    m_cancelled = true;
    if (m_session) {
        m_session->cancel(); // onHopFinished() completes with the session's outcome
        return;
    }
    delete m_resolver;
    m_resolver = nullptr;
    Outcome outcome = localOutcome();
    outcome.category = Outcome::Category::Cancelled;
    outcome.reason = Outcome::Reason::Cancelled;
    finishDomain(outcome);
}

void DirectDelivery::nextDomain()
{
    if (++m_domainIndex >= m_byDomain.size()) {
        finishAll();
        return;
    }
    if (m_cancelled) {
        Outcome outcome = localOutcome();
        outcome.category = Outcome::Category::Cancelled;
        outcome.reason = Outcome::Reason::Cancelled;
        finishDomain(outcome);
        return;
    }
    const QString& domain = m_byDomain[m_domainIndex].first;
    info(Note::of(QT_TRANSLATE_NOOP("smtp", "Looking up the mail servers of %1"), domain));
    m_routeStartMs = Timeline::now();
    m_resolver = new MxResolver(this);
    if (!m_options.dnsServer.isNull())
        m_resolver->setNameserver(m_options.dnsServer);
    connect(m_resolver, &MxResolver::finished, this, &DirectDelivery::onRoute);
    m_resolver->resolve(domain);
}

void DirectDelivery::onRoute(const MxRoute& route)
{
    m_resolver->deleteLater();
    m_resolver = nullptr;
    addTiming({Phase::Resolve, m_routeStartMs, Timeline::now() - m_routeStartMs,
               u"MX %1"_s.arg(route.domain), 0,
               route.kind == MxRoute::Kind::Mx || route.kind == MxRoute::Kind::ImplicitMx});
    DomainResult result;
    result.domain = route.domain;
    result.route = route;
    m_results.append(result);

    Outcome failure = localOutcome();
    failure.phase = Phase::Connect;
    switch (route.kind) {
    case MxRoute::Kind::NullMx:
        info(Note::of(
                 QT_TRANSLATE_NOOP("smtp", "%1 publishes a null MX (RFC 7505): it accepts no mail"),
                 route.domain),
             TranscriptRecord::Direction::Error);
        failure.category = Outcome::Category::Rejected;
        failure.reason = Outcome::Reason::NullMx;
        finishDomain(failure);
        return;
    case MxRoute::Kind::NoRoute:
        info(Note::of(QT_TRANSLATE_NOOP("smtp", "No mail route for %1: %2"), route.domain,
                      route.error),
             TranscriptRecord::Direction::Error);
        failure.category =
            route.temporaryFailure ? Outcome::Category::Temporary : Outcome::Category::Rejected;
        failure.reason = Outcome::Reason::NoMailRoute;
        failure.detail = route.error;
        finishDomain(failure);
        return;
    case MxRoute::Kind::ImplicitMx:
        info(Note::of(QT_TRANSLATE_NOOP(
                          "smtp", "%1 has no MX records: using its own address (RFC 5321 §5.1)"),
                      route.domain));
        break;
    case MxRoute::Kind::Mx:
        break;
    }
    m_hops.clear();
    for (const MxHost& host : route.hosts) {
        QStringList addresses;
        for (const QHostAddress& address : host.addresses) {
            addresses.append(address.toString());
            m_hops.append(Hop{host.name, host.preference, address});
        }
        info(Note::of(QT_TRANSLATE_NOOP("smtp", "Mail server %1 (preference %2): %3"), host.name,
                      host.preference,
                      addresses.isEmpty() ? host.error : Note::verbatim(addresses.join(u", "_s))));
    }
    m_lastHopFailure.reset();
    tryNextHop();
}

void DirectDelivery::tryNextHop()
{
    DomainResult& result = m_results.last();
    if (m_cancelled || m_hops.isEmpty()) {
        Outcome outcome = localOutcome();
        if (m_cancelled) {
            outcome.category = Outcome::Category::Cancelled;
            outcome.reason = Outcome::Reason::Cancelled;
        } else if (m_lastHopFailure) {
            outcome = *m_lastHopFailure;
            info(Note::of(QT_TRANSLATE_NOOP("smtp", "No mail server of %1 could be reached"),
                          result.domain),
                 TranscriptRecord::Direction::Error);
        } else {
            outcome.category = Outcome::Category::Temporary;
            outcome.reason = Outcome::Reason::HostNotFound;
            outcome.phase = Phase::Connect;
            outcome.detail = Note::of(
                QT_TRANSLATE_NOOP("smtp", "no address for any mail server of %1"), result.domain);
        }
        finishDomain(outcome);
        return;
    }
    const Hop hop = m_hops.takeFirst();
    ++result.hopsTried;
    result.host = hop.host;

    SessionSettings settings;
    settings.host = hop.host;
    settings.connectAddress = hop.address;
    settings.port = m_options.port;
    settings.security = m_options.requireTls ? Security::StartTls : Security::Opportunistic;
    settings.authMethod = AuthMethod::None;
    settings.ehloName = m_options.ehloName;
    settings.timeouts = m_options.timeouts;
    settings.caFile = m_options.caFile;

    Envelope envelope = m_envelope;
    envelope.recipients = m_byDomain[m_domainIndex].second;
    if (!m_message || !m_message->seek(0)) {
        Outcome outcome = localOutcome();
        outcome.category = Outcome::Category::Usage;
        outcome.reason = Outcome::Reason::MessageUnreadable;
        outcome.detail =
            Note::of(QT_TRANSLATE_NOOP("smtp", "the message cannot be read again from its start"));
        finishDomain(outcome);
        return;
    }
    m_session = new SmtpSession(this);
    m_session->setSettings(settings);
    connect(m_session, &SmtpSession::transcript, this, &DirectDelivery::transcript);
    connect(m_session, &SmtpSession::timed, this, &DirectDelivery::addTiming);
    connect(m_session, &SmtpSession::progress, this, [this](qint64 sent, qint64 total) {
        const qint64 domains = m_byDomain.size();
        emit progress(m_bytesBefore + sent, total < 0 ? -1 : total * domains);
    });
    connect(m_session, &SmtpSession::finished, this, &DirectDelivery::onHopFinished);
    m_session->send(envelope, m_message);
}

bool DirectDelivery::worthNextHop(const Outcome& outcome)
{
    using Category = Outcome::Category;
    switch (outcome.category) {
    case Category::Connect:
    case Category::Tls:
    case Category::Protocol:
        return true;
    case Category::Temporary:
        // A server that went away or never answered; a 4xx answer inside the transaction
        // (greylisting, full mailbox) is the domain's answer and is retried later instead.
        return outcome.reason == Outcome::Reason::ServerClosing ||
               outcome.reason == Outcome::Reason::ConnectionClosed ||
               outcome.reason == Outcome::Reason::NetworkError ||
               outcome.reason == Outcome::Reason::Timeout || outcome.phase == Phase::Greeting ||
               outcome.phase == Phase::Ehlo;
    default:
        return false;
    }
}

void DirectDelivery::onHopFinished(const Outcome& sessionOutcome)
{
    Outcome outcome = sessionOutcome;
    outcome.directDelivery = true;
    SmtpSession* session = std::exchange(m_session, nullptr);
    const TlsFacts& tls = outcome.tls;
    const QString host = m_results.last().host;
    const QString address = session->settings().connectAddress.toString();
    Note hop;
    if (!tls.encrypted)
        hop = Note::of(QT_TRANSLATE_NOOP("smtp", "Hop %1 [%2]: NOT encrypted"), host, address);
    else if (tls.verified || tls.pinned)
        hop =
            Note::of(QT_TRANSLATE_NOOP("smtp", "Hop %1 [%2]: encrypted (%3), certificate verified"),
                     host, address, tls.protocol);
    else
        hop = Note::of(
            QT_TRANSLATE_NOOP("smtp", "Hop %1 [%2]: encrypted (%3), certificate NOT verified"),
            host, address, tls.protocol);
    info(hop,
         tls.encrypted ? TranscriptRecord::Direction::Info : TranscriptRecord::Direction::Error);
    if (session->isIdle())
        session->quit();
    connect(session, &SmtpSession::closed, session, &QObject::deleteLater);
    if (session->isDisconnected())
        session->deleteLater();

    if (!m_cancelled && worthNextHop(outcome)) {
        m_lastHopFailure = outcome;
        tryNextHop();
        return;
    }
    m_bytesBefore += outcome.messageBytes;
    finishDomain(outcome);
}

void DirectDelivery::finishDomain(Outcome outcome)
{
    if (m_results.size() <= m_domainIndex) {
        DomainResult result;
        result.domain = m_byDomain[m_domainIndex].first;
        m_results.append(result);
    }
    // Recipients the domain never got to answer still get a result line of their own.
    if (outcome.recipients.isEmpty()) {
        for (const QString& recipient : m_byDomain[m_domainIndex].second)
            outcome.recipients.append(RecipientResult{recipient, false, 0, {}, {}});
    }
    m_results.last().outcome = outcome;
    nextDomain();
}

void DirectDelivery::finishAll()
{
    Outcome overall;
    int accepted = 0;
    int total = 0;
    const Outcome* firstFailure = nullptr;
    bool anyTemporary = false;
    bool anyUnknown = false;
    for (const DomainResult& result : std::as_const(m_results)) {
        overall.recipients += result.outcome.recipients;
        overall.messageBytes = qMax(overall.messageBytes, result.outcome.messageBytes);
        if (result.outcome.tls.encrypted)
            overall.tls = result.outcome.tls;
        accepted += result.outcome.deliveredRecipientCount();
        total += int(result.outcome.recipients.size());
        if (!result.outcome.isSuccess() || result.outcome.category == Outcome::Category::Partial) {
            if (!firstFailure)
                firstFailure = &result.outcome;
        }
        anyTemporary = anyTemporary || result.outcome.category == Outcome::Category::Temporary;
        anyUnknown = anyUnknown || result.outcome.category == Outcome::Category::Unknown;
    }
    overall.directDelivery = true;
    if (!m_results.isEmpty()) {
        overall.port = m_results.constFirst().outcome.port;
        overall.security = m_results.constFirst().outcome.security;
    }
    if (firstFailure) {
        overall.category = firstFailure->category;
        overall.phase = firstFailure->phase;
        overall.reason = firstFailure->reason;
        overall.code = firstFailure->code;
        overall.enhanced = firstFailure->enhanced;
        overall.serverText = firstFailure->serverText;
        overall.detail = firstFailure->detail;
    } else if (!m_results.isEmpty()) {
        const Outcome& last = m_results.constLast().outcome;
        overall.phase = last.phase;
        overall.code = last.code;
        overall.enhanced = last.enhanced;
        overall.serverText = last.serverText;
    }
    if (accepted == total && total > 0) {
        overall.category = Outcome::Category::Delivered;
        overall.reason = Outcome::Reason::None;
    } else if (accepted > 0) {
        overall.category = Outcome::Category::Partial;
    } else if (anyUnknown) {
        overall.category = Outcome::Category::Unknown;
    } else if (anyTemporary) {
        overall.category = Outcome::Category::Temporary;
    }
    overall.timings = Timeline::relativeTo(m_timings, m_startMs);
    emit finished(overall);
}

void DirectDelivery::addTiming(const PhaseTiming& timing)
{
    m_timings.append(timing);
    emit timed(timing);
}

} // namespace smtp
