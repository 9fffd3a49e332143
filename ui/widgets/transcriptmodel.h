#pragma once

#include "transcriptrecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimer>

#include <functional>
#include <vector>

namespace hongyan {

// The records of one or more SMTP sessions as a table: time, direction marker, text.
// Appends are collected and inserted in batches (one rowsInserted per batch, at most every
// BatchInterval ms), so a session that logs thousands of lines a second, or a transcript
// of 100,000 lines, never makes the view lay out row by row.
class TranscriptModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, DirectionColumn, TextColumn, ColumnCount };
    enum Role {
        DirectionRole = Qt::UserRole + 1, // int(smtp::TranscriptRecord::Direction)
        LevelRole,                        // int(smtp::TranscriptRecord::Level)
        EncryptedRole,                    // bool
        LineRole,                         // the whole row as one line of text
    };
    static constexpr int BatchInterval = 50;

    explicit TranscriptModel(QObject* parent = nullptr);

    void append(const smtp::TranscriptRecord& record);
    // A line the app writes itself (not the engine's, which are notes): `tell` makes its text
    // in the UI language, now and again each time the language changes.
    using Telling = std::function<QString()>;
    void appendTold(smtp::TranscriptRecord record, Telling tell);
    // Inserts what append() collected now (the view catches up at once).
    void flush();
    void clear();
    const smtp::TranscriptRecord& record(int row) const { return m_records[size_t(row)]; }
    // The language changed: the app's own lines are told again, and views fetch the column
    // titles, the engine's own lines and the tooltips again.
    void retranslate();

    // The record's text as the person reads it: the engine's own lines in the UI language,
    // the server's words and what was sent exactly as they were.
    QString shownText(const smtp::TranscriptRecord& record) const;
    // "12:00:01.234  -> EHLO example.com": what copy and save produce for a record.
    QString lineText(const smtp::TranscriptRecord& record) const;
    // swaks' markers: "->" client, "<-" server, "~>" / "<~" inside TLS, "==" info, "**" error.
    static QString marker(const smtp::TranscriptRecord& record);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<smtp::TranscriptRecord> m_records;
    QList<smtp::TranscriptRecord> m_pending;
    QTimer m_flushTimer;
    // English pattern → the UI language's: a few dozen patterns serve 100,000 rows, which a
    // search filters on every keystroke.
    mutable QHash<QString, QString> m_translatedPatterns;
    // Row (counting the pending ones) → how its text is told, for appendTold() rows.
    QHash<qsizetype, Telling> m_tellings;
};

} // namespace hongyan
