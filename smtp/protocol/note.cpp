#include "note.h"

namespace smtp {

Note Note::joined(const QList<Note>& notes)
{
    Note list;
    for (const Note& note : notes) {
        if (!list.pattern.isEmpty())
            list.pattern += u"; ";
        list.pattern += u'%' + QString::number(list.arguments.size() + 1);
        list.append(note);
    }
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
