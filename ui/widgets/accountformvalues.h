#pragma once

#include "credentials.h"
#include "sessionsettings.h"

#include <QByteArray>
#include <QString>

namespace hongyan {

// What the account editor shows and the user edits. The password is only what the user
// typed in this session: empty means "leave the keychain entry as it is".
struct AccountFormValues
{
    QString name;
    QString address;
    QString displayName;
    // Straight to the recipients' MX hosts (no server, port, security or sign-in).
    bool directDelivery = false;
    bool requireTls = false; // direct delivery: STARTTLS with a verified certificate only
    QString host;
    quint16 port = 465;
    smtp::Security security = smtp::Security::ImplicitTls;
    smtp::AuthMethod authMethod = smtp::AuthMethod::Auto;
    QString user;
    QString password;
    bool allowPlaintextAuth = false;
    QString caFile;
    QByteArray pinnedSha256; // raw 32 bytes, or empty
    int waitSeconds = 0;     // for each reply of the server; the controller sets it
};

} // namespace hongyan
