#pragma once

#include "envelope.h"
#include "mxresolver.h"
#include "outcome.h"
#include "sessionsettings.h"
#include "transcriptrecord.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>

class QIODevice;

namespace smtp {

class SmtpSession;

// Delivery straight to each recipient domain's own mail servers, without an account:
// recipients grouped by domain, the MX route resolved (null MX and the A/AAAA fallback
// included), each host tried in turn on port 25 until one accepts or refuses for good.
// STARTTLS is opportunistic unless TLS is required; every hop says in the transcript
// whether it was encrypted and whether the certificate was verified.
class DirectDelivery : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QHostAddress dnsServer; // default: the system's resolver configuration
        bool requireTls = false;
        QString ehloName;
        Timeouts timeouts;
        quint16 port = 25;
        QString caFile;
    };

    // What happened for one recipient domain.
    struct DomainResult
    {
        QString domain;
        MxRoute route;
        Outcome outcome;
        QString host; // the host that gave the final answer, when one did
        int hopsTried = 0;
    };

    explicit DirectDelivery(QObject* parent = nullptr);
    ~DirectDelivery() override;

    void setOptions(const Options& options) { m_options = options; }
    // `message` must be seekable: it is read once per domain (and per retried host).
    void send(const Envelope& envelope, QIODevice* message);
    void cancel();
    const QList<DomainResult>& domains() const { return m_results; }

signals:
    void transcript(const smtp::TranscriptRecord& record);
    // A span of the delivery's time ended (SmtpSession::timed): each domain's MX lookup
    // and every hop's session, live.
    void timed(const smtp::PhaseTiming& timing);
    void progress(qint64 bytesSent, qint64 bytesTotal);
    // One outcome for the whole message: Delivered, Partial, or the failure; per-recipient
    // results across every domain; domains() has the details per domain.
    void finished(const smtp::Outcome& outcome);

private:
    struct Hop
    {
        QString host;
        quint16 preference = 0;
        QHostAddress address;
    };

    void nextDomain();
    void onRoute(const MxRoute& route);
    void tryNextHop();
    void onHopFinished(const Outcome& sessionOutcome);
    void finishDomain(Outcome outcome);
    void finishAll();
    void info(Note note, TranscriptRecord::Direction direction = TranscriptRecord::Direction::Info);
    static bool worthNextHop(const Outcome& outcome);
    void addTiming(const PhaseTiming& timing);
    Outcome localOutcome() const;

    Options m_options;
    Envelope m_envelope;
    QPointer<QIODevice> m_message;
    QList<std::pair<QString, QStringList>> m_byDomain; // domain → its recipients
    int m_domainIndex = -1;
    QList<Hop> m_hops;
    std::optional<Outcome> m_lastHopFailure;
    MxResolver* m_resolver = nullptr;
    SmtpSession* m_session = nullptr;
    QList<DomainResult> m_results;
    bool m_cancelled = false;
    qint64 m_bytesBefore = 0;
    qint64 m_startMs = 0;         // Timeline::now() at send()
    qint64 m_routeStartMs = 0;    // when the current domain's MX lookup began
    QList<PhaseTiming> m_timings; // the whole delivery's, for its outcome
};

} // namespace smtp
