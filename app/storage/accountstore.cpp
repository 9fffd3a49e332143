#include "accountstore.h"

#include "certificatesummary.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

namespace {

QString securityKey(smtp::Security security)
{
    switch (security) {
    case smtp::Security::ImplicitTls:
        return u"tls"_s;
    case smtp::Security::StartTls:
        return u"starttls"_s;
    case smtp::Security::Opportunistic:
        return u"opportunistic"_s;
    case smtp::Security::Plain:
        return u"none"_s;
    }
    return u"starttls"_s;
}

smtp::Security securityFromKey(const QString& key)
{
    if (key == u"tls")
        return smtp::Security::ImplicitTls;
    if (key == u"opportunistic")
        return smtp::Security::Opportunistic;
    if (key == u"none")
        return smtp::Security::Plain;
    return smtp::Security::StartTls;
}

QString authKey(smtp::AuthMethod method)
{
    switch (method) {
    case smtp::AuthMethod::Auto:
        return u"auto"_s;
    case smtp::AuthMethod::None:
        return u"none"_s;
    case smtp::AuthMethod::Plain:
        return u"plain"_s;
    case smtp::AuthMethod::Login:
        return u"login"_s;
    case smtp::AuthMethod::CramMd5:
        return u"cram-md5"_s;
    case smtp::AuthMethod::XOAuth2:
        return u"xoauth2"_s;
    case smtp::AuthMethod::OAuthBearer:
        return u"oauthbearer"_s;
    }
    return u"auto"_s;
}

smtp::AuthMethod authFromKey(const QString& key)
{
    for (const auto method :
         {smtp::AuthMethod::Auto, smtp::AuthMethod::None, smtp::AuthMethod::Plain,
          smtp::AuthMethod::Login, smtp::AuthMethod::CramMd5, smtp::AuthMethod::XOAuth2,
          smtp::AuthMethod::OAuthBearer}) {
        if (authKey(method) == key)
            return method;
    }
    return smtp::AuthMethod::Auto;
}

} // namespace

AccountStore::AccountStore(QObject* parent)
    : QObject(parent)
{}

AccountStore::AccountStore(const QString& settingsFile, QObject* parent)
    : QObject(parent)
    , m_settings(settingsFile, QSettings::IniFormat)
{}

QStringList AccountStore::ids() const
{
    m_settings.beginGroup(u"accounts"_s);
    const QStringList groups = m_settings.childGroups();
    m_settings.endGroup();
    return groups;
}

