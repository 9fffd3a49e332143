#include "encodedword.h"

#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace smtp {

namespace {

constexpr char HexDigits[] = "0123456789ABCDEF";

bool isQLiteral(char32_t c, EncodedWord::Context context)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
        return true;
    if (context == EncodedWord::Context::Phrase)
        return c == u'!' || c == u'*' || c == u'+' || c == u'-' || c == u'/';
    return c > 0x20 && c < 0x7f && c != u'=' && c != u'?' && c != u'_';
}

// The UTF-8 bytes of the code point starting at text[i], and how many UTF-16 units it has.
// A lone surrogate cannot be encoded and becomes U+FFFD.
qsizetype codePointAt(QStringView text, qsizetype i, char (&utf8)[4], int& byteCount)
{
    char32_t cp = text[i].unicode();
    qsizetype units = 1;
    if (QChar::isHighSurrogate(cp) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        cp = QChar::surrogateToUcs4(text[i], text[i + 1]);
        units = 2;
    } else if (QChar::isSurrogate(cp)) {
        cp = 0xfffd;
    }
    if (cp < 0x80) {
        utf8[0] = char(cp);
        byteCount = 1;
    } else if (cp < 0x800) {
        utf8[0] = char(0xc0 | (cp >> 6));
        utf8[1] = char(0x80 | (cp & 0x3f));
        byteCount = 2;
    } else if (cp < 0x10000) {
        utf8[0] = char(0xe0 | (cp >> 12));
        utf8[1] = char(0x80 | ((cp >> 6) & 0x3f));
        utf8[2] = char(0x80 | (cp & 0x3f));
        byteCount = 3;
    } else {
        utf8[0] = char(0xf0 | (cp >> 18));
        utf8[1] = char(0x80 | ((cp >> 12) & 0x3f));
        utf8[2] = char(0x80 | ((cp >> 6) & 0x3f));
        utf8[3] = char(0x80 | (cp & 0x3f));
        byteCount = 4;
    }
    return units;
}

int qLength(const char* bytes, int count, EncodedWord::Context context)
{
    if (count == 1 && (bytes[0] == ' ' || isQLiteral(uchar(bytes[0]), context)))
        return 1;
    return 3 * count;
}

void appendQ(QByteArray& out, const char* bytes, int count, EncodedWord::Context context)
{
    if (count == 1 && bytes[0] == ' ') {
        out += '_';
        return;
    }
    if (count == 1 && isQLiteral(uchar(bytes[0]), context)) {
        out += bytes[0];
        return;
    }
    for (int i = 0; i < count; ++i) {
        out += '=';
        out += HexDigits[uchar(bytes[i]) >> 4];
        out += HexDigits[uchar(bytes[i]) & 0xf];
    }
}

struct RawWord
{
    QByteArray charset;
    QByteArray bytes;
};

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    return -1;
}

std::optional<RawWord> parseWord(QStringView word)
{
    if (!EncodedWord::looksEncoded(word))
        return std::nullopt;
    const QStringView inner = word.mid(2, word.size() - 4);
    const qsizetype q1 = inner.indexOf(u'?');
    if (q1 <= 0 || q1 + 2 >= inner.size() || inner[q1 + 2] != u'?')
        return std::nullopt;
    QStringView charset = inner.left(q1);
    // RFC 2231 §5 allows a language after the charset: "UTF-8*zh-CN".
    if (const qsizetype star = charset.indexOf(u'*'); star >= 0)
        charset = charset.left(star);
    const QChar encoding = inner[q1 + 1].toUpper();
    const QStringView text = inner.mid(q1 + 3);
    for (QChar c : text) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f || c == u'?')
            return std::nullopt;
    }
    RawWord raw;
    raw.charset = charset.toLatin1();
    if (encoding == u'B') {
        auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return std::nullopt;
        raw.bytes = std::move(decoded.decoded);
    } else if (encoding == u'Q') {
        raw.bytes.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (c == u'_') {
                raw.bytes += ' ';
            } else if (c == u'=') {
                if (i + 2 >= text.size())
                    return std::nullopt;
                const int high = hexValue(text[i + 1]);
                const int low = hexValue(text[i + 2]);
                if (high < 0 || low < 0)
                    return std::nullopt;
                raw.bytes += char(high * 16 + low);
                i += 2;
            } else {
                raw.bytes += char(c.unicode());
            }
        }
    } else {
        return std::nullopt;
    }
    return raw;
}

