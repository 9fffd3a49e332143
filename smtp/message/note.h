#pragma once

#include <QString>
#include <QStringList>

#include <type_traits>
#include <vector>

namespace smtp {

// A sentence the engine writes for a person — a transcript line of its own, never the
// server's words or the wire's bytes — kept as its English pattern with %1…%n and the values
// that fill it. The engine, the CLI and saved files use the English text; the GUI looks the
// pattern up in the person's language and fills in the same values. Every pattern is written
// as QT_TRANSLATE_NOOP(Note::Context, "…") where it is made, so lupdate finds it:
//     Note::of(QT_TRANSLATE_NOOP("smtp", "Trying %1 port %2"), address.toString(), port)
// A value may itself be a note ("Protocol error: %1" around the parser's sentence): it is
// translated with the sentence around it.
struct Note
{
    static constexpr const char* Context = "smtp";

    QString pattern;
    QStringList arguments; // each value's English text
    // Empty when no value is a note; otherwise one entry per value: the note the value was
    // made from, or an empty note for a plain value.
    std::vector<Note> inner;

    template <typename... Values>
    static Note of(const char* pattern, const Values&... values)
    {
        Note note{QString::fromUtf8(pattern), {}, {}};
        (note.append(values), ...);
        return note;
    }

    // Words that are not ours to translate: addresses, the server's reply, a system error.
    static Note verbatim(const QString& text) { return Note{QStringLiteral("%1"), {text}, {}}; }

    // The notes one after another, "; " between them (translated, as each note is).
    static Note joined(const QList<Note>& notes);

    bool isEmpty() const { return pattern.isEmpty(); }
    // The English sentence.
    QString text() const
    {
        return translated([](const QString& englishPattern) { return englishPattern; });
    }
    // The sentence in the language of the translators the application installed (context
    // "smtp"); English when none is installed. The engine itself never calls it.
    QString localized() const;
    // The sentence with each pattern (this one and those of the notes among its values)
    // replaced by `translate(pattern)`.
    template <typename Translate>
    QString translated(const Translate& translate) const
    {
        QStringList values = arguments;
        for (size_t i = 0; i < inner.size(); ++i) {
            if (!inner[i].isEmpty())
                values[qsizetype(i)] = inner[i].translated(translate);
        }
        return filled(translate(pattern), values);
    }

    friend bool operator==(const Note&, const Note&) = default;

    // One more value for the next placeholder, as of() adds them.
    void append(const Note& value)
    {
        if (value.isEmpty()) { // nothing to translate: an empty plain value
            append(QString());
            return;
        }
        inner.resize(size_t(arguments.size()));
        inner.push_back(value);
        arguments.append(value.text());
    }
    template <typename Value>
    void append(const Value& value)
    {
        if constexpr (std::is_arithmetic_v<Value>)
            arguments.append(QString::number(value));
        else
            arguments.append(QString(value));
        if (!inner.empty())
            inner.emplace_back();
    }

    // `pattern` with `values` in place of %1…%n, in one pass: a value that itself contains
    // "%1" (a server's name, an error text) is left as it is.
    static QString filled(QStringView pattern, const QStringList& values);
};

} // namespace smtp
