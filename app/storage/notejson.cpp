#include "notejson.h"

#include "transcriptrecord.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

QJsonObject noteToJson(const smtp::Note& note)
{
    if (note.isEmpty())
        return {};
    QJsonArray arguments;
    for (qsizetype i = 0; i < note.arguments.size(); ++i) {
        const bool isNote = size_t(i) < note.inner.size() && !note.inner[size_t(i)].isEmpty();
        if (isNote)
            arguments.append(noteToJson(note.inner[size_t(i)]));
        else
            arguments.append(note.arguments.at(i));
    }
    return QJsonObject{{u"pattern"_s, note.pattern}, {u"arguments"_s, arguments}};
}

smtp::Note noteFromJson(const QJsonObject& object)
{
    using smtp::TranscriptRecord;
    smtp::Note note;
    note.pattern = TranscriptRecord::escapeForDisplay(object.value(u"pattern"_s).toString());
    const QJsonArray arguments = object.value(u"arguments"_s).toArray();
    for (const QJsonValue& argument : arguments) {
        if (argument.isObject())
            note.append(noteFromJson(argument.toObject()));
        else
            note.append(TranscriptRecord::escapeForDisplay(argument.toString()));
    }
    return note;
}

} // namespace hongyan
