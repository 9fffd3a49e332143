#include "replycodecatalogue.h"

#include "translatabletext.h"

#include <algorithm>
#include <compare>

namespace hongyan {

namespace {

// The texts describe what the code means for the person sending, not the RFC wording. The
// disambiguation names the code so translators see which reply each sentence belongs to.
struct ReplyCodeText
{
    int code;
    TranslatableText text;
};

struct EnhancedCode
{
    int statusClass;
    int subject;
    int detail; // may go up to 999 (RFC 3463 §2)

    friend constexpr auto operator<=>(const EnhancedCode&, const EnhancedCode&) = default;
};

struct EnhancedCodeText
{
    EnhancedCode code;
    TranslatableText text;
};

constexpr ReplyCodeText replyCodeTexts[] = {
    {211, QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                             "Status or help information from the server; not an error.",
                             "SMTP reply 211")},
    {214, QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                             "Help text from the server, meant for a person to read; not an error.",
                             "SMTP reply 214")},
    {220, QT_TRANSLATE_NOOP3(
              "ReplyCodeCatalogue",
              "The server is ready. In answer to STARTTLS it means: ready to start encryption.",
              "SMTP reply 220")},
    {221,
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "The server is closing the connection normally, at the end of the session.",
                        "SMTP reply 221")},
    {235, QT_TRANSLATE_NOOP3("ReplyCodeCatalogue", "Sign-in succeeded.", "SMTP reply 235")},
    {250, QT_TRANSLATE_NOOP3("ReplyCodeCatalogue", "The server carried out the command.",
                             "SMTP reply 250")},
    {251, QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                             "The recipient is not on this server, but the server accepted the "
                             "message and will forward it.",
                             "SMTP reply 251")},
    {252, QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                             "The server cannot confirm that the recipient exists, but it accepts "
                             "the message and will try to deliver it.",
                             "SMTP reply 252")},
    {334, QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                             "The server is waiting for the next step of the sign-in.",
                             "SMTP reply 334")},
    {354, QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                             "The server is ready to receive the text of the message.",
                             "SMTP reply 354")},
    {421, QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                             "The server is not available and is closing the connection. It may be "
                             "overloaded or restarting, or it limits how many connections or "
                             "messages it accepts from you. This is temporary.",
                             "SMTP reply 421")},
    {432,
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "Before this sign-in method can be used, the account must sign in once "
                        "with a simple password method (PLAIN, over an encrypted connection).",
                        "SMTP reply 432")},
    {450, QT_TRANSLATE_NOOP3(
              "ReplyCodeCatalogue",
              "The mailbox is unavailable for now: it may be busy, or the server delays senders it "
              "does not know yet (greylisting). A later attempt usually works.",
              "SMTP reply 450")},
    {451,
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "The server stopped because of a problem on its side. This is temporary; "
                        "servers that use greylisting also answer a first attempt this way.",
                        "SMTP reply 451")},
    {452, QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                             "The server is short of storage for now, or the message has more "
                             "recipients than it accepts at once.",
                             "SMTP reply 452")},
    {454, QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                             "Encryption (TLS) or sign-in is not possible right now because of a "
                             "temporary problem on the server.",
                             "SMTP reply 454")},
    {455, QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                             "The server cannot accept the options given with the sender or "
                             "recipient address at the moment.",
                             "SMTP reply 455")},
    {500, QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                             "The server did not recognise the command, or the line was too long. "
                             "A program between you and the server may have changed the data.",
                             "SMTP reply 500")},
    {501, QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                             "The server refused what was given with the command, usually an "
                             "address it considers badly formed.",
                             "SMTP reply 501")},
    {502, QT_TRANSLATE_NOOP3("ReplyCodeCatalogue", "The server does not support this command.",
                             "SMTP reply 502")},
    {503, QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                             "The server did not expect this command at this point, for example "
                             "sending before signing in.",
                             "SMTP reply 503")},
    {504,
     QT_TRANSLATE_NOOP3(
         "ReplyCodeCatalogue",
         "The server does not support this option of the command, for example this sign-in method.",
         "SMTP reply 504")},
    {521, QT_TRANSLATE_NOOP3("ReplyCodeCatalogue", "This server does not accept any mail.",
                             "SMTP reply 521")},
    {530, QT_TRANSLATE_NOOP3(
              "ReplyCodeCatalogue",
              "The server requires sign-in first, or encryption (STARTTLS) before anything else.",
              "SMTP reply 530")},
    {534, QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                             "The server considers this sign-in method too weak, or the provider "
                             "blocked the sign-in for security reasons.",
                             "SMTP reply 534")},
    {535, QT_TRANSLATE_NOOP3(
              "ReplyCodeCatalogue",
              "The server did not accept the user name and password (or the access token).",
              "SMTP reply 535")},
    {538,
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue", "This sign-in method needs an encrypted connection.",
                        "SMTP reply 538")},
    {550, QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                             "The server refused the request: usually the mailbox does not exist, "
                             "or the server's rules refuse this sender or message.",
                             "SMTP reply 550")},
    {551, QT_TRANSLATE_NOOP3(
              "ReplyCodeCatalogue",
              "The recipient is not on this server, and the server will not forward the message.",
              "SMTP reply 551")},
    {552, QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                             "A storage limit was exceeded: the message is too large, or the "
                             "recipient's mailbox is full.",
                             "SMTP reply 552")},
    {553, QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                             "The address is not allowed: it is badly formed, or you may not send "
                             "with this sender address.",
                             "SMTP reply 553")},
    {554, QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                             "The server refused the transaction. Servers use this for many kinds "
                             "of refusal, often spam or policy checks; their text says which.",
                             "SMTP reply 554")},
    {555, QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                             "The server does not recognise or support an option given with the "
                             "sender or recipient address.",
                             "SMTP reply 555")},
    {556, QT_TRANSLATE_NOOP3("ReplyCodeCatalogue", "The recipient's domain does not accept mail.",
                             "SMTP reply 556")},
};

