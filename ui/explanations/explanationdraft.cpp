#include "explanationdraft.h"

#include "outcomeexplainer.h"
#include "replycodecatalogue.h"
#include "translatabletext.h"

using namespace Qt::Literals::StringLiterals;

namespace hongyan::explaining {

using smtp::Outcome;

void Draft::detail(const QString& text)
{
    if (!text.isEmpty() && !m_details.contains(text))
        m_details.append(text);
}

void Draft::advise(const QString& text)
{
    if (!text.isEmpty() && !m_advice.contains(text))
        m_advice.append(text);
}

Explanation Draft::finish(const Outcome& outcome) const
{
    Explanation explanation;
    explanation.headline = headline;
    explanation.details = m_details.join(u'\n');
    explanation.advice = m_advice;
    explanation.serverText = outcome.serverText;
    explanation.command = outcome.command;
    if (outcome.code > 0) {
        explanation.codeText = QString::number(outcome.code);
        if (outcome.enhanced.isValid())
            explanation.codeText += u' ' + outcome.enhanced.toString();
    }
    return explanation;
}

QString displayHost(const QString& host)
{
    return host.isEmpty()
               ? OutcomeExplainer::tr("the server", "stands in for an unknown server host name")
               : host;
}

QString enhancedText(const Outcome& outcome)
{
    return outcome.enhanced.toString();
}

bool isTemporaryReply(const Outcome& outcome)
{
    return outcome.code / 100 == 4;
}

namespace {

// What the first digit of a reply code says when the code itself is not in the catalogue.
struct ReplyClassMeaning
{
    int replyClass;
    TranslatableText meaning;
};

const ReplyClassMeaning replyClassMeanings[] = {
    {2, {QT_TRANSLATE_NOOP("OutcomeExplainer", "The server reported success.")}},
    {3, {QT_TRANSLATE_NOOP("OutcomeExplainer", "The server is waiting for more input.")}},
    {4,
     {QT_TRANSLATE_NOOP(
         "OutcomeExplainer",
         "The server reported a temporary problem; the same request may succeed later.")}},
    {5,
     {QT_TRANSLATE_NOOP(
         "OutcomeExplainer",
         "The server reported a permanent refusal; the same request will be refused again.")}},
};

} // namespace

QString replyMeaning(int code, const smtp::EnhancedStatus& status)
{
    const QString known = ReplyCodeCatalogue::explain(code, status);
    if (!known.isEmpty())
        return known;
    for (const ReplyClassMeaning& row : replyClassMeanings) {
        if (row.replyClass == code / 100)
            return row.meaning.translated(translationContext);
    }
    return {};
}

void adviseRetryLater(Draft& draft)
{
    draft.advise(OutcomeExplainer::tr(
        "Try again in a few minutes; a message in the outbox is kept until it is sent."));
}

// An unanswered final reply leaves the message in an unknown state: sending it again
// blindly can deliver it twice.
void adviseCheckBeforeResend(Draft& draft)
{
    draft.advise(OutcomeExplainer::tr("Do not send it again straight away: first check the Sent "
                                      "folder of your webmail, or ask a recipient whether it "
                                      "arrived."));
    draft.advise(OutcomeExplainer::tr(
        "Send it again only if it did not arrive, so that nobody receives it twice."));
}

void adviseSecurityMode(Draft& draft)
{
    draft.advise(OutcomeExplainer::tr(
        "Choose SSL/TLS (usually port 465) or STARTTLS (usually port 587) as the security mode."));
}

void adviseInterception(Draft& draft)
{
    draft.advise(OutcomeExplainer::tr(
        "Turn off mail scanning in your antivirus or firewall program, or use port 465 with "
        "SSL/TLS, which such programs usually leave alone."));
}

void explainGreylisting(const Outcome& outcome, Draft& draft)
{
    const QString status = enhancedText(outcome);
    if (outcome.code == 450 || outcome.code == 451 || status == u"4.2.0"_s || status == u"4.7.1"_s)
        draft.detail(OutcomeExplainer::tr(
            "Many servers refuse a first message from an unknown sender for a few minutes "
            "(greylisting) and accept it when it is sent again."));
}

} // namespace hongyan::explaining
