#pragma once

#include "explanation.h"
#include "outcome.h"

#include <QCoreApplication>

namespace hongyan {

// Turns an engine Outcome into an Explanation in the current UI language (tr()), using
// the reply-code catalogue and provider hints. Shared by the GUI and hongyan-cli, so it
// depends on Qt6::Core only.
class OutcomeExplainer
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeExplainer)

public:
    // `host` is the server the session talked to (for provider hints and messages).
    static Explanation explain(const smtp::Outcome& outcome, const QString& host);

    // Short translated names, for status lines and tables.
    static QString categoryText(smtp::Outcome::Category category);
    static QString phaseText(smtp::Phase stage);
    static QString securityText(smtp::Security security);
    // The label of the diagnosis step that checks `phase`, in the GUI's list and as
    // hongyan-cli probe's short column; empty for a phase the diagnosis does not check.
    static QString diagnosisStepText(smtp::Phase phase);
    static QString diagnosisStepBrief(smtp::Phase phase);
    // The outcome's technical detail in the user's language when the engine wrote it, as it
    // came when it is someone else's words (a socket error).
    static QString detailText(const smtp::Outcome& outcome);
};

} // namespace hongyan
