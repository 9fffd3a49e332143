#pragma once

#include "account.h"
#include "directdelivery.h"
#include "outboxentry.h"
#include "secretstore.h"
#include "smtpsession.h"

#include <QFile>
#include <QObject>
#include <QPointer>

namespace hongyan {

class Outbox;
class SentFolder;

// One attempt to deliver one outbox message: reads the account's secret (or has the user
// asked for it), sends the outbox's .eml file through an SmtpSession on the event loop
// (or, for a direct-delivery account, to each recipient domain's MX hosts),
// and records the result in the outbox: accepted messages leave it (for the Sent folder
// when that is kept), refused recipients and failures stay with their error, and those
// refused only for now (4xx, greylisting, servers out of reach) are deferred with the time
// of their next automatic attempt. Used by the compose window, the outbox's Retry and its
// retry schedule alike.
class SendJob : public QObject
{
    Q_OBJECT

public:
    SendJob(const Account& account, const OutboxEntry& entry, Outbox* outbox,
            SentFolder* sentFolder, SecretStore* secrets, QObject* parent = nullptr);
    ~SendJob() override;

    void start();
    // An automatic retry from the outbox's schedule never asks for a password: without one
    // in the keychain it stops (Cancelled) and leaves the message waiting for the user's
    // Retry, with no further automatic attempt. Before start().
    void setAutomatic(bool automatic) { m_automatic = automatic; }
    // An automatic attempt stopped because it would have had to ask for the password.
    bool stoppedForPassword() const { return m_stoppedForPassword; }
    // After passwordNeeded(): the password the user typed, for this attempt only.
    void providePassword(const QString& password);
    // Stops at once; finished() reports Cancelled (or Unknown when the message was already
    // complete on the wire).
    void cancel();
    // After finished(), instead of deleting the job: it deletes itself once the connection
    // it used has said goodbye, so the transcript shows the end of the exchange too.
    void release();

    QString entryId() const { return m_entry.id; }
    // The server that answered last (for explanations); for direct delivery the MX host.
    QString host() const { return m_host; }
    bool isDirectDelivery() const { return m_account.kind == Account::Kind::DirectDelivery; }
    const Account& account() const { return m_account; }
    // Direct delivery: what happened for each recipient domain, once finished.
    const QList<smtp::DirectDelivery::DomainResult>& domainResults() const { return m_domains; }

signals:
    void passwordNeeded(hongyan::SecretStore::Result::Status status, const QString& keychainError);
    void phaseChanged(smtp::Phase phase);
    void progress(qint64 sent, qint64 total);
    void transcript(const smtp::TranscriptRecord& record);
    void sizeLimitLearned(qint64 limit);
    // The outbox is already updated when this is emitted.
    void finished(const smtp::Outcome& outcome);

private:
    void onSecret(const SecretStore::Result& result);
    void connectAndSend(const QString& secret);
    void deliverDirectly();
    void onFinished(const smtp::Outcome& outcome);
    void recordInOutbox(const smtp::Outcome& outcome);
    void finish(const smtp::Outcome& outcome);
    // The recipients a partial send leaves in the outbox, and whether every one of them was
    // refused only for now (4xx, or a domain whose servers could not be reached).
    QStringList remainingRecipients(const smtp::Outcome& outcome, bool* onlyForNow) const;
    const smtp::DirectDelivery::DomainResult* domainOf(const QString& recipient) const;

    Account m_account;
    OutboxEntry m_entry;
    QPointer<Outbox> m_outbox;
    SentFolder* m_sentFolder;
    QPointer<SecretStore> m_secrets;
    QPointer<smtp::SmtpSession> m_session;
    QPointer<smtp::SmtpSession> m_sayingGoodbye;
    QPointer<smtp::DirectDelivery> m_direct;
    QString m_host;
    QList<smtp::DirectDelivery::DomainResult> m_domains;
    QFile m_message;
    bool m_running = false;
    bool m_waitingForPassword = false;
    bool m_automatic = false;
    bool m_stoppedForPassword = false;
};

} // namespace hongyan
