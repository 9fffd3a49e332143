#pragma once

#include "enhancedstatus.h"

#include <QString>

namespace smtp {

// The server's answer to one RCPT TO. `accepted` is that answer only: the message reached
// the recipient when the whole outcome is a success too (Outcome::deliveredTo).
struct RecipientResult
{
    QString address;
    bool accepted = false;
    int code = 0; // 0 when the RCPT was never answered
    EnhancedStatus enhanced;
    QString serverText;
};

} // namespace smtp
