#include "outcome.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace smtp {

int Outcome::acceptedRecipientCount() const
{
    int count = 0;
    for (const RecipientResult& recipient : recipients)
        count += recipient.accepted ? 1 : 0;
    return count;
}

QString Outcome::queueId() const
{
    if (!isSuccess())
        return {};
    // Postfix "queued as 4F2A1C", Exim "id=1qAbCd-0001", Sendmail "3AB4C5D6 Message accepted".
    static const QRegularExpression patterns[] = {
        QRegularExpression(u"queued as\\s+([A-Za-z0-9][A-Za-z0-9._@<>-]*[A-Za-z0-9>])"_s,
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(u"\\bid=([A-Za-z0-9][A-Za-z0-9._-]*)"_s,
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(u"^([A-Za-z0-9]{8,}) Message accepted"_s,
                           QRegularExpression::CaseInsensitiveOption),
    };
    for (const QRegularExpression& pattern : patterns) {
        const QRegularExpressionMatch match = pattern.match(serverText);
        if (match.hasMatch())
            return match.captured(1);
    }
    return {};
}

QString Outcome::categoryName(Category category)
{
    switch (category) {
    case Category::Delivered:
        return u"delivered"_s;
    case Category::Partial:
        return u"partial"_s;
    case Category::Usage:
        return u"usage"_s;
    case Category::Connect:
        return u"connect"_s;
    case Category::Tls:
        return u"tls"_s;
    case Category::Auth:
        return u"auth"_s;
    case Category::Rejected:
        return u"rejected"_s;
    case Category::Temporary:
        return u"temporary"_s;
    case Category::Protocol:
        return u"protocol"_s;
    case Category::Unknown:
        return u"unknown"_s;
    case Category::Cancelled:
        return u"cancelled"_s;
    }
    return u"unknown"_s;
}

QString Outcome::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::None:
        return u"none"_s;
    case Reason::InvalidSettings:
        return u"invalid-settings"_s;
    case Reason::InvalidAddress:
        return u"invalid-address"_s;
    case Reason::NoRecipients:
        return u"no-recipients"_s;
    case Reason::MessageUnreadable:
        return u"message-unreadable"_s;
    case Reason::HostNotFound:
        return u"host-not-found"_s;
    case Reason::ConnectionRefused:
        return u"connection-refused"_s;
    case Reason::ConnectTimeout:
        return u"connect-timeout"_s;
    case Reason::NetworkError:
        return u"network-error"_s;
    case Reason::ConnectionClosed:
        return u"connection-closed"_s;
    case Reason::Timeout:
        return u"timeout"_s;
    case Reason::TlsHandshakeFailed:
        return u"tls-handshake-failed"_s;
    case Reason::CertificateUntrusted:
        return u"certificate-untrusted"_s;
    case Reason::CertificatePinMismatch:
        return u"certificate-pin-mismatch"_s;
    case Reason::StartTlsNotOffered:
        return u"starttls-not-offered"_s;
    case Reason::StartTlsRefused:
        return u"starttls-refused"_s;
    case Reason::StartTlsResponseInjection:
        return u"starttls-response-injection"_s;
    case Reason::ServerReply:
        return u"server-reply"_s;
    case Reason::ServerClosing:
        return u"server-closing"_s;
    case Reason::MalformedReply:
        return u"malformed-reply"_s;
    case Reason::ReplyTooLong:
        return u"reply-too-long"_s;
    case Reason::UnexpectedReply:
        return u"unexpected-reply"_s;
    case Reason::AuthNotOffered:
        return u"auth-not-offered"_s;
    case Reason::AuthMechanismUnavailable:
        return u"auth-mechanism-unavailable"_s;
    case Reason::PlaintextAuthRefused:
        return u"plaintext-auth-refused"_s;
    case Reason::AuthChallengeLimit:
        return u"auth-challenge-limit"_s;
    case Reason::MessageTooLarge:
        return u"message-too-large"_s;
    case Reason::SmtpUtf8Required:
        return u"smtputf8-required"_s;
    case Reason::EightBitMimeRequired:
        return u"8bitmime-required"_s;
    case Reason::RecipientsRejected:
        return u"recipients-rejected"_s;
    case Reason::LostAfterData:
        return u"lost-after-data"_s;
    case Reason::Cancelled:
        return u"cancelled"_s;
    case Reason::NullMx:
        return u"null-mx"_s;
    case Reason::NoMailRoute:
        return u"no-mail-route"_s;
    }
    return u"none"_s;
}

int Outcome::exitStatus(Category category)
{
    switch (category) {
    case Category::Delivered:
        return 0;
    case Category::Partial:
        return 1;
    case Category::Usage:
        return 2;
    case Category::Connect:
        return 3;
    case Category::Tls:
        return 4;
    case Category::Auth:
        return 5;
    case Category::Rejected:
        return 6;
    case Category::Temporary:
    case Category::Cancelled:
        return 7;
    case Category::Protocol:
        return 8;
    case Category::Unknown:
        return 9;
    }
    return 9;
}

} // namespace smtp
