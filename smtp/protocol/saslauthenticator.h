#pragma once

#include "command.h"
#include "credentials.h"
#include "note.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace smtp {

// Client side of one SASL exchange inside SMTP AUTH (RFC 4954): PLAIN (RFC 4616), LOGIN,
// CRAM-MD5 (RFC 2195), XOAUTH2 and OAUTHBEARER (RFC 7628). It produces Commands whose
// transcript text is already redacted, and bounds the number of challenges it answers.
class SaslAuthenticator
{
public:
    enum class Mechanism { Plain, Login, CramMd5, XOAuth2, OAuthBearer };
    static constexpr int MaxChallenges = 4;

    // The mechanism to use, or nothing when none fits. Auto prefers, for tokens,
    // OAUTHBEARER then XOAUTH2; for passwords on an encrypted connection PLAIN (one round
    // trip), then CRAM-MD5, then LOGIN; on a plain-text connection CRAM-MD5 first, since it
    // never sends the password itself.
    static std::optional<Mechanism> choose(AuthMethod method, const QStringList& offered,
                                           Credentials::Kind kind, bool encrypted);
    static QByteArray name(Mechanism mechanism);

    SaslAuthenticator(Mechanism mechanism, Credentials credentials, QString host, quint16 port);

    Mechanism mechanism() const { return m_mechanism; }
    Command initialCommand() const;
    // The line answering a 334 challenge (the base64 text after "334 "). Nothing when the
    // challenge is malformed or the bound on challenges is reached.
    std::optional<Command> respond(QByteArrayView challengeBase64);
    int challengesAnswered() const { return m_challenges; }
    // A 334 challenge made readable for the transcript: decoded when it is printable text.
    static Note describeChallenge(QByteArrayView challengeBase64);

private:
    QByteArray oauthBearerPayload() const;

    Mechanism m_mechanism;
    Credentials m_credentials;
    QString m_host;
    quint16 m_port;
    int m_challenges = 0;
};

} // namespace smtp
