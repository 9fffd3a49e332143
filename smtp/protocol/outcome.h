#pragma once

#include "enhancedstatus.h"
#include "note.h"
#include "phase.h"
#include "recipientresult.h"
#include "sessionsettings.h"
#include "timeline.h"
#include "tlsfacts.h"

#include <QList>
#include <QObject>
#include <QString>

namespace smtp {

// The single result of opening a session or sending one message. It is a value: people
// get explanations made from it (translated, in ui/ and the CLI) with the server's own
// words kept beside them.
class Outcome
{
    Q_GADGET

public:
    enum class Category {
        Delivered, // accepted for every recipient
        Partial,   // accepted for some recipients, refused for others
        Passed,    // every check passed and nothing was sent (hongyan-cli probe, diagnosis)
        Usage,     // bad settings or input; nothing was sent
        Connect,   // DNS or TCP failure
        Tls,       // TLS could not be established or trusted; nothing secret was sent
        Auth,      // authentication failed or impossible
        Rejected,  // permanent refusal (5xx) or a local check that the server would refuse
        Temporary, // 4xx, timeout or connection lost before the message was complete
        Protocol,  // the server broke the protocol
        Unknown,   // connection lost after the message was sent, before the server's answer
        Cancelled, // stopped by the user
    };
    Q_ENUM(Category)

    // The precise cause, so explanations need not parse any text.
    enum class Reason {
        None,
        InvalidSettings,
        InvalidAddress,
        NoRecipients,
        MessageUnreadable,
        HostNotFound,
        ConnectionRefused,
        ConnectTimeout,
        NetworkError,
        ConnectionClosed,
        Timeout,
        TlsHandshakeFailed,
        CertificateUntrusted,
        CertificatePinMismatch,
        StartTlsNotOffered,
        StartTlsRefused,
        StartTlsResponseInjection,
        ServerReply,   // the reply code and text say it
        ServerClosing, // 421
        MalformedReply,
        ReplyTooLong,
        UnexpectedReply,
        AuthNotOffered,
        AuthMechanismUnavailable,
        PlaintextAuthRefused,
        AuthChallengeLimit,
        MessageTooLarge,
        SmtpUtf8Required,
        EightBitMimeRequired,
        RecipientsRejected,
        LostAfterData,
        Cancelled,
        NullMx,      // the domain publishes "MX 0 ." (RFC 7505): it accepts no mail
        NoMailRoute, // no MX, A or AAAA records for the domain
        // No greeting on the implicit-TLS port (465) without SSL/TLS: the server waits for
        // a TLS handshake while the client waits for "220" (the wrong security mode).
        ImplicitTlsExpected,
    };
    Q_ENUM(Reason)

    Category category = Category::Unknown;
    Phase phase = Phase::Setup; // where the session was when the outcome was decided
    Reason reason = Reason::None;
    int code = 0; // the server's reply code, 0 when the server did not answer
    EnhancedStatus enhanced;
    QString serverText; // the server's own words, exactly (escaped for display)
    // Technical detail (socket error, parser error, ...): detail.text() in English, the GUI
    // shows it in the person's language.
    Note detail;
    // The command that failed, as the transcript shows it (AUTH payloads redacted); empty
    // when the failure answered no command (a greeting, a connection that never opened).
    QString command;
    QList<RecipientResult> recipients;
    TlsFacts tls;
    qint64 messageBytes = 0; // size of the message as read from its source
    qint64 sizeLimit = 0;    // the server's SIZE, when known
    // Where the session went, so explanations can be exact ("port 465 expects TLS").
    quint16 port = 0;
    Security security = Security::StartTls;
    bool directDelivery = false;       // to the recipient domain's MX hosts, not through an account
    QStringList offeredAuthMechanisms; // what the server's EHLO offered, when it did
    // Where the operation's time went, in order of start, from the start of the operation:
    // each address tried, the TLS handshake, each command and its reply, the message's bytes.
    // A span cut short by the end (the command a timeout gave up on) is not succeeded.
    QList<PhaseTiming> timings;

    bool isSuccess() const
    {
        return category == Category::Delivered || category == Category::Partial ||
               category == Category::Passed;
    }
    int acceptedRecipientCount() const;
    // Accepted at RCPT and the message was then accepted too.
    bool deliveredTo(const RecipientResult& recipient) const
    {
        return isSuccess() && recipient.accepted;
    }
    int deliveredRecipientCount() const { return isSuccess() ? acceptedRecipientCount() : 0; }
    // The server's queue id from the final reply ("queued as 4F2A1C"), when it gave one.
    QString queueId() const;

    // Stable lower-case names, for --json and logs ("delivered", "starttls-refused"); see
    // enumnames.h. phaseName() names the phase.
    static QString categoryName(Category category);
    static QString reasonName(Reason reason);
    // The hongyan-cli exit status for a category (../shared/DESIGN.md §5).
    static int exitStatus(Category category);
    // An outcome decided before anything was sent (phase Setup): a message that could not
    // be read, a send cancelled while it waited.
    static Outcome beforeSending(Category category, Reason reason, Note detail = {});
};

} // namespace smtp
