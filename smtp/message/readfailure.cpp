#include "readfailure.h"

#include "emldevice.h"
#include "messagedevice.h"

namespace smtp {

Note readFailureOf(const QIODevice& device)
{
    if (const auto* message = qobject_cast<const MessageDevice*>(&device))
        return message->readFailure();
    if (const auto* eml = qobject_cast<const EmlDevice*>(&device))
        return eml->readFailure();
    return device.errorString().isEmpty() ? Note{} : Note::verbatim(device.errorString());
}

} // namespace smtp
