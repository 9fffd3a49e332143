#pragma once

#include "explanation.h"
#include "outcome.h"

#include <QString>
#include <QStringList>

// The pieces the outcome explanations are built from, shared by the files that explain one
// family of outcomes each (connections, certificates, replies, sign-in, messages). They are
// free functions, so they name the translation context explicitly (OutcomeExplainer::tr),
// which is also how lupdate files their strings.
namespace hongyan::explaining {

// The context of every outcome explanation's translation, whether tr() or a table row marks it.
inline constexpr char translationContext[] = "OutcomeExplainer";

// Several sources (catalogue, provider hints, stage rules) often say the same thing; each
// sentence is kept once, in the order it was first given, most relevant first.
class Draft
{
public:
    QString headline;

    void detail(const QString& text);
    void advise(const QString& text);
    Explanation finish(const smtp::Outcome& outcome) const;

private:
    QStringList m_details;
    QStringList m_advice;
};

// The server's host name, or words that stand in for it when it is not known.
QString displayHost(const QString& host);
// "5.7.8", or empty when the server gave no enhanced code.
QString enhancedText(const smtp::Outcome& outcome);
bool isTemporaryReply(const smtp::Outcome& outcome);
// The meaning of the server's code, or a class-level sentence when the code is not known.
QString replyMeaning(int code, const smtp::EnhancedStatus& status);

void adviseRetryLater(Draft& draft);
void adviseCheckBeforeResend(Draft& draft);
void adviseSecurityMode(Draft& draft);
void adviseInterception(Draft& draft);
void explainGreylisting(const smtp::Outcome& outcome, Draft& draft);

} // namespace hongyan::explaining
