#include "outbox.h"

#include "messagefilewriter.h"
#include "notejson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

namespace {

Q_LOGGING_CATEGORY(lcOutbox, "hongyan.outbox")

bool isSafeId(const QString& id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
               c == u'-';
    });
}

template <typename Enum>
QString enumKey(Enum value)
{
    return QString::fromLatin1(QMetaEnum::fromType<Enum>().valueToKey(int(value)));
}

template <typename Enum>
Enum enumFromKey(const QString& key, Enum fallback)
{
    bool ok = false;
    const int value = QMetaEnum::fromType<Enum>().keyToValue(key.toLatin1().constData(), &ok);
    return ok ? Enum(value) : fallback;
}

// An engine line keeps its note, so a transcript read back is shown in the language of the
// moment, as it was when it was live; "text" stays the English line for other readers.
QJsonObject recordToJson(const smtp::TranscriptRecord& record)
{
    QJsonObject object{
        {u"time"_s, record.time.toUTC().toString(Qt::ISODateWithMs)},
        {u"direction"_s, enumKey(record.direction)},
        {u"level"_s, enumKey(record.level)},
        {u"encrypted"_s, record.encrypted},
        {u"text"_s, record.text},
    };
    if (!record.note.isEmpty())
        object.insert(u"note"_s, noteToJson(record.note));
    return object;
}

// The file is ours, but text read back is made displayable again all the same.
smtp::TranscriptRecord recordFromJson(const QJsonObject& object)
{
    using Record = smtp::TranscriptRecord;
    Record record =
        Record::make(enumFromKey(object.value(u"direction"_s).toString(), Record::Direction::Info),
                     Record::escapeForDisplay(object.value(u"text"_s).toString()),
                     object.value(u"encrypted"_s).toBool(),
                     enumFromKey(object.value(u"level"_s).toString(), Record::Level::Summary));
    record.time = QDateTime::fromString(object.value(u"time"_s).toString(), Qt::ISODateWithMs);
    record.note = noteFromJson(object.value(u"note"_s).toObject());
    return record;
}

} // namespace

Outbox::Outbox(QString directory, QObject* parent)
    : QObject(parent)
    , m_directory(std::move(directory))
{}

QString Outbox::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/outbox"_s;
}

QString Outbox::messagePath(const QString& id) const
{
    return m_directory + u'/' + id + u".eml"_s;
}

QString Outbox::sidecarPath(const QString& id) const
{
    return m_directory + u'/' + id + u".json"_s;
}

// Not *.json: that pattern finds the sidecars.
QString Outbox::transcriptPath(const QString& id) const
{
    return m_directory + u'/' + id + u".transcript"_s;
}

std::optional<OutboxEntry> Outbox::read(const QString& id, QString* error) const
{
    QFile file(sidecarPath(id));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        if (error)
            *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(file.fileName()),
                                     parseError.errorString());
        return std::nullopt;
    }
    OutboxEntry entry = OutboxEntry::fromJson(document.object());
    entry.id = id;
    return entry;
}

QList<OutboxEntry> Outbox::entries() const
{
    QList<OutboxEntry> result;
    const QDir dir(m_directory);
    const QStringList sidecars = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString& name : sidecars) {
        const QString id = name.chopped(5);
        if (!isSafeId(id))
            continue;
        if (!QFile::exists(messagePath(id))) {
            // The message was moved to the Sent folder and the crash came before the
            // sidecar went: it was delivered.
            QFile::remove(sidecarPath(id));
            continue;
        }
        QString error;
        if (std::optional<OutboxEntry> entry = read(id, &error))
            result.append(*entry);
        else
            qCWarning(lcOutbox, "Unreadable outbox entry: %s", qUtf8Printable(error));
    }
    const QStringList messages = dir.entryList({u"*.eml"_s}, QDir::Files);
    for (const QString& name : messages) {
        const QString id = name.chopped(4);
        if (isSafeId(id) && !m_writing.contains(id) && !QFile::exists(sidecarPath(id))) {
            qCInfo(lcOutbox, "Removing %s: its write was interrupted before sending",
                   qUtf8Printable(name));
            QFile::remove(dir.filePath(name));
        }
    }
    const QStringList transcripts = dir.entryList({u"*.transcript"_s}, QDir::Files);
    for (const QString& name : transcripts) {
        const QString id = name.chopped(11);
        if (isSafeId(id) && !QFile::exists(sidecarPath(id)))
            QFile::remove(dir.filePath(name));
    }
    std::stable_sort(result.begin(), result.end(), [](const OutboxEntry& a, const OutboxEntry& b) {
        return a.created < b.created;
    });
    return result;
}

