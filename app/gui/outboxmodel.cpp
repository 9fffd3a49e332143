#include "outboxmodel.h"

#include "outbox.h"
#include "outboxwindow.h"
#include "outcomeexplainer.h"

#include <QColor>
#include <QLocale>

#include <chrono>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace hongyan {

OutboxModel::OutboxModel(Outbox* outbox, QObject* parent)
    : QAbstractTableModel(parent)
    , m_outbox(outbox)
{
    // A burst of changes is read once: an outbox flush writes two sidecars per message, and
    // reading every sidecar and laying the table out again for each write made a flush of
    // n messages cost n² file reads.
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(50ms);
    connect(&m_reloadTimer, &QTimer::timeout, this, &OutboxModel::reload);
    connect(outbox, &Outbox::changed, this, [this] {
        if (!m_reloadTimer.isActive())
            m_reloadTimer.start();
    });
    reload();
}

void OutboxModel::reload()
{
    m_reloadTimer.stop();
    beginResetModel();
    m_entries = m_outbox->entries();
    endResetModel();
}

void OutboxModel::setSending(const QSet<QString>& ids)
{
    // Only the rows whose state changed: a flush changes two rows per message, and every
    // row's change makes the view measure and paint it again.
    const QSet<QString> changed = (ids - m_sending) | (m_sending - ids);
    m_sending = ids;
    for (int row = 0; row < rowCount(); ++row) {
        if (changed.contains(m_entries[row].id))
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void OutboxModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString OutboxModel::statusText(const OutboxEntry& entry, bool sending)
{
    if (sending)
        return tr("Sending…");
    const QString category =
        entry.lastError ? OutcomeExplainer::categoryText(entry.lastError->category) : QString();
    switch (entry.status) {
    case OutboxEntry::Status::Queued:
        return entry.attempts == 0 ? tr("Waiting to be sent")
                                   : tr("Interrupted: the server did not confirm it");
    case OutboxEntry::Status::Failed:
        return category.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(category);
    case OutboxEntry::Status::Deferred:
        return category.isEmpty() ? tr("Refused for now") : tr("Refused for now: %1").arg(category);
    case OutboxEntry::Status::Unknown:
        return tr("Unknown: the server may have accepted it");
    }
    return {};
}

QString OutboxModel::nextAttemptText(const OutboxEntry& entry, const QDateTime& now)
{
    if (entry.status != OutboxEntry::Status::Deferred || !entry.nextAttempt.isValid())
        return {};
    const QLocale locale;
    const QString when = locale.toString(entry.nextAttempt.toLocalTime(), QLocale::ShortFormat);
    const qint64 seconds = now.secsTo(entry.nextAttempt);
    if (seconds <= 0)
        return tr("%1 (due now)").arg(when);
    // Rounded up: "in 0 minutes" would read as if it were already late.
    const int minutes = int((seconds + 59) / 60);
    if (minutes < 120)
        return tr("%1 (in %n minute(s))", nullptr, minutes).arg(when);
    return tr("%1 (in %n hour(s))", nullptr, minutes / 60).arg(when);
}

int OutboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OutboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_entries.size()))
        return {};
    const OutboxEntry& entry = m_entries[index.row()];
    const bool sending = m_sending.contains(entry.id);
    if (role == OutboxWindow::IdRole)
        return entry.id;
    if (role == Qt::ForegroundRole && index.column() == StatusColumn && !sending) {
        if (entry.status == OutboxEntry::Status::Failed)
            return QColor(0xe0, 0x1b, 0x24);
        if (entry.status != OutboxEntry::Status::Queued)
            return QColor(0xc6, 0x46, 0x00);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == ToColumn)
        return entry.envelope.recipients.join(u", "_s);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case SubjectColumn:
        return entry.subject.isEmpty() ? tr("(no subject)") : entry.subject;
    case ToColumn:
        return entry.to.isEmpty() ? entry.envelope.recipients.join(u", "_s) : entry.to;
    case StatusColumn:
        return statusText(entry, sending);
    case AttemptsColumn:
        return entry.attempts;
    case LastAttemptColumn:
        return entry.lastAttempt.isValid()
                   ? locale.toString(entry.lastAttempt.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    case NextAttemptColumn:
        // The time alone, like the last attempt: "in 5 minutes" would go stale in a list.
        return entry.status == OutboxEntry::Status::Deferred && entry.nextAttempt.isValid() &&
                       !sending
                   ? locale.toString(entry.nextAttempt.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    case SizeColumn:
        return locale.formattedDataSize(entry.size);
    }
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubjectColumn:
        return tr("Subject");
    case ToColumn:
        return tr("To");
    case StatusColumn:
        return tr("Status");
    case AttemptsColumn:
        return tr("Attempts");
    case LastAttemptColumn:
        return tr("Last attempt");
    case NextAttemptColumn:
        return tr("Next attempt");
    case SizeColumn:
        return tr("Size");
    }
    return {};
}

} // namespace hongyan
