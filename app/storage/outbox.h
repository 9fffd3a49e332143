#pragma once

#include "outboxentry.h"
#include "transcriptrecord.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace hongyan {

class MessageFileWriter;

// Messages on their way out. Each entry is the composed message, written atomically as
// <id>.eml, and its sidecar <id>.json (OutboxEntry), written after the message and before
// the first byte goes to a server. An entry leaves only when the server accepted the
// message (its final 250) or the user deletes it, so a crash at any moment leaves every
// unconfirmed message here. A sidecar is what makes an entry: an .eml without one is a
// write a crash interrupted before anything was sent, and is removed on load.
class Outbox : public QObject
{
    Q_OBJECT

public:
    using AddCallback =
        std::function<void(const std::optional<OutboxEntry>& entry, const QString& error)>;

    explicit Outbox(QString directory = defaultDirectory(), QObject* parent = nullptr);

    // <AppDataLocation>/outbox
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    // Every entry, oldest first (reads the sidecars; cleans up after interrupted writes).
    QList<OutboxEntry> entries() const;
    std::optional<OutboxEntry> entry(const QString& id) const;
    QString messagePath(const QString& id) const;
    bool isEmpty() const;

    // Writes `message` (read from position 0 to its end) to the outbox on a worker thread,
    // then the sidecar. `entry` gets an id, size and creation time. `done` is called once,
    // on this object's thread, with the stored entry or an error (the file and the
    // system's words). The returned
    // writer reports progress and can be cancelled; it belongs to the outbox.
    QPointer<MessageFileWriter> add(OutboxEntry entry, std::shared_ptr<QIODevice> message,
                                    AddCallback done);
    // Rewrites the sidecar atomically.
    bool update(const OutboxEntry& entry, QString* error = nullptr);
    bool remove(const QString& id);
    // Moves the message file to `target` (a Sent folder on the same disk) and removes the
    // entry. False when the move failed; the entry then stays.
    bool moveMessage(const QString& id, const QString& target, QString* error = nullptr);
    // The protocol exchange of the entry's last failed attempt, kept in <id>.transcript so
    // the outbox can show what happened after the window that sent it is gone.
    bool saveTranscript(const QString& id, const QList<smtp::TranscriptRecord>& records,
                        QString* error = nullptr);
    QList<smtp::TranscriptRecord> transcript(const QString& id) const;

signals:
    void changed();

private:
    QString sidecarPath(const QString& id) const;
    QString transcriptPath(const QString& id) const;
    std::optional<OutboxEntry> read(const QString& id, QString* error) const;

    QString m_directory;
    // Messages being written: their .eml may exist before their sidecar does.
    QSet<QString> m_writing;
};

} // namespace hongyan
