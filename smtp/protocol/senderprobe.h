#pragma once

#include "reply.h"
#include "sessioncore.h"

#include <optional>

namespace smtp {

// testSender(): MAIL FROM:<address> then RSET, so the server says whether it would take
// mail from that sender without anything being sent.
class SenderProbe
{
public:
    explicit SenderProbe(SessionCore& core);

    void start(const QByteArray& wireAddress, const QByteArray& parameters);
    void onReply(Expect expect, const Reply& reply);

private:
    SessionCore& m_core;
    std::optional<Outcome> m_verdict; // the answer to MAIL, reported after the RSET
};

} // namespace smtp
