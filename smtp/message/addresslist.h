#pragma once

#include "mailbox.h"
#include "messageerror.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace smtp {

class HeaderField;

// The value of an address field (To, Cc, Reply-To…): mailboxes and groups
// ("Team: a@example.com, b@example.com;", "undisclosed-recipients:;"), RFC 5322 §3.4.
// Parsing accepts commas inside quoted names, comments, empty elements and, outside a
// group, ';' as a separator as people type it; anything else malformed is refused with a
// MessageError naming the bad part.
class AddressList
{
public:
    struct Entry
    {
        bool isGroup = false;
        QString groupName;
        QList<Mailbox> mailboxes; // one for a plain mailbox
    };

    static std::optional<AddressList> parse(QStringView text, MessageError* error = nullptr,
                                            const QString& field = {});

    void append(const Mailbox& mailbox);
    // Every entry of `other`, groups kept as groups.
    void append(const AddressList& other);
    // Refused (false, nothing added) when name has a control character, as display names
    // are; an empty name adds the members as plain mailboxes.
    [[nodiscard]] bool appendGroup(const QString& name, const QList<Mailbox>& members);

    bool isEmpty() const { return m_entries.isEmpty(); }
    QList<Entry> entries() const { return m_entries; }
    // Every mailbox, group members included, in order.
    QList<Mailbox> mailboxes() const;
    QString toString() const;
    void appendTo(HeaderField& field) const;

private:
    QList<Entry> m_entries;
};

} // namespace smtp