QList<Account> AccountStore::accounts() const
{
    m_settings.sync();
    QList<Account> result;
    for (const QString& id : ids())
        result.append(read(id));
    std::sort(result.begin(), result.end(), [](const Account& a, const Account& b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return result;
}

std::optional<Account> AccountStore::account(const QString& id) const
{
    if (id.isEmpty() || !ids().contains(id))
        return std::nullopt;
    return read(id);
}

std::optional<Account> AccountStore::findByName(const QString& nameOrId) const
{
    for (const Account& candidate : accounts()) {
        if (candidate.id == nameOrId || candidate.name.compare(nameOrId, Qt::CaseInsensitive) == 0)
            return candidate;
    }
    return std::nullopt;
}

QString AccountStore::defaultAccountId() const
{
    const QString id = m_settings.value(u"defaultAccount"_s).toString();
    if (ids().contains(id))
        return id;
    const QList<Account> all = accounts();
    return all.isEmpty() ? QString() : all.constFirst().id;
}

std::optional<Account> AccountStore::defaultAccount() const
{
    return account(defaultAccountId());
}

QString AccountStore::save(Account account)
{
    if (account.id.isEmpty())
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_settings.beginGroup(u"accounts/"_s + account.id);
    m_settings.setValue(u"name"_s, account.name);
    m_settings.setValue(u"address"_s, account.address);
    m_settings.setValue(u"displayName"_s, account.displayName);
    m_settings.setValue(u"kind"_s, account.kind == Account::Kind::DirectDelivery ? u"direct"_s
                                                                                 : u"submission"_s);
    m_settings.setValue(u"host"_s, account.host);
    m_settings.setValue(u"port"_s, account.port);
    m_settings.setValue(u"security"_s, securityKey(account.security));
    m_settings.setValue(u"auth"_s, authKey(account.authMethod));
    m_settings.setValue(u"user"_s, account.user);
    m_settings.setValue(u"secretKind"_s, account.secretKind == smtp::Credentials::Kind::OAuthToken
                                             ? u"oauth-token"_s
                                             : u"password"_s);
    m_settings.setValue(u"allowPlaintextAuth"_s, account.allowPlaintextAuth);
    m_settings.setValue(u"caFile"_s, account.caFile);
    m_settings.setValue(u"pinnedSha256"_s, QString::fromLatin1(account.pinnedSha256.toHex()));
    m_settings.setValue(u"ehloName"_s, account.ehloName);
    m_settings.setValue(u"signature"_s, account.signature);
    m_settings.setValue(u"settingsSource"_s, account.settingsSource);
    m_settings.setValue(u"requireTls"_s, account.requireTls);
    m_settings.setValue(u"waitSeconds"_s, account.waitSeconds);
    m_settings.endGroup();
    m_settings.sync();
    emit changed();
    return account.id;
}

void AccountStore::remove(const QString& id)
{
    if (id.isEmpty())
        return;
    m_settings.remove(u"accounts/"_s + id);
    if (m_settings.value(u"defaultAccount"_s).toString() == id)
        m_settings.remove(u"defaultAccount"_s);
    m_settings.sync();
    emit changed();
}

void AccountStore::setDefaultAccountId(const QString& id)
{
    m_settings.setValue(u"defaultAccount"_s, id);
    m_settings.sync();
    emit changed();
}

Account AccountStore::read(const QString& id) const
{
    Account account;
    account.id = id;
    m_settings.beginGroup(u"accounts/"_s + id);
    account.name = m_settings.value(u"name"_s).toString();
    account.address = m_settings.value(u"address"_s).toString();
    account.displayName = m_settings.value(u"displayName"_s).toString();
    account.kind = m_settings.value(u"kind"_s).toString() == u"direct"
                       ? Account::Kind::DirectDelivery
                       : Account::Kind::Submission;
    account.host = m_settings.value(u"host"_s).toString();
    account.port = quint16(m_settings.value(u"port"_s).toUInt());
    account.security = securityFromKey(m_settings.value(u"security"_s).toString());
    account.authMethod = authFromKey(m_settings.value(u"auth"_s).toString());
    account.user = m_settings.value(u"user"_s).toString();
    account.secretKind = m_settings.value(u"secretKind"_s).toString() == u"oauth-token"
                             ? smtp::Credentials::Kind::OAuthToken
                             : smtp::Credentials::Kind::Password;
    account.allowPlaintextAuth = m_settings.value(u"allowPlaintextAuth"_s).toBool();
    account.caFile = m_settings.value(u"caFile"_s).toString();
    account.pinnedSha256 =
        smtp::CertificateSummary::parseSha256(m_settings.value(u"pinnedSha256"_s).toString());
    account.ehloName = m_settings.value(u"ehloName"_s).toString();
    account.signature = m_settings.value(u"signature"_s).toString();
    account.settingsSource = m_settings.value(u"settingsSource"_s).toString();
    account.requireTls = m_settings.value(u"requireTls"_s).toBool();
    // Accounts saved before the setting existed wait as long as new ones.
    account.waitSeconds = m_settings.value(u"waitSeconds"_s, Account::DefaultWaitSeconds).toInt();
    if (account.waitSeconds <= 0)
        account.waitSeconds = Account::DefaultWaitSeconds;
    m_settings.endGroup();
    return account;
}

} // namespace hongyan
