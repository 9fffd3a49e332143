#pragma once

#include "reply.h"
#include "saslauthenticator.h"
#include "sessioncore.h"

#include <optional>

namespace smtp {

// AUTH with the configured credentials (RFC 4954): the mechanism both sides support, the
// challenges answered by SaslAuthenticator, every payload redacted in the transcript.
class Authentication
{
public:
    explicit Authentication(SessionCore& core);

    // Authenticates when the settings ask for it; otherwise hands over at once. In the
    // console it always tries, and a refusal ends only the step.
    void start();
    void onReply(const Reply& reply);
    void reset() { m_sasl.reset(); }

private:
    // Why no AUTH command can be sent, or nothing when one can.
    bool refuseLocally();
    void refuse(Outcome::Reason reason, Note message, Note detail);
    void onRefused(const Reply& reply);

    SessionCore& m_core;
    std::optional<SaslAuthenticator> m_sasl;
};

} // namespace smtp
