#include "headerfield.h"

namespace smtp {

namespace {

bool isWhitespace(QChar c)
{
    return c == u' ' || c == u'\t';
}

// A word that cannot be written as is: non-ASCII, a control character (CR, LF and NUL
// included), text a reader would decode as an encoded word, or too long to fold.
bool needsEncoding(QStringView word)
{
    if (word.size() > HeaderField::PreferredLineLength - 1 || word.contains(u"=?"))
        return true;
    for (QChar c : word) {
        if (c.unicode() < 0x20 || c.unicode() >= 0x7f)
            return true;
    }
    return false;
}

// Spaces are fine (a quoted display name); anything that could end a line is not.
bool isSafeToken(QByteArrayView token)
{
    for (char c : token) {
        if ((c >= 0 && c < 0x20) || c == 0x7f)
            return false;
    }
    return true;
}

bool fitsOneWord(QStringView text, EncodedWord::Encoding encoding, EncodedWord::Context context)
{
    return EncodedWord::encodePrefix(text, encoding, context).consumed == text.size();
}

// Whether every CRLF-terminated line of field stays within the 998 octets RFC 5322 allows.
bool linesWithinMaxLength(const QByteArray& field)
{
    qsizetype lineStart = 0;
    for (qsizetype end = field.indexOf("\r\n"); end >= 0; end = field.indexOf("\r\n", end + 2)) {
        if (end - lineStart > HeaderField::MaxLineLength)
            return false;
        lineStart = end + 2;
    }
    return true;
}

} // namespace

HeaderField::HeaderField(QByteArrayView name)
    : m_name(name.toByteArray())
{
    m_valid = !m_name.isEmpty();
    for (char c : m_name) {
        if (c <= 0x20 || c >= 0x7f || c == ':')
            m_valid = false;
    }
}

HeaderField HeaderField::unstructured(QByteArrayView name, QStringView text)
{
    HeaderField field(name);
    field.appendText(text);
    return field;
}

void HeaderField::appendToken(QByteArrayView token, bool spaceBefore)
{
    if (!isSafeToken(token))
        m_valid = false;
    if (!m_valid || token.isEmpty())
        return;
    Unit unit;
    if (spaceBefore || m_units.isEmpty())
        unit.whitespace = " ";
    unit.bytes = token.toByteArray();
    m_units.append(std::move(unit));
}

void HeaderField::appendEncoded(QStringView text, EncodedWord::Context context,
                                QByteArrayView prefix, QByteArrayView suffix)
{
    appendEncodedUnit(" ", text, context, prefix, suffix);
}

void HeaderField::appendEncodedUnit(QByteArray whitespace, QStringView text,
                                    EncodedWord::Context context, QByteArrayView prefix,
                                    QByteArrayView suffix)
{
    if (!isSafeToken(prefix) || !isSafeToken(suffix))
        m_valid = false;
    if (!m_valid || text.isEmpty())
        return;
    Unit unit;
    unit.whitespace = std::move(whitespace);
    unit.bytes = prefix.toByteArray();
    unit.text = text.toString();
    unit.suffix = suffix.toByteArray();
    unit.context = context;
    unit.encoded = true;
    m_units.append(std::move(unit));
}

void HeaderField::appendText(QStringView text)
{
    struct Word
    {
        qsizetype whitespaceStart;
        qsizetype start;
        qsizetype end;
        bool encode;
    };
    QList<Word> words;
    for (qsizetype i = 0; i < text.size();) {
        Word word{i, i, i, false};
        while (i < text.size() && isWhitespace(text[i]))
            ++i;
        word.start = i;
        while (i < text.size() && !isWhitespace(text[i]))
            ++i;
        word.end = i;
        if (word.start == word.end && !words.isEmpty()) {
            // Trailing white space would vanish when a reader trims the field: keep it
            // inside the last (encoded) word.
            words.last().end = word.end;
            words.last().encode = true;
            break;
        }
        word.encode = needsEncoding(text.mid(word.start, word.end - word.start));
        words.append(word);
    }
    if (words.isEmpty())
        return;
    if (words.first().start > words.first().whitespaceStart) {
        words.first().start = words.first().whitespaceStart;
        words.first().encode = true;
    }

    bool first = m_units.isEmpty();
    for (qsizetype i = 0; i < words.size(); ++i) {
        QByteArray whitespace =
            text.mid(words[i].whitespaceStart, words[i].start - words[i].whitespaceStart)
                .toLatin1();
        if (whitespace.isEmpty() || first)
            whitespace = " ";
        first = false;
        if (!words[i].encode) {
            Unit unit;
            unit.whitespace = std::move(whitespace);
            unit.bytes = text.mid(words[i].start, words[i].end - words[i].start).toLatin1();
            m_units.append(std::move(unit));
            continue;
        }
        // White space between words of one run is encoded with them: a reader drops the
        // space between adjacent encoded words.
        qsizetype last = i;
        while (last + 1 < words.size() && words[last + 1].encode)
            ++last;
        appendEncodedUnit(std::move(whitespace),
                          text.mid(words[i].start, words[last].end - words[i].start),
                          EncodedWord::Context::Text, {}, {});
        i = last;
    }
}

void HeaderField::FoldedLines::fold()
{
    bytes += "\r\n";
    lineLength = 0;
    lineHasContent = false;
}

std::optional<QByteArray> HeaderField::toBytes() const
{
    if (!m_valid)
        return std::nullopt;
    FoldedLines out;
    out.bytes = m_name + ':';
    out.lineLength = out.bytes.size();
    for (const Unit& unit : m_units) {
        if (unit.encoded)
            writeEncodedUnit(out, unit);
        else
            writeTokenUnit(out, unit);
    }
    out.bytes += "\r\n";
    if (!linesWithinMaxLength(out.bytes))
        return std::nullopt;
    return out.bytes;
}

void HeaderField::writeTokenUnit(FoldedLines& out, const Unit& unit)
{
    if (out.lineHasContent &&
        out.lineLength + unit.whitespace.size() + unit.bytes.size() > PreferredLineLength &&
        !unit.whitespace.isEmpty())
        out.fold();
    out.bytes += unit.whitespace;
    out.bytes += unit.bytes;
    out.lineLength += unit.whitespace.size() + unit.bytes.size();
    out.lineHasContent = true;
}

void HeaderField::writeEncodedUnit(FoldedLines& out, const Unit& unit)
{
    const EncodedWord::Encoding encoding = EncodedWord::chooseEncoding(unit.text, unit.context);
    QStringView rest = unit.text;
    bool firstWord = true;
    while (!rest.isEmpty()) {
        const QByteArray& whitespace = firstWord ? unit.whitespace : QByteArray(" ");
        const qsizetype prefixSize = firstWord ? unit.bytes.size() : 0;
        const qsizetype room = PreferredLineLength - out.lineLength - whitespace.size() -
                               prefixSize - unit.suffix.size();
        EncodedWord::Piece piece;
        if (room > EncodedWord::Overhead)
            piece = EncodedWord::encodePrefix(rest, encoding, unit.context,
                                              int(qMin<qsizetype>(room, EncodedWord::MaxLength)));
        // A sliver of a word at the end of a line helps nobody: start a new line. A
        // name is kept in one word where it fits in one, because some readers (Python
        // before gh-128110 was fixed) wrongly keep the space between words of a phrase.
        const bool sliver = piece.consumed < rest.size() &&
                            (room < 32 || (unit.context == EncodedWord::Context::Phrase &&
                                           fitsOneWord(rest, encoding, unit.context)));
        if (out.lineHasContent && (piece.consumed == 0 || sliver)) {
            out.fold();
            continue;
        }
        if (piece.consumed == 0)
            piece = EncodedWord::encodePrefix(rest, encoding, unit.context);
        rest = rest.mid(piece.consumed);
        out.bytes += whitespace;
        if (firstWord)
            out.bytes += unit.bytes;
        out.bytes += piece.word;
        if (rest.isEmpty())
            out.bytes += unit.suffix;
        out.lineLength += whitespace.size() + prefixSize + piece.word.size() +
                          (rest.isEmpty() ? unit.suffix.size() : 0);
        out.lineHasContent = true;
        firstWord = false;
    }
}

} // namespace smtp
