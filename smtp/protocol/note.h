#pragma once

#include <QString>
#include <QStringList>

#include <type_traits>

namespace smtp {

// A sentence the engine writes for a person — a transcript line of its own, never the
// server's words or the wire's bytes — kept as its English pattern with %1…%n and the values
// that fill it. The engine, the CLI and saved files use the English text; the GUI looks the
// pattern up in the person's language and fills in the same values. Every pattern is written
// as QT_TRANSLATE_NOOP(Note::Context, "…") where it is made, so lupdate finds it:
//     Note::of(QT_TRANSLATE_NOOP("smtp", "Trying %1 port %2"), address.toString(), port)
struct Note
{
    static constexpr const char* Context = "smtp";

    QString pattern;
    QStringList arguments;

    template <typename... Values>
    static Note of(const char* pattern, const Values&... values)
    {
        return Note{QString::fromUtf8(pattern), {argumentText(values)...}};
    }

    // Words that are not ours to translate: addresses, the server's reply, a system error.
    static Note verbatim(const QString& text) { return Note{QStringLiteral("%1"), {text}}; }

    bool isEmpty() const { return pattern.isEmpty(); }
    // The English sentence.
    QString text() const { return filled(pattern); }
    // `translatedPattern` with this note's values in place of %1…%n, in one pass: a value
    // that itself contains "%1" (a server's name, an error text) is left as it is.
    QString filled(const QString& translatedPattern) const;

    friend bool operator==(const Note&, const Note&) = default;

private:
    template <typename Value>
    static QString argumentText(const Value& value)
    {
        if constexpr (std::is_arithmetic_v<Value>)
            return QString::number(value);
        else
            return QString(value);
    }
};

} // namespace smtp
