#include "connectionsetup.h"

#include "accountstore.h"
#include "secretreader.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace hongyan::cli {

ConnectionSetup::ConnectionSetup(QObject* parent)
    : QObject(parent)
{}

void ConnectionSetup::fail(const QString& message)
{
    QTimer::singleShot(0, this, [this, message] { emit failed(message); });
}

void ConnectionSetup::start(const CliOptions& options)
{
    m_options = options;
    m_settings = {};
    if (!options.account.isEmpty()) {
        const AccountStore store;
        m_account = store.findByName(options.account);
        if (!m_account) {
            fail(tr("--account: no saved account named '%1'").arg(options.account));
            return;
        }
        m_settings = m_account->sessionSettings({});
    }

    smtp::SessionSettings& s = m_settings;
    if (!options.server.isEmpty())
        s.host = options.server;
    if (options.security)
        s.security = *options.security;
    else if (!m_account)
        // Without a mode, port 465 means implicit TLS; everything else STARTTLS, required.
        s.security = options.port == 465 ? smtp::Security::ImplicitTls : smtp::Security::StartTls;
    if (options.port)
        s.port = *options.port;
    if (options.auth)
        s.authMethod = *options.auth;
    if (!options.user.isEmpty())
        s.credentials.user = options.user;
    if (s.authMethod == smtp::AuthMethod::XOAuth2 || s.authMethod == smtp::AuthMethod::OAuthBearer)
        s.credentials.kind = smtp::Credentials::Kind::OAuthToken;
    if (!options.caFile.isEmpty())
        s.caFile = options.caFile;
    if (!options.pinSha256.isEmpty())
        s.pinnedSha256 = options.pinSha256;
    if (options.allowPlaintextAuth)
        s.allowPlaintextAuth = true;
    if (!options.ehlo.isEmpty())
        s.ehloName = options.ehlo;
    if (options.timeoutSeconds)
        s.timeouts = smtp::Timeouts::uniform(std::chrono::seconds(*options.timeoutSeconds));

    QString error;
    if (!options.passwordEnv.isEmpty() || !options.passwordFile.isEmpty()) {
        const std::optional<QString> secret =
            options.passwordEnv.isEmpty()
                ? SecretReader::fromFile(options.passwordFile, &error)
                : SecretReader::fromEnvironment(options.passwordEnv, &error);
        if (!secret) {
            fail(error);
            return;
        }
        QTimer::singleShot(0, this, [this, value = *secret] { finish(value); });
        return;
    }
    const bool needsSecret =
        s.authMethod != smtp::AuthMethod::None && !s.credentials.user.isEmpty();
    if (!needsSecret) {
        QTimer::singleShot(0, this, [this] { finish({}); });
        return;
    }
    // whyNotFromKeychain: why a saved account's secret did not come from the keychain, so that
    // a script that cannot be asked learns what to fix.
    const auto askOnTerminal = [this](const QString& whyNotFromKeychain) {
        QString promptError;
        const std::optional<QString> typed = SecretReader::prompt(
            tr("Password for %1: ").arg(m_settings.credentials.user), &promptError);
        if (typed)
            finish(*typed);
        else if (whyNotFromKeychain.isEmpty())
            emit failed(promptError);
        else
            emit failed(tr("%1; %2", "why not from the keychain; why not from a terminal")
                            .arg(whyNotFromKeychain, promptError));
    };
    if (m_account && m_account->needsSecret()) {
        m_secrets.read(m_account->id, [this, askOnTerminal](const SecretStore::Result& result) {
            switch (result.status) {
            case SecretStore::Result::Status::Ok:
                finish(result.secret);
                return;
            case SecretStore::Result::Status::NotFound:
                askOnTerminal(tr("the keychain holds no password for this account"));
                return;
            case SecretStore::Result::Status::Unavailable:
            case SecretStore::Result::Status::Failed:
                // No keychain, or a broken one: ask, never guess.
                askOnTerminal(tr("the keychain could not be used (%1)").arg(result.errorString));
                return;
            }
        });
        return;
    }
    QTimer::singleShot(0, this, [askOnTerminal] { askOnTerminal({}); });
}

void ConnectionSetup::finish(const QString& secret)
{
    m_settings.credentials.secret = secret;
    if (m_settings.credentials.user.isEmpty() && secret.isEmpty())
        m_settings.credentials = {};
    emit ready(m_settings);
}

} // namespace hongyan::cli
