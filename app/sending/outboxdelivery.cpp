#include "outboxdelivery.h"

#include "messagefilewriter.h"
#include "outbox.h"
#include "sendjob.h"
#include "sentfolder.h"

#include <QDir>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

namespace {

Q_LOGGING_CATEGORY(lcSend, "hongyan.send")

} // namespace

smtp::Note OutboxDelivery::startNote(const Account& account, const QString& subject, bool automatic)
{
    if (account.kind == Account::Kind::DirectDelivery) {
        return automatic
                   ? smtp::Note::of(QT_TRANSLATE_NOOP("smtp",
                                                      "Automatic retry: sending “%1” directly "
                                                      "to the recipients' mail servers"),
                                    subject)
                   : smtp::Note::of(
                         QT_TRANSLATE_NOOP("smtp",
                                           "Sending “%1” directly to the recipients' mail servers"),
                         subject);
    }
    return automatic ? smtp::Note::of(
                           QT_TRANSLATE_NOOP("smtp", "Automatic retry: sending “%1” through %2"),
                           subject, account.host)
                     : smtp::Note::of(QT_TRANSLATE_NOOP("smtp", "Sending “%1” through %2"), subject,
                                      account.host);
}

OutboxDelivery::OutboxDelivery(const Account& account, const QList<OutboxEntry>& entries,
                               Outbox* outbox, SentFolder* sentFolder, SecretStore* secrets,
                               QObject* parent)
    : QObject(parent)
    , m_account(account)
    , m_outbox(outbox)
    , m_sentFolder(sentFolder)
    , m_secrets(secrets)
    , m_host(account.kind == Account::Kind::DirectDelivery ? QString() : account.host)
{
    for (const OutboxEntry& entry : entries)
        m_attempts.push_back({entry, nullptr});
    m_unfinished = qsizetype(m_attempts.size());
}

// Destroyed mid-send (the application quitting), the job drops its connection and the
// messages stay in the outbox as they are: unconfirmed, to be retried.
OutboxDelivery::~OutboxDelivery() = default;

QStringList OutboxDelivery::entryIds() const
{
    QStringList ids;
    for (const Attempt& attempt : m_attempts)
        ids.append(attempt.entry.id);
    return ids;
}

QString OutboxDelivery::host() const
{
    return m_job ? m_job->host() : m_host;
}

void OutboxDelivery::start()
{
    if (m_running || m_unfinished == 0)
        return;
    m_running = true;
    if (!m_account.needsSecret()) {
        connectAndSend(QString());
        return;
    }
    if (!m_secrets) {
        onSecret({SecretStore::Result::Status::Unavailable, {}, {}});
        return;
    }
    QPointer<OutboxDelivery> self(this);
    m_secrets->read(m_account.id, [self](const SecretStore::Result& result) {
        if (self)
            self->onSecret(result);
    });
}

void OutboxDelivery::onSecret(const SecretStore::Result& result)
{
    if (!m_running)
        return;
    if (result.status == SecretStore::Result::Status::Ok) {
        connectAndSend(result.secret);
        return;
    }
    if (m_automatic) {
        // Nobody asked for this attempt: no dialog pops up. The messages wait for Retry.
        qCInfo(lcSend, "Automatic retry of %s stopped: no password in the keychain",
               qUtf8Printable(entryIds().join(u", "_s)));
        m_stoppedForPassword = true;
        finishUnsent(smtp::Outcome::beforeSending(smtp::Outcome::Category::Cancelled,
                                                  smtp::Outcome::Reason::Cancelled));
        return;
    }
    m_waitingForPassword = true;
    emit passwordNeeded(result.status, result.errorString);
}

void OutboxDelivery::providePassword(const QString& password)
{
    if (!m_running || !m_waitingForPassword)
        return;
    m_waitingForPassword = false;
    connectAndSend(password);
}