std::optional<OutboxEntry> Outbox::entry(const QString& id) const
{
    if (!isSafeId(id) || !QFile::exists(messagePath(id)))
        return std::nullopt;
    return read(id, nullptr);
}

bool Outbox::isEmpty() const
{
    return QDir(m_directory).entryList({u"*.json"_s}, QDir::Files).isEmpty();
}

QPointer<MessageFileWriter> Outbox::add(OutboxEntry entry, std::shared_ptr<QIODevice> message,
                                        AddCallback done)
{
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.created = QDateTime::currentDateTimeUtc();
    auto* writer = new MessageFileWriter(message, messagePath(entry.id), this);
    m_writing.insert(entry.id);
    connect(writer, &MessageFileWriter::finished, this,
            [this, writer, entry, message, done](bool ok, const QString& error) mutable {
                writer->deleteLater();
                m_writing.remove(entry.id);
                if (!ok) {
                    done(std::nullopt, error);
                    return;
                }
                entry.size = QFileInfo(messagePath(entry.id)).size();
                QString sidecarError;
                if (!update(entry, &sidecarError)) {
                    QFile::remove(messagePath(entry.id));
                    done(std::nullopt, sidecarError);
                    return;
                }
                done(entry, QString());
            });
    writer->start();
    return writer;
}

bool Outbox::update(const OutboxEntry& entry, QString* error)
{
    if (!isSafeId(entry.id)) {
        if (error)
            *error = tr("Not a valid outbox entry: %1").arg(entry.id);
        return false;
    }
    QSaveFile file(sidecarPath(entry.id));
    const QByteArray bytes = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Indented);
    if (!QDir().mkpath(m_directory) || !file.open(QIODevice::WriteOnly) ||
        file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return false;
    }
    emit changed();
    return true;
}

bool Outbox::remove(const QString& id)
{
    if (!isSafeId(id))
        return false;
    // The sidecar first: an .eml alone is cleaned up on load, a sidecar alone as well.
    bool ok = !QFile::exists(sidecarPath(id)) || QFile::remove(sidecarPath(id));
    ok = (!QFile::exists(messagePath(id)) || QFile::remove(messagePath(id))) && ok;
    QFile::remove(transcriptPath(id));
    emit changed();
    return ok;
}

bool Outbox::moveMessage(const QString& id, const QString& target, QString* error)
{
    if (!isSafeId(id))
        return false;
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile message(messagePath(id));
    if (!message.rename(target)) {
        if (error)
            *error = u"%1 → %2: %3"_s.arg(QDir::toNativeSeparators(message.fileName()),
                                          QDir::toNativeSeparators(target), message.errorString());
        return false;
    }
    QFile::remove(sidecarPath(id));
    QFile::remove(transcriptPath(id));
    emit changed();
    return true;
}

bool Outbox::saveTranscript(const QString& id, const QList<smtp::TranscriptRecord>& records,
                            QString* error)
{
    if (!isSafeId(id))
        return false;
    QJsonArray array;
    for (const smtp::TranscriptRecord& record : records)
        array.append(recordToJson(record));
    QSaveFile file(transcriptPath(id));
    const QByteArray bytes = QJsonDocument(array).toJson(QJsonDocument::Compact);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return false;
    }
    return true;
}

QList<smtp::TranscriptRecord> Outbox::transcript(const QString& id) const
{
    QList<smtp::TranscriptRecord> records;
    if (!isSafeId(id))
        return records;
    QFile file(transcriptPath(id));
    if (!file.open(QIODevice::ReadOnly))
        return records;
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue& value : array)
        records.append(recordFromJson(value.toObject()));
    return records;
}

} // namespace hongyan
