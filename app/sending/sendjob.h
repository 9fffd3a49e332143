#pragma once

#include "directdelivery.h"
#include "envelope.h"
#include "outcome.h"
#include "phase.h"
#include "sessionsettings.h"
#include "smtpsession.h"
#include "transcriptrecord.h"

#include <QList>
#include <QObject>

class QIODevice;

namespace hongyan {

// The one way Hongyan sends, for the GUI and hongyan-cli alike: messages in order through
// one SmtpSession — one connection, one TLS handshake, one AUTH, then one transaction per
// message with RSET between them, as an MTA's connection cache reuses a session — or,
// without an account, to each recipient domain's MX hosts. A connection the server closes
// is opened again for the next message. Each message gets exactly one outcome.
class SendJob : public QObject
{
    Q_OBJECT

public:
    explicit SendJob(QObject* parent = nullptr);
    ~SendJob() override;

    // Where the messages go: an account's server, or each recipient domain's MX hosts.
    // Before start().
    void setSubmission(const smtp::SessionSettings& settings);
    void setDirectDelivery(const smtp::DirectDelivery::Options& options);
    // The message is read from `message`, which is not owned and must stay open until its
    // messageFinished(). Before start(); returns the message's index.
    qsizetype enqueue(const smtp::Envelope& envelope, QIODevice* message);
    void start();
    // Stops at once: the message on the wire ends Cancelled (Unknown when it was already
    // complete there), and those not yet started end Cancelled without a byte sent.
    void cancel();
    // After finished(), instead of deleting the job: it deletes itself once the connection
    // has said goodbye, so the transcript shows the end of the exchange too.
    void release();

    bool isRunning() const { return m_running; }
    bool isDirectDelivery() const { return m_direct != nullptr; }
    qsizetype messageCount() const { return m_messages.size(); }
    // The server that answered last; for direct delivery the MX host that decided the
    // first domain that did not accept the message (the domains until one answered).
    QString host() const { return m_host; }
    // Direct delivery: what happened for each recipient domain of the message that finished
    // last.
    QList<smtp::DirectDelivery::DomainResult> domainResults() const;

signals:
    void transcript(const smtp::TranscriptRecord& record);
    // A span of the exchange's time ended (smtp::SmtpSession::timed), live.
    void timed(const smtp::PhaseTiming& timing);
    void phaseChanged(smtp::Phase phase);
    // Bytes of the message on the wire.
    void progress(qint64 sent, qint64 total);
    // The server's SIZE limit (RFC 1870), when it announces one.
    void sizeLimitLearned(qint64 limit);
    void messageStarted(qsizetype index);
    void messageFinished(qsizetype index, const smtp::Outcome& outcome);
    // Every message has its outcome; the connection may still be saying goodbye.
    void finished();
    // After finished(): the connection is gone.
    void closed();

private:
    struct Queued
    {
        smtp::Envelope envelope;
        QIODevice* message = nullptr;
    };

    void sendNext();
    void onMessageFinished(const smtp::Outcome& outcome);
    // What comes after an outcome, from the event loop: the next message on the same
    // connection, on a new one once the old one is closed, or the end.
    void continueQueue();
    void onSessionClosed();
    void cancelWaiting();
    void finishAll();
    void announceClosed();

    smtp::SmtpSession* m_session = nullptr;
    smtp::DirectDelivery* m_direct = nullptr;
    QList<Queued> m_messages;
    qsizetype m_next = 0;
    QString m_host;
    bool m_started = false;
    bool m_running = false;
    bool m_inFlight = false;        // a message is with the session or direct delivery
    bool m_sessionOpen = false;     // the session has a connection that has not closed()
    bool m_waitingForClose = false; // the next message waits for the old connection to go
    bool m_cancelled = false;
    bool m_closed = false;
    bool m_released = false;
};

} // namespace hongyan
