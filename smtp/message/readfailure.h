#pragma once

#include "note.h"

class QIODevice;

namespace smtp {

// Why reading a message source failed, as a note for a person: the message devices say which
// attachment or file and what happened to it, in words the GUI translates; any other device
// gives its errorString() as it is. Empty when the device gave no reason.
Note readFailureOf(const QIODevice& device);

} // namespace smtp
