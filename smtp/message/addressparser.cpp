#include "addressparser.h"

#include "encodedword.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace smtp {

namespace {

constexpr qsizetype MaxLocalPartOctets = 64;
constexpr qsizetype MaxDomainOctets = 253;
constexpr qsizetype MaxLabelOctets = 63;

bool isDotAtom(QStringView text)
{
    if (text.isEmpty() || text.startsWith(u'.') || text.endsWith(u'.') || text.contains(u".."))
        return false;
    for (QChar c : text) {
        if (c != u'.' && !AddressParser::isAtext(c))
            return false;
    }
    return true;
}

// The domain in ASCII (punycode for international names), or nothing when it is not a
// host name: labels of letters, digits and hyphens, 1 to 63 octets, no hyphen at either end.
std::optional<QByteArray> aceDomain(const QString& domain)
{
    for (QChar c : domain) {
        const char16_t u = c.unicode();
        const bool ascii = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                           (u >= u'0' && u <= u'9') || u == u'-' || u == u'.';
        if (u < 0x80 && !ascii)
            return std::nullopt;
    }
    const QByteArray ace = QUrl::toAce(domain);
    if (ace.isEmpty() || ace.size() > MaxDomainOctets)
        return std::nullopt;
    for (QByteArrayView label : ace.split('.')) {
        if (label.isEmpty() || label.size() > MaxLabelOctets || label.startsWith('-') ||
            label.endsWith('-'))
            return std::nullopt;
        for (char c : label) {
            const bool ldh = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                             (c >= '0' && c <= '9') || c == '-';
            if (!ldh)
                return std::nullopt;
        }
    }
    return ace;
}

} // namespace

AddressParser::AddressParser(QStringView input, QString field)
    : m_input(input)
    , m_field(std::move(field))
{}

bool AddressParser::isControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u < 0x20 && u != u'\t') || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029;
}

QString AddressParser::quoted(QStringView text)
{
    QString result = u"\""_s;
    for (QChar c : text) {
        if (c == u'"' || c == u'\\')
            result += u'\\';
        result += c;
    }
    result += u'"';
    return result;
}

bool AddressParser::isAtext(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9'))
        return true;
    if (u < 0x80)
        return QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(c);
    // RFC 6532: any UTF-8 character beyond ASCII is atext, except the spaces skipped as
    // white space.
    return !isControl(c) && u != 0xa0 && u != 0x3000;
}

bool AddressParser::fail(MessageError::Code code, qsizetype position, QString text)
{
    if (!m_error.isError())
        m_error = MessageError(code, m_field, std::move(text), position);
    return false;
}

