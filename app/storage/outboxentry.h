#pragma once

#include "draft.h"
#include "envelope.h"
#include "outcome.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <chrono>
#include <optional>

namespace hongyan {

// The sidecar of one message in the outbox: who sends it to whom, where it stands and the
// last error, so the outbox can say what happened without the transcript. The message
// itself is the .eml file next to it.
struct OutboxEntry
{
    enum class Status {
        Queued,   // waiting to be sent, or being sent (attempts says whether it was tried)
        Failed,   // refused for good, or stopped by an error the user has to fix
        Deferred, // refused for now (4xx, timeout): try again later
        Unknown,  // the connection ended after the message was sent, before the answer:
                  // the server may have accepted it
    };

    QString id;
    QString accountId;
    smtp::Envelope envelope;
    QString subject; // for the outbox list
    QString to;      // the To field as the user wrote it, for the outbox list
    qint64 size = 0;
    Status status = Status::Queued;
    int attempts = 0;
    QDateTime created;
    QDateTime lastAttempt;
    // Deferred messages are tried again automatically: when (invalid: not scheduled), and
    // how many temporary failures in a row led there (which step of the schedule is next).
    QDateTime nextAttempt;
    int deferrals = 0;
    // The last failed attempt, when there was one.
    std::optional<smtp::Outcome> lastError;
    QString lastErrorHost; // the server that answered, for explanations
    // What the compose window held, for "Edit"; absent for messages opened from .eml files.
    std::optional<Draft> draft;

    QJsonObject toJson() const;
    static OutboxEntry fromJson(const QJsonObject& object);
    static QString statusName(Status status);
    // The status a failed attempt leaves the message in.
    static Status statusAfter(const smtp::Outcome& outcome);
    // The wait before automatic attempt number `deferrals` + 1: 5, 15, 30, then every 60
    // minutes, like a mail server's queue (greylisting servers accept after a few minutes).
    static std::chrono::minutes retryDelay(int deferrals);
    // How long a deferred message is tried again automatically, counted from its creation
    // (RFC 5321 §4.5.4.1 suggests at least 4-5 days). After that it waits for the user.
    static constexpr std::chrono::hours RetryPeriod{24 * 5};
    // Records one more temporary failure at `now` and schedules the next automatic attempt
    // (none once RetryPeriod has passed since creation).
    void defer(const QDateTime& now);
};

} // namespace hongyan
