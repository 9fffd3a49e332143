#include "authentication.h"

using namespace Qt::Literals::StringLiterals;

namespace smtp {

namespace {
using Direction = TranscriptRecord::Direction;
} // namespace

Authentication::Authentication(SessionCore& core)
    : m_core(core)
{}

void Authentication::start()
{
    const SessionSettings& settings = m_core.settings();
    const bool configured =
        settings.authMethod != AuthMethod::None && !settings.credentials.isEmpty();
    if (!m_core.isConsole() && !configured) {
        m_core.authenticated();
        return;
    }
    m_core.enter(SessionState::State::Authenticating);
    if (refuseLocally())
        return;
    const bool encrypted = m_core.connection().isEncrypted();
    const QStringList offered = m_core.capabilities().authMechanisms();
    const auto mechanism = SaslAuthenticator::choose(settings.authMethod, offered,
                                                     settings.credentials.kind, encrypted);
    if (!mechanism) {
        refuse(Outcome::Reason::AuthMechanismUnavailable,
               Note::of(QT_TRANSLATE_NOOP("smtp", "No authentication method both sides support")),
               Note::of(QT_TRANSLATE_NOOP("smtp", "the server offers %1"), offered.join(u' ')));
        return;
    }
    m_sasl.emplace(*mechanism, settings.credentials, settings.host, settings.effectivePort());
    m_core.sendCommand(m_sasl->initialCommand(), {Expect::Auth});
}

bool Authentication::refuseLocally()
{
    const SessionSettings& settings = m_core.settings();
    if (settings.credentials.isEmpty() || settings.authMethod == AuthMethod::None) {
        refuse(Outcome::Reason::InvalidSettings,
               Note::of(QT_TRANSLATE_NOOP("smtp", "No credentials are configured")),
               Note::of(QT_TRANSLATE_NOOP("smtp", "no user name or secret")));
        return true;
    }
    if (!m_core.connection().isEncrypted() && !settings.allowPlaintextAuth) {
        refuse(Outcome::Reason::PlaintextAuthRefused,
               Note::of(QT_TRANSLATE_NOOP(
                   "smtp", "Refusing to send credentials over an unencrypted connection")),
               Note::of(QT_TRANSLATE_NOOP("smtp", "the connection is not encrypted")));
        return true;
    }
    if (m_core.capabilities().authMechanisms().isEmpty()) {
        refuse(Outcome::Reason::AuthNotOffered,
               Note::of(QT_TRANSLATE_NOOP(
                   "smtp", "Credentials are configured but the server offers no AUTH")),
               Note::of(QT_TRANSLATE_NOOP("smtp", "AUTH is not in the EHLO reply")));
        return true;
    }
    return false;
}

void Authentication::refuse(Outcome::Reason reason, Note message, Note detail)
{
    m_core.connection().record(Direction::Error, std::move(message));
    const Outcome outcome =
        m_core.makeOutcome(Outcome::Category::Auth, reason, nullptr, std::move(detail));
    if (m_core.isConsole())
        m_core.finishOperation(outcome);
    else
        m_core.fail(outcome, SessionCore::Ending::Quit);
}

void Authentication::onReply(const Reply& reply)
{
    if (reply.code() == 334 && m_sasl) {
        const QByteArray challenge = reply.lines().value(0).trimmed();
        m_core.connection().record(Direction::Info,
                                   Note::of(QT_TRANSLATE_NOOP("smtp", "Server challenge: %1"),
                                            SaslAuthenticator::describeChallenge(challenge)));
        const std::optional<Command> response = m_sasl->respond(challenge);
        if (!response) {
            m_core.fail(m_core.makeOutcome(
                            Outcome::Category::Auth, Outcome::Reason::AuthChallengeLimit, &reply,
                            Note::of(QT_TRANSLATE_NOOP("smtp", "gave up after %1 challenges"),
                                     m_sasl->challengesAnswered())),
                        SessionCore::Ending::Abort);
            return;
        }
        m_core.sendCommand(*response, {Expect::Auth});
        return;
    }
    if (reply.code() == 235 && m_sasl) {
        m_core.connection().record(
            Direction::Info,
            Note::of(QT_TRANSLATE_NOOP("smtp", "Authenticated as %1 (%2)"),
                     m_core.settings().credentials.user,
                     QString::fromLatin1(SaslAuthenticator::name(m_sasl->mechanism()))));
        m_sasl.reset();
        if (m_core.isConsole())
            m_core.finishOperation(
                m_core.makeOutcome(Outcome::Category::Delivered, Outcome::Reason::None, &reply));
        else
            m_core.authenticated();
        return;
    }
    onRefused(reply);
}

void Authentication::onRefused(const Reply& reply)
{
    m_sasl.reset();
    const std::optional<Outcome::Category> category =
        reply.isPermanentFailure() ? std::optional(Outcome::Category::Auth) : std::nullopt;
    const Outcome outcome =
        m_core.outcomeForReply(reply, Phase::Auth, Outcome::Reason::ServerReply, category);
    if (m_core.isConsole())
        m_core.finishOperation(outcome);
    else
        m_core.fail(outcome, SessionCore::Ending::Quit);
}

} // namespace smtp
