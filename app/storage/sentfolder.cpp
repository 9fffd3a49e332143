#include "sentfolder.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

namespace {

const QString EnabledKey = u"sent/keepCopies"_s;

// Letters (any script), digits and a few safe marks; everything else becomes '_', so a
// subject can never name another directory or a device.
QString fileNamePart(const QString& subject)
{
    QString part;
    for (QChar c : subject) {
        if (part.size() >= 60)
            break;
        part.append(c.isLetterOrNumber() || c == u'-' || c == u'_' ? c : u'_');
    }
    while (part.contains(u"__"_s))
        part.replace(u"__"_s, u"_"_s);
    return part;
}

} // namespace

SentFolder::SentFolder(QString directory)
    : m_directory(std::move(directory))
{}

QString SentFolder::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/sent"_s;
}

bool SentFolder::isEnabled() const
{
    return QSettings().value(EnabledKey, true).toBool();
}

void SentFolder::setEnabled(bool enabled)
{
    QSettings().setValue(EnabledKey, enabled);
}

QString SentFolder::newPath(const QString& subject) const
{
    const QString stem = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    const QString part = fileNamePart(subject);
    const QString base = part.isEmpty() ? stem : stem + u'-' + part;
    QString path = m_directory + u'/' + base + u".eml"_s;
    for (int n = 2; QFile::exists(path); ++n)
        path = m_directory + u'/' + base + u'-' + QString::number(n) + u".eml"_s;
    return path;
}

} // namespace hongyan
