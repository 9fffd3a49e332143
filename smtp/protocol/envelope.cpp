#include "envelope.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

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
                                                bool* smtpUtf8Needed, QString* error)
{
    auto failWith = [error](const QString& why) -> std::optional<QByteArray> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (smtpUtf8Needed)
        *smtpUtf8Needed = false;
    if (address.isEmpty())
        return QByteArray(); // the null reverse path <>

    const qsizetype at = address.lastIndexOf(u'@');
    if (at <= 0 || at == address.size() - 1)
        return failWith(u"'%1' is not of the form local-part@domain"_s.arg(address));
    const QStringView local = QStringView(address).first(at);
    const QStringView domain = QStringView(address).sliced(at + 1);

    const bool quoted = local.size() >= 2 && local.startsWith(u'"') && local.endsWith(u'"');
    for (const QChar c : local) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7F || (!quoted && isForbiddenOutsideQuotes(c)))
            return failWith(
                u"the local part of '%1' contains a character not allowed there"_s.arg(address));
    }
    for (const QChar c : domain) {
        if (isForbiddenOutsideQuotes(c) || c == u'@' || c == u'"')
            return failWith(
                u"the domain of '%1' contains a character not allowed there"_s.arg(address));
    }

    if (!isAscii(local) && !smtpUtf8) {
        if (smtpUtf8Needed)
            *smtpUtf8Needed = true;
        return failWith(u"'%1' has a non-ASCII local part, which needs a server offering "
                        "SMTPUTF8"_s.arg(address));
    }

    QByteArray wireDomain;
    if (domain.startsWith(u'[')) {
        if (!domain.endsWith(u']') || !isAscii(domain))
            return failWith(u"'%1' has a malformed address literal"_s.arg(address));
        wireDomain = domain.toLatin1();
    } else {
        // toAce validates the labels (IDNA) whatever the server supports.
        const QByteArray ace = QUrl::toAce(domain.toString());
        if (ace.isEmpty())
            return failWith(u"'%1' has an invalid domain"_s.arg(address));
        wireDomain = smtpUtf8 ? domain.toUtf8() : ace;
    }
    return local.toUtf8() + '@' + wireDomain;
}

} // namespace smtp
