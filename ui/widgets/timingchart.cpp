#include "timingchart.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

namespace {

constexpr int Margin = 4;
constexpr int RowPadding = 6;
constexpr int ColumnGap = 8;
constexpr int MinimumBarWidth = 2;
// Labels longer than this share of the width are elided: the bars need the rest.
constexpr double LabelShare = 0.4;

// The chart's name for a step that is not a command. A command (and the setup before the
// connection) has none: its own transcript text says what it was.
std::optional<QString> stepLabel(smtp::Phase phase)
{
    switch (phase) {
    case smtp::Phase::Resolve:
        return TimingChart::tr("DNS lookup");
    case smtp::Phase::Connect:
        return TimingChart::tr("Connect");
    case smtp::Phase::TlsHandshake:
        return TimingChart::tr("TLS handshake");
    case smtp::Phase::Greeting:
        return TimingChart::tr("Greeting");
    case smtp::Phase::Body:
        return TimingChart::tr("Message");
    case smtp::Phase::DataEnd:
        return TimingChart::tr("Final reply");
    case smtp::Phase::Setup:
    case smtp::Phase::Ehlo:
    case smtp::Phase::StartTls:
    case smtp::Phase::Auth:
    case smtp::Phase::MailFrom:
    case smtp::Phase::RcptTo:
    case smtp::Phase::Data:
    case smtp::Phase::Quit:
    case smtp::Phase::Console:
        break;
    }
    return std::nullopt;
}

QString bytesPerSecond(qint64 bytes, qint64 ms)
{
    const qint64 rate = ms > 0 ? bytes * 1000 / ms : bytes;
    return TimingChart::tr("%1/s").arg(QLocale().formattedDataSize(rate));
}

} // namespace

