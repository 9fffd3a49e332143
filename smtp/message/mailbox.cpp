#include "mailbox.h"

#include "addresslist.h"
#include "addressparser.h"
#include "headerfield.h"

using namespace Qt::Literals::StringLiterals;

namespace smtp {

namespace {

// A quoted string longer than this could not be folded within 998 octets with the rest
// of its line; such a name is encoded instead, since encoded words can be split.
constexpr qsizetype MaxQuotedPhrase = 900;
constexpr qsizetype MaxUnfoldedPhrase = 40;

bool isAsciiAtom(QStringView word)
{
    if (word.isEmpty())
        return false;
    for (QChar c : word) {
        if (c.unicode() >= 0x80 || !AddressParser::isAtext(c))
            return false;
    }
    return true;
}

bool needsQuotes(QStringView phrase)
{
    if (phrase.startsWith(u' ') || phrase.endsWith(u' '))
        return true;
    for (QStringView word : phrase.split(u' ')) {
        if (!isAsciiAtom(word))
            return true;
    }
    return false;
}

} // namespace

std::optional<Mailbox> Mailbox::parse(QStringView text, MessageError* error, const QString& field)
{
    if (text.trimmed().isEmpty()) {
        if (error)
            *error = MessageError(MessageError::Code::EmptyInput, field);
        return std::nullopt;
    }
    AddressParser parser(text, field);
    const auto list = parser.parseList();
    if (!list) {
        if (error)
            *error = parser.error();
        return std::nullopt;
    }
    const QList<AddressList::Entry> entries = list->entries();
    if (entries.size() != 1 || entries.first().isGroup) {
        if (error)
            *error = MessageError(MessageError::Code::NotASingleMailbox, field, text.toString());
        return std::nullopt;
    }
    return entries.first().mailboxes.first();
}

std::optional<Mailbox> Mailbox::create(const QString& displayName, const QString& address,
                                       MessageError* error, const QString& field)
{
    for (qsizetype i = 0; i < displayName.size(); ++i) {
        if (AddressParser::isControl(displayName[i])) {
            if (error)
                *error = MessageError(
                    MessageError::Code::ControlCharacter, field,
                    u"U+%1"_s.arg(uint(displayName[i].unicode()), 4, 16, QChar(u'0')).toUpper(), i);
            return std::nullopt;
        }
    }
    if (address.trimmed().isEmpty()) {
        if (error)
            *error = MessageError(MessageError::Code::EmptyInput, field);
        return std::nullopt;
    }
    AddressParser parser(address, field);
    auto mailbox = parser.parseAddrSpecOnly();
    if (!mailbox) {
        if (error)
            *error = parser.error();
        return std::nullopt;
    }
    mailbox->m_displayName = displayName;
    return mailbox;
}

QString Mailbox::address() const
{
    return m_localPart + u'@' + m_domain;
}

QByteArray Mailbox::headerAddress() const
{
    return m_localPart.toUtf8() + '@' + m_aceDomain;
}

bool Mailbox::hasInternationalLocalPart() const
{
    for (QChar c : m_localPart) {
        if (c.unicode() >= 0x80)
            return true;
    }
    return false;
}

bool Mailbox::hasInternationalDomain() const
{
    return m_aceDomain.toLower() != m_domain.toLower().toLatin1();
}

QString Mailbox::toString() const
{
    if (m_displayName.isEmpty())
        return address();
    const QString name =
        needsQuotes(m_displayName) ? AddressParser::quoted(m_displayName) : m_displayName;
    return name + u" <"_s + address() + u'>';
}

bool Mailbox::appendPhrase(HeaderField& field, QStringView phrase)
{
    bool ascii = true;
    for (QChar c : phrase) {
        if (c.unicode() < 0x20 || c.unicode() >= 0x7f)
            ascii = false;
    }
    const QString quotedPhrase = AddressParser::quoted(phrase);
    if (!ascii || phrase.contains(u"=?") || quotedPhrase.size() > MaxQuotedPhrase) {
        field.appendEncoded(phrase, EncodedWord::Context::Phrase);
        return true;
    }
    if (needsQuotes(phrase)) {
        field.appendToken(quotedPhrase.toLatin1());
        return false;
    }
    // A short name stays on one line; a long one may fold between its words.
    if (phrase.size() <= MaxUnfoldedPhrase) {
        field.appendToken(phrase.toLatin1());
        return false;
    }
    for (QStringView word : phrase.split(u' '))
        field.appendToken(word.toLatin1());
    return false;
}

void Mailbox::appendTo(HeaderField& field) const
{
    if (m_displayName.isEmpty()) {
        field.appendToken(headerAddress());
        return;
    }
    appendPhrase(field, m_displayName);
    field.appendToken('<' + headerAddress() + '>');
}

} // namespace smtp
