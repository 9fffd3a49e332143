#include "notejson.h"

#include "transcriptrecord.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

QJsonObject noteToJson(const smtp::Note& note)
{
    if (note.isEmpty())
        return {};
    return QJsonObject{{u"pattern"_s, note.pattern},
                       {u"arguments"_s, QJsonArray::fromStringList(note.arguments)}};
}

smtp::Note noteFromJson(const QJsonObject& object)
{
    using smtp::TranscriptRecord;
    smtp::Note note;
    note.pattern = TranscriptRecord::escapeForDisplay(object.value(u"pattern"_s).toString());
    for (const QJsonValue& argument : object.value(u"arguments"_s).toArray())
        note.arguments.append(TranscriptRecord::escapeForDisplay(argument.toString()));
    return note;
}

} // namespace hongyan
