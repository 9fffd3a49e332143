#pragma once

#include <QCoreApplication>
#include <QString>

namespace hongyan {

// A sentence kept in a table rather than in a tr() call. Rows are written with
// QT_TRANSLATE_NOOP3(context, source, disambiguation), or QT_TRANSLATE_NOOP(context, source) in
// braces when there is no disambiguation, so lupdate files them under the same context and
// comment as tr() did and the existing translations stay valid. The text is translated only
// when it is shown, so it follows the language chosen at that moment.
struct TranslatableText
{
    const char* source = nullptr;
    const char* disambiguation = nullptr;

    bool isEmpty() const { return source == nullptr; }
    // `context` must be the one the row names in its QT_TRANSLATE_NOOP macro.
    QString translated(const char* context) const
    {
        return isEmpty() ? QString() : QCoreApplication::translate(context, source, disambiguation);
    }
};

} // namespace hongyan
