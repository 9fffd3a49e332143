#include "documentsfolder.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace hongyan {

QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

} // namespace hongyan
