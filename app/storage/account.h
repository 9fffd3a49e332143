#pragma once

#include "credentials.h"
#include "sessionsettings.h"

#include <QByteArray>
#include <QString>

namespace hongyan {

// One sending account as the user configured it. The secret (password or OAuth token) is
// not part of it: it lives in the system keychain (SecretStore), never in a settings file.
struct Account
{
    enum class Kind { Submission, DirectDelivery };

    QString id; // stable key for settings and keychain entries
    QString name;
    QString address;     // the From address
    QString displayName; // the From display name
    Kind kind = Kind::Submission;

    QString host;
    quint16 port = 0;
    smtp::Security security = smtp::Security::StartTls;
    smtp::AuthMethod authMethod = smtp::AuthMethod::Auto;
    QString user;
    smtp::Credentials::Kind secretKind = smtp::Credentials::Kind::Password;
    bool allowPlaintextAuth = false;
    QString caFile;
    QByteArray pinnedSha256; // raw 32 bytes; pins the certificate of host:port
    QString ehloName;
    QString signature;      // HTML, appended to new messages
    QString settingsSource; // where the server settings came from (preset, autoconfig, ...)

    bool needsSecret() const
    {
        return kind == Kind::Submission && authMethod != smtp::AuthMethod::None;
    }
    // The engine settings for this account, with the secret supplied by the caller.
    smtp::SessionSettings sessionSettings(const QString& secret) const;
};

} // namespace hongyan
