#pragma once

#include "draft.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hongyan {

// Drafts on disk, one JSON file per draft (written atomically with QSaveFile) plus a folder
// of its inline images, each written once under the SHA-256 of its bytes. A draft stays
// until it is sent or discarded, so whatever is here after a crash is what the user had
// typed; the application reopens it on the next start.
class DraftStore
{
    Q_DECLARE_TR_FUNCTIONS(DraftStore)

public:
    explicit DraftStore(QString directory = defaultDirectory());

    // <AppDataLocation>/drafts
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    // Gives the draft an id when it has none and stamps `modified`. False (and *error, in
    // the user's language, naming the file) when the disk refused; the previous version is then
    // intact.
    bool save(Draft& draft, QString* error = nullptr) const;
    std::optional<Draft> load(const QString& id, QString* error = nullptr) const;
    // Every readable draft, oldest first. Unreadable files are skipped with a warning and
    // left in place for a person to look at.
    QList<Draft> loadAll() const;
    QStringList ids() const;
    bool contains(const QString& id) const;
    // Removes the draft and its images; true when nothing of it remains.
    bool remove(const QString& id) const;

private:
    QString jsonPath(const QString& id) const;
    QString imageDirectory(const QString& id) const;

    QString m_directory;
};

} // namespace hongyan
