#pragma once

#include "enhancedstatus.h"

#include <QCoreApplication>
#include <QString>

namespace hongyan {

// Advice specific to well-known mail providers, chosen by the server host name (or the
// account's address domain): 163/126/yeah.net and QQ need the client authorization code
// (授权码); Gmail, iCloud and Yahoo need an app password; Outlook/Office 365 need OAuth2.
class ProviderHints
{
    Q_DECLARE_TR_FUNCTIONS(ProviderHints)

public:
    // A translated hint for an authentication failure at `host`; empty when none applies.
    static QString authenticationHint(const QString& host);
    // A translated hint for a reply at `host` (e.g. 5.7.30 at Office 365); may be empty.
    static QString replyHint(const QString& host, int code, const smtp::EnhancedStatus& status);
};

} // namespace hongyan
