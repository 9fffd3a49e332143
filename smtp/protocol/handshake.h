#pragma once

#include "reply.h"
#include "sessioncore.h"

#include <optional>

namespace smtp {

// The opening conversation: the greeting, EHLO (HELO when EHLO is refused), STARTTLS and
// EHLO again over TLS (RFC 5321 §4.1.1.1, RFC 3207). Implicit TLS comes before all of it.
class Handshake
{
public:
    explicit Handshake(SessionCore& core);

    // The TCP connection is up: TLS first (implicit TLS), then the greeting.
    void onConnected();
    void onEncrypted();
    void onReply(Expect expect, const Reply& reply);
    // The console's STARTTLS: the same rules as the engine's own.
    void startTls();

private:
    // How far STARTTLS went on this connection. Once it is anything but NotTried, the
    // session never asks for it again (and never falls back to HELO).
    enum class Upgrade { NotTried, Encrypted, RefusedByServer };

    void expectGreeting();
    void onGreeting(const Reply& reply);
    void sendEhlo();
    QByteArray ehloName() const;
    void onEhlo(const Reply& reply);
    void onHelo(const Reply& reply);
    void afterEhlo();
    void onStartTls(const Reply& reply);
    bool injectedBeforeTls(const Reply& reply);

    SessionCore& m_core;
    Upgrade m_upgrade = Upgrade::NotTried;
    std::optional<Reply> m_startTlsReply; // the console reports it once TLS is up
};

} // namespace smtp
