#pragma once

#include "note.h"

#include <QJsonObject>

namespace hongyan {

// An engine note in a file of ours ({"pattern": …, "arguments": […]}, a value that is itself
// a note written as such an object), so what was saved is shown in the language of the day
// it is read. Nothing is written for an empty note.
QJsonObject noteToJson(const smtp::Note& note);
// Read back displayable (control characters shown as escapes), whatever the file holds.
smtp::Note noteFromJson(const QJsonObject& object);

} // namespace hongyan
