#include "addresslist.h"

#include "addressparser.h"
#include "headerfield.h"

using namespace Qt::Literals::StringLiterals;

namespace smtp {

std::optional<AddressList> AddressList::parse(QStringView text, MessageError* error,
                                              const QString& field)
{
    AddressParser parser(text, field);
    auto list = parser.parseList();
    if (!list && error)
        *error = parser.error();
    return list;
}

void AddressList::append(const Mailbox& mailbox)
{
    if (!mailbox.isNull())
        m_entries.append({false, {}, {mailbox}});
}

void AddressList::append(const AddressList& other)
{
    m_entries += other.m_entries;
}

bool AddressList::appendGroup(const QString& name, const QList<Mailbox>& members)
{
    for (QChar c : name) {
        if (AddressParser::isControl(c))
            return false;
    }
    // A group needs a name (RFC 5322 §3.4); without one the members stand alone.
    if (name.trimmed().isEmpty()) {
        for (const Mailbox& mailbox : members)
            append(mailbox);
        return true;
    }
    Entry entry{true, name, {}};
    for (const Mailbox& mailbox : members) {
        if (!mailbox.isNull())
            entry.mailboxes.append(mailbox);
    }
    m_entries.append(std::move(entry));
    return true;
}

QList<Mailbox> AddressList::mailboxes() const
{
    QList<Mailbox> result;
    for (const Entry& entry : m_entries)
        result += entry.mailboxes;
    return result;
}

QString AddressList::toString() const
{
    QStringList parts;
    for (const Entry& entry : m_entries) {
        if (!entry.isGroup) {
            parts.append(entry.mailboxes.first().toString());
            continue;
        }
        QStringList members;
        for (const Mailbox& mailbox : entry.mailboxes)
            members.append(mailbox.toString());
        parts.append(entry.groupName + u": "_s + members.join(u", "_s) + u';');
    }
    return parts.join(u", "_s);
}

void AddressList::appendTo(HeaderField& field) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry& entry = m_entries[i];
        if (entry.isGroup) {
            // An encoded word must be separated from the ':' special (RFC 2047 §5).
            const bool encoded = Mailbox::appendPhrase(field, entry.groupName);
            field.appendToken(":", encoded);
        }
        for (qsizetype j = 0; j < entry.mailboxes.size(); ++j) {
            entry.mailboxes[j].appendTo(field);
            if (j + 1 < entry.mailboxes.size())
                field.appendToken(",", false);
        }
        if (entry.isGroup)
            field.appendToken(";", false);
        if (i + 1 < m_entries.size())
            field.appendToken(",", false);
    }
}

} // namespace smtp
