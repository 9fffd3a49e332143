#include "readfailure.h"

#include "emldevice.h"
#include "messagedevice.h"

namespace smtp {

Note readFailureOf(const QIODevice& device)
{
    Note failure;
    if (const auto* message = qobject_cast<const MessageDevice*>(&device))
        failure = message->readFailure();
    else if (const auto* eml = qobject_cast<const EmlDevice*>(&device))
        failure = eml->readFailure();
    // A failure of QIODevice's own ("device not open") has no note.
    if (failure.isEmpty() && !device.errorString().isEmpty())
        failure = Note::verbatim(device.errorString());
    return failure;
}

} // namespace smtp
