#include "outcomeexplainer.h"
#include "reasonexplanations.h"
#include "replycodecatalogue.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace hongyan::explaining {

using smtp::Outcome;
using Category = Outcome::Category;
using Reason = Outcome::Reason;

namespace {

// Traditional units (KB, MB with 1024) are what file managers show people.
QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

void explainQueueId(const Outcome& outcome, Draft& draft)
{
    const QString queueId = outcome.queueId();
    if (!queueId.isEmpty())
        draft.detail(OutcomeExplainer::tr("The server's queue ID for this message is %1; quote it "
                                          "when you ask the server's administrator about it.")
                         .arg(queueId));
}

} // namespace

// Without a reason the outcome is a success, or the category's headline says all there is.
void explainSuccess(const Outcome& outcome, const QString&, Draft& draft)
{
    if (!outcome.isSuccess())
        return;
    if (outcome.category == Outcome::Category::Passed) {
        draft.headline = OutcomeExplainer::tr("Every check passed; no message was sent.");
        return;
    }
    draft.headline = OutcomeExplainer::tr("The message was sent.");
    if (!outcome.recipients.isEmpty())
        draft.detail(OutcomeExplainer::tr("The server accepted it for %n recipient(s).", nullptr,
                                          outcome.acceptedRecipientCount()));
    explainQueueId(outcome, draft);
    draft.detail(OutcomeExplainer::tr(
        "Delivery to the mailboxes happens after this; if it fails later, a bounce message "
        "arrives in your inbox."));
}

void explainSize(const Outcome& outcome, const QString&, Draft& draft)
{
    draft.headline = OutcomeExplainer::tr("The message is too large for this server.");
    QString message = dataSize(outcome.messageBytes);
    QString limit = dataSize(outcome.sizeLimit);
    if (message == limit) {
        // Rounded, two close sizes look equal; the exact counts show the difference.
        const QLocale locale;
        message = OutcomeExplainer::tr("%1 (%2 bytes)")
                      .arg(message, locale.toString(outcome.messageBytes));
        limit =
            OutcomeExplainer::tr("%1 (%2 bytes)").arg(limit, locale.toString(outcome.sizeLimit));
    }
    if (outcome.messageBytes > 0 && outcome.sizeLimit > 0)
        draft.detail(OutcomeExplainer::tr("The message is %1; the server accepts at most %2.")
                         .arg(message, limit));
    else if (outcome.sizeLimit > 0)
        draft.detail(OutcomeExplainer::tr("The server accepts messages up to %1.").arg(limit));
    else if (outcome.messageBytes > 0)
        draft.detail(OutcomeExplainer::tr("The message is %1.").arg(message));
    draft.detail(OutcomeExplainer::tr(
        "Attachments grow by about a third when sent, because they are encoded as text."));
    draft.detail(OutcomeExplainer::tr("Nothing was delivered."));
    draft.advise(
        OutcomeExplainer::tr("Share large files by a download link instead of attaching them."));
    draft.advise(OutcomeExplainer::tr("Or split the attachments over several messages."));
}

