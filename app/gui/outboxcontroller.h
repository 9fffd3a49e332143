#pragma once

#include "outboxentry.h"
#include "outboxwindow.h"
#include "outcome.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace hongyan {

class AppController;
class OutboxModel;
class OutboxDelivery;
struct Account;

// The outbox window: lists what has not been sent, explains the selected message's last
// error, and retries one message or sends them all (one connection per account, with
// progress and transcript in the window), edits (in a compose window) or deletes messages.
// It also keeps the retry schedule: messages refused for now (greylisting, servers out of
// reach) are tried again on their own when their next attempt comes (OutboxEntry::defer),
// quietly, without asking for passwords; those of one account that are due together go
// over one connection.
class OutboxController : public QObject
{
    Q_OBJECT

public:
    explicit OutboxController(AppController* app, QObject* parent = nullptr);
    ~OutboxController() override;

    void show();
    OutboxWindow* window() const { return m_window; }
    OutboxModel* model() const { return m_model; }
    bool isWindowVisible() const;
    bool isRetrying() const { return !m_delivery.isNull(); }

    // Retry pressed by the user: progress in the window, a failure dialog when it fails.
    void retry(const QString& id);
    // Send All pressed: every waiting message, one connection per account.
    void sendAll();
    void edit(const QString& id);
    void remove(const QString& id);
    // Stops a retry without touching the outbox (the application is quitting).
    void stopForQuit();
    // Starts the next automatic attempt that is due, if any and nothing else is being
    // retried; the schedule's timer calls it, and it re-arms the timer.
    void retryDue();
    // When the schedule's timer fires next; invalid when no automatic attempt is pending.
    QDateTime nextScheduledRetry();

signals:
    void windowClosed();

private:
    void ensureWindow();
    void updateDetails(const QString& id);
    // The transcript pane shows the selected message's last failed attempt, except while a
    // delivery writes its exchange there.
    void showLastTranscript(const QString& id);
    void startDelivery(const Account& account, const QList<OutboxEntry>& entries, bool automatic);
    void startQueued();
    void onEntryFinished(const QString& id, const smtp::Outcome& outcome);
    // `after`: the entry as the delivery left it in the outbox.
    void showFailure(const QString& id, const std::optional<OutboxEntry>& after,
                     const smtp::Outcome& outcome, const QString& host);
    void onDeliveryFinished();
    void reportAutomaticResult(const smtp::Outcome& outcome, const QString& subject,
                               const QString& host);
    // Arms the timer for the earliest next attempt of a deferred message.
    void scheduleRetries();

    AppController* m_app;
    OutboxModel* m_model;
    QPointer<OutboxWindow> m_window;
    QPointer<OutboxDelivery> m_delivery;
    QString m_transcriptEntry; // whose exchange the transcript pane shows
    bool m_automatic = false;  // the running delivery is an automatic retry
    // Send All: the messages of each account still to go, one delivery after the other.
    QList<QStringList> m_queuedIds;
    QTimer m_retryTimer;
    QTimer m_rescheduleTimer; // gathers the changes that may move the schedule
    QDateTime m_nextRetry;
    QTimer m_detailsClock;   // keeps "in 5 minutes" in the details current
    QTimer m_detailsRefresh; // gathers status changes for the details
    // The next-attempt time each automatic retry was started for: an entry whose schedule
    // did not move afterwards (its sidecar could not be written) is not tried in a loop.
    QHash<QString, QDateTime> m_startedFor;
};

} // namespace hongyan
