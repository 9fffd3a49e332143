#include "replycodecatalogue.h"

namespace hongyan {

namespace {

// One switch label per enhanced code; the detail field may go up to 999 (RFC 3463 §2).
constexpr int enhancedKey(int statusClass, int subject, int detail)
{
    return statusClass * 1'000'000 + subject * 1'000 + detail;
}

} // namespace

// The texts describe what the code means for the person sending, not the RFC wording. The
// disambiguation names the code so translators see which reply each sentence belongs to.
QString ReplyCodeCatalogue::explainCode(int code)
{
    switch (code) {
    case 211:
        return tr("Status or help information from the server; not an error.", "SMTP reply 211");
    case 214:
        return tr("Help text from the server, meant for a person to read; not an error.",
                  "SMTP reply 214");
    case 220:
        return tr("The server is ready. In answer to STARTTLS it means: ready to start "
                  "encryption.",
                  "SMTP reply 220");
    case 221:
        return tr("The server is closing the connection normally, at the end of the session.",
                  "SMTP reply 221");
    case 235:
        return tr("Sign-in succeeded.", "SMTP reply 235");
    case 250:
        return tr("The server carried out the command.", "SMTP reply 250");
    case 251:
        return tr("The recipient is not on this server, but the server accepted the message and "
                  "will forward it.",
                  "SMTP reply 251");
    case 252:
        return tr("The server cannot confirm that the recipient exists, but it accepts the "
                  "message and will try to deliver it.",
                  "SMTP reply 252");
    case 334:
        return tr("The server is waiting for the next step of the sign-in.", "SMTP reply 334");
    case 354:
        return tr("The server is ready to receive the text of the message.", "SMTP reply 354");
    case 421:
        return tr("The server is not available and is closing the connection. It may be "
                  "overloaded or restarting, or it limits how many connections or messages it "
                  "accepts from you. This is temporary.",
                  "SMTP reply 421");
    case 432:
        return tr("Before this sign-in method can be used, the account must sign in once with a "
                  "simple password method (PLAIN, over an encrypted connection).",
                  "SMTP reply 432");
    case 450:
        return tr("The mailbox is unavailable for now: it may be busy, or the server delays "
                  "senders it does not know yet (greylisting). A later attempt usually works.",
                  "SMTP reply 450");
    case 451:
        return tr("The server stopped because of a problem on its side. This is temporary; "
                  "servers that use greylisting also answer a first attempt this way.",
                  "SMTP reply 451");
    case 452:
        return tr("The server is short of storage for now, or the message has more recipients "
                  "than it accepts at once.",
                  "SMTP reply 452");
    case 454:
        return tr("Encryption (TLS) or sign-in is not possible right now because of a temporary "
                  "problem on the server.",
                  "SMTP reply 454");
    case 455:
        return tr("The server cannot accept the options given with the sender or recipient "
                  "address at the moment.",
                  "SMTP reply 455");
    case 500:
        return tr("The server did not recognise the command, or the line was too long. A program "
                  "between you and the server may have changed the data.",
                  "SMTP reply 500");
    case 501:
        return tr("The server refused what was given with the command, usually an address it "
                  "considers badly formed.",
                  "SMTP reply 501");
    case 502:
        return tr("The server does not support this command.", "SMTP reply 502");
    case 503:
        return tr("The server did not expect this command at this point, for example sending "
                  "before signing in.",
                  "SMTP reply 503");
    case 504:
        return tr("The server does not support this option of the command, for example this "
                  "sign-in method.",
                  "SMTP reply 504");
    case 521:
        return tr("This server does not accept any mail.", "SMTP reply 521");
    case 530:
        return tr("The server requires sign-in first, or encryption (STARTTLS) before anything "
                  "else.",
                  "SMTP reply 530");
    case 534:
        return tr("The server considers this sign-in method too weak, or the provider blocked "
                  "the sign-in for security reasons.",
                  "SMTP reply 534");
    case 535:
        return tr("The server did not accept the user name and password (or the access token).",
                  "SMTP reply 535");
    case 538:
        return tr("This sign-in method needs an encrypted connection.", "SMTP reply 538");
    case 550:
        return tr("The server refused the request: usually the mailbox does not exist, or the "
                  "server's rules refuse this sender or message.",
                  "SMTP reply 550");
    case 551:
        return tr("The recipient is not on this server, and the server will not forward the "
                  "message.",
                  "SMTP reply 551");
    case 552:
        return tr("A storage limit was exceeded: the message is too large, or the recipient's "
                  "mailbox is full.",
                  "SMTP reply 552");
    case 553:
        return tr("The address is not allowed: it is badly formed, or you may not send with "
                  "this sender address.",
                  "SMTP reply 553");
    case 554:
        return tr("The server refused the transaction. Servers use this for many kinds of "
                  "refusal, often spam or policy checks; their text says which.",
                  "SMTP reply 554");
    case 555:
        return tr("The server does not recognise or support an option given with the sender or "
                  "recipient address.",
                  "SMTP reply 555");
    case 556:
        return tr("The recipient's domain does not accept mail.", "SMTP reply 556");
    default:
        return {};
    }
}

QString ReplyCodeCatalogue::explainEnhanced(const smtp::EnhancedStatus& status)
{
    if (!status.isValid())
        return {};
    switch (enhancedKey(status.statusClass(), status.subject(), status.detail())) {
    case enhancedKey(2, 0, 0):
        return tr("The request succeeded.", "enhanced status 2.0.0");
    case enhancedKey(2, 1, 5):
        return tr("The recipient address is valid and was accepted.", "enhanced status 2.1.5");
    case enhancedKey(2, 6, 0):
        return tr("The message was accepted.", "enhanced status 2.6.0");
    case enhancedKey(2, 7, 0):
        return tr("Sign-in or a security check succeeded.", "enhanced status 2.7.0");

    case enhancedKey(4, 2, 0):
        return tr("The recipient's mailbox is unavailable for now. Servers that use greylisting "
                  "answer a first message from an unknown sender this way.",
                  "enhanced status 4.2.0");
    case enhancedKey(4, 2, 2):
        return tr("The recipient's mailbox is full for now; delivery may work once its owner "
                  "makes room.",
                  "enhanced status 4.2.2");
    case enhancedKey(4, 3, 0):
        return tr("The receiving mail system has a temporary problem.", "enhanced status 4.3.0");
    case enhancedKey(4, 3, 1):
        return tr("The receiving mail system is short of storage for now.",
                  "enhanced status 4.3.1");
    case enhancedKey(4, 3, 2):
        return tr("The receiving system is not accepting messages at the moment, for example "
                  "during maintenance.",
                  "enhanced status 4.3.2");
    case enhancedKey(4, 4, 1):
        return tr("The next mail server did not answer; delivery will be tried again.",
                  "enhanced status 4.4.1");
    case enhancedKey(4, 4, 2):
        return tr("The connection to the next mail server broke during the transfer.",
                  "enhanced status 4.4.2");
    case enhancedKey(4, 4, 5):
        return tr("The mail system is too busy right now.", "enhanced status 4.4.5");
    case enhancedKey(4, 4, 7):
        return tr("Delivery is taking longer than expected; the server keeps trying.",
                  "enhanced status 4.4.7");
    case enhancedKey(4, 5, 3):
        return tr("Too many recipients for one message at this time; the others can be sent in "
                  "a separate message.",
                  "enhanced status 4.5.3");
    case enhancedKey(4, 7, 0):
        return tr("A temporary security or policy refusal: for example a temporary sign-in "
                  "failure, a sending rate limit, or doubts about your network address.",
                  "enhanced status 4.7.0");
    case enhancedKey(4, 7, 1):
        return tr("The server's rules do not let this message through for now, often because of "
                  "greylisting or a rate limit.",
                  "enhanced status 4.7.1");
    case enhancedKey(4, 7, 12):
        return tr("A password transition is needed: sign in once with a simple password method "
                  "(PLAIN over an encrypted connection); then this method will work.",
                  "enhanced status 4.7.12");

    case enhancedKey(5, 0, 0):
        return tr("A permanent failure that the server did not describe further.",
                  "enhanced status 5.0.0");
    case enhancedKey(5, 1, 0):
        return tr("There is a problem with an address, the sender's or a recipient's.",
                  "enhanced status 5.1.0");
    case enhancedKey(5, 1, 1):
        return tr("The recipient's mailbox does not exist. Check the address for typing errors.",
                  "enhanced status 5.1.1");
    case enhancedKey(5, 1, 2):
        return tr("The recipient's domain (the part after @) does not exist or cannot receive "
                  "mail.",
                  "enhanced status 5.1.2");
    case enhancedKey(5, 1, 3):
        return tr("The address is not written correctly.", "enhanced status 5.1.3");
    case enhancedKey(5, 1, 6):
        return tr("The mailbox has moved: the person no longer receives mail at this address.",
                  "enhanced status 5.1.6");
    case enhancedKey(5, 1, 7):
        return tr("The sender address is not written correctly.", "enhanced status 5.1.7");
    case enhancedKey(5, 1, 8):
        return tr("The sender's domain is not accepted: it does not exist, cannot receive "
                  "replies, or may not send through this server.",
                  "enhanced status 5.1.8");
    case enhancedKey(5, 1, 10):
        return tr("The recipient's domain declares that it accepts no mail at all (a \"null "
                  "MX\" record).",
                  "enhanced status 5.1.10");
    case enhancedKey(5, 2, 0):
        return tr("The recipient's mailbox cannot take the message.", "enhanced status 5.2.0");
    case enhancedKey(5, 2, 1):
        return tr("The recipient's mailbox is disabled and does not accept messages.",
                  "enhanced status 5.2.1");
    case enhancedKey(5, 2, 2):
        return tr("The recipient's mailbox is full.", "enhanced status 5.2.2");
    case enhancedKey(5, 2, 3):
        return tr("The message is larger than this recipient may receive.",
                  "enhanced status 5.2.3");
    case enhancedKey(5, 3, 4):
        return tr("The message is larger than this mail system accepts.", "enhanced status 5.3.4");
    case enhancedKey(5, 4, 1):
        return tr("The recipient's mail server did not answer. Microsoft 365 also uses this code "
                  "to refuse recipients that do not exist in the receiving organisation.",
                  "enhanced status 5.4.1");
    case enhancedKey(5, 4, 4):
        return tr("The message cannot be routed: the recipient's domain has no usable mail "
                  "server.",
                  "enhanced status 5.4.4");
    case enhancedKey(5, 4, 7):
        return tr("Delivery took too long and was given up.", "enhanced status 5.4.7");
    case enhancedKey(5, 5, 1):
        return tr("The server did not recognise a command.", "enhanced status 5.5.1");
    case enhancedKey(5, 5, 2):
        return tr("A command was not written correctly.", "enhanced status 5.5.2");
    case enhancedKey(5, 5, 3):
        return tr("The message has more recipients than the server accepts.",
                  "enhanced status 5.5.3");
    case enhancedKey(5, 5, 4):
        return tr("The options or values given with a command are not valid.",
                  "enhanced status 5.5.4");
    case enhancedKey(5, 5, 6):
        return tr("A line of the sign-in exchange was too long for the server, as can happen "
                  "with long access tokens.",
                  "enhanced status 5.5.6");
    case enhancedKey(5, 6, 1):
        return tr("The recipient's system does not support the format of the message or of an "
                  "attachment.",
                  "enhanced status 5.6.1");
    case enhancedKey(5, 6, 3):
        return tr("The message would have to be converted (for example from 8-bit to 7-bit "
                  "text), and the server cannot do that.",
                  "enhanced status 5.6.3");
    case enhancedKey(5, 6, 7):
        return tr("An address contains non-ASCII characters, which are not allowed here for "
                  "that sender or recipient.",
                  "enhanced status 5.6.7");
    case enhancedKey(5, 7, 0):
        return tr("A security or policy refusal. Most often: sign-in is required, or encryption "
                  "(STARTTLS) must be started first.",
                  "enhanced status 5.7.0");
    case enhancedKey(5, 7, 1):
        return tr("The server's rules refuse this sender, recipient or message. \"Relaying "
                  "denied\" means you must sign in first; other texts point to spam filtering "
                  "or a blocked sender.",
                  "enhanced status 5.7.1");
    case enhancedKey(5, 7, 3):
        return tr("A required security conversion is not possible. Microsoft 365 also uses this "
                  "code when it refuses a sign-in.",
                  "enhanced status 5.7.3");
    case enhancedKey(5, 7, 4):
        return tr("The server does not support a security feature that was requested.",
                  "enhanced status 5.7.4");
    case enhancedKey(5, 7, 8):
        return tr("The user name, password or access token was not accepted.",
                  "enhanced status 5.7.8");
    case enhancedKey(5, 7, 9):
        return tr("This sign-in method is too weak for the server; it requires a stronger one.",
                  "enhanced status 5.7.9");
    case enhancedKey(5, 7, 10):
        return tr("Encryption is needed before this sign-in method can be used.",
                  "enhanced status 5.7.10");
    case enhancedKey(5, 7, 11):
        return tr("This sign-in method requires an encrypted connection.",
                  "enhanced status 5.7.11");
    case enhancedKey(5, 7, 13):
        return tr("The user account is disabled.", "enhanced status 5.7.13");
    case enhancedKey(5, 7, 14):
        return tr("A trust relationship is required. Gmail uses this code when it blocked a "
                  "sign-in and wants you to sign in through a web browser first.",
                  "enhanced status 5.7.14");
    case enhancedKey(5, 7, 23):
        return tr("The sender's domain does not allow this server to send its mail (the SPF "
                  "check failed).",
                  "enhanced status 5.7.23");
    case enhancedKey(5, 7, 25):
        return tr("The sending server's network address has no valid reverse DNS name.",
                  "enhanced status 5.7.25");
    case enhancedKey(5, 7, 26):
        return tr("The message failed the sender checks of its domain (SPF, DKIM, DMARC): the "
                  "receiving server cannot confirm that it really comes from that domain.",
                  "enhanced status 5.7.26");
    case enhancedKey(5, 7, 27):
        return tr("The sender's domain declares that it accepts no mail (a \"null MX\" record), "
                  "so replies could never reach it.",
                  "enhanced status 5.7.27");
    case enhancedKey(5, 7, 30):
        return tr("Microsoft 365 and Outlook.com use this code when sign-in with a password "
                  "(basic authentication) is turned off: the account must sign in with OAuth2. "
                  "Elsewhere it means the message requires REQUIRETLS, which the next server "
                  "does not support.",
                  "enhanced status 5.7.30");
    case enhancedKey(5, 7, 57):
        return tr("Microsoft 365: the program did not sign in, so it may not send mail through "
                  "this server.",
                  "enhanced status 5.7.57");
    case enhancedKey(5, 7, 139):
        return tr("Microsoft 365 refused the sign-in: authenticated SMTP (SMTP AUTH) or password "
                  "sign-in is turned off for this account or its organisation.",
                  "enhanced status 5.7.139");
    default:
        return {};
    }
}

QString ReplyCodeCatalogue::explain(int code, const smtp::EnhancedStatus& status)
{
    const QString enhanced = explainEnhanced(status);
    return enhanced.isEmpty() ? explainCode(code) : enhanced;
}

} // namespace hongyan
