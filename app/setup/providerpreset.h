#pragma once

#include "credentials.h"
#include "sessionsettings.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace hongyan {

// The submission settings of one well-known provider, from resources/providers.json.
struct ProviderPreset
{
    // What the provider expects as the SMTP user name.
    enum class UserName { Address, LocalPart };

    QString id;
    QString name;           // English brand name; ProviderPresets::displayName() translates it
    QStringList domains;    // address domains; "*.example.com" matches every subdomain
    QStringList mxSuffixes; // MX host names (or their parent domains) of hosted domains
    QString host;
    quint16 port = 0;
    smtp::Security security = smtp::Security::ImplicitTls;
    UserName userName = UserName::Address;
    smtp::AuthMethod authMethod = smtp::AuthMethod::Auto;
    QString noteKey; // ProviderPresets::noteText() gives the translated note
    QUrl helpUrl;

    // The user name to log in with for `address`, following userName.
    QString userNameFor(const QString& address) const;
};

} // namespace hongyan
