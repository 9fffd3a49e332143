#include "providerpresets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

namespace {

struct NoteSource
{
    const char16_t* key;
    const char* text;
};

// The notes shown beside the password field, keyed by the data file's "note". English
// source text; lupdate collects it for the translations.
constexpr std::array<NoteSource, 12> Notes{{
    {u"netease-authorization-code",
     QT_TRANSLATE_NOOP("ProviderPresets",
                       "NetEase mail does not accept your login password here. Turn on "
                       "SMTP in the web mail settings (POP3/SMTP/IMAP) and enter the client "
                       "authorization code (授权码) it gives you.")},
    {u"qq-authorization-code",
     QT_TRANSLATE_NOOP("ProviderPresets",
                       "QQ Mail does not accept your QQ password here. Turn on the SMTP service "
                       "in QQ Mail's settings (Account) and enter the authorization code "
                       "(授权码) it gives you.")},
    {u"exmail-client-password",
     QT_TRANSLATE_NOOP("ProviderPresets",
                       "Tencent Exmail: when secure login is on, create a client-specific "
                       "password (客户端专用密码) and enter it here; otherwise use your "
                       "mailbox password.")},
    {u"aliyun-client-password",
     QT_TRANSLATE_NOOP("ProviderPresets",
                       "Turn on POP3/SMTP in the web mail settings first. If third-party "
                       "client security is on, enter the client password (三方客户端安全密码) "
                       "instead of your login password.")},
    {u"sina-authorization-code",
     QT_TRANSLATE_NOOP("ProviderPresets",
                       "Turn on SMTP in Sina Mail's settings; enter the client authorization "
                       "code (授权码) it gives you instead of your login password.")},
    {u"sohu-independent-password",
     QT_TRANSLATE_NOOP("ProviderPresets",
                       "Turn on POP3/SMTP in Sohu Mail's settings and set the independent "
                       "password (独立密码) it asks for; enter that password here.")},
    {u"mobile-139-authorization-code",
     QT_TRANSLATE_NOOP("ProviderPresets",
                       "Turn on SMTP in 139 Mail's settings; enter the client authorization "
                       "code (授权码) when 139 Mail gives you one, otherwise your mailbox "
                       "password.")},
    {u"google-app-password",
     QT_TRANSLATE_NOOP("ProviderPresets",
                       "Gmail refuses your Google password here. Turn on 2-Step Verification, "
                       "create an app password (16 letters) and enter it, or use an OAuth2 "
                       "token.")},
    {u"outlook-oauth2",
     QT_TRANSLATE_NOOP("ProviderPresets",
                       "Outlook.com no longer accepts passwords for SMTP: it requires OAuth2 "
                       "(modern authentication). Enter an OAuth2 access token; a password is "
                       "refused with 535 5.7.139.")},
    {u"office365-smtp-auth",
     QT_TRANSLATE_NOOP("ProviderPresets",
                       "Microsoft 365: authenticated SMTP is often turned off by the "
                       "administrator, and basic authentication is being retired (550 5.7.30, "
                       "535 5.7.139). Ask your administrator to enable SMTP AUTH for your "
                       "mailbox, and use an OAuth2 token where possible.")},
    {u"apple-app-password",
     QT_TRANSLATE_NOOP("ProviderPresets",
                       "iCloud Mail needs an app-specific password (Apple ID → Sign-In and "
                       "Security → App-Specific Passwords), not your Apple ID password.")},
    {u"yahoo-app-password",
     QT_TRANSLATE_NOOP("ProviderPresets",
                       "Yahoo Mail needs an app password (Account Security → Generate app "
                       "password), not your Yahoo password.")},
}};

// Provider names, for lupdate; the data file's "name" is the source text.
constexpr std::array<const char*, 18> ProviderNames{
    QT_TRANSLATE_NOOP("ProviderPresets", "NetEase 163 Mail"),
    QT_TRANSLATE_NOOP("ProviderPresets", "NetEase 126 Mail"),
    QT_TRANSLATE_NOOP("ProviderPresets", "NetEase yeah.net Mail"),
    QT_TRANSLATE_NOOP("ProviderPresets", "NetEase VIP 163 Mail"),
    QT_TRANSLATE_NOOP("ProviderPresets", "NetEase VIP 126 Mail"),
    QT_TRANSLATE_NOOP("ProviderPresets", "NetEase 188 Mail"),
    QT_TRANSLATE_NOOP("ProviderPresets", "QQ Mail"),
    QT_TRANSLATE_NOOP("ProviderPresets", "Tencent Exmail"),
    QT_TRANSLATE_NOOP("ProviderPresets", "Aliyun Mail"),
    QT_TRANSLATE_NOOP("ProviderPresets", "Alibaba Mail (enterprise)"),
    QT_TRANSLATE_NOOP("ProviderPresets", "Sina Mail"),
    QT_TRANSLATE_NOOP("ProviderPresets", "Sohu Mail"),
    QT_TRANSLATE_NOOP("ProviderPresets", "139 Mail (China Mobile)"),
    QT_TRANSLATE_NOOP("ProviderPresets", "Gmail"),
    QT_TRANSLATE_NOOP("ProviderPresets", "Outlook.com"),
    QT_TRANSLATE_NOOP("ProviderPresets", "Microsoft 365 (Office 365)"),
    QT_TRANSLATE_NOOP("ProviderPresets", "iCloud Mail"),
    QT_TRANSLATE_NOOP("ProviderPresets", "Yahoo Mail"),
};

std::optional<smtp::Security> securityFromKey(const QString& key)
{
    if (key == u"tls")
        return smtp::Security::ImplicitTls;
    if (key == u"starttls")
        return smtp::Security::StartTls;
    return std::nullopt;
}

std::optional<smtp::AuthMethod> authFromKey(const QString& key)
{
    if (key == u"auto")
        return smtp::AuthMethod::Auto;
    if (key == u"plain")
        return smtp::AuthMethod::Plain;
    if (key == u"login")
        return smtp::AuthMethod::Login;
    if (key == u"cram-md5")
        return smtp::AuthMethod::CramMd5;
    if (key == u"xoauth2")
        return smtp::AuthMethod::XOAuth2;
    if (key == u"oauthbearer")
        return smtp::AuthMethod::OAuthBearer;
    return std::nullopt;
}

QStringList lowerCaseStrings(const QJsonValue& value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array)
        result.append(item.toString().trimmed().toLower());
    return result;
}

