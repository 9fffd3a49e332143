#pragma once

#include "outcome.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace hongyan {

class AccountStore;
class FailureDialog;
struct Account;
class OutboxDelivery;
class SendProgressWidget;
class TranscriptPane;

// The visible side of an OutboxDelivery: stage and bytes in a SendProgressWidget, the live
// transcript in a TranscriptPane, its Cancel button, and the password prompt when the keychain has
// no password (a window-modal dialog opened without a nested event loop). Also makes the failure
// dialog for an outcome. One monitor per job; it goes with the job.
class SendMonitor : public QObject
{
    Q_OBJECT

public:
    SendMonitor(OutboxDelivery* job, SendProgressWidget* progress, TranscriptPane* transcript,
                QWidget* window);

    // A non-modal dialog explaining a failed or partial send; `whereNow` says what became of
    // the message. When the server's certificate was refused and `account` (a submission
    // account) is given, the dialog shows the certificate and can pin it in `accounts`, as
    // the diagnosis can. The dialog deletes itself when closed.
    static FailureDialog* showFailure(QWidget* parent, const smtp::Outcome& outcome,
                                      const QString& host, const QString& whereNow,
                                      const Account* account = nullptr,
                                      AccountStore* accounts = nullptr);

private:
    void askPassword(int status, const QString& keychainError);
    static void showCertificate(QWidget* parent, const smtp::Outcome& outcome, const QString& host,
                                quint16 port, const QString& accountId,
                                const QPointer<AccountStore>& accounts);

    QPointer<OutboxDelivery> m_job;
    QPointer<SendProgressWidget> m_progress;
    QPointer<QWidget> m_window;
};

} // namespace hongyan