// Every message's file is opened before the connection: one that cannot be read ends at
// once with that error, and the others go on without it.
void OutboxDelivery::connectAndSend(const QString& secret)
{
    if (!m_outbox) {
        finishUnsent(smtp::Outcome::beforeSending(
            smtp::Outcome::Category::Usage, smtp::Outcome::Reason::MessageUnreadable,
            smtp::Note::of(QT_TRANSLATE_NOOP("smtp", "the outbox is gone"))));
        return;
    }
    auto* job = new SendJob(this);
    m_job = job;
    if (isDirectDelivery())
        job->setDirectDelivery(m_account.directDeliveryOptions());
    else
        job->setSubmission(m_account.sessionSettings(secret));
    for (qsizetype i = 0; i < qsizetype(m_attempts.size()); ++i) {
        Attempt& attempt = m_attempts[std::size_t(i)];
        attempt.message = std::make_unique<QFile>(m_outbox->messagePath(attempt.entry.id));
        if (!attempt.message->open(QIODevice::ReadOnly)) {
            const QString problem =
                u"%1: %2"_s.arg(QDir::toNativeSeparators(attempt.message->fileName()),
                                attempt.message->errorString());
            onEntryFinished(attempt,
                            smtp::Outcome::beforeSending(smtp::Outcome::Category::Usage,
                                                         smtp::Outcome::Reason::MessageUnreadable,
                                                         smtp::Note::verbatim(problem)));
            continue;
        }
        job->enqueue(attempt.entry.envelope, attempt.message.get());
        m_queued.append(i);
    }
    if (m_queued.isEmpty()) {
        // No message could be read: nothing to connect for.
        m_job = nullptr;
        delete job;
        return;
    }
    connect(job, &SendJob::transcript, this, [this](const smtp::TranscriptRecord& record) {
        m_transcript.append(record);
        emit transcript(record);
    });
    connect(job, &SendJob::timed, this, &OutboxDelivery::timed);
    connect(job, &SendJob::phaseChanged, this, &OutboxDelivery::phaseChanged);
    connect(job, &SendJob::progress, this, &OutboxDelivery::progress);
    connect(job, &SendJob::sizeLimitLearned, this, &OutboxDelivery::sizeLimitLearned);
    connect(job, &SendJob::messageStarted, this, &OutboxDelivery::onEntryStarted);
    connect(job, &SendJob::messageFinished, this,
            [this](qsizetype index, const smtp::Outcome& outcome) {
                Attempt& attempt = m_attempts[std::size_t(m_queued.at(index))];
                if (m_job && m_job->isDirectDelivery())
                    m_domains.insert(attempt.entry.id, m_job->domainResults());
                onEntryFinished(attempt, outcome);
            });
    job->start();
}

void OutboxDelivery::onEntryStarted(qsizetype index)
{
    Attempt& attempt = m_attempts[std::size_t(m_queued.at(index))];
    if (m_connectionRecords < 0)
        m_connectionRecords = m_transcript.size();
    attempt.transcriptStart = m_transcript.size();
    OutboxEntry& entry = attempt.entry;
    entry.attempts += 1;
    entry.lastAttempt = QDateTime::currentDateTimeUtc();
    QString error;
    if (m_outbox && !m_outbox->update(entry, &error))
        qCWarning(lcSend, "Could not record the attempt: %s", qUtf8Printable(error));
    emit entryStarted(entry.id);
}

void OutboxDelivery::cancel()
{
    if (!m_running)
        return;
    if (m_job) {
        m_job->cancel();
        return;
    }
    // Still waiting for the keychain or the user's password: nothing was sent.
    finishUnsent(smtp::Outcome::beforeSending(smtp::Outcome::Category::Cancelled,
                                              smtp::Outcome::Reason::Cancelled));
}

void OutboxDelivery::finishUnsent(const smtp::Outcome& outcome)
{
    for (Attempt& attempt : m_attempts) {
        if (m_running && !attempt.finished)
            onEntryFinished(attempt, outcome);
    }
}

void OutboxDelivery::onEntryFinished(Attempt& attempt, const smtp::Outcome& outcome)
{
    attempt.finished = true;
    if (attempt.message)
        attempt.message->close();
    if (m_job)
        m_host = m_job->host();
    recordInOutbox(attempt, outcome);
    QPointer<OutboxDelivery> self(this);
    emit entryFinished(attempt.entry.id, outcome);
    if (!self || --m_unfinished > 0)
        return;
    m_running = false;
    m_waitingForPassword = false;
    emit finished();
}

void OutboxDelivery::release()
{
    if (!m_job) {
        deleteLater();
        return;
    }
    // Its transcript goes on to the end of the exchange, through this object.
    connect(m_job, &QObject::destroyed, this, &QObject::deleteLater);
    m_job->setParent(nullptr);
    m_job->release();
}

