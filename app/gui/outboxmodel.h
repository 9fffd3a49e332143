#pragma once

#include "outboxentry.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QTimer>

namespace hongyan {

class AccountStore;
class Outbox;

// The outbox as a table for OutboxWindow: subject, recipients, status (with the last
// error's category), attempts, last attempt, next automatic attempt, size. Reloads when the outbox
// changes; knows which messages are being sent right now.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SubjectColumn,
        ToColumn,
        StatusColumn,
        AttemptsColumn,
        LastAttemptColumn,
        NextAttemptColumn,
        SizeColumn,
        ColumnCount
    };

    OutboxModel(Outbox* outbox, QObject* parent = nullptr);

    void reload();
    void setSending(const QSet<QString>& ids);
    // The language changed: headers and texts are asked for again.
    void retranslate();
    const QList<OutboxEntry>& entries() const { return m_entries; }
    bool hasChangesToRead() const { return m_reloadTimer.isActive(); }
    // Reads the outbox now if changes are waiting to be read, so entries() is current.
    void reloadIfChanged()
    {
        if (hasChangesToRead())
            reload();
    }
    // Translated status for people ("Refused for now (temporary failure)").
    static QString statusText(const OutboxEntry& entry, bool sending);
    // When a deferred message is tried again, for people ("14:35 (in 5 minutes)"); empty
    // when no automatic attempt is scheduled.
    static QString nextAttemptText(const OutboxEntry& entry, const QDateTime& now);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Outbox* m_outbox;
    QTimer m_reloadTimer;
    QList<OutboxEntry> m_entries;
    QSet<QString> m_sending;
};

} // namespace hongyan
