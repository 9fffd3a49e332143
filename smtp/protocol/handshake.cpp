#include "handshake.h"

#include <QHostAddress>
#include <QSysInfo>

using namespace Qt::Literals::StringLiterals;

namespace smtp {

namespace {

using State = SessionState::State;
using Direction = TranscriptRecord::Direction;

bool isValidHostName(const QString& name)
{
    if (!name.contains(u'.') || name.startsWith(u'.') || name.endsWith(u'.'))
        return false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                        (u >= u'0' && u <= u'9') || u == u'-' || u == u'.';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

Handshake::Handshake(SessionCore& core)
    : m_core(core)
{}

void Handshake::onConnected()
{
    m_upgrade = Upgrade::NotTried;
    m_startTlsReply.reset();
    if (m_core.settings().security == Security::ImplicitTls) {
        m_core.enter(State::TlsHandshake);
        m_core.deadline().startTlsHandshake();
        m_core.connection().startTls();
        return;
    }
    expectGreeting();
}

void Handshake::expectGreeting()
{
    m_core.enter(State::Greeting);
    m_core.awaitReply({Expect::Greeting});
    if (!m_core.connection().isEncrypted() &&
        m_core.settings().effectivePort() == Timeouts::ImplicitTlsPort)
        m_core.deadline().startGreetingOnImplicitTlsPort();
}

void Handshake::onEncrypted()
{
    if (m_core.state() == State::TlsHandshake) {
        expectGreeting();
        return;
    }
    if (m_core.state() != State::StartTlsHandshake)
        return;
    m_upgrade = Upgrade::Encrypted;
    // RFC 3207 §4.2: everything learnt before TLS may have been forged; start over.
    m_core.forgetCapabilities();
    if (m_core.isConsole()) {
        m_core.connection().record(
            Direction::Info,
            Note::of(QT_TRANSLATE_NOOP(
                "smtp",
                "Everything the server announced before TLS is forgotten: send EHLO again")));
        const std::optional<Reply> reply = std::exchange(m_startTlsReply, std::nullopt);
        m_core.finishOperation(m_core.makeOutcome(
            Outcome::Category::Delivered, Outcome::Reason::None, reply ? &*reply : nullptr));
        return;
    }
    m_core.connection().record(
        Direction::Info,
        Note::of(QT_TRANSLATE_NOOP(
            "smtp", "Discarding what the server announced before TLS; asking again")),
        TranscriptRecord::Level::Debug);
    sendEhlo();
}

void Handshake::onReply(Expect expect, const Reply& reply)
{
    switch (expect) {
    case Expect::Greeting:
        onGreeting(reply);
        return;
    case Expect::Ehlo:
        onEhlo(reply);
        return;
    case Expect::Helo:
        onHelo(reply);
        return;
    case Expect::StartTls:
        onStartTls(reply);
        return;
    default:
        Q_UNREACHABLE();
    }
}

void Handshake::onGreeting(const Reply& reply)
{
    if (reply.code() == 220) {
        if (m_core.isConsole()) {
            m_core.handshakeDone(); // the person types EHLO themselves
            return;
        }
        sendEhlo();
        return;
    }
    // 554 means "no service here" (RFC 5321 §3.1); the polite answer is QUIT.
    m_core.fail(m_core.outcomeForReply(reply, Phase::Greeting), SessionCore::Ending::Quit);
}

void Handshake::sendEhlo()
{
    m_core.enter(State::Ehlo);
    m_core.sendCommand(Command::ehlo(ehloName()), {Expect::Ehlo});
}

QByteArray Handshake::ehloName() const
{
    if (!m_core.settings().ehloName.isEmpty())
        return m_core.settings().ehloName.toLatin1();
    const QString machine = QSysInfo::machineHostName();
    if (isValidHostName(machine))
        return machine.toLatin1();
    // RFC 5321 §4.1.4: without a fully qualified name, the address literal of this end.
    const QHostAddress local = m_core.connection().localAddress();
    if (local.protocol() == QAbstractSocket::IPv6Protocol) {
        bool isV4 = false;
        const quint32 v4 = local.toIPv4Address(&isV4);
        if (isV4)
            return '[' + QHostAddress(v4).toString().toLatin1() + ']';
        return "[IPv6:" + local.toString().toLatin1() + ']';
    }
    return '[' + local.toString().toLatin1() + ']';
}

void Handshake::onEhlo(const Reply& reply)
{
    if (reply.isPositiveCompletion()) {
        m_core.setCapabilities(Capabilities::fromEhloReply(reply));
        afterEhlo();
        return;
    }
    const bool tlsRequired = m_core.settings().security == Security::StartTls;
    const bool beforeTls = m_upgrade == Upgrade::NotTried;
    if (beforeTls && !tlsRequired && reply.isPermanentFailure()) {
        m_core.connection().record(
            Direction::Info,
            Note::of(QT_TRANSLATE_NOOP(
                "smtp", "The server refused EHLO; falling back to HELO (no extensions)")));
        m_core.enter(State::Helo);
        m_core.sendCommand(Command::helo(ehloName()), {Expect::Helo});
        return;
    }
    if (beforeTls && tlsRequired && reply.isPermanentFailure()) {
        m_core.fail(m_core.outcomeForReply(reply, Phase::Ehlo, Outcome::Reason::StartTlsNotOffered,
                                           Outcome::Category::Tls),
                    SessionCore::Ending::Quit);
        return;
    }
    m_core.fail(m_core.outcomeForReply(reply, Phase::Ehlo), SessionCore::Ending::Quit);
}

void Handshake::onHelo(const Reply& reply)
{
    if (!reply.isPositiveCompletion()) {
        m_core.fail(m_core.outcomeForReply(reply, Phase::Ehlo), SessionCore::Ending::Quit);
        return;
    }
    m_core.setCapabilities({});
    afterEhlo();
}

void Handshake::afterEhlo()
{
    const Security security = m_core.settings().security;
    const bool wantsStartTls =
        security == Security::StartTls || security == Security::Opportunistic;
    if (!wantsStartTls || m_upgrade != Upgrade::NotTried) {
        m_core.handshakeDone();
        return;
    }
    if (m_core.capabilities().supportsStartTls()) {
        startTls();
        return;
    }
    if (security == Security::StartTls) {
        m_core.connection().record(
            Direction::Error,
            Note::of(QT_TRANSLATE_NOOP(
                "smtp", "The server does not offer STARTTLS, which these settings require")));
        m_core.fail(m_core.makeOutcome(
                        Outcome::Category::Tls, Outcome::Reason::StartTlsNotOffered, nullptr,
                        Note::of(QT_TRANSLATE_NOOP("smtp", "STARTTLS is not in the EHLO reply"))),
                    SessionCore::Ending::Quit);
        return;
    }
    m_core.connection().record(
        Direction::Info,
        Note::of(QT_TRANSLATE_NOOP(
            "smtp", "The server does not offer STARTTLS: continuing WITHOUT encryption")));
    m_core.handshakeDone();
}

void Handshake::startTls()
{
    m_core.enter(State::StartTls);
    m_core.sendCommand(Command::startTls(), {Expect::StartTls});
}

bool Handshake::injectedBeforeTls(const Reply& reply)
{
    const qint64 early = m_core.connection().unreadBytes();
    if (early == 0)
        return false;
    // RFC 3207 §5 / CVE-2011-0411: anything sent before the handshake would be read as if
    // it had come through TLS.
    m_core.connection().record(
        Direction::Error,
        Note::of(QT_TRANSLATE_NOOP("smtp", "%1 bytes arrived after the 220 reply and before TLS: "
                                           "possible response injection; closing"),
                 early));
    m_core.fail(
        m_core.makeOutcome(
            Outcome::Category::Tls, Outcome::Reason::StartTlsResponseInjection, &reply,
            Note::of(QT_TRANSLATE_NOOP("smtp", "%1 unexpected bytes before the TLS handshake"),
                     early)),
        SessionCore::Ending::Abort);
    return true;
}

void Handshake::onStartTls(const Reply& reply)
{
    if (reply.code() == 220) {
        if (injectedBeforeTls(reply))
            return;
        if (m_core.isConsole())
            m_startTlsReply = reply;
        m_core.enter(State::StartTlsHandshake);
        m_core.deadline().startTlsHandshake();
        m_core.connection().startTls();
        return;
    }
    const Outcome refusal = m_core.outcomeForReply(
        reply, Phase::StartTls, Outcome::Reason::StartTlsRefused, Outcome::Category::Tls);
    if (m_core.isConsole()) {
        // The person sees the refusal and decides; the connection stays as it was.
        m_core.finishOperation(refusal);
        return;
    }
    if (m_core.settings().security == Security::Opportunistic &&
        (reply.isTransientFailure() || reply.isPermanentFailure())) {
        m_upgrade = Upgrade::RefusedByServer;
        m_core.connection().record(
            Direction::Info,
            Note::of(QT_TRANSLATE_NOOP(
                "smtp", "The server refused STARTTLS: continuing WITHOUT encryption")));
        m_core.handshakeDone();
        return;
    }
    m_core.fail(refusal, SessionCore::Ending::Quit);
}

} // namespace smtp