QStringList OutboxDelivery::remainingRecipients(const Attempt& attempt,
                                                const smtp::Outcome& outcome,
                                                bool* onlyForNow) const
{
    using Category = smtp::Outcome::Category;
    const QList<smtp::DirectDelivery::DomainResult> domains = m_domains.value(attempt.entry.id);
    const auto domainOf = [&domains](const QString& recipient) {
        for (const smtp::DirectDelivery::DomainResult& domain : domains) {
            for (const smtp::RecipientResult& result : domain.outcome.recipients) {
                if (result.address == recipient)
                    return &domain;
            }
        }
        return static_cast<const smtp::DirectDelivery::DomainResult*>(nullptr);
    };
    QStringList remaining;
    *onlyForNow = true;
    for (const smtp::RecipientResult& recipient : outcome.recipients) {
        const smtp::DirectDelivery::DomainResult* domain = domainOf(recipient.address);
        // Direct delivery: accepted at RCPT counts only when that domain's server then
        // accepted the message too.
        const bool delivered = recipient.accepted && (!domain || domain->outcome.isSuccess());
        if (delivered)
            continue;
        remaining.append(recipient.address);
        bool temporary = recipient.code / 100 == 4;
        if (recipient.code == 0 && domain)
            temporary = domain->outcome.category == Category::Temporary ||
                        domain->outcome.category == Category::Connect;
        *onlyForNow = *onlyForNow && temporary;
    }
    return remaining;
}

void OutboxDelivery::recordInOutbox(Attempt& attempt, const smtp::Outcome& outcome)
{
    if (!m_outbox)
        return;
    using Category = smtp::Outcome::Category;
    OutboxEntry& entry = attempt.entry;
    QString error;
    if (outcome.category == Category::Delivered) {
        const bool keep = m_sentFolder && m_sentFolder->isEnabled();
        if (keep && m_outbox->moveMessage(entry.id, m_sentFolder->newPath(entry.subject), &error))
            return;
        if (keep)
            qCWarning(lcSend, "Could not keep the sent message: %s", qUtf8Printable(error));
        m_outbox->remove(entry.id);
        return;
    }
    if (outcome.category == Category::Partial) {
        // Accepted for some: a copy goes to Sent, and the outbox keeps the message for
        // the refused recipients only, so a retry never sends it twice to anyone.
        if (m_sentFolder && m_sentFolder->isEnabled()) {
            auto source = std::make_shared<QFile>(m_outbox->messagePath(entry.id));
            auto* copy =
                new MessageFileWriter(source, m_sentFolder->newPath(entry.subject), m_outbox);
            connect(copy, &MessageFileWriter::finished, copy, &QObject::deleteLater);
            copy->start();
        }
        bool onlyForNow = false;
        entry.envelope.recipients = remainingRecipients(attempt, outcome, &onlyForNow);
        // Greylisted or unreachable for now: the rest is tried again on the schedule.
        entry.status = onlyForNow ? OutboxEntry::Status::Deferred : OutboxEntry::Status::Failed;
    } else if (outcome.category != Category::Cancelled) {
        entry.status = OutboxEntry::statusAfter(outcome);
    }
    if (entry.status == OutboxEntry::Status::Deferred && outcome.category != Category::Cancelled) {
        entry.defer(QDateTime::currentDateTimeUtc());
    } else {
        // Anything but a temporary failure ends the schedule: the user decides what next
        // (a cancelled attempt, a refusal, an unknown outcome).
        entry.nextAttempt = QDateTime();
        if (outcome.category != Category::Cancelled)
            entry.deferrals = 0;
    }
    if (outcome.category != Category::Cancelled) {
        entry.lastError = outcome;
        entry.lastErrorHost = m_host;
    }
    if (!m_outbox->update(entry, &error))
        qCWarning(lcSend, "Could not record the result: %s", qUtf8Printable(error));
    if (!m_transcript.isEmpty() &&
        !m_outbox->saveTranscript(entry.id, transcriptOf(attempt), &error))
        qCWarning(lcSend, "Could not keep the transcript: %s", qUtf8Printable(error));
}

QList<smtp::TranscriptRecord> OutboxDelivery::transcriptOf(const Attempt& attempt) const
{
    if (attempt.transcriptStart < 0 || m_connectionRecords < 0)
        return m_transcript; // it never started: all there is says why
    return m_transcript.first(m_connectionRecords) + m_transcript.sliced(attempt.transcriptStart);
}

} // namespace hongyan
