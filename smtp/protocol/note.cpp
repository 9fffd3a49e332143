#include "note.h"

namespace smtp {

QString Note::filled(const QString& translatedPattern) const
{
    const QStringView pattern = translatedPattern;
    QString out;
    out.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == u'%') {
            // As QString::arg reads them: one or two digits, %1 to %99.
            qsizetype end = i + 1;
            int index = 0;
            while (end < pattern.size() && end - i <= 2 && pattern.at(end).isDigit())
                index = index * 10 + pattern.at(end++).digitValue();
            if (index >= 1 && index <= arguments.size()) {
                out += arguments.at(index - 1);
                i = end - 1;
                continue;
            }
        }
        out += pattern.at(i);
    }
    return out;
}

} // namespace smtp
