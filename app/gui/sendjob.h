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
// when that is kept), refused recipients and failures stay with their error. Used by the
// compose window and the outbox's Retry alike.
class SendJob : public QObject
{
    Q_OBJECT

public:
    SendJob(const Account& account, const OutboxEntry& entry, Outbox* outbox,
            SentFolder* sentFolder, SecretStore* secrets, QObject* parent = nullptr);
    ~SendJob() override;

    void start();
    // After passwordNeeded(): the password the user typed, for this attempt only.
    void providePassword(const QString& password);
    // Stops at once; finished() reports Cancelled (or Unknown when the message was already
    // complete on the wire).
    void cancel();

    QString entryId() const { return m_entry.id; }
    // The server that answered last (for explanations); for direct delivery the MX host.
    QString host() const { return m_host; }
    bool isDirectDelivery() const { return m_account.kind == Account::Kind::DirectDelivery; }
    const Account& account() const { return m_account; }

signals:
    void passwordNeeded(hongyan::SecretStore::Result::Status status, const QString& keychainError);
    void stateChanged(smtp::SmtpSession::State state);
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

    Account m_account;
    OutboxEntry m_entry;
    QPointer<Outbox> m_outbox;
    SentFolder* m_sentFolder;
    QPointer<SecretStore> m_secrets;
    QPointer<smtp::SmtpSession> m_session;
    QPointer<smtp::DirectDelivery> m_direct;
    QString m_host;
    QFile m_message;
    bool m_running = false;
    bool m_waitingForPassword = false;
};

} // namespace hongyan
