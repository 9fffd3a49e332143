#pragma once

// Checks shared by the engine and integration tests. Macros, because QVERIFY returns from
// the test function that uses it. QTest cuts long failure messages, so the transcript and
// the server's log go to the test log as warnings instead.

#include "scriptedserver.h"
#include "sessionharness.h"

#include <QTest>

// Loads the script and listens.
#define HY_START(server, script)                                                                   \
    do {                                                                                           \
        QVERIFY2((server).load(script), qPrintable((server).failure()));                           \
        QVERIFY((server).listen());                                                                \
    } while (false)

// The session finished with this category (and reason); otherwise shows the outcome and
// the transcript.
#define HY_VERIFY_CATEGORY_REASON(harness, outcome, expectedCategory, checkReason, expectedReason) \
    do {                                                                                           \
        const bool hyFinished = (outcome).has_value();                                             \
        const bool hyMatches = hyFinished && (outcome)->category == (expectedCategory) &&          \
                               (!(checkReason) || (outcome)->reason == (expectedReason));          \
        if (!hyMatches)                                                                            \
            qWarning().noquote() << "transcript:\n" << (harness).transcriptText();                 \
        QVERIFY2(hyFinished, "no finished() signal");                                              \
        QVERIFY2(                                                                                  \
            hyMatches,                                                                             \
            qPrintable(u"expected %1%2, got %3"_s.arg(                                             \
                smtp::Outcome::categoryName(expectedCategory),                                     \
                (checkReason) ? u" / "_s + smtp::Outcome::reasonName(expectedReason) : QString(),  \
                testsupport::outcomeText(*(outcome)))));                                           \
    } while (false)

#define HY_VERIFY_OUTCOME(harness, outcome, expectedCategory, expectedReason)                      \
    HY_VERIFY_CATEGORY_REASON(harness, outcome, expectedCategory, true, expectedReason)

#define HY_VERIFY_CATEGORY(harness, outcome, expectedCategory)                                     \
    HY_VERIFY_CATEGORY_REASON(harness, outcome, expectedCategory, false,                           \
                              smtp::Outcome::Reason::None)

// The server saw exactly what its script describes.
#define HY_VERIFY_SCRIPT(server)                                                                   \
    do {                                                                                           \
        const bool hyFollowed = (server).waitForScript(5000);                                      \
        if (!hyFollowed)                                                                           \
            qWarning().noquote() << (server).report();                                             \
        QVERIFY2(hyFollowed, qPrintable((server).failure()));                                      \
    } while (false)

// No transcript record, server text or detail shows a secret.
#define HY_VERIFY_NO_LEAK(harness, credentials, server)                                            \
    do {                                                                                           \
        const QString hyLeak =                                                                     \
            (harness).findLeak(testsupport::secretsToHide((credentials), &(server)));              \
        QVERIFY2(hyLeak.isEmpty(), qPrintable(hyLeak));                                            \
    } while (false)
