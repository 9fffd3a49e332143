#include "outcomeexplainer.h"
#include "reasonexplanations.h"

using namespace Qt::Literals::StringLiterals;

namespace hongyan::explaining {

using smtp::Outcome;
using smtp::Phase;

namespace {

bool isSizeRefusal(const Outcome& outcome)
{
    const QString status = enhancedText(outcome);
    if (status == u"5.3.4"_s || status == u"5.2.3"_s)
        return true;
    return outcome.code == 552 && status != u"5.2.2"_s;
}

void explainGreetingRefusal(const Outcome& outcome, Draft& draft)
{
    draft.headline = isTemporaryReply(outcome)
                         ? OutcomeExplainer::tr("The server is not accepting connections now.")
                         : OutcomeExplainer::tr("The server refuses to talk to this computer.");
    draft.detail(replyMeaning(outcome.code, outcome.enhanced));
    draft.detail(OutcomeExplainer::tr(
        "Servers often refuse home or changing network addresses and addresses on block "
        "lists, especially on port 25."));
    draft.advise(OutcomeExplainer::tr(
        "Send through your provider's submission server (port 465 or 587) instead of "
        "directly to the recipient's server."));
    draft.advise(OutcomeExplainer::tr(
        "The server's text often names the block list or a page that explains the block."));
}

void explainEhloRefusal(const Outcome& outcome, Draft& draft)
{
    draft.headline = OutcomeExplainer::tr("The server refused the greeting (EHLO).");
    draft.detail(replyMeaning(outcome.code, outcome.enhanced));
    draft.detail(OutcomeExplainer::tr(
        "Some servers refuse a computer name that is not a full domain name, such as "
        "\"localhost\"."));
    draft.advise(OutcomeExplainer::tr(
        "Set the EHLO name to this computer's full domain name, or leave it empty so that "
        "Hongyan chooses one."));
}

void explainSenderReply(const Outcome& outcome, Draft& draft)
{
    const QString status = enhancedText(outcome);
    draft.detail(replyMeaning(outcome.code, outcome.enhanced));
    if (outcome.code == 530 || status == u"5.7.0"_s || status == u"5.7.57"_s) {
        draft.headline =
            OutcomeExplainer::tr("The server requires sign-in before it accepts mail.");
        if (!outcome.tls.encrypted)
            adviseSecurityMode(draft);
        draft.advise(OutcomeExplainer::tr(
            "Enter the user name and password of this account: without sign-in, servers accept "
            "mail only for their own users."));
    } else if (isTemporaryReply(outcome)) {
        draft.headline = OutcomeExplainer::tr("The server did not accept the sender for now.");
    } else {
        draft.headline = OutcomeExplainer::tr("The server refused the sender address.");
        draft.advise(OutcomeExplainer::tr(
            "Use the address of the account you signed in with as the sender; most providers "
            "refuse other sender addresses."));
        draft.advise(OutcomeExplainer::tr("Check the sender address for typing errors."));
    }
}

void explainMessageReply(const Outcome& outcome, Draft& draft)
{
    const QString status = enhancedText(outcome);
    const bool temporary = isTemporaryReply(outcome);
    draft.headline = temporary
                         ? OutcomeExplainer::tr("The server did not accept the message for now.")
                         : OutcomeExplainer::tr("The server refused the message.");
    draft.detail(replyMeaning(outcome.code, outcome.enhanced));
    if (!temporary)
        draft.detail(OutcomeExplainer::tr("The message was not delivered."));
    if (status == u"5.7.23"_s || status == u"5.7.25"_s || status == u"5.7.26"_s ||
        status == u"5.7.27"_s) {
        draft.headline = OutcomeExplainer::tr(
            "The server refused the message: the sender could not be verified.");
        draft.advise(OutcomeExplainer::tr(
            "The DNS records of the sender's domain (SPF, DKIM, DMARC) must allow the server you "
            "send through. If you own the domain, ask its administrator to add this server; "
            "otherwise send through the provider that hosts your address."));
    } else if (status == u"5.7.1"_s || outcome.code == 554) {
        draft.advise(OutcomeExplainer::tr(
            "The server's text usually says why: suspected spam, a blocked attachment type or a "
            "block list. Change what it names and try again, or ask the recipient to allow your "
            "address."));
    }
}

} // namespace

void explainReply(const Outcome& outcome, const QString& host, Draft& draft)
{
    const bool temporary = isTemporaryReply(outcome);
    if (isSizeRefusal(outcome)) {
        explainSize(outcome, host, draft);
        draft.detail(replyMeaning(outcome.code, outcome.enhanced));
        return;
    }
    switch (outcome.phase) {
    case Phase::Greeting:
        explainGreetingRefusal(outcome, draft);
        break;
    case Phase::Ehlo:
        explainEhloRefusal(outcome, draft);
        break;
    case Phase::Auth:
        explainAuthReply(outcome, host, draft);
        break;
    case Phase::MailFrom:
        explainSenderReply(outcome, draft);
        break;
    case Phase::RcptTo:
        draft.headline =
            temporary ? OutcomeExplainer::tr("The server did not accept a recipient for now.")
                      : OutcomeExplainer::tr("The server refused a recipient.");
        draft.detail(replyMeaning(outcome.code, outcome.enhanced));
        break;
    case Phase::Data:
        draft.headline =
            temporary ? OutcomeExplainer::tr("The server is not ready to receive the message now.")
                      : OutcomeExplainer::tr("The server refused to receive the message.");
        draft.detail(replyMeaning(outcome.code, outcome.enhanced));
        break;
    case Phase::Body:
    case Phase::DataEnd:
        explainMessageReply(outcome, draft);
        break;
    case Phase::Setup:
    case Phase::Resolve:
    case Phase::Connect:
    case Phase::TlsHandshake:
    case Phase::StartTls:
    case Phase::Quit:
    case Phase::Console:
        draft.headline = temporary
                             ? OutcomeExplainer::tr("The server reported a temporary problem.")
                             : OutcomeExplainer::tr("The server refused the request.");
        draft.detail(replyMeaning(outcome.code, outcome.enhanced));
        break;
    }
    explainGreylisting(outcome, draft);
}

void explainServerClosing(const Outcome& outcome, const QString&, Draft& draft)
{
    draft.headline =
        OutcomeExplainer::tr("The server ended the session: it is not available right now.");
    draft.detail(replyMeaning(outcome.code, outcome.enhanced));
    draft.detail(OutcomeExplainer::tr(
        "It may be overloaded or restarting, or it limits how many connections or messages it "
        "accepts from you in a short time."));
    if (outcome.phase == Phase::Body || outcome.phase == Phase::DataEnd)
        draft.detail(OutcomeExplainer::tr("The message was not accepted."));
    draft.advise(OutcomeExplainer::tr("If it keeps happening, send fewer messages at a time."));
}

// The protocol errors all end with the same advice: programs that intercept mail ports are
// a common cause of them.
void explainMalformedReply(const Outcome&, const QString&, Draft& draft)
{
    draft.headline = OutcomeExplainer::tr("The server's answer could not be understood.");
    draft.detail(OutcomeExplainer::tr(
        "The answer does not follow the mail protocol (SMTP). Either this is not a mail "
        "server (for example a web server on this port), or a program between you and the "
        "server is broken: antivirus and firewall programs that intercept ports 25 and 587 "
        "are a common cause."));
    draft.advise(OutcomeExplainer::tr("Check the server name and port."));
    adviseInterception(draft);
}

void explainReplyTooLong(const Outcome&, const QString&, Draft& draft)
{
    draft.headline = OutcomeExplainer::tr("The server sent an answer that is far too long.");
    draft.detail(OutcomeExplainer::tr(
        "Hongyan stops reading answers beyond a safe size. Either this is not a mail server, "
        "or the server or a program between you and it is broken: antivirus and firewall "
        "programs that intercept ports 25 and 587 are a common cause."));
    draft.advise(OutcomeExplainer::tr("Check the server name and port."));
    adviseInterception(draft);
}

void explainUnexpectedReply(const Outcome& outcome, const QString&, Draft& draft)
{
    draft.headline = OutcomeExplainer::tr("The server answered in an unexpected way.");
    draft.detail(OutcomeExplainer::tr("Its answer does not fit the step in progress (%1). "
                                      "Hongyan stopped rather than guess what the server did.")
                     .arg(OutcomeExplainer::phaseText(outcome.phase)));
    if (outcome.code > 0)
        draft.detail(replyMeaning(outcome.code, outcome.enhanced));
    draft.advise(OutcomeExplainer::tr(
        "Try again; if it happens again, send the transcript to the server's administrator."));
    adviseInterception(draft);
}

} // namespace hongyan::explaining
