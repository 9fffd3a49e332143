#pragma once

#include "phase.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace smtp {

// One span of a session's time: a phase, with what it was about (the address tried, the
// command sent), when it began and how long it took. Spans may overlap: addresses raced
// against each other, pipelined commands waiting for their replies together.
struct PhaseTiming
{
    Phase phase = Phase::Setup;
    // Milliseconds. In an Outcome: from the start of the operation. As the session emits
    // them live: on the monotonic clock (Timeline::now()), where only differences mean anything.
    qint64 startMs = 0;
    qint64 durationMs = 0;
    // "192.0.2.1 port 25", "RCPT TO:<bob@example.org>", "TLSv1.3": the command's transcript
    // text for commands, so secrets are already redacted.
    QString detail;
    qint64 bytes = 0;      // the message's bytes (Phase::Body)
    bool succeeded = true; // false: failed, abandoned, or cut short by the end of the session
};

// The spans still under way on one connection, each ended once.
class Timeline
{
public:
    using Span = int;

    // The monotonic clock, in milliseconds.
    static qint64 now();

    Span begin(Phase phase, const QString& detail = {});
    // The span is forgotten, never ended: it turned out not to be awaited yet.
    void discard(Span span) { m_open.remove(span); }
    void setDetail(Span span, const QString& detail);
    void addBytes(Span span, qint64 bytes);
    bool isOpen(Span span) const { return m_open.contains(span); }
    // The span, ended now; nothing when it is not open.
    std::optional<PhaseTiming> end(Span span, bool succeeded = true);
    // Every span still open, ended now as not succeeded, in the order they began.
    QList<PhaseTiming> endAll();

    // `timings` from the monotonic clock to milliseconds since `origin`, in order of start.
    static QList<PhaseTiming> relativeTo(QList<PhaseTiming> timings, qint64 origin);

private:
    QMap<Span, PhaseTiming> m_open;
    Span m_next = 0;
};

} // namespace smtp
