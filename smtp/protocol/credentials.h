#pragma once

#include <QString>

namespace smtp {

// What the client proves its identity with: a user name and either a password or an
// OAuth 2.0 access token supplied by the caller. Never logged, never written to disk.
struct Credentials
{
    enum class Kind { Password, OAuthToken };

    QString user;
    QString secret;
    Kind kind = Kind::Password;

    bool isEmpty() const { return user.isEmpty() && secret.isEmpty(); }
};

// Which SASL mechanism to use. Auto picks the strongest one the server offers that fits
// the credentials; None never authenticates, even when credentials are configured.
enum class AuthMethod { Auto, None, Plain, Login, CramMd5, XOAuth2, OAuthBearer };

} // namespace smtp
