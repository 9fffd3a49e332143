#include "messageid.h"

#include <QRandomGenerator>

namespace smtp {

namespace {

constexpr char Base32[] = "abcdefghijklmnopqrstuvwxyz234567";
// Longer ids are legal but useless, and keep a References field foldable.
constexpr qsizetype MaxIdLength = 250;

bool isDotAtomText(QByteArrayView text)
{
    if (text.isEmpty() || text.startsWith('.') || text.endsWith('.') || text.contains(".."))
        return false;
    for (char c : text) {
        const bool alnum =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && !QByteArrayView("!#$%&'*+-/=?^_`{|}~.").contains(c))
            return false;
    }
    return true;
}

bool isLiteral(QByteArrayView text)
{
    if (text.size() < 2 || !text.startsWith('[') || !text.endsWith(']'))
        return false;
    for (char c : text.sliced(1, text.size() - 2)) {
        if (c < 0x21 || c > 0x7e || c == '[' || c == ']' || c == '\\')
            return false;
    }
    return true;
}

} // namespace

QByteArray MessageId::randomToken()
{
    quint32 words[5];
    QRandomGenerator::system()->fillRange(words);
    QByteArray token;
    token.reserve(32);
    quint64 buffer = 0;
    int bits = 0;
    for (quint32 word : words) {
        buffer = (buffer << 32) | word;
        bits += 32;
        while (bits >= 5) {
            bits -= 5;
            token += Base32[(buffer >> bits) & 31];
        }
    }
    return token;
}

QByteArray MessageId::generate(QByteArrayView domain)
{
    const QByteArray right =
        isDotAtomText(domain) || isLiteral(domain) ? domain.toByteArray() : "localhost";
    return '<' + randomToken() + '@' + right + '>';
}

std::optional<QByteArray> MessageId::normalize(QStringView id)
{
    QStringView inner = id.trimmed();
    if (inner.startsWith(u'<') && inner.endsWith(u'>'))
        inner = inner.sliced(1, inner.size() - 2);
    for (QChar c : inner) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return std::nullopt;
    }
    const QByteArray ascii = inner.toLatin1();
    const qsizetype at = ascii.lastIndexOf('@');
    if (at <= 0 || ascii.size() + 2 > MaxIdLength)
        return std::nullopt;
    const QByteArrayView left = QByteArrayView(ascii).first(at);
    const QByteArrayView right = QByteArrayView(ascii).sliced(at + 1);
    if (!isDotAtomText(left) || (!isDotAtomText(right) && !isLiteral(right)))
        return std::nullopt;
    return '<' + ascii + '>';
}

} // namespace smtp
