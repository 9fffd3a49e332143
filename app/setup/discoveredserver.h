#pragma once

#include "credentials.h"
#include "sessionsettings.h"
#include "settingssource.h"

#include <QString>
#include <QUrl>

namespace hongyan {

// Submission settings found for an address, with where they came from.
struct DiscoveredServer
{
    QString host;
    quint16 port = 0;
    smtp::Security security = smtp::Security::ImplicitTls;
    smtp::AuthMethod authMethod = smtp::AuthMethod::Auto;
    QString user; // the user name to log in with; empty when the source did not say
    SettingsSource source;
    // Set when the settings are a known provider's (preset or MX match): for its note.
    QString providerId;
    QString noteKey;
    QUrl helpUrl;
};

} // namespace hongyan
