#include "sendmonitor.h"

#include "accountstore.h"
#include "certificatedialog.h"
#include "failuredialog.h"
#include "outboxdelivery.h"
#include "outcomeexplainer.h"
#include "passworddialog.h"
#include "sendprogresswidget.h"
#include "transcriptpane.h"

#include <memory>

namespace hongyan {

SendMonitor::SendMonitor(OutboxDelivery* job, SendProgressWidget* progress,
                         TranscriptPane* transcript, QWidget* window)
    : QObject(job)
    , m_job(job)
    , m_progress(progress)
    , m_window(window)
{
    progress->showPreparing();
    progress->setCancelEnabled(true);
    connect(job, &OutboxDelivery::transcript, transcript, &TranscriptPane::append);
    transcript->clearTiming();
    connect(job, &OutboxDelivery::timed, transcript, &TranscriptPane::addTiming);
    // One message: its phases and bytes. Several: the connection's phases until the first
    // message starts, then which message of how many (those that could be read and go).
    struct Batch
    {
        qsizetype started = 0;
        qsizetype count = 0; // known when the first message starts
        bool isBatch() const { return count > 1; }
    };
    auto batch = std::make_shared<Batch>();
    connect(job, &OutboxDelivery::phaseChanged, progress,
            [progress, job, batch](smtp::Phase phase) {
                if (!batch->isBatch())
                    progress->showPhase(phase, job->host());
            });
    connect(job, &OutboxDelivery::progress, progress, [progress, batch](qint64 sent, qint64 total) {
        if (!batch->isBatch())
            progress->showBodyProgress(sent, total);
    });
    connect(job, &OutboxDelivery::entryStarted, progress, [progress, job, batch] {
        ++batch->started;
        batch->count = job->queuedMessageCount();
        if (batch->isBatch())
            progress->showMessageOfBatch(batch->started, batch->count);
    });
    connect(job, &OutboxDelivery::passwordNeeded, this,
            [this](SecretStore::Result::Status status, const QString& error) {
                askPassword(int(status), error);
            });
    connect(progress, &SendProgressWidget::cancelRequested, job, [progress, job] {
        progress->showCancelling();
        job->cancel();
    });
}

void SendMonitor::askPassword(int status, const QString& keychainError)
{
    if (!m_job)
        return;
    PasswordDialog::Reason reason = PasswordDialog::Reason::KeychainFailed;
    if (status == int(SecretStore::Result::Status::NotFound))
        reason = PasswordDialog::Reason::NotStored;
    else if (status == int(SecretStore::Result::Status::Unavailable))
        reason = PasswordDialog::Reason::KeychainUnavailable;
    auto* dialog = new PasswordDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Account& account = m_job->account();
    dialog->setRequest(reason, keychainError,
                       account.name.isEmpty() ? account.address : account.name, account.host,
                       account.user);
    QPointer<OutboxDelivery> job = m_job;
    connect(dialog, &QDialog::accepted, this, [job, dialog] {
        if (job)
            job->providePassword(dialog->password());
    });
    connect(dialog, &QDialog::rejected, this, [job] {
        if (job)
            job->cancel();
    });
    // The job may end without the dialog (cancelled from elsewhere): the dialog goes too.
    connect(m_job, &OutboxDelivery::finished, dialog, &QDialog::reject);
    dialog->open();
}

FailureDialog* SendMonitor::showFailure(QWidget* parent, const smtp::Outcome& outcome,
                                        const QString& host, const QString& whereNow,
                                        const Account* account, AccountStore* accounts)
{
    auto* dialog = new FailureDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOutcome(outcome, OutcomeExplainer::explain(outcome, host),
                       OutcomeExplainer::phaseText(outcome.phase), host, whereNow);
    using Reason = smtp::Outcome::Reason;
    const bool certificateRefused = (outcome.reason == Reason::CertificateUntrusted ||
                                     outcome.reason == Reason::CertificatePinMismatch) &&
                                    !outcome.tls.peerChain.isEmpty();
    // A pin trusts one certificate of an account's own server; the mail servers of
    // recipient domains are many and change (as in the diagnosis).
    if (certificateRefused && account && accounts && account->kind == Account::Kind::Submission) {
        dialog->setCertificateButtonVisible(true);
        const quint16 port = account->sessionSettings(QString()).effectivePort();
        QObject::connect(dialog, &FailureDialog::certificateRequested, dialog,
                         [dialog, outcome, host, port, accountId = account->id,
                          store = QPointer<AccountStore>(accounts)] {
                             showCertificate(dialog, outcome, host, port, accountId, store);
                         });
    }
    dialog->show();
    return dialog;
}

void SendMonitor::showCertificate(QWidget* parent, const smtp::Outcome& outcome,
                                  const QString& host, quint16 port, const QString& accountId,
                                  const QPointer<AccountStore>& accounts)
{
    auto* dialog = new CertificateDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Explanation explanation = OutcomeExplainer::explain(outcome, host);
    dialog->setCertificate(host, port, outcome.tls, explanation.headline, explanation.details);
    QObject::connect(dialog, &CertificateDialog::trustRequested, dialog,
                     [dialog, accounts, accountId](const QByteArray& sha256) {
                         std::optional<Account> account =
                             accounts ? accounts->account(accountId) : std::nullopt;
                         if (!account)
                             return;
                         account->pinnedSha256 = sha256;
                         accounts->save(*account);
                         dialog->setPinned(true);
                     });
    dialog->show();
}

} // namespace hongyan
