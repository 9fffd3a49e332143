#pragma once

#include "encodedword.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace smtp {

// One header field as it goes into a message: a name and a value made of units (tokens,
// encoded text) that is folded only where white space separates units, to 78 characters
// where possible and never beyond 998. Header injection is impossible by construction:
// a token with CR, LF, NUL or another control character makes the field invalid, and
// text with them is RFC 2047-encoded, so no input can start a line of its own.
class HeaderField
{
public:
    static constexpr int PreferredLineLength = 78;
    static constexpr int MaxLineLength = 998;

    // name must be printable ASCII without ':' or white space, otherwise the field is invalid.
    explicit HeaderField(QByteArrayView name);
    // An unstructured field (RFC 5322 §3.2.5) such as Subject.
    static HeaderField unstructured(QByteArrayView name, QStringView text);

    QByteArray name() const { return m_name; }

    // Bytes emitted unchanged (an addr-spec, a quoted string, "<id@host>"). With spaceBefore
    // a space separates the token from what precedes and the field may fold there;
    // without, it sticks to the previous unit (a ',' after an address).
    void appendToken(QByteArrayView token, bool spaceBefore = true);
    // text as RFC 2047 encoded words, each sized to fit where it lands; prefix goes before
    // the first word and suffix after the last (a quoted parameter value: name="…").
    void appendEncoded(QStringView text, EncodedWord::Context context, QByteArrayView prefix = {},
                       QByteArrayView suffix = {});
    // Unstructured text: ASCII words stay readable, each run of words with non-ASCII or
    // control characters (or that would be mistaken for encoded words) becomes encoded
    // words, and leading or trailing white space is kept inside an encoded word.
    void appendText(QStringView text);

    bool isValid() const { return m_valid; }
    // The folded field, every line CRLF-terminated; nothing when the field is invalid or
    // a line would exceed 998 octets.
    std::optional<QByteArray> toBytes() const;

private:
    struct Unit
    {
        QByteArray whitespace; // what separates the unit from the previous one; folding point
        QByteArray bytes;      // a token, or the prefix of encoded text
        QString text;          // text to encode; empty for a token
        QByteArray suffix;
        EncodedWord::Context context = EncodedWord::Context::Text;
        bool encoded = false;
    };

    // The field as it is being folded: its bytes so far and the state of the last line.
    struct FoldedLines
    {
        QByteArray bytes;
        qsizetype lineLength = 0;
        bool lineHasContent = false;

        // Ends the line; what follows goes on a continuation line.
        void fold();
    };

    void appendEncodedUnit(QByteArray whitespace, QStringView text, EncodedWord::Context context,
                           QByteArrayView prefix, QByteArrayView suffix);
    static void writeTokenUnit(FoldedLines& out, const Unit& unit);
    // As many encoded words as the text needs, each sized to the room left on its line.
    static void writeEncodedUnit(FoldedLines& out, const Unit& unit);

    QByteArray m_name;
    QList<Unit> m_units;
    bool m_valid = true;
};

} // namespace smtp
