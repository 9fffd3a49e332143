#include "senderprobe.h"

namespace smtp {

namespace {
using State = SessionState::State;
} // namespace

SenderProbe::SenderProbe(SessionCore& core)
    : m_core(core)
{}

void SenderProbe::start(const QByteArray& wireAddress, const QByteArray& parameters)
{
    m_verdict.reset();
    m_core.enter(State::ProbingSender);
    m_core.sendCommand(Command::mailFrom(wireAddress, parameters), {Expect::ProbeMail});
}

void SenderProbe::onReply(Expect expect, const Reply& reply)
{
    if (expect == Expect::ProbeMail) {
        if (reply.isPositiveCompletion()) {
            // Accepted as a sender, and nothing was sent.
            m_verdict =
                m_core.makeOutcome(Outcome::Category::Passed, Outcome::Reason::None, &reply);
            m_verdict->phase = Phase::MailFrom;
        } else {
            m_verdict = m_core.outcomeForReply(reply, Phase::MailFrom);
        }
        // Whatever the answer, leave the server without an open transaction.
        m_core.sendCommand(Command::rset(), {Expect::ProbeRset});
        return;
    }
    if (!reply.isPositiveCompletion()) {
        m_core.fail(m_core.outcomeForReply(reply, Phase::MailFrom), SessionCore::Ending::Quit);
        return;
    }
    m_core.finishOperation(*std::exchange(m_verdict, std::nullopt));
}

} // namespace smtp
