#pragma once

#include "capabilities.h"
#include "command.h"
#include "connection.h"
#include "deadline.h"
#include "outcome.h"
#include "sessionsettings.h"
#include "sessionstate.h"

#include <optional>

namespace smtp {

// What a conversation (handshake, authentication, transaction, console, sender probe)
// may ask of the session it runs in. The session implements it; the conversations never
// see each other, the socket or the signals.
class SessionCore
{
public:
    // How a failing session leaves the server: at once (hostile or broken peers), after a
    // QUIT (a healthy connection we cannot use), or after QUIT was already answered.
    enum class Ending { Abort, Quit, Graceful };

    virtual const SessionSettings& settings() const = 0;
    virtual Connection& connection() = 0;
    // The person drives the session one command at a time (the console).
    virtual bool isConsole() const = 0;
    virtual SessionState::State state() const = 0;
    virtual void enter(SessionState::State next) = 0;

    virtual const Capabilities& capabilities() const = 0;
    // Learnt from an EHLO (or HELO) answer, and announced.
    virtual void setCapabilities(const Capabilities& capabilities) = 0;
    // What the server said before TLS may have been forged (RFC 3207 §4.2): forgotten,
    // silently, until the next EHLO answers.
    virtual void forgetCapabilities() = 0;

    // Writes a command and queues what its reply answers; a command that could smuggle a
    // second one onto the wire ends the session instead.
    virtual void sendCommand(const Command& command, Pending pending) = 0;
    // A reply that comes without a command of ours (the greeting, after BDAT or ".").
    virtual void awaitReply(Pending pending) = 0;
    virtual bool awaitsReplies() const = 0;
    virtual Deadline& deadline() = 0;
    // The command whose reply is being handled, as the transcript shows it.
    virtual QString answeredCommand() const = 0;

    virtual Outcome makeOutcome(Outcome::Category category, Outcome::Reason reason,
                                const Reply* reply = nullptr, Note detail = {}) const = 0;
    // 4xx → Temporary, 5xx → Rejected, anything else → Protocol, unless `category` says.
    virtual Outcome outcomeForReply(const Reply& reply, Phase phase,
                                    Outcome::Reason reason = Outcome::Reason::ServerReply,
                                    std::optional<Outcome::Category> category = {}) const = 0;

    // Steps of the session, in order: each conversation hands over to the next.
    virtual void handshakeDone() = 0;
    virtual void authenticated() = 0;
    // The operation under way has its one outcome; the session stays open and Ready.
    virtual void finishOperation(const Outcome& outcome) = 0;
    // The operation under way fails and the session ends as `ending` says.
    virtual void fail(const Outcome& outcome, Ending ending) = 0;
    virtual void reportProgress(qint64 bytesSent, qint64 bytesTotal) = 0;

protected:
    ~SessionCore() = default;
};

} // namespace smtp
