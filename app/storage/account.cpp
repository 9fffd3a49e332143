#include "account.h"

namespace hongyan {

namespace {

// The name server HONGYAN_DNS_SERVER names; null (the system's) when unset or invalid.
QHostAddress dnsServerOverride()
{
    return QHostAddress(qEnvironmentVariable("HONGYAN_DNS_SERVER").trimmed());
}

} // namespace

smtp::SessionSettings Account::sessionSettings(const QString& secret) const
{
    smtp::SessionSettings settings;
    settings.host = host;
    // MX hosts receive mail on port 25, whatever port the account once had.
    settings.port = kind == Kind::DirectDelivery ? quint16(25) : port;
    if (kind == Kind::DirectDelivery)
        settings.security = requireTls ? smtp::Security::StartTls : smtp::Security::Opportunistic;
    else
        settings.security = security;
    settings.ehloName = ehloName;
    settings.authMethod = kind == Kind::DirectDelivery ? smtp::AuthMethod::None : authMethod;
    if (settings.authMethod != smtp::AuthMethod::None && !(user.isEmpty() && secret.isEmpty())) {
        settings.credentials.user = user;
        settings.credentials.secret = secret;
        settings.credentials.kind = secretKind;
    }
    settings.allowPlaintextAuth = allowPlaintextAuth;
    settings.caFile = caFile;
    // A pin accepts one certificate of the account's own server; MX hosts are others, and
    // are given RFC 5321's patience.
    if (kind == Kind::Submission) {
        settings.pinnedSha256 = pinnedSha256;
        settings.timeouts = smtp::Timeouts::watched(std::chrono::seconds(waitSeconds));
    }
    return settings;
}

smtp::DirectDelivery::Options Account::directDeliveryOptions() const
{
    smtp::DirectDelivery::Options options;
    options.dnsServer = dnsServerOverride();
    options.requireTls = requireTls;
    options.ehloName = ehloName;
    options.caFile = caFile;
    return options;
}

} // namespace hongyan