constexpr EnhancedCodeText enhancedCodeTexts[] = {
    {{2, 0, 0},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue", "The request succeeded.", "enhanced status 2.0.0")},
    {{2, 1, 5},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue", "The recipient address is valid and was accepted.",
                        "enhanced status 2.1.5")},
    {{2, 6, 0},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue", "The message was accepted.",
                        "enhanced status 2.6.0")},
    {{2, 7, 0},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue", "Sign-in or a security check succeeded.",
                        "enhanced status 2.7.0")},
    {{4, 2, 0},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "The recipient's mailbox is unavailable for now. Servers that use "
                        "greylisting answer a first message from an unknown sender this way.",
                        "enhanced status 4.2.0")},
    {{4, 2, 2},
     QT_TRANSLATE_NOOP3(
         "ReplyCodeCatalogue",
         "The recipient's mailbox is full for now; delivery may work once its owner makes room.",
         "enhanced status 4.2.2")},
    {{4, 3, 0},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue", "The receiving mail system has a temporary problem.",
                        "enhanced status 4.3.0")},
    {{4, 3, 1},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "The receiving mail system is short of storage for now.",
                        "enhanced status 4.3.1")},
    {{4, 3, 2},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "The receiving system is not accepting messages at the moment, for example "
                        "during maintenance.",
                        "enhanced status 4.3.2")},
    {{4, 4, 1},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "The next mail server did not answer; delivery will be tried again.",
                        "enhanced status 4.4.1")},
    {{4, 4, 2},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "The connection to the next mail server broke during the transfer.",
                        "enhanced status 4.4.2")},
    {{4, 4, 5},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue", "The mail system is too busy right now.",
                        "enhanced status 4.4.5")},
    {{4, 4, 7},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "Delivery is taking longer than expected; the server keeps trying.",
                        "enhanced status 4.4.7")},
    {{4, 5, 3},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "Too many recipients for one message at this time; the others can be sent "
                        "in a separate message.",
                        "enhanced status 4.5.3")},
    {{4, 7, 0},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "A temporary security or policy refusal: for example a temporary sign-in "
                        "failure, a sending rate limit, or doubts about your network address.",
                        "enhanced status 4.7.0")},
    {{4, 7, 1},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "The server's rules do not let this message through for now, often because "
                        "of greylisting or a rate limit.",
                        "enhanced status 4.7.1")},
    {{4, 7, 12},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "A password transition is needed: sign in once with a simple password "
                        "method (PLAIN over an encrypted connection); then this method will work.",
                        "enhanced status 4.7.12")},
    {{5, 0, 0},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "A permanent failure that the server did not describe further.",
                        "enhanced status 5.0.0")},
    {{5, 1, 0},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "There is a problem with an address, the sender's or a recipient's.",
                        "enhanced status 5.1.0")},
    {{5, 1, 1},
     QT_TRANSLATE_NOOP3(
         "ReplyCodeCatalogue",
         "The recipient's mailbox does not exist. Check the address for typing errors.",
         "enhanced status 5.1.1")},
    {{5, 1, 2},
     QT_TRANSLATE_NOOP3(
         "ReplyCodeCatalogue",
         "The recipient's domain (the part after @) does not exist or cannot receive mail.",
         "enhanced status 5.1.2")},
    {{5, 1, 3},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue", "The address is not written correctly.",
                        "enhanced status 5.1.3")},
    {{5, 1, 6},
     QT_TRANSLATE_NOOP3(
         "ReplyCodeCatalogue",
         "The mailbox has moved: the person no longer receives mail at this address.",
         "enhanced status 5.1.6")},
    {{5, 1, 7},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue", "The sender address is not written correctly.",
                        "enhanced status 5.1.7")},
    {{5, 1, 8},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "The sender's domain is not accepted: it does not exist, cannot receive "
                        "replies, or may not send through this server.",
                        "enhanced status 5.1.8")},
    {{5, 1, 10},
     QT_TRANSLATE_NOOP3(
         "ReplyCodeCatalogue",
         "The recipient's domain declares that it accepts no mail at all (a \"null MX\" record).",
         "enhanced status 5.1.10")},
    {{5, 2, 0},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue", "The recipient's mailbox cannot take the message.",
                        "enhanced status 5.2.0")},
    {{5, 2, 1},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "The recipient's mailbox is disabled and does not accept messages.",
                        "enhanced status 5.2.1")},
    {{5, 2, 2},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue", "The recipient's mailbox is full.",
                        "enhanced status 5.2.2")},
    {{5, 2, 3},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "The message is larger than this recipient may receive.",
                        "enhanced status 5.2.3")},
    {{5, 3, 4},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "The message is larger than this mail system accepts.",
                        "enhanced status 5.3.4")},
    {{5, 4, 1},
     QT_TRANSLATE_NOOP3(
         "ReplyCodeCatalogue",
         "The recipient's mail server did not answer. Microsoft 365 also uses this code to refuse "
         "recipients that do not exist in the receiving organisation.",
         "enhanced status 5.4.1")},
    {{5, 4, 4},
     QT_TRANSLATE_NOOP3(
         "ReplyCodeCatalogue",
         "The message cannot be routed: the recipient's domain has no usable mail server.",
         "enhanced status 5.4.4")},
    {{5, 4, 7},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue", "Delivery took too long and was given up.",
                        "enhanced status 5.4.7")},
    {{5, 5, 1},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue", "The server did not recognise a command.",
                        "enhanced status 5.5.1")},
    {{5, 5, 2},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue", "A command was not written correctly.",
                        "enhanced status 5.5.2")},
    {{5, 5, 3},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "The message has more recipients than the server accepts.",
                        "enhanced status 5.5.3")},
    {{5, 5, 4},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "The options or values given with a command are not valid.",
                        "enhanced status 5.5.4")},
    {{5, 5, 6},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "A line of the sign-in exchange was too long for the server, as can happen "
                        "with long access tokens.",
                        "enhanced status 5.5.6")},
    {{5, 6, 1},
     QT_TRANSLATE_NOOP3(
         "ReplyCodeCatalogue",
         "The recipient's system does not support the format of the message or of an attachment.",
         "enhanced status 5.6.1")},
    {{5, 6, 3},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "The message would have to be converted (for example from 8-bit to 7-bit "
                        "text), and the server cannot do that.",
                        "enhanced status 5.6.3")},
    {{5, 6, 7},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "An address contains non-ASCII characters, which are not allowed here for "
                        "that sender or recipient.",
                        "enhanced status 5.6.7")},
    {{5, 7, 0},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "A security or policy refusal. Most often: sign-in is required, or "
                        "encryption (STARTTLS) must be started first.",
                        "enhanced status 5.7.0")},
    {{5, 7, 1},
     QT_TRANSLATE_NOOP3(
         "ReplyCodeCatalogue",
         "The server's rules refuse this sender, recipient or message. \"Relaying denied\" means "
         "you must sign in first; other texts point to spam filtering or a blocked sender.",
         "enhanced status 5.7.1")},
    {{5, 7, 3},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "A required security conversion is not possible. Microsoft 365 also uses "
                        "this code when it refuses a sign-in.",
                        "enhanced status 5.7.3")},
    {{5, 7, 4},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "The server does not support a security feature that was requested.",
                        "enhanced status 5.7.4")},
    {{5, 7, 8},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "The user name, password or access token was not accepted.",
                        "enhanced status 5.7.8")},
    {{5, 7, 9},
     QT_TRANSLATE_NOOP3(
         "ReplyCodeCatalogue",
         "This sign-in method is too weak for the server; it requires a stronger one.",
         "enhanced status 5.7.9")},
    {{5, 7, 10},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "Encryption is needed before this sign-in method can be used.",
                        "enhanced status 5.7.10")},
    {{5, 7, 11},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "This sign-in method requires an encrypted connection.",
                        "enhanced status 5.7.11")},
    {{5, 7, 13},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue", "The user account is disabled.",
                        "enhanced status 5.7.13")},
    {{5, 7, 14},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "A trust relationship is required. Gmail uses this code when it blocked a "
                        "sign-in and wants you to sign in through a web browser first.",
                        "enhanced status 5.7.14")},
    {{5, 7, 23},
     QT_TRANSLATE_NOOP3(
         "ReplyCodeCatalogue",
         "The sender's domain does not allow this server to send its mail (the SPF check failed).",
         "enhanced status 5.7.23")},
    {{5, 7, 25},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "The sending server's network address has no valid reverse DNS name.",
                        "enhanced status 5.7.25")},
    {{5, 7, 26},
     QT_TRANSLATE_NOOP3(
         "ReplyCodeCatalogue",
         "The message failed the sender checks of its domain (SPF, DKIM, DMARC): the receiving "
         "server cannot confirm that it really comes from that domain.",
         "enhanced status 5.7.26")},
    {{5, 7, 27},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "The sender's domain declares that it accepts no mail (a \"null MX\" "
                        "record), so replies could never reach it.",
                        "enhanced status 5.7.27")},
    {{5, 7, 30},
     QT_TRANSLATE_NOOP3(
         "ReplyCodeCatalogue",
         "Microsoft 365 and Outlook.com use this code when sign-in with a password (basic "
         "authentication) is turned off: the account must sign in with OAuth2. Elsewhere it means "
         "the message requires REQUIRETLS, which the next server does not support.",
         "enhanced status 5.7.30")},
    {{5, 7, 57},
     QT_TRANSLATE_NOOP3(
         "ReplyCodeCatalogue",
         "Microsoft 365: the program did not sign in, so it may not send mail through this server.",
         "enhanced status 5.7.57")},
    {{5, 7, 139},
     QT_TRANSLATE_NOOP3("ReplyCodeCatalogue",
                        "Microsoft 365 refused the sign-in: authenticated SMTP (SMTP AUTH) or "
                        "password sign-in is turned off for this account or its organisation.",
                        "enhanced status 5.7.139")},
};

