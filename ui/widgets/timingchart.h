#pragma once

#include "timeline.h"

#include <QList>
#include <QWidget>

namespace hongyan {

// Where an exchange's time went, drawn as a browser's network panel draws it: one row per
// span (the name's lookup, each address tried, the TLS handshake, the greeting, each command
// until its reply, the message with its throughput, the final reply, QUIT), each a bar on a
// time axis shared by all, with its duration beside it. A span that failed (an address that
// did not answer, a refused command, the one a timeout cut short) has a hatched bar and says
// so. Spans come in live, on any clock: the chart counts from the earliest. Colours are
// chosen to read on light and dark palettes alike; the text follows the palette.
class TimingChart : public QWidget
{
    Q_OBJECT

public:
    explicit TimingChart(QWidget* parent = nullptr);

    void addTiming(const smtp::PhaseTiming& timing);
    void clear();

    int rowCount() const { return int(m_rows.size()); }
    // From the first span's start to the last one's end, in milliseconds.
    qint64 totalMs() const;
    // The row's label as drawn ("RCPT TO:<bob@example.org>", "Connect 192.0.2.1:25").
    QString rowLabel(int row) const;
    // The row's bar, in widget coordinates.
    QRect barRect(int row) const;
    // Everything about the row, as its tool tip says it.
    QString rowDescription(int row) const;

    // "12 ms", "1.25 s", in the UI language.
    static QString durationText(qint64 ms);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // The total changed (a span came in, or the chart was cleared).
    void changed();

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Geometry
    {
        int rowHeight = 0;
        int axisHeight = 0;
        int labelWidth = 0;
        int durationWidth = 0;
        QRect bars;         // the area bars are drawn in, below the axis
        qint64 totalMs = 1; // what the bars' width stands for, never 0
    };
    // Measures every label once: paint with one geometry, not one per row.
    Geometry geometry() const;
    QRect barRect(int row, const Geometry& geometry) const;
    int rowAt(const QPoint& position) const;
    qint64 originMs() const;
    void paintAxis(QPainter& painter, const Geometry& geometry) const;
    // A step of 1, 2 or 5 × 10ⁿ ms giving about `wanted` ticks over the total.
    qint64 tickStep(int wanted) const;
    static QColor colourOf(const smtp::PhaseTiming& timing);

    QList<smtp::PhaseTiming> m_rows; // in order of start
};

} // namespace hongyan
