#include "transcriptmodel.h"

#include "translations.h"

#include <QBrush>
#include <QColor>
#include <QFontDatabase>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

namespace {

using Direction = smtp::TranscriptRecord::Direction;

// Readable on light and dark backgrounds alike: mid-tone hues, never pure black or white.
QColor colourFor(const smtp::TranscriptRecord& record)
{
    switch (record.direction) {
    case Direction::Client:
        return record.encrypted ? QColor(0x1c, 0x71, 0xd8) : QColor(0x35, 0x84, 0xe4);
    case Direction::Server:
        return record.encrypted ? QColor(0x26, 0x8c, 0x3c) : QColor(0x2e, 0xa0, 0x48);
    case Direction::Info:
        return QColor(0x80, 0x80, 0x80);
    case Direction::Error:
        return QColor(0xe0, 0x1b, 0x24);
    }
    return {};
}

QString timeText(const QDateTime& time)
{
    return time.toLocalTime().toString(u"HH:mm:ss.zzz"_s);
}

} // namespace

TranscriptModel::TranscriptModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(BatchInterval);
    connect(&m_flushTimer, &QTimer::timeout, this, &TranscriptModel::flush);
}

void TranscriptModel::append(const smtp::TranscriptRecord& record)
{
    m_pending.append(record);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void TranscriptModel::appendTold(smtp::TranscriptRecord record, Telling tell)
{
    record.text = tell();
    m_tellings.insert(qsizetype(m_records.size()) + m_pending.size(), std::move(tell));
    append(record);
}

void TranscriptModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    const int first = int(m_records.size());
    beginInsertRows({}, first, first + int(m_pending.size()) - 1);
    m_records.insert(m_records.end(), m_pending.cbegin(), m_pending.cend());
    m_pending.clear();
    endInsertRows();
}

void TranscriptModel::clear()
{
    m_flushTimer.stop();
    m_pending.clear();
    m_tellings.clear();
    beginResetModel();
    m_records.clear();
    m_records.shrink_to_fit();
    endResetModel();
}

QString TranscriptModel::marker(const smtp::TranscriptRecord& record)
{
    switch (record.direction) {
    case Direction::Client:
        return record.encrypted ? u"~>"_s : u"->"_s;
    case Direction::Server:
        return record.encrypted ? u"<~"_s : u"<-"_s;
    case Direction::Info:
        return u"=="_s;
    case Direction::Error:
        return u"**"_s;
    }
    return {};
}

QString TranscriptModel::shownText(const smtp::TranscriptRecord& record) const
{
    if (record.note.isEmpty())
        return record.text;
    return record.note.translated([this](const QString& pattern) {
        auto translated = m_translatedPatterns.constFind(pattern);
        if (translated == m_translatedPatterns.cend())
            translated = m_translatedPatterns.insert(pattern, Translations::notePattern(pattern));
        return *translated;
    });
}

QString TranscriptModel::lineText(const smtp::TranscriptRecord& record) const
{
    return timeText(record.time) + u"  "_s + marker(record) + u' ' + shownText(record);
}

int TranscriptModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int TranscriptModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TranscriptModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_records.size()))
        return {};
    const smtp::TranscriptRecord& record = m_records[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeText(record.time);
        case DirectionColumn:
            return marker(record);
        case TextColumn:
            return shownText(record);
        }
        return {};
    case Qt::ForegroundRole:
        return index.column() == TimeColumn ? QVariant() : QBrush(colourFor(record));
    case Qt::BackgroundRole:
        // Inside TLS the marker cell is tinted: "~>" and "->" differ by one small glyph.
        if (index.column() == DirectionColumn && record.encrypted)
            return QBrush(QColor(0x2e, 0xc2, 0x7e, 70));
        return {};
    case Qt::FontRole:
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    case Qt::ToolTipRole:
        if (index.column() != DirectionColumn) {
            const QString text = shownText(record);
            return text.size() > 120 ? text : QVariant();
        }
        switch (record.direction) {
        case Direction::Client:
            return record.encrypted ? tr("Sent by Hongyan, encrypted (TLS)")
                                    : tr("Sent by Hongyan, not encrypted");
        case Direction::Server:
            return record.encrypted ? tr("Received from the server, encrypted (TLS)")
                                    : tr("Received from the server, not encrypted");
        case Direction::Info:
            return tr("Information");
        case Direction::Error:
            return tr("Error");
        }
        return {};
    case DirectionRole:
        return int(record.direction);
    case LevelRole:
        return int(record.level);
    case EncryptedRole:
        return record.encrypted;
    case LineRole:
        return lineText(record);
    }
    return {};
}

void TranscriptModel::retranslate()
{
    m_translatedPatterns.clear();
    const auto inserted = qsizetype(m_records.size());
    for (auto telling = m_tellings.cbegin(); telling != m_tellings.cend(); ++telling) {
        const qsizetype row = telling.key();
        smtp::TranscriptRecord& record =
            row < inserted ? m_records[size_t(row)] : m_pending[row - inserted];
        record.text = telling.value()();
    }
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_records.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole, LineRole});
}

QVariant TranscriptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case DirectionColumn:
        return tr("Dir.", "transcript direction column");
    case TextColumn:
        return tr("Exchange");
    }
    return {};
}

} // namespace hongyan
