#pragma once

#include "account.h"
#include "directdelivery.h"
#include "outboxentry.h"
#include "phase.h"
#include "secretstore.h"
#include "transcriptrecord.h"

#include <QFile>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

namespace hongyan {

class Outbox;
class SendJob;
class SentFolder;

// One attempt to deliver outbox messages of one account: reads the account's secret (or has
// the user asked for it), sends the messages' .eml files through one SendJob — one
// connection for all of them — and records each result in the outbox: accepted messages
// leave it (for the Sent folder when that is kept), refused recipients and failures stay
// with their error, and those refused only for now (4xx, greylisting, servers out of reach)
// are deferred with the time of their next automatic attempt. Used by the compose window,
// the outbox's Retry and Send All, and its retry schedule alike.
class OutboxDelivery : public QObject
{
    Q_OBJECT

public:
    OutboxDelivery(const Account& account, const QList<OutboxEntry>& entries, Outbox* outbox,
                   SentFolder* sentFolder, SecretStore* secrets, QObject* parent = nullptr);
    ~OutboxDelivery() override;

    // The transcript's first line for sending `subject` through `account`, or for retrying
    // it automatically.
    static smtp::Note startNote(const Account& account, const QString& subject,
                                bool automatic = false);

    void start();
    // An automatic retry from the outbox's schedule never asks for a password: without one
    // in the keychain it stops (Cancelled) and leaves the messages waiting for the user's
    // Retry, with no further automatic attempt. Before start().
    void setAutomatic(bool automatic) { m_automatic = automatic; }
    // An automatic attempt stopped because it would have had to ask for the password.
    bool stoppedForPassword() const { return m_stoppedForPassword; }
    // After passwordNeeded(): the password the user typed, for this attempt only.
    void providePassword(const QString& password);
    // Stops at once; each message not yet accepted ends Cancelled (or Unknown when it was
    // already complete on the wire).
    void cancel();
    // After finished(), instead of deleting it: it deletes itself once the connection it
    // used has said goodbye, so the transcript shows the end of the exchange too.
    void release();

    QStringList entryIds() const;
    // The messages going over the connection: those whose file could be opened, known once
    // the first of them starts (entryStarted()).
    qsizetype queuedMessageCount() const { return m_queued.size(); }
    // The server that answered last (for explanations); for direct delivery the MX host.
    QString host() const;
    bool isDirectDelivery() const { return m_account.kind == Account::Kind::DirectDelivery; }
    const Account& account() const { return m_account; }
    // Direct delivery: what happened for each recipient domain of that message, once it
    // finished.
    QList<smtp::DirectDelivery::DomainResult> domainResults(const QString& entryId) const
    {
        return m_domains.value(entryId);
    }

signals:
    void passwordNeeded(hongyan::SecretStore::Result::Status status, const QString& keychainError);
    void entryStarted(const QString& entryId);
    void phaseChanged(smtp::Phase phase);
    void progress(qint64 sent, qint64 total);
    void transcript(const smtp::TranscriptRecord& record);
    // A span of the exchange's time ended (smtp::SmtpSession::timed), live.
    void timed(const smtp::PhaseTiming& timing);
    void sizeLimitLearned(qint64 limit);
    // The outbox is already updated when this is emitted.
    void entryFinished(const QString& entryId, const smtp::Outcome& outcome);
    // Every message has its outcome.
    void finished();

private:
    struct Attempt
    {
        OutboxEntry entry;
        std::unique_ptr<QFile> message;
        bool finished = false;
        // Where its own part of the connection's transcript begins.
        qsizetype transcriptStart = -1;
    };

    void onSecret(const SecretStore::Result& result);
    void connectAndSend(const QString& secret);
    void onEntryStarted(qsizetype index);
    void onEntryFinished(Attempt& attempt, const smtp::Outcome& outcome);
    // Ends every message still without an outcome with this one (nothing was sent).
    void finishUnsent(const smtp::Outcome& outcome);
    void recordInOutbox(Attempt& attempt, const smtp::Outcome& outcome);
    // What a failed message keeps of the exchange: how the connection began, and its own
    // transaction.
    QList<smtp::TranscriptRecord> transcriptOf(const Attempt& attempt) const;
    // The recipients a partial send leaves in the outbox, and whether every one of them was
    // refused only for now (4xx, or a domain whose servers could not be reached).
    QStringList remainingRecipients(const Attempt& attempt, const smtp::Outcome& outcome,
                                    bool* onlyForNow) const;

    Account m_account;
    std::vector<Attempt> m_attempts;
    // Index into m_attempts of each message of the job, in the job's order.
    QList<qsizetype> m_queued;
    QPointer<Outbox> m_outbox;
    SentFolder* m_sentFolder;
    QPointer<SecretStore> m_secrets;
    QPointer<SendJob> m_job;
    QString m_host;
    QHash<QString, QList<smtp::DirectDelivery::DomainResult>> m_domains;
    QList<smtp::TranscriptRecord> m_transcript;
    // The records before the first message started: connection, TLS, EHLO, AUTH.
    qsizetype m_connectionRecords = -1;
    qsizetype m_unfinished = 0;
    bool m_running = false;
    bool m_waitingForPassword = false;
    bool m_automatic = false;
    bool m_stoppedForPassword = false;
};

} // namespace hongyan
