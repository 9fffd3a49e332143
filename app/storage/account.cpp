#include "account.h"

namespace hongyan {

smtp::SessionSettings Account::sessionSettings(const QString& secret) const
{
    smtp::SessionSettings settings;
    settings.host = host;
    settings.port = port;
    settings.security = kind == Kind::DirectDelivery ? smtp::Security::Opportunistic : security;
    settings.ehloName = ehloName;
    settings.authMethod = kind == Kind::DirectDelivery ? smtp::AuthMethod::None : authMethod;
    if (settings.authMethod != smtp::AuthMethod::None && !(user.isEmpty() && secret.isEmpty())) {
        settings.credentials.user = user;
        settings.credentials.secret = secret;
        settings.credentials.kind = secretKind;
    }
    settings.allowPlaintextAuth = allowPlaintextAuth;
    settings.caFile = caFile;
    settings.pinnedSha256 = pinnedSha256;
    return settings;
}

} // namespace hongyan
