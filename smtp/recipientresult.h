#pragma once

#include "enhancedstatus.h"

#include <QString>

namespace smtp {

// The server's answer to one RCPT TO.
struct RecipientResult
{
    QString address;
    bool accepted = false;
    int code = 0; // 0 when the RCPT was never answered
    EnhancedStatus enhanced;
    QString serverText;
};

} // namespace smtp
