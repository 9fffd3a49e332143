#pragma once

#include "credentials.h"
#include "note.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include <chrono>

namespace smtp {

// How the connection is protected.
enum class Security {
    ImplicitTls,   // TLS from the first byte (port 465, RFC 8314)
    StartTls,      // STARTTLS required: without it nothing is sent after EHLO
    Opportunistic, // STARTTLS when offered, certificate checked and reported but not
                   // required (delivery to MX hosts)
    Plain,         // no encryption: an explicit choice
};

// Per-stage timeouts, RFC 5321 §4.5.3.2 defaults.
struct Timeouts
{
    std::chrono::milliseconds connect{std::chrono::seconds(30)};
    std::chrono::milliseconds tlsHandshake{std::chrono::seconds(60)};
    std::chrono::milliseconds greeting{std::chrono::minutes(5)};
    std::chrono::milliseconds command{std::chrono::minutes(5)}; // EHLO, AUTH, MAIL, RCPT, ...
    std::chrono::milliseconds dataInitiation{std::chrono::minutes(2)};
    std::chrono::milliseconds dataBlock{std::chrono::minutes(3)}; // no upload progress
    std::chrono::milliseconds dataTermination{std::chrono::minutes(10)};
    // On port 465 without SSL/TLS, silence this long means the server waits for a TLS
    // handshake: the wrong security mode is said at once, not after the greeting limit.
    // (Servers that delay their greeting on purpose, like Postfix's postscreen, do it on
    // port 25, not on the implicit-TLS submission port.)
    std::chrono::milliseconds implicitTlsSilence{std::chrono::seconds(5)};

    // The same limit for every stage (hongyan-cli --timeout); a shorter limit also shortens
    // implicitTlsSilence.
    static Timeouts uniform(std::chrono::milliseconds limit);
    // For a person watching a send: `limit` for every stage but the reply after the
    // message, which keeps RFC 5321's 10 minutes (the server may be checking the message,
    // and giving up early makes a second delivery likely when the message is sent again).
    static Timeouts watched(std::chrono::milliseconds limit);
    // The port whose silence before the greeting means implicit TLS (RFC 8314).
    static constexpr quint16 ImplicitTlsPort = 465;
};

// Everything a session needs to reach and talk to one server.
struct SessionSettings
{
    // What to do when some recipients are refused and others accepted.
    enum class RecipientPolicy { DeliverToAccepted, AllOrNothing };
    // How much of the message body the transcript shows.
    enum class BodyTranscript { Summary, Full };

    QString host; // the server's name: connected to, and checked in its certificate
    // When set, the address to connect to instead of resolving `host` (MX delivery, where
    // the addresses come from our own DNS lookups); the certificate is still checked
    // against `host`.
    QHostAddress connectAddress;
    quint16 port = 0; // 0: the default for the security mode (465, 587; 25 for plain text)
    Security security = Security::StartTls;
    QString ehloName; // empty: the machine's FQDN, or the local address literal

    AuthMethod authMethod = AuthMethod::Auto;
    Credentials credentials;
    bool allowPlaintextAuth = false; // send credentials without TLS: an explicit choice

    QString caFile;          // PEM file with extra trusted CAs, added to the system store
    QByteArray pinnedSha256; // 32 raw bytes: accept exactly that leaf certificate

    Timeouts timeouts;
    RecipientPolicy recipientPolicy = RecipientPolicy::DeliverToAccepted;
    BodyTranscript bodyTranscript = BodyTranscript::Summary;
    bool usePipelining = true; // when the server offers it
    bool useChunking = true;   // BDAT, when the server offers CHUNKING and PIPELINING

    quint16 effectivePort() const;
    // The transcript's first line: "Connecting to HOST [ADDRESS] port N (how it is protected)".
    Note connectingNote() const;
    static quint16 defaultPort(Security security);
    // Empty when usable; otherwise what is wrong, naming the field.
    Note validate() const;
};

} // namespace smtp
