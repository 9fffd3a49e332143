#pragma once

#include "phase.h"

#include <QObject>
#include <QString>

#include <span>

namespace smtp {

// The session's private states and the one table of the moves between them. Nothing
// outside the engine sees these: the public vocabulary is Phase.
class SessionState
{
    Q_GADGET

public:
    enum class State {
        Disconnected,
        Connecting,
        TlsHandshake, // implicit TLS, before the greeting
        Greeting,
        Ehlo,
        Helo,
        StartTls,
        StartTlsHandshake,
        Authenticating,
        Ready,    // established; waiting for send(), a console step, testSender() or quit()
        Envelope, // MAIL FROM / RCPT TO (and DATA or the first BDAT when pipelined)
        SendingBody,
        AwaitingFinalReply,
        ConsoleCommand, // a console line, waiting for its reply
        ProbingSender,  // testSender(): MAIL FROM then RSET
        Quitting,
    };
    Q_ENUM(State)

    // One legal move. `Any` as `from` means every state but `to` itself.
    struct Transition
    {
        State from;
        State to;
        const char* trigger; // what moves it: a reply code, an event, a call
    };
    static constexpr State Any = State(-1);

    static std::span<const Transition> transitions();
    static bool allows(State from, State to);
    static QString name(State state);
    // The phase a state belongs to when no command is waiting for its reply.
    static Phase phaseOf(State state);

    State current() const { return m_current; }
    // Moves to `next` when the table allows it; false (and no move) otherwise.
    [[nodiscard]] bool enter(State next);

private:
    State m_current = State::Disconnected;
};

// What the next reply in the queue answers. Replies are matched strictly in order.
enum class Expect {
    Greeting,
    Ehlo,
    Helo,
    StartTls,
    Auth,
    Mail,
    Rcpt,
    Data,
    Bdat,
    DataEnd,
    Rset,
    ProbeMail,
    ProbeRset,
    Console,
    Quit
};
Phase phaseOf(Expect expect);

// A command on the wire whose reply has not come yet.
struct Pending
{
    Expect expect;
    int recipient = -1;   // for Rcpt
    bool last = false;    // for Bdat: the LAST chunk
    QString command = {}; // as the transcript shows it (secrets redacted), for outcomes
};

} // namespace smtp
