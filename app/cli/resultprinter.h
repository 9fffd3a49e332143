#pragma once

#include "capabilities.h"
#include "diagnosis.h"
#include "explanation.h"
#include "mxresolver.h"
#include "outcome.h"

#include <QCoreApplication>
#include <QTextStream>

namespace hongyan::cli {

// hongyan-cli's human-readable output, in the user's language: results on standard
// output, failures and their explanations on standard error.
class ResultPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ResultPrinter)

public:
    static QTextStream& out();
    static QTextStream& err();

    // One line per recipient with its result, then a summary line.
    static void printDelivery(const smtp::Outcome& outcome);
    // A usage or input error: "hongyan-cli: message" on standard error; returns exit status 2.
    static int usageError(const QString& message);
    // What went wrong, the server's own words, and what to try (standard error).
    static void printFailure(const Explanation& explanation);
    static void printStep(const smtp::Diagnosis::StepReport& report);
    static void printCapabilities(const QString& title, const smtp::Capabilities& capabilities);
    static void printTls(const smtp::TlsFacts& tls);
    static void printRoute(const smtp::MxRoute& route);
};

} // namespace hongyan::cli
