#include "consolestep.h"

namespace smtp {

namespace {
using State = SessionState::State;
} // namespace

ConsoleStep::ConsoleStep(SessionCore& core)
    : m_core(core)
{}

Note ConsoleStep::refusalFor(const QByteArray& line)
{
    if (containsLineBreakOrNul(line))
        return Note::of(QT_TRANSLATE_NOOP("smtp", "the line contains CR, LF or NUL"));
    const QByteArray verb = line.trimmed().split(' ').value(0).toUpper();
    if (verb == "AUTH" || verb == "STARTTLS" || verb == "DATA" || verb == "BDAT" || verb == "QUIT")
        return Note::of(QT_TRANSLATE_NOOP(
                            "smtp", "%1 goes through the console's own command, not as a raw line"),
                        QString::fromLatin1(verb));
    return {};
}

void ConsoleStep::send(const QByteArray& line)
{
    m_verb = line.trimmed().split(' ').value(0).toUpper();
    m_core.enter(State::ConsoleCommand);
    m_core.sendCommand(Command::raw(line), {Expect::Console});
}

void ConsoleStep::onReply(const Reply& reply)
{
    if (reply.isPositiveCompletion() && (m_verb == "EHLO" || m_verb == "HELO"))
        m_core.setCapabilities(m_verb == "EHLO" ? Capabilities::fromEhloReply(reply)
                                                : Capabilities());
    m_verb.clear();
    const bool positive = reply.isPositiveCompletion() || reply.isPositiveIntermediate();
    m_core.finishOperation(
        positive ? m_core.makeOutcome(Outcome::Category::Delivered, Outcome::Reason::None, &reply)
                 : m_core.outcomeForReply(reply, Phase::Console));
}

} // namespace smtp
