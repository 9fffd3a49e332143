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
    static QString refusalFor(const QByteArray& line);
    void send(const QByteArray& line);
    void onReply(const Reply& reply);

private:
    SessionCore& m_core;
    QByteArray m_verb; // upper-case verb of the line awaiting its reply
};

// testSender(): MAIL FROM:<address> then RSET, so the server says whether it would take
// mail from that sender without anything being sent.
class SenderProbe
{
public:
    explicit SenderProbe(SessionCore& core);

    void start(const QByteArray& wireAddress, const QByteArray& parameters);
    void onReply(Expect expect, const Reply& reply);

private:
    SessionCore& m_core;
    std::optional<Outcome> m_verdict; // the answer to MAIL, reported after the RSET
};

} // namespace smtp
