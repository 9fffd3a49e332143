#pragma once

#include "discoveredserver.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hongyan {

// Reads the outgoing SMTP servers of a Thunderbird autoconfig file (config-v1.1.xml, as
// served at autoconfig.<domain> and /.well-known/autoconfig/mail/). Placeholders in host
// and user names (%EMAILADDRESS%, %EMAILLOCALPART%, %EMAILDOMAIN%) are filled in for the
// address. Servers come in the file's order of preference, encrypted ones first.
class AutoconfigParser
{
    Q_DECLARE_TR_FUNCTIONS(AutoconfigParser)

public:
    struct Result
    {
        QList<DiscoveredServer> servers; // source left to the caller (it knows the URL)
        QString displayName;             // the provider's name from the file
        QString error; // why no server could be read (UI language); empty when some were
    };

    static Result parse(const QByteArray& xml, const QString& address);
};

} // namespace hongyan
