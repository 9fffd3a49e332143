#include "note.h"

#include <QCoreApplication>

namespace smtp {

QString Note::localized() const
{
    return translated([](const QString& englishPattern) {
        return QCoreApplication::translate(Context, englishPattern.toUtf8().constData());
    });
}

Note Note::joined(const QList<Note>& notes)
{
    Note list = notes.value(0);
    for (qsizetype i = 1; i < notes.size(); ++i)
        list = Note::of(QT_TRANSLATE_NOOP("smtp", "%1; %2"), list, notes.at(i));
    return list;
}

QString Note::filled(QStringView pattern, const QStringList& values)
{
    QString out;
    out.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == u'%') {
            // As QString::arg reads them: one or two digits, %1 to %99.
            qsizetype end = i + 1;
            int index = 0;
            while (end < pattern.size() && end - i <= 2 && pattern.at(end).isDigit())
                index = index * 10 + pattern.at(end++).digitValue();
            if (index >= 1 && index <= values.size()) {
                out += values.at(index - 1);
                i = end - 1;
                continue;
            }
        }
        out += pattern.at(i);
    }
    return out;
}

} // namespace smtp