bool domainMatches(const QString& pattern, const QString& domain)
{
    if (pattern.startsWith(u"*."))
        return domain.endsWith(QStringView(pattern).mid(1)) && domain.size() > pattern.size() - 1;
    return pattern == domain;
}

QString normalisedDomain(QString domain)
{
    domain = domain.trimmed().toLower();
    while (domain.endsWith(u'.'))
        domain.chop(1);
    return domain;
}

} // namespace

ProviderPresets::ProviderPresets(const QString& path)
{
    if (!load(path))
        m_presets.clear();
}

QString ProviderPresets::defaultPath()
{
    return u":/providers.json"_s;
}

bool ProviderPresets::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (document.isNull()) {
        m_error = u"%1 is not valid JSON: %2 at offset %3"_s.arg(path, parseError.errorString())
                      .arg(parseError.offset);
        return false;
    }
    const QJsonArray providers = document.object().value(u"providers"_s).toArray();
    if (providers.isEmpty()) {
        m_error = u"%1 lists no providers"_s.arg(path);
        return false;
    }
    for (const QJsonValue& value : providers) {
        const QJsonObject object = value.toObject();
        ProviderPreset preset;
        preset.id = object.value(u"id"_s).toString();
        const auto fail = [&](const QString& why) {
            m_error = u"%1: provider '%2': %3"_s.arg(path, preset.id, why);
            return false;
        };
        if (preset.id.isEmpty())
            return fail(u"no id"_s);
        preset.name = object.value(u"name"_s).toString();
        preset.domains = lowerCaseStrings(object.value(u"domains"_s));
        preset.mxSuffixes = lowerCaseStrings(object.value(u"mxSuffixes"_s));
        preset.host = object.value(u"host"_s).toString();
        const int port = object.value(u"port"_s).toInt(-1);
        const auto security = securityFromKey(object.value(u"security"_s).toString());
        const auto auth = authFromKey(object.value(u"auth"_s).toString(u"auto"_s));
        const QString userName = object.value(u"userName"_s).toString(u"address"_s);
        preset.noteKey = object.value(u"note"_s).toString();
        preset.helpUrl = QUrl(object.value(u"helpUrl"_s).toString(), QUrl::StrictMode);
        if (preset.name.isEmpty() || preset.host.isEmpty())
            return fail(u"name and host are required"_s);
        if (preset.domains.isEmpty() && preset.mxSuffixes.isEmpty())
            return fail(u"neither domains nor mxSuffixes"_s);
        if (port <= 0 || port > 65535)
            return fail(u"port must be 1 to 65535"_s);
        if (!security)
            return fail(u"security must be \"tls\" or \"starttls\""_s);
        if (!auth)
            return fail(u"unknown auth method"_s);
        if (userName != u"address" && userName != u"localPart")
            return fail(u"userName must be \"address\" or \"localPart\""_s);
        if (!preset.helpUrl.isEmpty() &&
            (!preset.helpUrl.isValid() || preset.helpUrl.scheme() != u"https"))
            return fail(u"helpUrl must be an https URL"_s);
        preset.port = quint16(port);
        preset.security = *security;
        preset.authMethod = *auth;
        preset.userName = userName == u"localPart" ? ProviderPreset::UserName::LocalPart
                                                   : ProviderPreset::UserName::Address;
        m_presets.append(preset);
    }
    return true;
}

