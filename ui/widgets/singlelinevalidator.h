#pragma once

#include <QValidator>

namespace hongyan {

// Keeps a one-line field one line, whatever is pasted into it: each line break (CRLF, CR,
// LF, U+2028, U+2029) becomes a space and other control characters are dropped, since a
// header value such as the subject cannot carry them. Thunderbird treats a pasted
// multi-line subject the same way; the text is kept, only flattened.
class SingleLineValidator : public QValidator
{
    Q_OBJECT

public:
    using QValidator::QValidator;

    State validate(QString& input, int& position) const override;
    // `text` flattened as validate() does it.
    static QString flattened(const QString& text);
};

} // namespace hongyan
