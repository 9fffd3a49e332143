#pragma once

#include "outboxwindow.h"
#include "outcome.h"

#include <QObject>
#include <QPointer>

namespace hongyan {

class AppController;
class OutboxModel;
class SendJob;

// The outbox window: lists what has not been sent, explains the selected message's last
// error, and retries (one at a time, with progress and transcript in the window), edits
// (in a compose window) or deletes messages.
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
    bool isRetrying() const { return !m_job.isNull(); }

    void retry(const QString& id);
    void edit(const QString& id);
    void remove(const QString& id);
    // Stops a retry without touching the outbox (the application is quitting).
    void stopForQuit();

signals:
    void windowClosed();

private:
    void updateDetails(const QString& id);
    void onRetryFinished(const smtp::Outcome& outcome);

    AppController* m_app;
    OutboxModel* m_model;
    QPointer<OutboxWindow> m_window;
    QPointer<SendJob> m_job;
};

} // namespace hongyan
