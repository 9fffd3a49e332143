#pragma once

#include <QMetaEnum>
#include <QString>

#include <optional>

namespace smtp {

// The stable lower-case name of an enumerator, for --json, logs and the outbox files: the
// words of its name joined by '-' ("MailFrom" → "mail-from"), except that protocol words
// keep the spelling the protocol gives them ("StartTls" → "starttls", "SmtpUtf8" →
// "smtputf8", "EightBitMime" → "8bitmime"). One rule for every enum, so no name is a
// hand-written string that could drift from its enumerator.
QString stableName(const char* key);

template <typename Enum>
QString stableName(Enum value)
{
    return stableName(QMetaEnum::fromType<Enum>().valueToKey(int(value)));
}

template <typename Enum>
std::optional<Enum> fromStableName(QStringView name)
{
    const QMetaEnum values = QMetaEnum::fromType<Enum>();
    for (int i = 0; i < values.keyCount(); ++i) {
        if (stableName(values.key(i)) == name)
            return Enum(values.value(i));
    }
    return std::nullopt;
}

} // namespace smtp