// Sorted and free of duplicates, so a binary search finds the one row of a code; a row out
// of order or a code given twice stops the build instead of hiding a text.
template <typename Row>
constexpr bool strictlyAscending(const Row* first, const Row* last)
{
    return std::adjacent_find(first, last, [](const Row& row, const Row& next) {
               return !(row.code < next.code);
           }) == last;
}
static_assert(strictlyAscending(std::begin(replyCodeTexts), std::end(replyCodeTexts)));
static_assert(strictlyAscending(std::begin(enhancedCodeTexts), std::end(enhancedCodeTexts)));

template <typename Row, typename Code>
QString translatedTextOf(const Row* first, const Row* last, const Code& code)
{
    const Row* row =
        std::lower_bound(first, last, code, [](const Row& candidate, const Code& wanted) {
            return candidate.code < wanted;
        });
    if (row == last || row->code != code)
        return {};
    return row->text.translated("ReplyCodeCatalogue");
}

} // namespace

QString ReplyCodeCatalogue::explainCode(int code)
{
    return translatedTextOf(std::begin(replyCodeTexts), std::end(replyCodeTexts), code);
}

QString ReplyCodeCatalogue::explainEnhanced(const smtp::EnhancedStatus& status)
{
    if (!status.isValid())
        return {};
    const EnhancedCode code{status.statusClass(), status.subject(), status.detail()};
    return translatedTextOf(std::begin(enhancedCodeTexts), std::end(enhancedCodeTexts), code);
}

QString ReplyCodeCatalogue::explain(int code, const smtp::EnhancedStatus& status)
{
    const QString enhanced = explainEnhanced(status);
    return enhanced.isEmpty() ? explainCode(code) : enhanced;
}

} // namespace hongyan