namespace {

void headlineRecipientCount(const Outcome& outcome, Draft& draft)
{
    const int total = int(outcome.recipients.size());
    const int accepted = outcome.acceptedRecipientCount();
    if (outcome.category == Category::Partial) {
        draft.headline = OutcomeExplainer::tr("The message was sent to %1 of %2 recipients.")
                             .arg(accepted)
                             .arg(total);
        explainQueueId(outcome, draft);
    } else if (accepted > 0) {
        draft.headline = OutcomeExplainer::tr(
            "The message was not sent: %n recipient(s) were refused, and every recipient is "
            "required.",
            nullptr, total - accepted);
    } else if (outcome.category == Category::Temporary) {
        draft.headline = OutcomeExplainer::tr("The server did not accept the recipients for now.");
    } else {
        draft.headline = OutcomeExplainer::tr("The server refused every recipient.");
    }
}

// What the refusals have in common, for the advice.
struct RefusalKinds
{
    bool addressProblem = false;
    bool relayProblem = false;
    bool tooMany = false;
};

QString refusalSentence(const smtp::RecipientResult& recipient)
{
    if (recipient.code == 0)
        return OutcomeExplainer::tr("%1 got no answer from the server.").arg(recipient.address);
    QString reason = ReplyCodeCatalogue::explain(recipient.code, recipient.enhanced);
    if (reason.isEmpty())
        reason = recipient.serverText;
    QString code = QString::number(recipient.code);
    if (recipient.enhanced.isValid())
        code += u' ' + recipient.enhanced.toString();
    return OutcomeExplainer::tr("%1 was refused (%2): %3").arg(recipient.address, code, reason);
}

RefusalKinds listRefusedRecipients(const Outcome& outcome, Draft& draft)
{
    constexpr int listed = 10; // beyond this, a count reads better than a wall of lines
    int shown = 0;
    RefusalKinds kinds;
    for (const smtp::RecipientResult& recipient : outcome.recipients) {
        if (recipient.accepted)
            continue;
        const QString status = recipient.enhanced.toString();
        kinds.addressProblem = kinds.addressProblem || status.startsWith(u"5.1."_s) ||
                               (recipient.code == 550 && !status.startsWith(u"5.7."_s));
        kinds.relayProblem = kinds.relayProblem || status == u"5.7.1"_s || status == u"5.7.57"_s ||
                             recipient.code == 530;
        kinds.tooMany = kinds.tooMany || status == u"4.5.3"_s || status == u"5.5.3"_s;
        if (shown++ < listed)
            draft.detail(refusalSentence(recipient));
    }
    if (shown > listed)
        draft.detail(
            OutcomeExplainer::tr("%n more recipient(s) were refused.", nullptr, shown - listed));
    return kinds;
}

void adviseOnRefusals(const Outcome& outcome, const RefusalKinds& kinds, Draft& draft)
{
    if (kinds.addressProblem)
        draft.advise(OutcomeExplainer::tr("Check the refused addresses for typing errors."));
    if (kinds.relayProblem)
        draft.advise(OutcomeExplainer::tr(
            "If the server's text mentions relaying, it passes mail on only for signed-in "
            "users: enter the user name and password of this account."));
    if (kinds.tooMany)
        draft.advise(
            OutcomeExplainer::tr("Send to the remaining recipients in a separate message."));
    if (outcome.category != Category::Partial)
        return;
    const bool onlyForNow =
        std::all_of(outcome.recipients.cbegin(), outcome.recipients.cend(),
                    [](const smtp::RecipientResult& r) { return r.accepted || r.code / 100 == 4; });
    if (onlyForNow)
        draft.advise(OutcomeExplainer::tr(
            "The accepted recipients got the message. The others were refused only for now: "
            "try them again later (Hongyan's outbox does this on its own)."));
    else
        draft.advise(OutcomeExplainer::tr(
            "The accepted recipients got the message; after correcting the problem, send it "
            "again only to those who were refused."));
}

} // namespace

void explainRecipients(const Outcome& outcome, const QString&, Draft& draft)
{
    headlineRecipientCount(outcome, draft);
    const RefusalKinds kinds = listRefusedRecipients(outcome, draft);
    adviseOnRefusals(outcome, kinds, draft);
    explainGreylisting(outcome, draft);
}

// Direct delivery: the recipient's domain, not a server, is the problem.
void explainMailRoute(const Outcome& outcome, const QString&, Draft& draft)
{
    if (outcome.reason == Reason::NullMx) {
        draft.headline =
            OutcomeExplainer::tr("The recipient's domain declares that it accepts no mail.");
        draft.detail(OutcomeExplainer::tr(
            "Its DNS records say so explicitly (a \"null MX\" record), so no server will take "
            "the message. Nothing was sent."));
        draft.advise(OutcomeExplainer::tr(
            "Check the part of the address after @; the person may use another address."));
        return;
    }
    draft.headline = OutcomeExplainer::tr("No mail server was found for the recipient's domain.");
    if (outcome.category == Category::Temporary)
        draft.detail(OutcomeExplainer::tr(
            "The DNS lookup for the domain failed for now, so its mail servers are not known. "
            "Nothing was sent."));
    else
        draft.detail(OutcomeExplainer::tr(
            "The domain has no mail server and no address in DNS, so mail for it cannot be "
            "delivered. Nothing was sent."));
    draft.advise(OutcomeExplainer::tr("Check the part of the address after @ for typing errors."));
    draft.advise(OutcomeExplainer::tr(
        "If you use a custom DNS server, check that it answers for other domains."));
}

void explainCancelled(const Outcome& outcome, const QString&, Draft& draft)
{
    if (outcome.category == Category::Unknown) {
        draft.headline =
            OutcomeExplainer::tr("Sending was stopped after the whole message had been sent.");
        draft.detail(OutcomeExplainer::tr("The server may already have accepted the message."));
        return;
    }
    draft.headline = OutcomeExplainer::tr("Sending was cancelled.");
    draft.detail(OutcomeExplainer::tr(
        "It was stopped before the message was complete, so nothing was delivered."));
}

} // namespace hongyan::explaining
