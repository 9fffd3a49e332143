#include "outcomeexplainer.h"
#include "providerhints.h"
#include "reasonexplanations.h"

using namespace Qt::Literals::StringLiterals;

namespace hongyan::explaining {

using smtp::Outcome;

namespace {

void explainPasswordSignInTurnedOff(const QString& providerHint, Draft& draft)
{
    draft.headline = OutcomeExplainer::tr("Password sign-in is turned off for this account.");
    draft.detail(OutcomeExplainer::tr(
        "The provider accepts only modern sign-in (OAuth2) from mail programs, or "
        "authenticated SMTP is disabled for this mailbox."));
    draft.advise(OutcomeExplainer::tr(
        "Choose OAuth2 (XOAUTH2) as the sign-in method and use an OAuth2 access token for "
        "this account instead of the password."));
    // The provider's own hint says the same for its service, more precisely.
    draft.advise(providerHint.isEmpty()
                     ? OutcomeExplainer::tr(
                           "For a Microsoft 365 work or school account, ask the administrator "
                           "to enable authenticated SMTP (SMTP AUTH) for this mailbox.")
                     : providerHint);
}

void explainWrongPassword(const QString& providerHint, Draft& draft)
{
    draft.headline = OutcomeExplainer::tr("The server did not accept your user name or password.");
    draft.detail(OutcomeExplainer::tr(
        "Many providers refuse the normal login password from mail programs and require an "
        "app password or an authorization code instead."));
    draft.advise(providerHint);
    draft.advise(
        OutcomeExplainer::tr("Check the user name: most providers expect the full email address."));
    draft.advise(OutcomeExplainer::tr(
        "Type the password again, watching Caps Lock and the keyboard layout."));
    if (providerHint.isEmpty())
        draft.advise(OutcomeExplainer::tr(
            "If your provider requires an app password or authorization code, create one "
            "and use it instead of your login password."));
}

} // namespace

void explainAuthReply(const Outcome& outcome, const QString& host, Draft& draft)
{
    const QString status = enhancedText(outcome);
    const int code = outcome.code;
    const QString providerHint = ProviderHints::authenticationHint(host);
    draft.detail(replyMeaning(code, outcome.enhanced));
    if (status == u"5.7.30"_s || status == u"5.7.139"_s) {
        explainPasswordSignInTurnedOff(providerHint, draft);
    } else if (code == 535 || status == u"5.7.8"_s) {
        explainWrongPassword(providerHint, draft);
    } else if (code == 534 || status == u"5.7.9"_s || status == u"5.7.14"_s) {
        draft.headline =
            OutcomeExplainer::tr("The server refused this sign-in method or blocked the sign-in.");
        draft.advise(ProviderHints::replyHint(host, code, outcome.enhanced));
        draft.advise(providerHint);
        draft.advise(OutcomeExplainer::tr(
            "Set the sign-in method to automatic, so that the strongest method the server "
            "offers is used."));
    } else if (code == 538 || status == u"5.7.10"_s || status == u"5.7.11"_s) {
        draft.headline = OutcomeExplainer::tr("The server requires encryption before sign-in.");
        adviseSecurityMode(draft);
    } else if (code == 530 || status == u"5.7.0"_s) {
        draft.headline = OutcomeExplainer::tr("The server requires another step before sign-in.");
        if (!outcome.tls.encrypted)
            adviseSecurityMode(draft);
        draft.advise(OutcomeExplainer::tr(
            "Check that the sign-in method and account settings match what your provider "
            "documents."));
        draft.advise(providerHint);
    } else if (code == 432 || status == u"4.7.12"_s) {
        draft.headline =
            OutcomeExplainer::tr("The server asks for a one-time password change-over.");
        draft.advise(OutcomeExplainer::tr(
            "Sign in once with the PLAIN method over an encrypted connection, then switch back."));
    } else if (isTemporaryReply(outcome)) {
        draft.headline =
            OutcomeExplainer::tr("Sign-in failed because of a temporary problem on the server.");
    } else if (code == 500 || code == 501 || status == u"5.5.6"_s) {
        draft.headline = OutcomeExplainer::tr("The server could not process the sign-in data.");
        draft.advise(OutcomeExplainer::tr(
            "Try another sign-in method; very long access tokens can exceed some servers' "
            "limits."));
    } else {
        draft.headline = OutcomeExplainer::tr("The server refused the sign-in.");
        draft.advise(providerHint);
    }
}

void explainAuthNotOffered(const Outcome& outcome, const QString& host, Draft& draft)
{
    draft.headline = OutcomeExplainer::tr("%1 does not offer sign-in on this connection.")
                         .arg(displayHost(host));
    draft.detail(OutcomeExplainer::tr(
        "A user name is set, but the server does not accept sign-in here. Many servers offer "
        "sign-in only on the submission ports 465 and 587, or only after encryption; a "
        "server on port 25 usually receives mail for its own users and needs no sign-in."));
    if (!outcome.tls.encrypted)
        adviseSecurityMode(draft);
    draft.advise(OutcomeExplainer::tr(
        "Use the submission port your provider documents: 465 with SSL/TLS or 587 with "
        "STARTTLS."));
    draft.advise(OutcomeExplainer::tr(
        "If this server really needs no sign-in (for example a relay in your own network), "
        "remove the user name and password."));
}

void explainNoUsableMechanism(const Outcome& outcome, const QString&, Draft& draft)
{
    draft.headline =
        OutcomeExplainer::tr("The server offers no sign-in method that these settings allow.");
    if (!outcome.offeredAuthMechanisms.isEmpty())
        draft.detail(OutcomeExplainer::tr("The server offers: %1.")
                         .arg(outcome.offeredAuthMechanisms.join(u", "_s)));
    draft.detail(OutcomeExplainer::tr(
        "A password needs PLAIN, LOGIN or CRAM-MD5; an OAuth2 token needs XOAUTH2 or "
        "OAUTHBEARER. PLAIN and LOGIN are used only over an encrypted connection."));
    draft.advise(OutcomeExplainer::tr(
        "Set the sign-in method to automatic, or to one of the methods the server offers."));
    if (!outcome.tls.encrypted)
        adviseSecurityMode(draft);
}

void explainPlaintextAuthRefused(const Outcome&, const QString&, Draft& draft)
{
    draft.headline =
        OutcomeExplainer::tr("Your password was not sent: the connection is not encrypted.");
    draft.detail(OutcomeExplainer::tr(
        "Over an unencrypted connection, anyone on the network path could read the "
        "password."));
    adviseSecurityMode(draft);
    draft.advise(OutcomeExplainer::tr(
        "Only for a network you fully trust (for example a test server on this computer), "
        "allow sign-in without encryption explicitly."));
}

void explainAuthChallengeLimit(const Outcome&, const QString& host, Draft& draft)
{
    draft.headline = OutcomeExplainer::tr("The sign-in did not finish: the server kept asking.");
    draft.detail(OutcomeExplainer::tr(
        "The server sent more sign-in challenges than the method allows. This usually means "
        "it did not accept the user name, password or token, without saying so clearly."));
    draft.advise(OutcomeExplainer::tr("Check the user name and password."));
    draft.advise(OutcomeExplainer::tr(
        "With OAuth2, get a fresh access token; an expired token is a common cause."));
    draft.advise(ProviderHints::authenticationHint(host));
}

} // namespace hongyan::explaining