bool AddressParser::failUnexpected()
{
    if (atEnd())
        return fail(MessageError::Code::UnexpectedCharacter, m_pos);
    const QChar c = peek();
    if (isControl(c))
        return fail(MessageError::Code::ControlCharacter, m_pos,
                    u"U+%1"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0')).toUpper());
    qsizetype length = 1;
    if (c.isHighSurrogate() && m_pos + 1 < m_input.size())
        length = 2;
    return fail(MessageError::Code::UnexpectedCharacter, m_pos,
                m_input.mid(m_pos, length).toString());
}

bool AddressParser::skipCfws()
{
    while (!atEnd()) {
        const QChar c = peek();
        // No-break and ideographic spaces come with pasted text and Chinese input methods.
        if (c == u' ' || c == u'\t' || c == QChar(0xa0) || c == QChar(0x3000)) {
            ++m_pos;
        } else if (c == u'(') {
            const qsizetype start = m_pos;
            int depth = 0;
            do {
                if (atEnd())
                    return fail(MessageError::Code::UnterminatedComment, start,
                                m_input.mid(start).toString());
                const QChar d = peek();
                if (isControl(d))
                    return failUnexpected();
                if (d == u'\\') {
                    ++m_pos;
                    if (atEnd())
                        continue;
                    if (isControl(peek()))
                        return failUnexpected();
                } else if (d == u'(') {
                    ++depth;
                } else if (d == u')') {
                    --depth;
                }
                ++m_pos;
            } while (depth > 0);
        } else if (isControl(c)) {
            return failUnexpected();
        } else {
            break;
        }
    }
    return true;
}

std::optional<QString> AddressParser::parseQuotedString()
{
    const qsizetype start = m_pos;
    ++m_pos;
    QString content;
    while (true) {
        if (atEnd()) {
            fail(MessageError::Code::UnterminatedQuotedString, start,
                 m_input.mid(start).toString());
            return std::nullopt;
        }
        QChar c = peek();
        if (c == u'"') {
            ++m_pos;
            return content;
        }
        if (c == u'\\') {
            ++m_pos;
            if (atEnd())
                continue;
            c = peek();
        }
        if (isControl(c)) {
            failUnexpected();
            return std::nullopt;
        }
        content += c;
        ++m_pos;
    }
}

bool AddressParser::parseWords(QList<Word>& words)
{
    while (true) {
        if (!skipCfws())
            return false;
        const qsizetype start = m_pos;
        if (peek() == u'"') {
            auto content = parseQuotedString();
            if (!content)
                return false;
            words.append({*content, start, true});
        } else if (!atEnd() && (isAtext(peek()) || peek() == u'.')) {
            while (!atEnd() && (isAtext(peek()) || peek() == u'.'))
                ++m_pos;
            words.append({m_input.mid(start, m_pos - start).toString(), start, false});
        } else {
            return true;
        }
    }
}

QString AddressParser::phrase(const QList<Word>& words)
{
    // Runs of atoms go through the RFC 2047 decoder, which joins adjacent encoded words;
    // quoted strings are taken literally (the parser refused any control in them). An
    // encoded word may decode to a control character ("=?UTF-8?Q?Team=0A?="): it becomes
    // U+FFFD, visibly, so the name stays one line and the addresses it names are kept.
    QString result;
    QString run;
    auto flush = [&] {
        if (run.isEmpty())
            return;
        if (!result.isEmpty())
            result += u' ';
        QString decoded = EncodedWord::decodeText(run);
        for (QChar& c : decoded) {
            if (isControl(c))
                c = QChar::ReplacementCharacter;
        }
        result += decoded;
        run.clear();
    };
    for (const Word& word : words) {
        if (word.quoted) {
            flush();
            if (!result.isEmpty())
                result += u' ';
            result += word.text;
        } else {
            if (!run.isEmpty())
                run += u' ';
            run += word.text;
        }
    }
    flush();
    return result;
}

std::optional<Mailbox> AddressParser::parseAddrSpec()
{
    if (!skipCfws())
        return std::nullopt;
    Mailbox mailbox;
    const qsizetype localStart = m_pos;
    if (!parseLocalPart(mailbox) || !parseAtSign(localStart) || !parseDomain(mailbox))
        return std::nullopt;
    if (mailbox.m_localPart.toUtf8().size() > MaxLocalPartOctets) {
        fail(MessageError::Code::AddressTooLong, localStart, mailbox.m_localPart);
        return std::nullopt;
    }
    return mailbox;
}

bool AddressParser::parseLocalPart(Mailbox& mailbox)
{
    const qsizetype localStart = m_pos;
    if (peek() == u'"') {
        auto content = parseQuotedString();
        if (!content)
            return false;
        if (content->isEmpty())
            return fail(MessageError::Code::EmptyLocalPart, localStart, u"\"\""_s);
        mailbox.m_localPart = isDotAtom(*content) ? *content : quoted(*content);
        return true;
    }
    while (!atEnd() && (isAtext(peek()) || peek() == u'.'))
        ++m_pos;
    const QString local = m_input.mid(localStart, m_pos - localStart).toString();
    if (local.isEmpty()) {
        if (peek() == u'@')
            return fail(MessageError::Code::EmptyLocalPart, localStart);
        return failUnexpected();
    }
    if (!isDotAtom(local))
        return fail(MessageError::Code::InvalidLocalPart, localStart, local);
    mailbox.m_localPart = local;
    return true;
}

// The '@' after the local part that began at localStart, with the CFWS after it.
bool AddressParser::parseAtSign(qsizetype localStart)
{
    const qsizetype localEnd = m_pos;
    if (!skipCfws())
        return false;
    if (peek() != u'@') {
        if (atEnd() || peek() == u'>' || peek() == u',' || peek() == u';')
            return fail(MessageError::Code::MissingAtSign, localStart,
                        m_input.mid(localStart, localEnd - localStart).toString());
        return failUnexpected();
    }
    ++m_pos;
    return skipCfws();
}

bool AddressParser::parseDomain(Mailbox& mailbox)
{
    if (peek() == u'[')
        return parseDomainLiteral(mailbox);
    return parseDomainName(mailbox);
}

bool AddressParser::parseDomainLiteral(Mailbox& mailbox)
{
    const qsizetype domainStart = m_pos;
    ++m_pos;
    while (!atEnd() && peek() != u']') {
        const char16_t u = peek().unicode();
        if (u < 0x21 || u > 0x7e || u == u'[' || u == u'\\')
            break;
        ++m_pos;
    }
    if (peek() != u']')
        return fail(MessageError::Code::InvalidDomain, domainStart,
                    m_input.mid(domainStart, m_pos + 1 - domainStart).toString());
    ++m_pos;
    mailbox.m_domain = m_input.mid(domainStart, m_pos - domainStart).toString();
    mailbox.m_aceDomain = mailbox.m_domain.toLatin1();
    return true;
}

bool AddressParser::parseDomainName(Mailbox& mailbox)
{
    const qsizetype domainStart = m_pos;
    while (!atEnd() && (isAtext(peek()) || peek() == u'.'))
        ++m_pos;
    mailbox.m_domain = m_input.mid(domainStart, m_pos - domainStart).toString();
    if (mailbox.m_domain.isEmpty()) {
        if (atEnd() || peek() == u'>' || peek() == u',' || peek() == u';')
            return fail(MessageError::Code::EmptyDomain, domainStart);
        return failUnexpected();
    }
    const auto ace = aceDomain(mailbox.m_domain);
    if (!ace)
        return fail(MessageError::Code::InvalidDomain, domainStart, mailbox.m_domain);
    mailbox.m_aceDomain = *ace;
    return true;
}

bool AddressParser::parseAddress(AddressList& list, bool inGroup)
{
    const qsizetype start = m_pos;
    QList<Word> words;
    if (!parseWords(words))
        return false;
    const QChar c = peek();
    if (c == u'<')
        return parseNameAddr(list, words, start);
    if (c == u':' && !words.isEmpty()) {
        if (inGroup)
            return fail(MessageError::Code::NestedGroup, m_pos, phrase(words));
        return parseGroup(list, words, start);
    }
    if (c == u'@')
        return parseBareAddrSpec(list, words, start);
    if (words.isEmpty())
        return failUnexpected();
    if (words.size() == 1 && !words.first().quoted)
        return fail(MessageError::Code::MissingAtSign, words.first().start, words.first().text);
    return fail(MessageError::Code::MissingAngleAddress, start, phrase(words));
}

// The angle address after a display name (words) that began at start; m_pos is at '<'.
bool AddressParser::parseNameAddr(AddressList& list, const QList<Word>& words, qsizetype start)
{
    ++m_pos;
    auto mailbox = parseAddrSpec();
    if (!mailbox || !skipCfws())
        return false;
    if (peek() != u'>') {
        if (atEnd())
            return fail(MessageError::Code::UnterminatedAngleAddress, m_pos,
                        m_input.mid(start).toString());
        return failUnexpected();
    }
    ++m_pos;
    mailbox->m_displayName = phrase(words);
    list.append(*mailbox);
    return true;
}

// A group named by words, which began at start; m_pos is at ':'.
bool AddressParser::parseGroup(AddressList& list, const QList<Word>& words, qsizetype start)
{
    ++m_pos;
    AddressList members;
    if (!parseGroupMembers(members, words, start))
        return false;
    // A group whose name is refused is refused as a whole: its members are never
    // dropped in silence. (phrase() makes decoded controls U+FFFD, which appendGroup
    // accepts.)
    const QString name = phrase(words);
    if (!list.appendGroup(name, members.mailboxes()))
        return fail(MessageError::Code::ControlCharacter, start, name);
    return true;
}

// The members up to and including the ';' that ends the group; an unterminated group is
// reported at start with its name (words).
bool AddressParser::parseGroupMembers(AddressList& members, const QList<Word>& words,
                                      qsizetype start)
{
    while (true) {
        if (!skipCfws())
            return false;
        if (atEnd())
            return fail(MessageError::Code::UnterminatedGroup, start, phrase(words));
        if (peek() == u';') {
            ++m_pos;
            return true;
        }
        if (peek() == u',') {
            ++m_pos;
            continue;
        }
        if (!parseAddress(members, true) || !skipCfws())
            return false;
        if (peek() == u',')
            ++m_pos;
        else if (atEnd())
            return fail(MessageError::Code::UnterminatedGroup, start, phrase(words));
        else if (peek() != u';')
            return failUnexpected();
    }
}

// An addr-spec without angle brackets, which began at start; m_pos is at '@' after the
// words read as its local part.
bool AddressParser::parseBareAddrSpec(AddressList& list, const QList<Word>& words, qsizetype start)
{
    if (words.size() > 1) {
        qsizetype end = m_pos;
        while (end < m_input.size() && m_input[end] != u',' && m_input[end] != u';')
            ++end;
        return fail(MessageError::Code::MissingAngleAddress, start,
                    m_input.mid(start, end - start).trimmed().toString());
    }
    m_pos = start;
    auto mailbox = parseAddrSpec();
    if (!mailbox)
        return false;
    list.append(*mailbox);
    return true;
}

std::optional<AddressList> AddressParser::parseList()
{
    AddressList list;
    while (true) {
        if (!skipCfws())
            return std::nullopt;
        if (atEnd())
            break;
        if (peek() == u',' || peek() == u';') {
            ++m_pos;
            continue;
        }
        if (!parseAddress(list, false) || !skipCfws())
            return std::nullopt;
        if (atEnd())
            break;
        if (peek() != u',' && peek() != u';') {
            failUnexpected();
            return std::nullopt;
        }
        ++m_pos;
    }
    return list;
}

std::optional<Mailbox> AddressParser::parseAddrSpecOnly()
{
    auto mailbox = parseAddrSpec();
    if (!mailbox || !skipCfws())
        return std::nullopt;
    if (!atEnd()) {
        failUnexpected();
        return std::nullopt;
    }
    return mailbox;
}

} // namespace smtp
