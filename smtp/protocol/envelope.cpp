#include "envelope.h"

#include <QUrl>

namespace smtp {

namespace {

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7F)
            return false;
    }
    return true;
}

// Characters that can never appear in an address on a command line outside a quoted
// local part: controls (CR, LF and NUL among them), space and the path delimiters.
bool isForbiddenOutsideQuotes(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || u == 0x7F || u == u' ' || u == u'<' || u == u'>' || u == u'\t';
}

} // namespace

bool Envelope::isInternational(const QString& address)
{
    return !isAscii(address);
}

std::optional<QByteArray> Envelope::wireAddress(const QString& address, bool smtpUtf8,
                                                bool* smtpUtf8Needed, Note* error)
{
    auto failWith = [error, &address](const char* why) -> std::optional<QByteArray> {
        if (error)
            *error = Note::of(why, address);
        return std::nullopt;
    };
    if (smtpUtf8Needed)
        *smtpUtf8Needed = false;
    if (address.isEmpty())
        return QByteArray(); // the null reverse path <>

    const qsizetype at = address.lastIndexOf(u'@');
    if (at <= 0 || at == address.size() - 1)
        return failWith(QT_TRANSLATE_NOOP("smtp", "'%1' is not of the form local-part@domain"));
    const QStringView local = QStringView(address).first(at);
    const QStringView domain = QStringView(address).sliced(at + 1);

    const bool quoted = local.size() >= 2 && local.startsWith(u'"') && local.endsWith(u'"');
    for (const QChar c : local) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7F || (!quoted && isForbiddenOutsideQuotes(c)))
            return failWith(QT_TRANSLATE_NOOP(
                "smtp", "the local part of '%1' contains a character not allowed there"));
    }
    for (const QChar c : domain) {
        if (isForbiddenOutsideQuotes(c) || c == u'@' || c == u'"')
            return failWith(QT_TRANSLATE_NOOP(
                "smtp", "the domain of '%1' contains a character not allowed there"));
    }

    if (!isAscii(local) && !smtpUtf8) {
        if (smtpUtf8Needed)
            *smtpUtf8Needed = true;
        return failWith(QT_TRANSLATE_NOOP(
            "smtp", "'%1' has a non-ASCII local part, which needs a server offering SMTPUTF8"));
    }

    QByteArray wireDomain;
    if (domain.startsWith(u'[')) {
        if (!domain.endsWith(u']') || !isAscii(domain))
            return failWith(QT_TRANSLATE_NOOP("smtp", "'%1' has a malformed address literal"));
        wireDomain = domain.toLatin1();
    } else {
        // toAce validates the labels (IDNA) whatever the server supports.
        const QByteArray ace = QUrl::toAce(domain.toString());
        if (ace.isEmpty())
            return failWith(QT_TRANSLATE_NOOP("smtp", "'%1' has an invalid domain"));
        wireDomain = smtpUtf8 ? domain.toUtf8() : ace;
    }
    return local.toUtf8() + '@' + wireDomain;
}

} // namespace smtp
