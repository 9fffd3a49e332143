#pragma once

#include "credentials.h"
#include "directdelivery.h"
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
    // Direct delivery only: refuse an MX host that does not offer STARTTLS with a verified
    // certificate, instead of falling back to an unencrypted connection.
    bool requireTls = false;
    // Submission only: how long a send waits for the server at each step before it ends as
    // a temporary failure that names the step (RFC 5321's limits, minutes long, are for
    // MTAs; direct delivery keeps them). swaks waits 30 s, Thunderbird 100 s.
    static constexpr int DefaultWaitSeconds = 60;
    int waitSeconds = DefaultWaitSeconds;

    bool needsSecret() const
    {
        return kind == Kind::Submission && authMethod != smtp::AuthMethod::None;
    }
    // The engine settings for this account, with the secret supplied by the caller. For a
    // direct-delivery account: the settings of one MX hop (host and address still to fill).
    smtp::SessionSettings sessionSettings(const QString& secret) const;
    // How a direct-delivery account delivers: port 25, STARTTLS when offered (or required),
    // the account's EHLO name and CA file. MX records are looked up with the system's
    // resolver, unless the environment variable HONGYAN_DNS_SERVER holds the IP address of
    // another name server (as hongyan-cli --dns-server does): for split-horizon DNS, and for
    // tests that serve their own zones. Nothing else changes with it.
    smtp::DirectDelivery::Options directDeliveryOptions() const;
};

} // namespace hongyan
