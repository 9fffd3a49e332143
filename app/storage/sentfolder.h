#pragma once

#include <QString>

namespace hongyan {

// A local folder of sent messages as .eml files, kept when the user wants them (a setting
// in QSettings, on by default). File names start with the time of sending so the folder
// sorts by date in any file manager.
class SentFolder
{
public:
    explicit SentFolder(QString directory = defaultDirectory());

    // <AppDataLocation>/sent
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    bool isEnabled() const;
    void setEnabled(bool enabled);

    // A new, unused path in the folder for a message with this subject.
    QString newPath(const QString& subject) const;

private:
    QString m_directory;
};

} // namespace hongyan
