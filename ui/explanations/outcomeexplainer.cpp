#include "outcomeexplainer.h"

#include "explanationdraft.h"
#include "outcometables.h"
#include "providerhints.h"
#include "translations.h"

namespace hongyan {

using smtp::Outcome;
using Category = Outcome::Category;
using Reason = Outcome::Reason;
using smtp::Phase;
using namespace explaining;

// The reason's own explanation first, then what the reply code, the provider and the
// engine's technical detail add, and last what every outcome of the category ends with.
Explanation OutcomeExplainer::explain(const Outcome& outcome, const QString& host)
{
    Draft draft;
    const ReasonRow* reason = reasonRow(outcome.reason);
    if (reason != nullptr)
        reason->explain(outcome, host, draft);
    const CategoryRow* category = categoryRow(outcome.category);
    if (draft.headline.isEmpty())
        draft.headline = category != nullptr
                             ? category->fallbackHeadline.translated(translationContext)
                             : tr("Sending failed.");

    if (outcome.code > 0 && !outcome.isSuccess() && outcome.reason != Reason::RecipientsRejected)
        draft.detail(replyMeaning(outcome.code, outcome.enhanced));
    if (outcome.code > 0 && !outcome.isSuccess())
        draft.advise(ProviderHints::replyHint(host, outcome.code, outcome.enhanced));
    if (!outcome.detail.isEmpty() && !(reason != nullptr && reason->detailIsRedundant))
        draft.detail(tr("Technical detail: %1").arg(detailText(outcome)));

    if (category != nullptr && category->conclude != nullptr)
        category->conclude(draft);
    return draft.finish(outcome);
}

QString OutcomeExplainer::detailText(const Outcome& outcome)
{
    return Translations::noteText(outcome.detail);
}

QString OutcomeExplainer::categoryText(Category category)
{
    const CategoryRow* row = categoryRow(category);
    return row != nullptr ? row->name.translated(translationContext)
                          : tr("Outcome unknown", "outcome category");
}

QString OutcomeExplainer::securityText(smtp::Security security)
{
    switch (security) {
    case smtp::Security::ImplicitTls:
        return tr("SSL/TLS");
    case smtp::Security::StartTls:
        return tr("STARTTLS");
    case smtp::Security::Opportunistic:
        return tr("STARTTLS when offered");
    case smtp::Security::Plain:
        return tr("no encryption");
    }
    return {};
}

QString OutcomeExplainer::phaseText(Phase phase)
{
    const PhaseRow* row = phaseRow(phase);
    return row != nullptr ? row->name.translated(translationContext)
                          : tr("preparation", "session stage");
}

QString OutcomeExplainer::diagnosisStepText(Phase phase)
{
    const DiagnosisStepRow* row = diagnosisStepRow(phase);
    return row != nullptr ? row->label.translated("DiagnosisStep") : QString();
}

QString OutcomeExplainer::diagnosisStepBrief(Phase phase)
{
    const DiagnosisStepRow* row = diagnosisStepRow(phase);
    return row != nullptr ? row->brief.translated("DiagnosisStep") : QString();
}

} // namespace hongyan
