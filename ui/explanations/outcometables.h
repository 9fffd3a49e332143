#pragma once

#include "explanationdraft.h"
#include "translatabletext.h"

// The per-value parts of the outcome explanations, as tables keyed by the Outcome enums.
// Each table lists its rows in the enum's order, which the compiler checks; tst_explanations
// checks that every enum value has its row, so a value added to the engine without texts
// fails a test instead of showing an empty line.
namespace hongyan::explaining {

using ExplainReason = void (*)(const smtp::Outcome& outcome, const QString& host, Draft& draft);

struct CategoryRow
{
    smtp::Outcome::Category category;
    TranslatableText name;             // short, for status lines and tables
    TranslatableText fallbackHeadline; // when the reason's explanation gave no headline
    void (*conclude)(Draft& draft);    // what every outcome of the category ends with, or null
};

struct PhaseRow
{
    smtp::Phase phase;
    TranslatableText name;
};

// The diagnosis checks one phase per step (Resolve, Connect, TlsHandshake, Ehlo, StartTls,
// Auth, MailFrom).
struct DiagnosisStepRow
{
    smtp::Phase phase;
    TranslatableText label; // the GUI's list: "Connect (TCP)"
    TranslatableText brief; // hongyan-cli probe's column: "TCP connect"
};

struct ReasonRow
{
    smtp::Outcome::Reason reason;
    ExplainReason explain;
    // The explanation already states everything the engine's technical detail says.
    bool detailIsRedundant;
};

// The whole explanation of a reason that depends on nothing but the reason.
struct FixedStory
{
    smtp::Outcome::Reason reason;
    TranslatableText headline;
    TranslatableText detail;
    TranslatableText advice[2]; // most likely first; the second may be empty
};

// Null when the value has no row (a value the tables do not know yet).
const CategoryRow* categoryRow(smtp::Outcome::Category category);
const PhaseRow* phaseRow(smtp::Phase stage);
const DiagnosisStepRow* diagnosisStepRow(smtp::Phase phase);
const ReasonRow* reasonRow(smtp::Outcome::Reason reason);
const FixedStory* fixedStory(smtp::Outcome::Reason reason);

// The explanation of the reasons that have a FixedStory.
void tellFixedStory(const smtp::Outcome& outcome, const QString& host, Draft& draft);

} // namespace hongyan::explaining
