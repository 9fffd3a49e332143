#pragma once

#include "envelope.h"
#include "recipientresult.h"
#include "reply.h"
#include "sessioncore.h"

#include <QPointer>

#include <memory>
#include <optional>

class QIODevice;

namespace smtp {

class DataTransfer;

// One message: MAIL FROM, RCPT TO for each recipient, DATA or BDAT, the body and the
// server's verdict (RFC 5321 §3.3), pipelined when the server allows (RFC 2920), chunked
// when it offers CHUNKING (RFC 3030). Replies settle the transaction only once every reply
// to its pipelined commands is in. The console's DATA uses the same body pump.
class MailTransaction
{
public:
    explicit MailTransaction(SessionCore& core);
    ~MailTransaction();

    // A message to send once the session is Ready; `message` must stay open until the end.
    void prepare(const Envelope& envelope, QIODevice* message);
    // The console's DATA: `text` dot-stuffed, then the final dot; the reply is the result.
    void startConsoleData(QIODevice* text);
    bool isPrepared() const { return bool(m_current); }
    bool hasStarted() const;
    // The final dot or BDAT LAST is on its way: the server may have accepted the message.
    bool finalSent() const;
    // A new connection: no transaction can be open on the server.
    void connectionOpened() { m_server = ServerSide::Clean; }

    void start();
    void onReply(const Pending& pending, const Reply& reply);
    void onBytesWritten();
    // The session ends under the transaction: what it knows goes into `outcome`.
    void abandon(Outcome& outcome);

private:
    struct Current;
    // Whether the server may still hold a transaction of ours (RFC 5321 §4.1.1.5).
    enum class ServerSide { Clean, MayHoldTransaction };

    std::optional<Outcome> checkBeforeSending(QList<QByteArray>& wire, bool& international);
    void chooseExtensions(bool international);
    void sendEnvelope();
    void onRset(const Reply& reply);
    void onMail(const Reply& reply);
    void onRcpt(const Reply& reply, int recipient);
    Outcome recipientsRejected() const;
    void afterRecipients();
    void onData(const Reply& reply);
    void endEmptyBody();
    void startBody();
    void pumpBody();
    bool writeNextChunk();
    void recordBodySent();
    void finishBody();
    void onBdat(const Reply& reply, bool last);
    void onDataEnd(const Reply& reply);
    void finishConsoleData(const Outcome& outcome);
    void settle();
    void finish(Outcome outcome);

    SessionCore& m_core;
    std::unique_ptr<Current> m_current;
    ServerSide m_server = ServerSide::Clean;
};

} // namespace smtp
