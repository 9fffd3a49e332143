#include "draftstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

namespace {

Q_LOGGING_CATEGORY(lcDrafts, "hongyan.drafts")

bool writeAtomically(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = u"%1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QString imageFileName(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// Ids come from file names and from other files; only our own UUID-like ids may become paths.
bool isSafeId(const QString& id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
               c == u'-';
    });
}

} // namespace

DraftStore::DraftStore(QString directory)
    : m_directory(std::move(directory))
{}

QString DraftStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/drafts"_s;
}

QString DraftStore::jsonPath(const QString& id) const
{
    return m_directory + u'/' + id + u".json"_s;
}

QString DraftStore::imageDirectory(const QString& id) const
{
    return m_directory + u'/' + id + u".images"_s;
}

bool DraftStore::save(Draft& draft, QString* error) const
{
    if (draft.id.isEmpty())
        draft.id = Draft::newId();
    if (!isSafeId(draft.id)) {
        if (error)
            *error = tr("Invalid draft id: %1").arg(draft.id);
        return false;
    }
    draft.modified = QDateTime::currentDateTimeUtc();
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = tr("Cannot create %1").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }

    // Images first, each once: the JSON written last refers only to files that exist.
    QJsonObject object = draft.toJson(Draft::ImageData::Omitted);
    QJsonArray images = object.value(u"inlineImages"_s).toArray();
    QSet<QString> keep;
    const QString imageDir = imageDirectory(draft.id);
    if (!draft.inlineImages.isEmpty() && !QDir().mkpath(imageDir)) {
        if (error)
            *error = tr("Cannot create %1").arg(QDir::toNativeSeparators(imageDir));
        return false;
    }
    for (qsizetype i = 0; i < draft.inlineImages.size(); ++i) {
        const QString fileName = imageFileName(draft.inlineImages[i].data);
        const QString path = imageDir + u'/' + fileName;
        if (!QFile::exists(path) && !writeAtomically(path, draft.inlineImages[i].data, error))
            return false;
        keep.insert(fileName);
        QJsonObject item = images[i].toObject();
        item.insert(u"file"_s, fileName);
        images[i] = item;
    }
    object.insert(u"inlineImages"_s, images);
    if (!writeAtomically(jsonPath(draft.id), QJsonDocument(object).toJson(QJsonDocument::Compact),
                         error)) {
        return false;
    }

    // Images no longer in the body go only after the JSON stopped referring to them.
    const QStringList present = QDir(imageDir).entryList(QDir::Files);
    for (const QString& fileName : present) {
        if (!keep.contains(fileName))
            QFile::remove(imageDir + u'/' + fileName);
    }
    if (draft.inlineImages.isEmpty())
        QDir(imageDir).removeRecursively();
    return true;
}

std::optional<Draft> DraftStore::load(const QString& id, QString* error) const
{
    if (!isSafeId(id)) {
        if (error)
            *error = tr("Invalid draft id: %1").arg(id);
        return std::nullopt;
    }
    QFile file(jsonPath(id));
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
    const QJsonObject object = document.object();
    Draft draft = Draft::fromJson(object);
    draft.id = id;
    const QJsonArray images = object.value(u"inlineImages"_s).toArray();
    for (qsizetype i = 0; i < draft.inlineImages.size() && i < images.size(); ++i) {
        const QString fileName = images[i].toObject().value(u"file"_s).toString();
        QFile image(imageDirectory(id) + u'/' + fileName);
        if (!isSafeId(fileName) || !image.open(QIODevice::ReadOnly)) {
            if (error)
                *error =
                    tr("%1: missing inline image %2")
                        .arg(QDir::toNativeSeparators(file.fileName()), draft.inlineImages[i].name);
            return std::nullopt;
        }
        draft.inlineImages[i].data = image.readAll();
    }
    return draft;
}

QList<Draft> DraftStore::loadAll() const
{
    QList<Draft> drafts;
    const QStringList all = ids();
    for (const QString& id : all) {
        QString error;
        if (std::optional<Draft> draft = load(id, &error))
            drafts.append(*draft);
        else
            qCWarning(lcDrafts, "Skipping unreadable draft: %s", qUtf8Printable(error));
    }
    std::stable_sort(drafts.begin(), drafts.end(),
                     [](const Draft& a, const Draft& b) { return a.modified < b.modified; });
    return drafts;
}

QStringList DraftStore::ids() const
{
    QStringList result;
    const QStringList files = QDir(m_directory).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString id = file.chopped(5);
        if (isSafeId(id))
            result.append(id);
    }
    return result;
}

bool DraftStore::contains(const QString& id) const
{
    return isSafeId(id) && QFile::exists(jsonPath(id));
}

bool DraftStore::remove(const QString& id) const
{
    if (!isSafeId(id))
        return false;
    // The JSON goes first: images without a JSON are never read, a JSON without images is.
    const bool removed = !QFile::exists(jsonPath(id)) || QFile::remove(jsonPath(id));
    QDir images(imageDirectory(id));
    return removed && (!images.exists() || images.removeRecursively());
}

} // namespace hongyan
