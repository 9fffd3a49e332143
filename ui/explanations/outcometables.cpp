#include "outcometables.h"

#include "outcomeexplainer.h"
#include "reasonexplanations.h"

#include <cstddef>

namespace hongyan::explaining {

using smtp::Outcome;
using Category = Outcome::Category;
using Reason = Outcome::Reason;
using smtp::Phase;

namespace {

void sayNothingSecretWasSent(Draft& draft)
{
    draft.detail(OutcomeExplainer::tr("No password and no message were sent."));
}

void warnThatResendingFailsAgain(Draft& draft)
{
    draft.advise(OutcomeExplainer::tr(
        "Sending the same message again unchanged will be refused in the same way."));
}

// The texts are translated in the context "OutcomeExplainer", the one every row names.
constexpr CategoryRow categoryRows[] = {
    {Category::Delivered,
     QT_TRANSLATE_NOOP3("OutcomeExplainer", "Sent", "outcome category"),
     {QT_TRANSLATE_NOOP("OutcomeExplainer", "The message was sent.")},
     nullptr},
    {Category::Partial,
     QT_TRANSLATE_NOOP3("OutcomeExplainer", "Partly sent", "outcome category"),
     {QT_TRANSLATE_NOOP("OutcomeExplainer", "The message was sent to some of the recipients.")},
     nullptr},
    {Category::Passed,
     QT_TRANSLATE_NOOP3("OutcomeExplainer", "Passed", "outcome category"),
     {QT_TRANSLATE_NOOP("OutcomeExplainer", "Every check passed; no message was sent.")},
     nullptr},
    {Category::Usage,
     QT_TRANSLATE_NOOP3("OutcomeExplainer", "Invalid input", "outcome category"),
     {QT_TRANSLATE_NOOP("OutcomeExplainer", "Nothing was sent: the input is not valid.")},
     nullptr},
    {Category::Connect,
     QT_TRANSLATE_NOOP3("OutcomeExplainer", "Connection failed", "outcome category"),
     {QT_TRANSLATE_NOOP("OutcomeExplainer", "The server could not be reached.")},
     nullptr},
    {Category::Tls,
     QT_TRANSLATE_NOOP3("OutcomeExplainer", "Encryption failed", "outcome category"),
     {QT_TRANSLATE_NOOP("OutcomeExplainer", "A secure connection could not be established.")},
     sayNothingSecretWasSent},
    {Category::Auth,
     QT_TRANSLATE_NOOP3("OutcomeExplainer", "Sign-in failed", "outcome category"),
     {QT_TRANSLATE_NOOP("OutcomeExplainer", "Sign-in failed.")},
     nullptr},
    {Category::Rejected,
     QT_TRANSLATE_NOOP3("OutcomeExplainer", "Refused", "outcome category"),
     {QT_TRANSLATE_NOOP("OutcomeExplainer", "The server refused the message.")},
     warnThatResendingFailsAgain},
    {Category::Temporary,
     QT_TRANSLATE_NOOP3("OutcomeExplainer", "Temporary failure", "outcome category"),
     {QT_TRANSLATE_NOOP("OutcomeExplainer", "Sending failed for now.")},
     adviseRetryLater},
    {Category::Protocol,
     QT_TRANSLATE_NOOP3("OutcomeExplainer", "Protocol error", "outcome category"),
     {QT_TRANSLATE_NOOP("OutcomeExplainer", "The server broke the mail protocol.")},
     nullptr},
    {Category::Unknown,
     QT_TRANSLATE_NOOP3("OutcomeExplainer", "Outcome unknown", "outcome category"),
     {QT_TRANSLATE_NOOP("OutcomeExplainer", "It is not known whether the message was delivered.")},
     adviseCheckBeforeResend},
    {Category::Cancelled,
     QT_TRANSLATE_NOOP3("OutcomeExplainer", "Cancelled", "outcome category"),
     {QT_TRANSLATE_NOOP("OutcomeExplainer", "Sending was stopped.")},
     nullptr},
};

constexpr PhaseRow phaseRows[] = {
    {Phase::Setup, QT_TRANSLATE_NOOP3("OutcomeExplainer", "preparation", "session stage")},
    {Phase::Resolve,
     QT_TRANSLATE_NOOP3("OutcomeExplainer", "looking up the server", "session stage")},
    {Phase::Connect, QT_TRANSLATE_NOOP3("OutcomeExplainer", "connecting", "session stage")},
    {Phase::TlsHandshake, QT_TRANSLATE_NOOP3("OutcomeExplainer", "TLS handshake", "session stage")},
    {Phase::Greeting, QT_TRANSLATE_NOOP3("OutcomeExplainer", "server greeting", "session stage")},
    {Phase::Ehlo, QT_TRANSLATE_NOOP3("OutcomeExplainer", "introduction (EHLO)", "session stage")},
    {Phase::StartTls,
     QT_TRANSLATE_NOOP3("OutcomeExplainer", "starting encryption (STARTTLS)", "session stage")},
    {Phase::Auth, QT_TRANSLATE_NOOP3("OutcomeExplainer", "sign-in", "session stage")},
    {Phase::MailFrom,
     QT_TRANSLATE_NOOP3("OutcomeExplainer", "sender (MAIL FROM)", "session stage")},
    {Phase::RcptTo,
     QT_TRANSLATE_NOOP3("OutcomeExplainer", "recipients (RCPT TO)", "session stage")},
    {Phase::Data,
     QT_TRANSLATE_NOOP3("OutcomeExplainer", "starting the message (DATA)", "session stage")},
    {Phase::Body, QT_TRANSLATE_NOOP3("OutcomeExplainer", "sending the message", "session stage")},
    {Phase::DataEnd,
     QT_TRANSLATE_NOOP3("OutcomeExplainer", "waiting for confirmation", "session stage")},
    {Phase::Quit, QT_TRANSLATE_NOOP3("OutcomeExplainer", "closing (QUIT)", "session stage")},
    {Phase::Console, QT_TRANSLATE_NOOP3("OutcomeExplainer", "console command", "session stage")},
};

// The diagnosis's steps: the GUI's label and hongyan-cli probe's short column.
constexpr DiagnosisStepRow diagnosisStepRows[] = {
    {Phase::Resolve, QT_TRANSLATE_NOOP3("DiagnosisStep", "Find the server (DNS)", "step"),
     QT_TRANSLATE_NOOP3("DiagnosisStep", "DNS", "step")},
    {Phase::Connect, QT_TRANSLATE_NOOP3("DiagnosisStep", "Connect (TCP)", "step"),
     QT_TRANSLATE_NOOP3("DiagnosisStep", "TCP connect", "step")},
    {Phase::TlsHandshake, QT_TRANSLATE_NOOP3("DiagnosisStep", "Encrypt (SSL/TLS)", "step"),
     QT_TRANSLATE_NOOP3("DiagnosisStep", "TLS", "step")},
    {Phase::Ehlo, QT_TRANSLATE_NOOP3("DiagnosisStep", "Greeting (EHLO)", "step"),
     QT_TRANSLATE_NOOP3("DiagnosisStep", "EHLO", "step")},
    {Phase::StartTls, QT_TRANSLATE_NOOP3("DiagnosisStep", "Encrypt (STARTTLS)", "step"),
     QT_TRANSLATE_NOOP3("DiagnosisStep", "STARTTLS", "step")},
    {Phase::Auth, QT_TRANSLATE_NOOP3("DiagnosisStep", "Sign in (AUTH)", "step"),
     QT_TRANSLATE_NOOP3("DiagnosisStep", "AUTH", "step")},
    {Phase::MailFrom,
     QT_TRANSLATE_NOOP3("DiagnosisStep", "Sender accepted (MAIL FROM, RSET)", "step"),
     QT_TRANSLATE_NOOP3("DiagnosisStep", "MAIL FROM test", "step")},
};

constexpr ReasonRow reasonRows[] = {
    {Reason::None, explainSuccess, true},
    {Reason::InvalidSettings, tellFixedStory, false},
    {Reason::InvalidAddress, tellFixedStory, false},
    {Reason::NoRecipients, tellFixedStory, false},
    {Reason::MessageUnreadable, tellFixedStory, false},
    {Reason::HostNotFound, explainHostNotFound, false},
    {Reason::ConnectionRefused, explainConnectionRefused, false},
    {Reason::ConnectTimeout, explainConnectTimeout, false},
    {Reason::NetworkError, explainNetworkError, false},
    {Reason::ConnectionClosed, explainConnectionLost, false},
    {Reason::Timeout, explainTimeout, false},
    {Reason::TlsHandshakeFailed, explainHandshakeFailure, false},
    {Reason::CertificateUntrusted, explainUntrustedCertificate, true},
    {Reason::CertificatePinMismatch, explainPinMismatch, true},
    {Reason::StartTlsNotOffered, explainStartTlsNotOffered, false},
    {Reason::StartTlsRefused, explainStartTlsRefused, false},
    {Reason::StartTlsResponseInjection, explainStartTlsInjection, false},
    {Reason::ServerReply, explainReply, false},
    {Reason::ServerClosing, explainServerClosing, false},
    {Reason::MalformedReply, explainMalformedReply, false},
    {Reason::ReplyTooLong, explainReplyTooLong, false},
    {Reason::UnexpectedReply, explainUnexpectedReply, false},
    {Reason::AuthNotOffered, explainAuthNotOffered, false},
    {Reason::AuthMechanismUnavailable, explainNoUsableMechanism, true},
    {Reason::PlaintextAuthRefused, explainPlaintextAuthRefused, false},
    {Reason::AuthChallengeLimit, explainAuthChallengeLimit, false},
    {Reason::MessageTooLarge, explainSize, true},
    {Reason::SmtpUtf8Required, tellFixedStory, false},
    {Reason::EightBitMimeRequired, tellFixedStory, false},
    {Reason::RecipientsRejected, explainRecipients, true},
    {Reason::LostAfterData, tellFixedStory, false},
    {Reason::Cancelled, explainCancelled, false},
    {Reason::NullMx, explainMailRoute, false},
    {Reason::NoMailRoute, explainMailRoute, false},
    {Reason::ImplicitTlsExpected, explainImplicitTlsExpected, false},
};

constexpr FixedStory fixedStories[] = {
    {Reason::InvalidSettings,
     {QT_TRANSLATE_NOOP("OutcomeExplainer", "The settings are incomplete or not valid.")},
     {QT_TRANSLATE_NOOP(
         "OutcomeExplainer",
         "Nothing was sent: a setting must be corrected first (see the technical detail).")},
     {{QT_TRANSLATE_NOOP("OutcomeExplainer",
                         "Correct the setting named in the technical detail: server name, port, "
                         "security mode, user name or CA file.")}}},
    {Reason::InvalidAddress,
     {QT_TRANSLATE_NOOP("OutcomeExplainer", "An address cannot be used as written.")},
     {QT_TRANSLATE_NOOP(
         "OutcomeExplainer",
         "Nothing was sent. The sender or a recipient address is not a valid mail address.")},
     {{QT_TRANSLATE_NOOP("OutcomeExplainer",
                         "Check the addresses for typing errors, spaces or missing parts; an "
                         "address looks like name@example.com.")}}},
    {Reason::NoRecipients,
     {QT_TRANSLATE_NOOP("OutcomeExplainer", "The message has no recipients.")},
     {QT_TRANSLATE_NOOP("OutcomeExplainer", "Nothing was sent.")},
     {{QT_TRANSLATE_NOOP("OutcomeExplainer", "Add at least one address in To, Cc or Bcc.")}}},
    {Reason::MessageUnreadable,
     {QT_TRANSLATE_NOOP("OutcomeExplainer", "The message could not be read.")},
     {QT_TRANSLATE_NOOP("OutcomeExplainer",
                        "Hongyan could not read the message or one of its attachments, so "
                        "nothing was delivered.")},
     {{QT_TRANSLATE_NOOP("OutcomeExplainer",
                         "Check that every attached file still exists and can be opened, then "
                         "send again.")}}},
    {Reason::SmtpUtf8Required,
     {QT_TRANSLATE_NOOP("OutcomeExplainer",
                        "This server cannot take addresses with non-ASCII characters.")},
     {QT_TRANSLATE_NOOP("OutcomeExplainer",
                        "An address contains characters beyond ASCII, such as Chinese characters "
                        "before the @. Sending it needs the SMTPUTF8 extension, which this "
                        "server does not offer. Nothing was sent.")},
     {{QT_TRANSLATE_NOOP("OutcomeExplainer",
                         "Use an ASCII address for this person if there is one.")},
      {QT_TRANSLATE_NOOP("OutcomeExplainer", "Or send through a server that supports SMTPUTF8.")}}},
    {Reason::EightBitMimeRequired,
     {QT_TRANSLATE_NOOP("OutcomeExplainer",
                        "This server cannot take the message's 8-bit content.")},
     {QT_TRANSLATE_NOOP("OutcomeExplainer",
                        "The message contains unencoded 8-bit text, and the server does not "
                        "offer 8BITMIME, the extension needed to send it. Nothing was sent.")},
     {{QT_TRANSLATE_NOOP("OutcomeExplainer",
                         "If the message comes from a file (.eml), convert its text to "
                         "quoted-printable or Base64 encoding.")},
      {QT_TRANSLATE_NOOP("OutcomeExplainer", "Or send through a server that supports 8BITMIME.")}}},
    {Reason::LostAfterData,
     {QT_TRANSLATE_NOOP("OutcomeExplainer", "The connection was lost after the message was sent.")},
     {QT_TRANSLATE_NOOP("OutcomeExplainer",
                        "The whole message was sent, but the connection broke before the "
                        "server confirmed it. The message may or may not have been delivered.")},
     {}},
};

template <typename Row, std::size_t count, typename Enum>
constexpr bool inEnumOrder(const Row (&rows)[count], Enum Row::*key)
{
    for (std::size_t index = 0; index < count; ++index) {
        if (std::size_t(rows[index].*key) != index)
            return false;
    }
    return true;
}

// In the enum's order, a value is the index of its row.
static_assert(inEnumOrder(categoryRows, &CategoryRow::category));
static_assert(inEnumOrder(phaseRows, &PhaseRow::phase));
static_assert(inEnumOrder(reasonRows, &ReasonRow::reason));

template <typename Row, std::size_t count, typename Enum>
const Row* rowAt(const Row (&rows)[count], Enum value)
{
    const auto index = std::size_t(value);
    return index < count ? &rows[index] : nullptr;
}

} // namespace

const CategoryRow* categoryRow(Category category)
{
    return rowAt(categoryRows, category);
}

const DiagnosisStepRow* diagnosisStepRow(Phase phase)
{
    for (const DiagnosisStepRow& row : diagnosisStepRows) {
        if (row.phase == phase)
            return &row;
    }
    return nullptr;
}

const PhaseRow* phaseRow(Phase phase)
{
    return rowAt(phaseRows, phase);
}

const ReasonRow* reasonRow(Reason reason)
{
    return rowAt(reasonRows, reason);
}

const FixedStory* fixedStory(Reason reason)
{
    for (const FixedStory& story : fixedStories) {
        if (story.reason == reason)
            return &story;
    }
    return nullptr;
}

void tellFixedStory(const Outcome& outcome, const QString&, Draft& draft)
{
    const FixedStory* story = fixedStory(outcome.reason);
    if (story == nullptr)
        return;
    draft.headline = story->headline.translated(translationContext);
    draft.detail(story->detail.translated(translationContext));
    for (const TranslatableText& advice : story->advice)
        draft.advise(advice.translated(translationContext));
}

} // namespace hongyan::explaining