TimingChart::TimingChart(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void TimingChart::addTiming(const smtp::PhaseTiming& timing)
{
    const auto at = std::upper_bound(
        m_rows.begin(), m_rows.end(), timing.startMs,
        [](qint64 start, const smtp::PhaseTiming& row) { return start < row.startMs; });
    m_rows.insert(at, timing);
    updateGeometry();
    update();
    emit changed();
}

void TimingChart::clear()
{
    m_rows.clear();
    updateGeometry();
    update();
    emit changed();
}

qint64 TimingChart::originMs() const
{
    return m_rows.isEmpty() ? 0 : m_rows.constFirst().startMs;
}

qint64 TimingChart::totalMs() const
{
    qint64 end = originMs();
    for (const smtp::PhaseTiming& row : m_rows)
        end = std::max(end, row.startMs + row.durationMs);
    return end - originMs();
}

QString TimingChart::rowLabel(int row) const
{
    const smtp::PhaseTiming& timing = m_rows.at(row);
    const std::optional<QString> step = stepLabel(timing.phase);
    if (!step)
        return timing.detail.isEmpty() ? smtp::phaseName(timing.phase).toUpper() : timing.detail;
    if (timing.phase == smtp::Phase::Body)
        return tr("Message, %1").arg(QLocale().formattedDataSize(timing.bytes));
    if (timing.detail.isEmpty())
        return *step;
    return tr("%1 %2", "phase, then what it was about").arg(*step, timing.detail);
}

QString TimingChart::rowDescription(int row) const
{
    const smtp::PhaseTiming& timing = m_rows.at(row);
    QStringList lines{rowLabel(row), tr("Started at %1, took %2")
                                         .arg(durationText(timing.startMs - originMs()),
                                              durationText(timing.durationMs))};
    if (timing.phase == smtp::Phase::Body)
        lines.append(tr("Throughput: %1").arg(bytesPerSecond(timing.bytes, timing.durationMs)));
    if (!timing.succeeded)
        lines.append(tr("Did not succeed: failed, refused, abandoned or cut short."));
    return lines.join(u'\n');
}

QString TimingChart::durationText(qint64 ms)
{
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    // "1.25 s", "12.5 s", and "1.5 s", "2 s" on the axis: no trailing zeros.
    const QLocale locale;
    QString number = locale.toString(double(ms) / 1000.0, 'f', ms < 10000 ? 2 : 1);
    while (number.endsWith(locale.zeroDigit()))
        number.chop(locale.zeroDigit().size());
    if (number.endsWith(locale.decimalPoint()))
        number.chop(locale.decimalPoint().size());
    return tr("%1 s").arg(number);
}

TimingChart::Geometry TimingChart::geometry() const
{
    Geometry g;
    const QFontMetrics metrics = fontMetrics();
    g.rowHeight = metrics.height() + RowPadding;
    g.axisHeight = metrics.height() + RowPadding;
    int widest = 0;
    for (int row = 0; row < rowCount(); ++row)
        widest = std::max(widest, metrics.horizontalAdvance(rowLabel(row)));
    // A character's slack: a fallback font (CJK in a Latin UI font) may draw a little wider.
    g.labelWidth = std::min(widest + metrics.averageCharWidth(), int(width() * LabelShare));
    g.durationWidth = metrics.horizontalAdvance(durationText(999)) + ColumnGap;
    const int left = Margin + g.labelWidth + ColumnGap;
    g.bars = QRect(left, g.axisHeight, std::max(1, width() - left - g.durationWidth - ColumnGap),
                   g.rowHeight * rowCount());
    g.totalMs = std::max<qint64>(1, totalMs());
    return g;
}

QRect TimingChart::barRect(int row) const
{
    return barRect(row, geometry());
}

QRect TimingChart::barRect(int row, const Geometry& g) const
{
    const smtp::PhaseTiming& timing = m_rows.at(row);
    const double scale = double(g.bars.width()) / double(g.totalMs);
    const int x = g.bars.left() + int((timing.startMs - originMs()) * scale);
    const int w = std::max(MinimumBarWidth, int(timing.durationMs * scale));
    const int y = g.bars.top() + row * g.rowHeight + RowPadding / 2;
    return QRect(x, y, std::min(w, g.bars.right() + 1 - x), g.rowHeight - RowPadding);
}

int TimingChart::rowAt(const QPoint& position) const
{
    const Geometry g = geometry();
    if (position.y() < g.bars.top())
        return -1;
    const int row = (position.y() - g.bars.top()) / g.rowHeight;
    return row < rowCount() ? row : -1;
}

qint64 TimingChart::tickStep(int wanted) const
{
    const qint64 rough = std::max<qint64>(1, totalMs() / std::max(1, wanted));
    qint64 magnitude = 1;
    while (magnitude * 10 <= rough)
        magnitude *= 10;
    for (const qint64 factor : {1, 2, 5}) {
        if (factor * magnitude >= rough)
            return factor * magnitude;
    }
    return magnitude * 10;
}

QColor TimingChart::colourOf(const smtp::PhaseTiming& timing)
{
    // A hue per kind of step; mid saturation and value read on white and on near-black.
    const auto hue = [](smtp::Phase phase) -> std::optional<int> {
        switch (phase) {
        case smtp::Phase::Resolve:
            return 180;
        case smtp::Phase::Connect:
            return 30;
        case smtp::Phase::TlsHandshake:
        case smtp::Phase::StartTls:
            return 280;
        case smtp::Phase::Body:
            return 150;
        case smtp::Phase::DataEnd:
            return 50;
        case smtp::Phase::MailFrom:
        case smtp::Phase::RcptTo:
        case smtp::Phase::Data:
            return 110;
        case smtp::Phase::Greeting:
        case smtp::Phase::Ehlo:
        case smtp::Phase::Auth:
            return 210;
        case smtp::Phase::Quit:
        case smtp::Phase::Console:
        case smtp::Phase::Setup:
            break;
        }
        return std::nullopt; // grey
    }(timing.phase);
    return hue ? QColor::fromHsv(*hue, 150, 210) : QColor::fromHsv(0, 0, 150);
}

void TimingChart::paintAxis(QPainter& painter, const Geometry& g) const
{
    const QColor grid = palette().color(QPalette::Mid);
    const qint64 total = g.totalMs;
    const int wanted =
        std::max(1, g.bars.width() / (fontMetrics().horizontalAdvance(u"00000 ms"_s) * 2));
    const qint64 step = tickStep(wanted);
    for (qint64 tick = 0; tick <= total; tick += step) {
        const int x = g.bars.left() + int(double(tick) * g.bars.width() / double(total));
        painter.setPen(grid);
        painter.drawLine(x, g.axisHeight - RowPadding / 2, x, g.bars.bottom());
        const QString label = durationText(tick);
        if (x + 2 + fontMetrics().horizontalAdvance(label) > width())
            continue; // the last tick's label would be cut
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(x + 2, 0, width() - x - 2, g.axisHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, label);
    }
}

void TimingChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    if (m_rows.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("The timing of each step appears here after a send, a probe or a "
                            "diagnosis."));
        return;
    }
    const Geometry g = geometry();
    // Row backgrounds, then the time axis over them, then each row's label, bar and duration.
    for (int row = 1; row < rowCount(); row += 2)
        painter.fillRect(QRect(0, g.bars.top() + row * g.rowHeight, width(), g.rowHeight),
                         palette().color(QPalette::AlternateBase));
    paintAxis(painter, g);
    const QFontMetrics metrics = fontMetrics();
    for (int row = 0; row < rowCount(); ++row) {
        const smtp::PhaseTiming& timing = m_rows.at(row);
        const QRect line(0, g.bars.top() + row * g.rowHeight, width(), g.rowHeight);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(Margin, line.top(), g.labelWidth, line.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(rowLabel(row), Qt::ElideMiddle, g.labelWidth));
        const QRect bar = barRect(row, g);
        const QColor colour = timing.succeeded ? colourOf(timing) : QColor::fromHsv(0, 170, 220);
        painter.fillRect(bar, colour);
        if (!timing.succeeded)
            painter.fillRect(bar, QBrush(colour.darker(160), Qt::BDiagPattern));
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(bar.right() + ColumnGap / 2, line.top(),
                               width() - bar.right() - ColumnGap / 2, line.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, durationText(timing.durationMs));
    }
}

bool TimingChart::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const int row = rowAt(help->pos());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), rowDescription(row), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void TimingChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

QSize TimingChart::sizeHint() const
{
    const Geometry g = geometry();
    return QSize(480, g.axisHeight + std::max(3, rowCount()) * g.rowHeight + RowPadding);
}

QSize TimingChart::minimumSizeHint() const
{
    const Geometry g = geometry();
    return QSize(240, g.axisHeight + rowCount() * g.rowHeight + RowPadding);
}

} // namespace hongyan
