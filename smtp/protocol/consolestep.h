#pragma once

#include "reply.h"
#include "sessioncore.h"

namespace smtp {

// One line typed by a person in the console, sent as it is; its reply is the step's
// result. An EHLO or HELO answer becomes the session's capabilities.
class ConsoleStep
{
public:
    explicit ConsoleStep(SessionCore& core);

    // Why `line` cannot be sent as it is, or nothing: a line break or NUL would smuggle a
    // second command, and AUTH, STARTTLS, DATA, BDAT and QUIT must go through the engine's
    // own steps (so secrets stay redacted and TLS rules apply).
    static Note refusalFor(const QByteArray& line);
    void send(const QByteArray& line);
    void onReply(const Reply& reply);

private:
    SessionCore& m_core;
    QByteArray m_verb; // upper-case verb of the line awaiting its reply
};

} // namespace smtp