QString ProviderPresets::domainOf(const QString& address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 0)
        return {};
    return normalisedDomain(address.mid(at + 1));
}

std::optional<ProviderPreset> ProviderPresets::forAddress(const QString& address) const
{
    const QString domain = domainOf(address);
    if (domain.isEmpty())
        return std::nullopt;
    return forDomain(domain);
}

std::optional<ProviderPreset> ProviderPresets::forDomain(const QString& domain) const
{
    const QString wanted = normalisedDomain(domain);
    if (wanted.isEmpty())
        return std::nullopt;
    // Exact names win over wildcards, so a listed subdomain is never shadowed.
    for (const ProviderPreset& preset : m_presets) {
        if (preset.domains.contains(wanted))
            return preset;
    }
    for (const ProviderPreset& preset : m_presets) {
        for (const QString& pattern : preset.domains) {
            if (pattern.startsWith(u"*.") && domainMatches(pattern, wanted))
                return preset;
        }
    }
    return std::nullopt;
}

std::optional<ProviderPreset> ProviderPresets::forMailExchanger(const QString& mxHost) const
{
    const QString host = normalisedDomain(mxHost);
    if (host.isEmpty())
        return std::nullopt;
    for (const ProviderPreset& preset : m_presets) {
        for (const QString& suffix : preset.mxSuffixes) {
            if (host == suffix || host.endsWith(u'.' + suffix))
                return preset;
        }
    }
    return std::nullopt;
}

DiscoveredServer ProviderPresets::suggestion(const ProviderPreset& preset, const QString& address,
                                             const SettingsSource& source)
{
    DiscoveredServer server;
    server.host = preset.host;
    server.port = preset.port;
    server.security = preset.security;
    server.authMethod = preset.authMethod;
    server.user = preset.userNameFor(address);
    server.source = source;
    server.providerId = preset.id;
    server.noteKey = preset.noteKey;
    server.helpUrl = preset.helpUrl;
    return server;
}

QString ProviderPresets::noteText(const QString& noteKey)
{
    for (const NoteSource& note : Notes) {
        if (noteKey == note.key)
            return tr(note.text);
    }
    return {};
}

QStringList ProviderPresets::knownNoteKeys()
{
    QStringList keys;
    for (const NoteSource& note : Notes)
        keys.append(QString::fromUtf16(note.key));
    return keys;
}

QString ProviderPresets::displayName(const ProviderPreset& preset)
{
    const QByteArray source = preset.name.toUtf8();
    return tr(source.constData());
}

QStringList ProviderPresets::knownProviderNames()
{
    QStringList names;
    for (const char* name : ProviderNames)
        names.append(QString::fromUtf8(name));
    return names;
}

} // namespace hongyan
