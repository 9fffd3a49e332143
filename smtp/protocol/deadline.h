#pragma once

#include "note.h"
#include "outcome.h"
#include "sessionsettings.h"
#include "sessionstate.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

namespace smtp {

// The session's one deadline: which of the settings' limits applies to what the session
// waits for, and, when it passes, what that was. RFC 5321 §4.5.3.2 gives the server-side
// minimums the defaults follow.
class Deadline : public QObject
{
    Q_OBJECT

public:
    enum class Wait { Connection, TlsHandshake, Reply, UploadProgress, ImplicitTlsSilence };

    explicit Deadline(QObject* parent = nullptr);

    void setTimeouts(const Timeouts& timeouts) { m_timeouts = timeouts; }
    void startConnection();
    void startTlsHandshake();
    // The reply to a command of kind `expect` (the greeting, DATA, the final dot, QUIT…).
    void startReply(Expect expect);
    // The greeting on the implicit-TLS port without TLS: implicitTlsSilence, when shorter.
    void startGreetingOnImplicitTlsPort();
    // Bytes of the message must leave within dataBlock of the previous ones.
    void startUploadProgress();
    void stop();

    // What the deadline's passing means for the operation: its category and reason, the
    // outcome's detail ("no reply within 5 s") and the transcript's line about it.
    struct Expiry
    {
        Outcome::Category category = Outcome::Category::Temporary;
        Outcome::Reason reason = Outcome::Reason::Timeout;
        Note detail;
        Note transcript;
    };
    // `finalSent`: the message's final dot went out, so it may have been accepted.
    // `triedAddresses`: every address a connection was tried to.
    Expiry expiry(bool finalSent, const QString& triedAddresses) const;

signals:
    void expired();

private:
    void start(Wait wait, std::chrono::milliseconds limit);
    // "5", "0.3": the limit now running, in seconds.
    QString limitSeconds() const;
    // "no reply within 5 s", "the upload made no progress within 180 s", …
    Note describe() const;

    Timeouts m_timeouts;
    Wait m_wait = Wait::Reply;
    QTimer m_timer;
};

} // namespace smtp
