#pragma once

#include "transcriptrecord.h"

#include <QSortFilterProxyModel>
#include <QString>

namespace hongyan {

// What of a TranscriptModel (the only source it takes) is shown: the level (Summary hides Debug
// records), the directions, and optionally only the records whose text contains a search string.
class TranscriptFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TranscriptFilterModel(QObject* parent = nullptr);

    void setLevel(smtp::TranscriptRecord::Level level);
    smtp::TranscriptRecord::Level level() const { return m_level; }
    void setDirectionVisible(smtp::TranscriptRecord::Direction direction, bool visible);
    bool isDirectionVisible(smtp::TranscriptRecord::Direction direction) const;
    // Case-insensitive; empty shows everything.
    void setTextFilter(const QString& text);
    QString textFilter() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refilter();

    smtp::TranscriptRecord::Level m_level = smtp::TranscriptRecord::Level::Summary;
    unsigned m_hiddenDirections = 0; // bit per Direction
    QString m_text;
};

} // namespace hongyan
