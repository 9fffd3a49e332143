#include "parameterencoder.h"

#include "encodedword.h"
#include "headerfield.h"

namespace smtp {

namespace {

constexpr char HexDigits[] = "0123456789ABCDEF";
// Longest parameter written on one line; beyond it RFC 2231 continuations take over.
constexpr qsizetype MaxParameterLength = 60;
// A plain quoted value longer than this would risk the 998-octet line limit.
constexpr qsizetype MaxQuotedValue = 900;

bool isAttributeChar(uchar c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return c == '!' || c == '#' || c == '$' || c == '&' || c == '+' || c == '-' || c == '.' ||
           c == '^' || c == '_' || c == '`' || c == '|' || c == '~';
}

bool isTokenChar(uchar c)
{
    return c > 0x20 && c < 0x7f && !QByteArrayView("()<>@,;:\\\"/[]?=").contains(char(c));
}

} // namespace

bool ParameterEncoder::isPrintableAscii(QStringView value)
{
    for (QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() >= 0x7f)
            return false;
    }
    return true;
}

QByteArray ParameterEncoder::quoteIfNeeded(QByteArrayView value)
{
    bool token = !value.isEmpty();
    for (char c : value)
        token = token && isTokenChar(uchar(c));
    if (token)
        return value.toByteArray();
    QByteArray quoted = "\"";
    for (char c : value) {
        if (c == '"' || c == '\\')
            quoted += '\\';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

QByteArray ParameterEncoder::percentEncode(QStringView value)
{
    const QByteArray utf8 = value.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (char c : utf8) {
        const auto byte = uchar(c);
        if (isAttributeChar(byte)) {
            out += c;
        } else {
            out += '%';
            out += HexDigits[byte >> 4];
            out += HexDigits[byte & 0xf];
        }
    }
    return out;
}

void ParameterEncoder::appendPlain(HeaderField& field, QByteArrayView attribute,
                                   QByteArrayView value)
{
    field.appendToken(";", false);
    field.appendToken(attribute.toByteArray() + '=' + quoteIfNeeded(value));
}

void ParameterEncoder::appendRfc2047(HeaderField& field, QByteArrayView attribute,
                                     QStringView value)
{
    if (isPrintableAscii(value) && !value.contains(u"=?") &&
        quoteIfNeeded(value.toLatin1()).size() <= MaxQuotedValue) {
        appendPlain(field, attribute, value.toLatin1());
        return;
    }
    field.appendToken(";", false);
    field.appendEncoded(value, EncodedWord::Context::Phrase, attribute.toByteArray() + "=\"", "\"");
}

void ParameterEncoder::appendRfc2231(HeaderField& field, QByteArrayView attribute,
                                     QStringView value)
{
    const QByteArray name = attribute.toByteArray();
    if (isPrintableAscii(value) && name.size() + 3 + value.size() <= MaxParameterLength) {
        appendPlain(field, attribute, value.toLatin1());
        return;
    }
    const QByteArray whole = name + "*=UTF-8''" + percentEncode(value);
    if (whole.size() <= MaxParameterLength) {
        field.appendToken(";", false);
        field.appendToken(whole);
        return;
    }
    // Sections are cut between characters, never inside a %XX triplet or a UTF-8 sequence,
    // so that even a reader that decodes each section alone gets whole characters.
    QList<QByteArray> sections;
    QByteArray current = "UTF-8''";
    for (qsizetype i = 0; i < value.size();) {
        const qsizetype units = value[i].isHighSurrogate() && i + 1 < value.size() ? 2 : 1;
        const QByteArray encoded = percentEncode(value.mid(i, units));
        const QByteArray prefix = name + '*' + QByteArray::number(sections.size()) + "*=";
        if (prefix.size() + current.size() + encoded.size() > MaxParameterLength &&
            current != "UTF-8''") {
            sections.append(current);
            current.clear();
        }
        current += encoded;
        i += units;
    }
    sections.append(current);
    for (qsizetype n = 0; n < sections.size(); ++n) {
        field.appendToken(";", false);
        field.appendToken(name + '*' + QByteArray::number(n) + "*=" + sections[n]);
    }
}

} // namespace smtp
