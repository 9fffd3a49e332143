#pragma once

// What a test needs from the machine and may not find there: root, a server program, a
// keychain, a kernel feature. Outside CI the test is skipped with the reason; under CI=true
// (../shared/DESIGN.md §6) a missing requirement is a failure that says what is missing,
// never a skip that counts as a pass.

#include <QString>
#include <QTest>

namespace testsupport {

inline bool runningInCi()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

} // namespace testsupport

#define HY_REQUIRE(condition, reason)                                                              \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            const QByteArray hyReason = QByteArray(reason);                                        \
            if (testsupport::runningInCi())                                                        \
                QFAIL(("required under CI=true: " + hyReason).constData());                        \
            QSKIP(hyReason.constData());                                                           \
        }                                                                                          \
    } while (false)
