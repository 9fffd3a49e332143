#include "sendjob.h"

#include <QPointer>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

namespace {

// Until a mail server answers, the destination of a direct delivery is the recipients'
// domains.
QString recipientDomains(const smtp::Envelope& envelope)
{
    QStringList domains;
    for (const QString& recipient : envelope.recipients) {
        const QString domain = recipient.sliced(recipient.lastIndexOf(u'@') + 1).toLower();
        if (!domains.contains(domain))
            domains.append(domain);
    }
    return domains.join(u", "_s);
}

} // namespace

SendJob::SendJob(QObject* parent)
    : QObject(parent)
{}

SendJob::~SendJob()
{
    // Destroyed mid-send (the application quitting): the connection is dropped; what the
    // caller keeps of the messages (the outbox) stays as it is, to be retried.
    if (!m_running)
        return;
    if (m_session) {
        m_session->disconnect(this);
        m_session->cancel();
    }
    if (m_direct) {
        m_direct->disconnect(this);
        m_direct->cancel();
    }
}

void SendJob::setSubmission(const smtp::SessionSettings& settings)
{
    if (!m_session) {
        m_session = new smtp::SmtpSession(this);
        connect(m_session, &smtp::SmtpSession::transcript, this, &SendJob::transcript);
        connect(m_session, &smtp::SmtpSession::timed, this, &SendJob::timed);
        connect(m_session, &smtp::SmtpSession::phaseChanged, this, &SendJob::phaseChanged);
        connect(m_session, &smtp::SmtpSession::progress, this, &SendJob::progress);
        connect(m_session, &smtp::SmtpSession::capabilitiesReceived, this,
                [this](const smtp::Capabilities& capabilities, bool) {
                    if (capabilities.sizeLimit() > 0)
                        emit sizeLimitLearned(capabilities.sizeLimit());
                });
        connect(m_session, &smtp::SmtpSession::finished, this, &SendJob::onMessageFinished);
        connect(m_session, &smtp::SmtpSession::closed, this, &SendJob::onSessionClosed);
    }
    m_session->setSettings(settings);
    m_host = settings.host;
}

void SendJob::setDirectDelivery(const smtp::DirectDelivery::Options& options)
{
    if (!m_direct) {
        m_direct = new smtp::DirectDelivery(this);
        connect(m_direct, &smtp::DirectDelivery::transcript, this, &SendJob::transcript);
        connect(m_direct, &smtp::DirectDelivery::timed, this, &SendJob::timed);
        connect(m_direct, &smtp::DirectDelivery::progress, this, &SendJob::progress);
        connect(m_direct, &smtp::DirectDelivery::finished, this, &SendJob::onMessageFinished);
    }
    m_direct->setOptions(options);
}

qsizetype SendJob::enqueue(const smtp::Envelope& envelope, QIODevice* message)
{
    m_messages.append({envelope, message});
    if (m_direct && m_messages.size() == 1)
        m_host = recipientDomains(envelope);
    return m_messages.size() - 1;
}

QList<smtp::DirectDelivery::DomainResult> SendJob::domainResults() const
{
    return m_direct ? m_direct->domains() : QList<smtp::DirectDelivery::DomainResult>();
}

void SendJob::start()
{
    if (m_started)
        return;
    m_started = true;
    m_running = true;
    Q_ASSERT_X(m_session || m_direct, "SendJob::start", "no destination set");
    if (m_messages.isEmpty() || (!m_session && !m_direct)) {
        QTimer::singleShot(0, this, &SendJob::cancelWaiting);
        return;
    }
    sendNext();
}

void SendJob::sendNext()
{
    const Queued& queued = m_messages[m_next];
    m_inFlight = true;
    emit messageStarted(m_next);
    if (m_direct) {
        m_host = recipientDomains(queued.envelope);
        emit phaseChanged(smtp::Phase::Connect);
        m_direct->send(queued.envelope, queued.message);
        return;
    }
    m_sessionOpen = true;
    m_session->send(queued.envelope, queued.message);
}

void SendJob::onMessageFinished(const smtp::Outcome& outcome)
{
    if (!m_inFlight)
        return;
    m_inFlight = false;
    if (m_direct) {
        for (const smtp::DirectDelivery::DomainResult& domain : m_direct->domains()) {
            if (!domain.host.isEmpty())
                m_host = domain.host;
            if (domain.outcome.category != smtp::Outcome::Category::Delivered)
                break;
        }
    }
    const qsizetype index = m_next++;
    QPointer<SendJob> self(this);
    emit messageFinished(index, outcome);
    if (self)
        QTimer::singleShot(0, this, &SendJob::continueQueue);
}

void SendJob::continueQueue()
{
    if (!m_running || m_inFlight || m_waitingForClose)
        return;
    if (m_cancelled || m_next >= m_messages.size()) {
        cancelWaiting();
        return;
    }
    if (m_direct || m_session->isIdle() || !m_sessionOpen) {
        sendNext();
        return;
    }
    // The server ended the connection (or the session is ending it after a refusal): the
    // next message gets a connection of its own once this one is gone.
    m_waitingForClose = true;
}

void SendJob::onSessionClosed()
{
    m_sessionOpen = false;
    if (std::exchange(m_waitingForClose, false)) {
        continueQueue();
        return;
    }
    if (!m_running)
        announceClosed();
}

void SendJob::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_inFlight) {
        if (m_session)
            m_session->cancel();
        else
            m_direct->cancel();
        return;
    }
    m_waitingForClose = false;
    continueQueue();
}

// The messages not yet started end without a byte sent (cancelled), then the job ends.
void SendJob::cancelWaiting()
{
    QPointer<SendJob> self(this);
    while (m_next < m_messages.size()) {
        emit messageFinished(m_next++,
                             smtp::Outcome::beforeSending(smtp::Outcome::Category::Cancelled,
                                                          smtp::Outcome::Reason::Cancelled));
        if (!self)
            return;
    }
    finishAll();
}

void SendJob::finishAll()
{
    m_running = false;
    QPointer<SendJob> self(this);
    emit finished();
    if (!self)
        return;
    if (!m_session || !m_sessionOpen) {
        QTimer::singleShot(0, this, &SendJob::announceClosed);
        return;
    }
    // QUIT is a courtesy, said from the event loop rather than from inside the session's
    // own signal; closed() follows either way.
    QTimer::singleShot(0, m_session, [session = m_session] {
        if (session->isIdle())
            session->quit();
    });
}

void SendJob::announceClosed()
{
    if (m_closed)
        return;
    m_closed = true;
    QPointer<SendJob> self(this);
    emit closed();
    if (self && m_released)
        deleteLater();
}

void SendJob::release()
{
    m_released = true;
    if (m_closed || !m_started)
        deleteLater();
}

} // namespace hongyan
