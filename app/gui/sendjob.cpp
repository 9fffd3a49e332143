#include "sendjob.h"

#include "messagefilewriter.h"
#include "outbox.h"
#include "sentfolder.h"

#include <QDir>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

namespace {

Q_LOGGING_CATEGORY(lcSend, "hongyan.send")

smtp::Outcome localOutcome(smtp::Outcome::Category category, smtp::Outcome::Reason reason,
                           const QString& detail = {})
{
    smtp::Outcome outcome;
    outcome.category = category;
    outcome.reason = reason;
    outcome.phase = smtp::Phase::Setup;
    outcome.detail = detail;
    return outcome;
}

} // namespace

SendJob::SendJob(const Account& account, const OutboxEntry& entry, Outbox* outbox,
                 SentFolder* sentFolder, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_account(account)
    , m_entry(entry)
    , m_outbox(outbox)
    , m_sentFolder(sentFolder)
    , m_secrets(secrets)
    , m_host(account.host)
{
    if (isDirectDelivery()) {
        // Until a mail server answers, the destination is the recipients' domains.
        QStringList domains;
        for (const QString& recipient : std::as_const(entry.envelope.recipients)) {
            const QString domain = recipient.sliced(recipient.lastIndexOf(u'@') + 1).toLower();
            if (!domains.contains(domain))
                domains.append(domain);
        }
        m_host = domains.join(u", "_s);
    }
}

SendJob::~SendJob()
{
    // A job destroyed mid-send (the application quitting) leaves the message in the outbox
    // as it is: unconfirmed, to be retried.
    if (m_session && m_running) {
        m_session->disconnect(this);
        m_session->cancel();
    }
    if (m_direct && m_running) {
        m_direct->disconnect(this);
        m_direct->cancel();
    }
}

void SendJob::start()
{
    if (m_running)
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
    QPointer<SendJob> self(this);
    m_secrets->read(m_account.id, [self](const SecretStore::Result& result) {
        if (self)
            self->onSecret(result);
    });
}

void SendJob::onSecret(const SecretStore::Result& result)
{
    if (!m_running)
        return;
    if (result.status == SecretStore::Result::Status::Ok) {
        connectAndSend(result.secret);
        return;
    }
    if (m_automatic) {
        // Nobody asked for this attempt: no dialog pops up. The message waits for Retry.
        qCInfo(lcSend, "Automatic retry of %s stopped: no password in the keychain",
               qUtf8Printable(m_entry.id));
        m_stoppedForPassword = true;
        finish(localOutcome(smtp::Outcome::Category::Cancelled, smtp::Outcome::Reason::Cancelled));
        return;
    }
    m_waitingForPassword = true;
    emit passwordNeeded(result.status, result.errorString);
}

void SendJob::providePassword(const QString& password)
{
    if (!m_running || !m_waitingForPassword)
        return;
    m_waitingForPassword = false;
    connectAndSend(password);
}

void SendJob::connectAndSend(const QString& secret)
{
    if (!m_outbox) {
        finish(localOutcome(smtp::Outcome::Category::Usage,
                            smtp::Outcome::Reason::MessageUnreadable, u"the outbox is gone"_s));
        return;
    }
    m_entry.attempts += 1;
    m_entry.lastAttempt = QDateTime::currentDateTimeUtc();
    QString error;
    if (!m_outbox->update(m_entry, &error))
        qCWarning(lcSend, "Could not record the attempt: %s", qUtf8Printable(error));

    m_message.setFileName(m_outbox->messagePath(m_entry.id));
    if (!m_message.open(QIODevice::ReadOnly)) {
        finish(localOutcome(smtp::Outcome::Category::Usage,
                            smtp::Outcome::Reason::MessageUnreadable,
                            u"%1: %2"_s.arg(QDir::toNativeSeparators(m_message.fileName()),
                                            m_message.errorString())));
        return;
    }

    if (isDirectDelivery()) {
        deliverDirectly();
        return;
    }
    auto* session = new smtp::SmtpSession(this);
    m_session = session;
    session->setSettings(m_account.sessionSettings(secret));
    connect(session, &smtp::SmtpSession::transcript, this, &SendJob::transcript);
    connect(session, &smtp::SmtpSession::phaseChanged, this, &SendJob::phaseChanged);
    connect(session, &smtp::SmtpSession::progress, this, &SendJob::progress);
    connect(session, &smtp::SmtpSession::capabilitiesReceived, this,
            [this](const smtp::Capabilities& capabilities, bool) {
                if (capabilities.sizeLimit() > 0)
                    emit sizeLimitLearned(capabilities.sizeLimit());
            });
    connect(session, &smtp::SmtpSession::finished, this, &SendJob::onFinished);
    session->send(m_entry.envelope, &m_message);
}

void SendJob::deliverDirectly()
{
    auto* direct = new smtp::DirectDelivery(this);
    m_direct = direct;
    direct->setOptions(m_account.directDeliveryOptions());
    connect(direct, &smtp::DirectDelivery::transcript, this, &SendJob::transcript);
    connect(direct, &smtp::DirectDelivery::progress, this, &SendJob::progress);
    connect(direct, &smtp::DirectDelivery::finished, this, [this](const smtp::Outcome& outcome) {
        if (!m_running)
            return;
        // The host that decided the first domain that did not accept the message.
        m_domains = m_direct->domains();
        for (const smtp::DirectDelivery::DomainResult& domain : std::as_const(m_domains)) {
            if (!domain.host.isEmpty())
                m_host = domain.host;
            if (domain.outcome.category != smtp::Outcome::Category::Delivered)
                break;
        }
        m_direct->deleteLater();
        m_direct = nullptr;
        m_message.close();
        finish(outcome);
    });
    emit phaseChanged(smtp::Phase::Connect);
    direct->send(m_entry.envelope, &m_message);
}

void SendJob::cancel()
{
    if (!m_running)
        return;
    if (m_session) {
        m_session->cancel();
        return;
    }
    if (m_direct) {
        m_direct->cancel();
        return;
    }
    // Still waiting for the keychain or the user's password: nothing was sent.
    finish(localOutcome(smtp::Outcome::Category::Cancelled, smtp::Outcome::Reason::Cancelled));
}

void SendJob::onFinished(const smtp::Outcome& outcome)
{
    if (!m_running)
        return;
    // The session stays connected after a message it accepted; say goodbye politely,
    // from the event loop rather than from inside the session's own signal.
    if (smtp::SmtpSession* session = m_session.data()) {
        session->disconnect(this);
        connect(session, &smtp::SmtpSession::transcript, this, &SendJob::transcript);
        session->setParent(nullptr);
        connect(session, &smtp::SmtpSession::closed, session, &QObject::deleteLater);
        QMetaObject::invokeMethod(
            session,
            [session] {
                if (session->isDisconnected())
                    session->deleteLater();
                else
                    session->quit();
            },
            Qt::QueuedConnection);
        m_sayingGoodbye = session;
        m_session = nullptr;
    }
    m_message.close();
    finish(outcome);
}

void SendJob::release()
{
    if (m_sayingGoodbye)
        connect(m_sayingGoodbye, &QObject::destroyed, this, &QObject::deleteLater);
    else
        deleteLater();
}

void SendJob::finish(const smtp::Outcome& outcome)
{
    m_running = false;
    m_waitingForPassword = false;
    recordInOutbox(outcome);
    emit finished(outcome);
}

const smtp::DirectDelivery::DomainResult* SendJob::domainOf(const QString& recipient) const
{
    for (const smtp::DirectDelivery::DomainResult& domain : m_domains) {
        for (const smtp::RecipientResult& result : domain.outcome.recipients) {
            if (result.address == recipient)
                return &domain;
        }
    }
    return nullptr;
}

QStringList SendJob::remainingRecipients(const smtp::Outcome& outcome, bool* onlyForNow) const
{
    using Category = smtp::Outcome::Category;
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

void SendJob::recordInOutbox(const smtp::Outcome& outcome)
{
    if (!m_outbox)
        return;
    using Category = smtp::Outcome::Category;
    QString error;
    if (outcome.category == Category::Delivered) {
        const bool keep = m_sentFolder && m_sentFolder->isEnabled();
        if (keep &&
            m_outbox->moveMessage(m_entry.id, m_sentFolder->newPath(m_entry.subject), &error)) {
            return;
        }
        if (keep)
            qCWarning(lcSend, "Could not keep the sent message: %s", qUtf8Printable(error));
        m_outbox->remove(m_entry.id);
        return;
    }
    if (outcome.category == Category::Partial) {
        // Accepted for some: a copy goes to Sent, and the outbox keeps the message for
        // the refused recipients only, so a retry never sends it twice to anyone.
        if (m_sentFolder && m_sentFolder->isEnabled()) {
            auto source = std::make_shared<QFile>(m_outbox->messagePath(m_entry.id));
            auto* copy =
                new MessageFileWriter(source, m_sentFolder->newPath(m_entry.subject), m_outbox);
            connect(copy, &MessageFileWriter::finished, copy, &QObject::deleteLater);
            copy->start();
        }
        bool onlyForNow = false;
        m_entry.envelope.recipients = remainingRecipients(outcome, &onlyForNow);
        // Greylisted or unreachable for now: the rest is tried again on the schedule.
        m_entry.status = onlyForNow ? OutboxEntry::Status::Deferred : OutboxEntry::Status::Failed;
    } else if (outcome.category != Category::Cancelled) {
        m_entry.status = OutboxEntry::statusAfter(outcome);
    }
    if (m_entry.status == OutboxEntry::Status::Deferred &&
        outcome.category != Category::Cancelled) {
        m_entry.defer(QDateTime::currentDateTimeUtc());
    } else {
        // Anything but a temporary failure ends the schedule: the user decides what next
        // (a cancelled attempt, a refusal, an unknown outcome).
        m_entry.nextAttempt = QDateTime();
        if (outcome.category != Category::Cancelled)
            m_entry.deferrals = 0;
    }
    if (outcome.category != Category::Cancelled) {
        m_entry.lastError = outcome;
        m_entry.lastErrorHost = m_host;
    }
    if (!m_outbox->update(m_entry, &error))
        qCWarning(lcSend, "Could not record the result: %s", qUtf8Printable(error));
}

} // namespace hongyan
