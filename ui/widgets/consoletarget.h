#pragma once

#include "sessionsettings.h"

#include <QString>

namespace hongyan {

// Where the SMTP console connects, as the user chose it in the console window: a saved
// account (its settings and keychain secret), or a server typed in with an optional user
// name and password for this session only.
struct ConsoleTarget
{
    QString accountId; // empty: the server below
    QString host;
    quint16 port = 587;
    smtp::Security security = smtp::Security::StartTls;
    QString user;
    QString password; // typed for this session; never stored
    bool allowPlaintextAuth = false;
};

} // namespace hongyan
