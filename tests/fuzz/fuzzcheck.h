#pragma once

// What a fuzz target asserts beyond "no crash, no sanitizer report": a property that must hold
// for every input. A broken property aborts, so libFuzzer keeps the input as a crash.

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition, what)                                                                \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "property broken: %s (%s)\n", #condition,                         \
                         QString(what).toUtf8().constData());                                      \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace fuzz {

// True when `text` holds a character that can drive a terminal or reorder what a person
// sees: C0 and C1 controls, DEL, and bidirectional formatting characters.
inline bool hasUnsafeCharacter(const QString& text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7F || (u >= 0x80 && u <= 0x9F) || (u >= 0x202A && u <= 0x202E) ||
            (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F || u == 0x061C)
            return true;
    }
    return false;
}

} // namespace fuzz
