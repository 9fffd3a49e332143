#include "saslauthenticator.h"

#include "transcriptrecord.h"

#include <QMessageAuthenticationCode>

namespace smtp {

std::optional<SaslAuthenticator::Mechanism> SaslAuthenticator::choose(AuthMethod method,
                                                                      const QStringList& offered,
                                                                      Credentials::Kind kind,
                                                                      bool encrypted)
{
    auto isOffered = [&offered](Mechanism mechanism) {
        return offered.contains(QString::fromLatin1(name(mechanism)), Qt::CaseInsensitive);
    };
    auto pick = [&](std::initializer_list<Mechanism> ranking) -> std::optional<Mechanism> {
        for (const Mechanism mechanism : ranking) {
            if (isOffered(mechanism))
                return mechanism;
        }
        return std::nullopt;
    };

    switch (method) {
    case AuthMethod::None:
        return std::nullopt;
    case AuthMethod::Plain:
        return pick({Mechanism::Plain});
    case AuthMethod::Login:
        return pick({Mechanism::Login});
    case AuthMethod::CramMd5:
        return pick({Mechanism::CramMd5});
    case AuthMethod::XOAuth2:
        return pick({Mechanism::XOAuth2});
    case AuthMethod::OAuthBearer:
        return pick({Mechanism::OAuthBearer});
    case AuthMethod::Auto:
        break;
    }
    if (kind == Credentials::Kind::OAuthToken)
        return pick({Mechanism::OAuthBearer, Mechanism::XOAuth2});
    if (encrypted)
        return pick({Mechanism::Plain, Mechanism::CramMd5, Mechanism::Login});
    return pick({Mechanism::CramMd5, Mechanism::Plain, Mechanism::Login});
}

QByteArray SaslAuthenticator::name(Mechanism mechanism)
{
    switch (mechanism) {
    case Mechanism::Plain:
        return "PLAIN";
    case Mechanism::Login:
        return "LOGIN";
    case Mechanism::CramMd5:
        return "CRAM-MD5";
    case Mechanism::XOAuth2:
        return "XOAUTH2";
    case Mechanism::OAuthBearer:
        return "OAUTHBEARER";
    }
    return {};
}

SaslAuthenticator::SaslAuthenticator(Mechanism mechanism, Credentials credentials, QString host,
                                     quint16 port)
    : m_mechanism(mechanism)
    , m_credentials(std::move(credentials))
    , m_host(std::move(host))
    , m_port(port)
{}

Command SaslAuthenticator::initialCommand() const
{
    const QByteArray user = m_credentials.user.toUtf8();
    const QByteArray secret = m_credentials.secret.toUtf8();
    switch (m_mechanism) {
    case Mechanism::Plain:
        // RFC 4616: authzid NUL authcid NUL passwd, sent as the initial response so the
        // exchange takes one round trip.
        return Command::auth(name(m_mechanism), ('\0' + user + '\0' + secret).toBase64());
    case Mechanism::Login:
    case Mechanism::CramMd5:
        return Command::auth(name(m_mechanism));
    case Mechanism::XOAuth2:
        return Command::auth(name(m_mechanism), ("user=" + user +
                                                 "\x01"
                                                 "auth=Bearer " +
                                                 secret + "\x01\x01")
                                                    .toBase64());
    case Mechanism::OAuthBearer:
        return Command::auth(name(m_mechanism), oauthBearerPayload().toBase64());
    }
    return Command::auth(name(m_mechanism));
}

std::optional<Command> SaslAuthenticator::respond(QByteArrayView challengeBase64)
{
    if (m_challenges >= MaxChallenges)
        return std::nullopt;
    ++m_challenges;
    const auto decoded = QByteArray::fromBase64Encoding(challengeBase64.trimmed().toByteArray(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QByteArray challenge = *decoded;

    switch (m_mechanism) {
    case Mechanism::Login: {
        // Servers ask "Username:" then "Password:"; some send other prompts, so the order
        // of the challenges decides, not their text.
        if (m_challenges > 2)
            return std::nullopt;
        const QString& answer = m_challenges == 1 ? m_credentials.user : m_credentials.secret;
        return Command::authResponse(answer.toUtf8().toBase64());
    }
    case Mechanism::CramMd5: {
        if (m_challenges > 1 || challenge.isEmpty())
            return std::nullopt;
        const QByteArray digest =
            QMessageAuthenticationCode::hash(challenge, m_credentials.secret.toUtf8(),
                                             QCryptographicHash::Md5)
                .toHex();
        return Command::authResponse((m_credentials.user.toUtf8() + ' ' + digest).toBase64());
    }
    case Mechanism::XOAuth2:
        // The server explains a rejected token in a 334 JSON challenge and waits for an
        // empty line before sending its final 5xx (Google's XOAUTH2 protocol).
        return Command::authResponse(QByteArray());
    case Mechanism::OAuthBearer:
        // RFC 7628 §3.2.3: the client answers an error challenge with a single 0x01.
        return Command::authResponse(QByteArray("\x01").toBase64());
    case Mechanism::Plain:
        // The initial response was sent; an empty challenge asks for it again (RFC 4954).
        if (!challenge.isEmpty())
            return std::nullopt;
        return Command::authResponse(
            ('\0' + m_credentials.user.toUtf8() + '\0' + m_credentials.secret.toUtf8()).toBase64());
    }
    return std::nullopt;
}

Note SaslAuthenticator::describeChallenge(QByteArrayView challengeBase64)
{
    const auto decoded = QByteArray::fromBase64Encoding(challengeBase64.trimmed().toByteArray(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Note::of(QT_TRANSLATE_NOOP("smtp", "(not valid base64)"));
    if ((*decoded).isEmpty())
        return Note::of(QT_TRANSLATE_NOOP("smtp", "(empty challenge)"));
    for (const char c : *decoded) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f)
            return Note::of(QT_TRANSLATE_NOOP("smtp", "(%1 bytes of binary data)"),
                            (*decoded).size());
    }
    // The server's words: escaped like every other text from the server (C1 controls,
    // bidirectional overrides and invalid UTF-8 made visible).
    return Note::verbatim(TranscriptRecord::escapeForDisplay(*decoded));
}

QByteArray SaslAuthenticator::oauthBearerPayload() const
{
    // RFC 7628 §3.1: gs2 header with the authorization identity, then key=value pairs
    // separated by 0x01. Commas and '=' in the user name are escaped as RFC 5801 says.
    QByteArray user = m_credentials.user.toUtf8();
    user.replace("=", "=3D").replace(",", "=2C");
    return "n,a=" + user +
           ",\x01"
           "host=" +
           m_host.toUtf8() +
           "\x01"
           "port=" +
           QByteArray::number(m_port) +
           "\x01"
           "auth=Bearer " +
           m_credentials.secret.toUtf8() + "\x01\x01";
}

} // namespace smtp
