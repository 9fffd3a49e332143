#include "timeline.h"

#include <algorithm>
#include <chrono>

namespace smtp {

qint64 Timeline::now()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

Timeline::Span Timeline::begin(Phase phase, const QString& detail)
{
    const Span span = m_next++;
    m_open.insert(span, PhaseTiming{phase, now(), 0, detail});
    return span;
}

void Timeline::setDetail(Span span, const QString& detail)
{
    if (auto it = m_open.find(span); it != m_open.end())
        it->detail = detail;
}

void Timeline::addBytes(Span span, qint64 bytes)
{
    if (auto it = m_open.find(span); it != m_open.end())
        it->bytes += bytes;
}

std::optional<PhaseTiming> Timeline::end(Span span, bool succeeded)
{
    auto it = m_open.find(span);
    if (it == m_open.end())
        return std::nullopt;
    PhaseTiming timing = *it;
    m_open.erase(it);
    timing.durationMs = now() - timing.startMs;
    timing.succeeded = succeeded;
    return timing;
}

QList<PhaseTiming> Timeline::endAll()
{
    QList<PhaseTiming> ended;
    while (!m_open.isEmpty())
        ended.append(*end(m_open.firstKey(), false));
    return ended;
}

QList<PhaseTiming> Timeline::relativeTo(QList<PhaseTiming> timings, qint64 origin)
{
    for (PhaseTiming& timing : timings)
        timing.startMs = std::max<qint64>(0, timing.startMs - origin);
    std::stable_sort(
        timings.begin(), timings.end(),
        [](const PhaseTiming& a, const PhaseTiming& b) { return a.startMs < b.startMs; });
    return timings;
}

} // namespace smtp
