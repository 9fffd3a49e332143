#include "singlelinevalidator.h"

#include "addressparser.h"

namespace hongyan {

namespace {

bool isLineBreak(QChar c)
{
    return c == u'\r' || c == u'\n' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
}

} // namespace

QValidator::State SingleLineValidator::validate(QString& input, int& position) const
{
    QString result;
    result.reserve(input.size());
    int newPosition = position;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input[i];
        const bool crlf = c == u'\r' && i + 1 < input.size() && input[i + 1] == u'\n';
        // What the engine refuses in any header (AddressParser::isControl), less the line
        // breaks, which become spaces.
        if (crlf || (smtp::AddressParser::isControl(c) && !isLineBreak(c))) {
            // Dropped (the CR of a CRLF goes with its LF, which becomes the space).
            if (i < position)
                --newPosition;
            continue;
        }
        result += isLineBreak(c) ? QChar(u' ') : c;
    }
    input = result;
    position = newPosition;
    return Acceptable;
}

QString SingleLineValidator::flattened(const QString& text)
{
    QString copy = text;
    int position = 0;
    SingleLineValidator().validate(copy, position);
    return copy;
}

} // namespace hongyan