// Strict decoding refuses malformed bytes; lenient decoding keeps what can be read, with
// replacement characters, because a display name is still worth showing.
std::optional<QString> decodeBytes(const QByteArray& charset, const QByteArray& bytes, bool strict)
{
    QStringDecoder decoder(charset.constData());
    if (!decoder.isValid())
        return std::nullopt;
    QString result = decoder.decode(bytes);
    if (strict && decoder.hasError())
        return std::nullopt;
    return result;
}

} // namespace

bool EncodedWord::looksEncoded(QStringView word)
{
    return word.size() >= 8 && word.startsWith(u"=?") && word.endsWith(u"?=");
}

EncodedWord::Encoding EncodedWord::chooseEncoding(QStringView text, Context context)
{
    qsizetype bytes = 0;
    qsizetype q = 0;
    for (qsizetype i = 0; i < text.size();) {
        char utf8[4];
        int count = 0;
        i += codePointAt(text, i, utf8, count);
        bytes += count;
        q += qLength(utf8, count, context);
    }
    const qsizetype b = (bytes + 2) / 3 * 4;
    return q <= b ? Encoding::Q : Encoding::B;
}

EncodedWord::Piece EncodedWord::encodePrefix(QStringView text, Encoding encoding, Context context,
                                             int maxLength)
{
    const int payload = qMin(maxLength, MaxLength) - Overhead;
    const qsizetype byteLimit = encoding == Encoding::B ? payload / 4 * 3 : payload;
    QByteArray bytes;
    qsizetype used = 0; // bytes for B, encoded characters for Q
    qsizetype i = 0;
    while (i < text.size()) {
        char utf8[4];
        int count = 0;
        const qsizetype units = codePointAt(text, i, utf8, count);
        const int cost = encoding == Encoding::B ? count : qLength(utf8, count, context);
        if (used + cost > byteLimit)
            break;
        used += cost;
        if (encoding == Encoding::B)
            bytes.append(utf8, count);
        else
            appendQ(bytes, utf8, count, context);
        i += units;
    }
    Piece piece;
    if (i == 0)
        return piece;
    piece.consumed = i;
    piece.word.reserve(maxLength);
    piece.word += encoding == Encoding::B ? "=?UTF-8?B?" : "=?UTF-8?Q?";
    piece.word += encoding == Encoding::B ? bytes.toBase64() : bytes;
    piece.word += "?=";
    return piece;
}

QList<QByteArray> EncodedWord::encode(QStringView text, Context context, int maxLength)
{
    const Encoding encoding = chooseEncoding(text, context);
    QList<QByteArray> words;
    while (!text.isEmpty()) {
        Piece piece = encodePrefix(text, encoding, context, maxLength);
        if (piece.consumed == 0)
            break;
        words.append(std::move(piece.word));
        text = text.mid(piece.consumed);
    }
    return words;
}

std::optional<QString> EncodedWord::decodeWord(QStringView word)
{
    const auto raw = parseWord(word);
    if (!raw)
        return std::nullopt;
    return decodeBytes(raw->charset, raw->bytes, true);
}

QString EncodedWord::decodeText(QStringView text)
{
    QString result;
    RawWord pending;
    bool havePending = false;
    auto flush = [&] {
        if (!havePending)
            return;
        result += decodeBytes(pending.charset, pending.bytes, false).value_or(QString());
        havePending = false;
    };

    QStringView whitespace;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype wsStart = i;
        while (i < text.size() && (text[i] == u' ' || text[i] == u'\t'))
            ++i;
        whitespace = text.mid(wsStart, i - wsStart);
        const qsizetype wordStart = i;
        while (i < text.size() && text[i] != u' ' && text[i] != u'\t')
            ++i;
        const QStringView word = text.mid(wordStart, i - wordStart);
        if (word.isEmpty()) {
            flush();
            result += whitespace;
            break;
        }
        auto raw = parseWord(word);
        if (raw && QStringDecoder(raw->charset.constData()).isValid()) {
            if (havePending && pending.charset.compare(raw->charset, Qt::CaseInsensitive) == 0) {
                pending.bytes += raw->bytes;
                continue;
            }
            if (!havePending)
                result += whitespace;
            flush();
            pending = std::move(*raw);
            havePending = true;
            continue;
        }
        flush();
        result += whitespace;
        result += word;
    }
    flush();
    return result;
}

} // namespace smtp
