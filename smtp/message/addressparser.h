#pragma once

#include "addresslist.h"
#include "messageerror.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace smtp {

// The RFC 5322 address grammar (with RFC 6532 UTF-8) over user input or an unfolded header
// value; used by Mailbox and AddressList. Errors carry the UTF-16 position of the bad part.
class AddressParser
{
public:
    AddressParser(QStringView input, QString field);

    std::optional<AddressList> parseList();
    // addr-spec alone (no display name), the whole input.
    std::optional<Mailbox> parseAddrSpecOnly();
    MessageError error() const { return m_error; }

    static bool isAtext(QChar c);
    // C0 and C1 controls (CR, LF and NUL among them), DEL, and the Unicode line and
    // paragraph separators: characters that never belong in a header.
    static bool isControl(QChar c);
    static QString quoted(QStringView text);

private:
    struct Word
    {
        QString text;
        qsizetype start;
        bool quoted;
    };

    bool parseAddress(AddressList& list, bool inGroup);
    bool parseNameAddr(AddressList& list, const QList<Word>& words, qsizetype start);
    bool parseGroup(AddressList& list, const QList<Word>& words, qsizetype start);
    bool parseGroupMembers(AddressList& members, const QList<Word>& words, qsizetype start);
    bool parseBareAddrSpec(AddressList& list, const QList<Word>& words, qsizetype start);
    std::optional<Mailbox> parseAddrSpec();
    bool parseLocalPart(Mailbox& mailbox);
    bool parseAtSign(qsizetype localStart);
    bool parseDomain(Mailbox& mailbox);
    bool parseDomainLiteral(Mailbox& mailbox);
    bool parseDomainName(Mailbox& mailbox);
    bool parseWords(QList<Word>& words);
    std::optional<QString> parseQuotedString();
    bool skipCfws();
    bool atEnd() const { return m_pos >= m_input.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_input[m_pos]; }
    bool fail(MessageError::Code code, qsizetype position, QString text = {});
    bool failUnexpected();
    static QString phrase(const QList<Word>& words);

    QStringView m_input;
    QString m_field;
    qsizetype m_pos = 0;
    MessageError m_error;
};

} // namespace smtp
