#include "sessionstate.h"

#include <QMetaEnum>

#include <algorithm>

namespace smtp {

namespace {

using State = SessionState::State;
using Transition = SessionState::Transition;

// Every move the session makes, and what makes it. enter() refuses anything else.
constexpr Transition Table[] = {
    {State::Disconnected, State::Connecting, "open(), send() or openInteractive()"},
    {State::Connecting, State::TlsHandshake, "TCP connected, implicit TLS"},
    {State::Connecting, State::Greeting, "TCP connected"},
    {State::TlsHandshake, State::Greeting, "TLS established"},
    {State::Greeting, State::Ehlo, "220"},
    {State::Greeting, State::Ready, "220 in the console: the person says EHLO"},
    {State::Ehlo, State::Helo, "5xx to EHLO, TLS not required"},
    {State::Ehlo, State::StartTls, "250 offering STARTTLS, TLS wanted"},
    {State::Ehlo, State::Authenticating, "250, credentials configured"},
    {State::Ehlo, State::Ready, "250, nothing more to set up"},
    {State::Helo, State::Authenticating, "250, credentials configured"},
    {State::Helo, State::Ready, "250, nothing more to set up"},
    {State::StartTls, State::StartTlsHandshake, "220"},
    {State::StartTls, State::Authenticating, "4xx or 5xx, opportunistic TLS, credentials"},
    {State::StartTls, State::Ready, "4xx or 5xx, opportunistic TLS or the console"},
    {State::StartTlsHandshake, State::Ehlo, "TLS established: ask again"},
    {State::StartTlsHandshake, State::Ready, "TLS established in the console"},
    {State::Authenticating, State::Ready, "235, or a refusal in the console"},
    {State::Ready, State::Envelope, "send()"},
    {State::Ready, State::StartTls, "STARTTLS from the console"},
    {State::Ready, State::Authenticating, "AUTH from the console"},
    {State::Ready, State::ConsoleCommand, "a console line or DATA"},
    {State::Ready, State::ProbingSender, "testSender()"},
    {State::Envelope, State::SendingBody, "354, or BDAT chunks after the RCPTs"},
    {State::Envelope, State::AwaitingFinalReply, "354 with every recipient refused: an empty body"},
    {State::Envelope, State::Ready, "MAIL, RCPT or DATA refused: the transaction ends"},
    {State::SendingBody, State::AwaitingFinalReply, "the message's last byte is written"},
    {State::SendingBody, State::Ready, "a BDAT chunk refused: the transaction ends"},
    {State::AwaitingFinalReply, State::Ready, "the reply to \".\" or BDAT LAST"},
    {State::ConsoleCommand, State::SendingBody, "354 to the console's DATA"},
    {State::ConsoleCommand, State::Ready, "the reply to a console line"},
    {State::ProbingSender, State::Ready, "the reply to the probe's RSET"},
    {SessionState::Any, State::Quitting, "quit(), or a failure that ends the session politely"},
    {SessionState::Any, State::Disconnected, "the connection is closed"},
};

} // namespace

std::span<const Transition> SessionState::transitions()
{
    return Table;
}

bool SessionState::allows(State from, State to)
{
    if (from == to)
        return true;
    return std::any_of(std::begin(Table), std::end(Table), [from, to](const Transition& t) {
        return (t.from == from || t.from == Any) && t.to == to;
    });
}

QString SessionState::name(State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(state)));
}

Phase SessionState::phaseOf(State state)
{
    switch (state) {
    case State::Disconnected:
        return Phase::Setup;
    case State::Connecting:
        return Phase::Connect;
    case State::TlsHandshake:
        return Phase::TlsHandshake;
    case State::Greeting:
        return Phase::Greeting;
    case State::Ehlo:
    case State::Helo:
        return Phase::Ehlo;
    case State::StartTls:
    case State::StartTlsHandshake:
        return Phase::StartTls;
    case State::Authenticating:
        return Phase::Auth;
    case State::Ready:
    case State::Envelope:
    case State::ProbingSender:
        return Phase::MailFrom;
    case State::SendingBody:
        return Phase::Body;
    case State::AwaitingFinalReply:
        return Phase::DataEnd;
    case State::ConsoleCommand:
        return Phase::Console;
    case State::Quitting:
        return Phase::Quit;
    }
    return Phase::Setup;
}

bool SessionState::enter(State next)
{
    if (!allows(m_current, next))
        return false;
    m_current = next;
    return true;
}

Phase phaseOf(Expect expect)
{
    switch (expect) {
    case Expect::Greeting:
        return Phase::Greeting;
    case Expect::Ehlo:
    case Expect::Helo:
        return Phase::Ehlo;
    case Expect::StartTls:
        return Phase::StartTls;
    case Expect::Auth:
        return Phase::Auth;
    case Expect::Rset:
    case Expect::Mail:
    case Expect::ProbeMail:
    case Expect::ProbeRset:
        return Phase::MailFrom;
    case Expect::Console:
        return Phase::Console;
    case Expect::Rcpt:
        return Phase::RcptTo;
    case Expect::Data:
        return Phase::Data;
    case Expect::Bdat:
        return Phase::Body;
    case Expect::DataEnd:
        return Phase::DataEnd;
    case Expect::Quit:
        return Phase::Quit;
    }
    return Phase::Setup;
}

} // namespace smtp
