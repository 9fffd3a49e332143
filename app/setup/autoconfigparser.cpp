#include "autoconfigparser.h"

#include "providerpresets.h"

#include <QUrl>
#include <QXmlStreamReader>

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

namespace {

struct Candidate
{
    QString hostname;
    QString port;
    QString socketType;
    QString username;
    QStringList authentications;
};

QString expanded(QString text, const QString& address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    const QString localPart = at < 0 ? address : address.left(at);
    text.replace(u"%EMAILADDRESS%"_s, address);
    text.replace(u"%EMAILLOCALPART%"_s, localPart);
    text.replace(u"%EMAILDOMAIN%"_s, ProviderPresets::domainOf(address));
    return text.trimmed();
}

std::optional<smtp::Security> securityOf(const QString& socketType)
{
    if (socketType.compare(u"SSL"_s, Qt::CaseInsensitive) == 0)
        return smtp::Security::ImplicitTls;
    if (socketType.compare(u"STARTTLS"_s, Qt::CaseInsensitive) == 0)
        return smtp::Security::StartTls;
    if (socketType.compare(u"plain"_s, Qt::CaseInsensitive) == 0)
        return smtp::Security::Plain;
    return std::nullopt;
}

// The first method of the file's list that Hongyan can do; nothing when none of them is
// (e.g. only NTLM or GSSAPI), in which case the server is of no use.
std::optional<smtp::AuthMethod> authMethodOf(const QStringList& authentications)
{
    if (authentications.isEmpty())
        return smtp::AuthMethod::Auto;
    for (const QString& name : authentications) {
        if (name == u"password-cleartext" || name == u"plain")
            return smtp::AuthMethod::Auto;
        if (name == u"password-encrypted" || name == u"secure")
            return smtp::AuthMethod::CramMd5;
        if (name.compare(u"OAuth2"_s, Qt::CaseInsensitive) == 0)
            return smtp::AuthMethod::XOAuth2;
        if (name == u"none" || name == u"client-IP-address")
            return smtp::AuthMethod::None;
    }
    return std::nullopt;
}

bool isUsableHostName(const QString& host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    for (const QChar c : host) {
        if (c.isSpace() || c == u'/' || c == u'@' || c == u':' || c.unicode() < 0x20)
            return false;
    }
    return !QUrl::toAce(host).isEmpty();
}

void readOutgoingServer(QXmlStreamReader& reader, Candidate& candidate)
{
    while (reader.readNextStartElement()) {
        const QStringView name = reader.name();
        if (name == u"hostname")
            candidate.hostname = reader.readElementText();
        else if (name == u"port")
            candidate.port = reader.readElementText().trimmed();
        else if (name == u"socketType")
            candidate.socketType = reader.readElementText().trimmed();
        else if (name == u"username")
            candidate.username = reader.readElementText();
        else if (name == u"authentication")
            candidate.authentications.append(reader.readElementText().trimmed());
        else
            reader.skipCurrentElement();
    }
}

} // namespace

AutoconfigParser::Result AutoconfigParser::parse(const QByteArray& xml, const QString& address)
{
    Result result;
    QList<Candidate> candidates;
    QXmlStreamReader reader(xml);
    if (!reader.readNextStartElement() || reader.name() != u"clientConfig") {
        result.error =
            reader.hasError() ? reader.errorString() : tr("the document is not a clientConfig");
        return result;
    }
    while (reader.readNextStartElement()) {
        if (reader.name() != u"emailProvider") {
            reader.skipCurrentElement();
            continue;
        }
        while (reader.readNextStartElement()) {
            if (reader.name() == u"displayName" && result.displayName.isEmpty()) {
                result.displayName = reader.readElementText().trimmed();
            } else if (reader.name() == u"outgoingServer" &&
                       reader.attributes().value(u"type"_s) == u"smtp") {
                Candidate candidate;
                readOutgoingServer(reader, candidate);
                candidates.append(candidate);
            } else {
                reader.skipCurrentElement();
            }
        }
    }
    if (reader.hasError()) {
        result.error = tr("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString());
        return result;
    }

    for (const Candidate& candidate : std::as_const(candidates)) {
        DiscoveredServer server;
        server.host = expanded(candidate.hostname, address);
        bool portOk = false;
        const uint port = candidate.port.toUInt(&portOk);
        const auto security = securityOf(candidate.socketType);
        const auto authMethod = authMethodOf(candidate.authentications);
        if (!isUsableHostName(server.host) || !portOk || port == 0 || port > 65535 || !security ||
            !authMethod)
            continue;
        server.port = quint16(port);
        server.security = *security;
        server.authMethod = *authMethod;
        server.user = expanded(candidate.username, address);
        result.servers.append(server);
    }
    // Unencrypted entries only when the provider offers nothing better.
    std::stable_partition(
        result.servers.begin(), result.servers.end(),
        [](const DiscoveredServer& server) { return server.security != smtp::Security::Plain; });
    if (result.servers.isEmpty() && result.error.isEmpty())
        result.error = candidates.isEmpty() ? tr("the file lists no SMTP server")
                                            : tr("the file lists no SMTP server Hongyan can use");
    return result;
}

} // namespace hongyan
