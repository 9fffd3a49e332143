#pragma once

#include "messageerror.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace smtp {

class HeaderField;

// One person's address: an optional display name and an addr-spec (RFC 5322 §3.4), such
// as "张三" <zhang@例子.中国>. A Mailbox is valid by construction: it is made only by
// parse() or create(), which refuse malformed input with a MessageError.
// address() is Unicode, as the user wrote it (the engine converts the domain for the
// envelope); headerAddress() is what goes into header fields: the domain in punycode, and
// the local part in UTF-8, which only a server offering SMTPUTF8 accepts (RFC 6532).
class Mailbox
{
public:
    Mailbox() = default;

    // One mailbox: `"张三" <zhang@example.com>`, `Zhang San <zhang@example.com>`,
    // `zhang@example.com`. Encoded words in the display name are decoded.
    static std::optional<Mailbox> parse(QStringView text, MessageError* error = nullptr,
                                        const QString& field = {});
    // From separate parts, e.g. a form with name and address fields.
    static std::optional<Mailbox> create(const QString& displayName, const QString& address,
                                         MessageError* error = nullptr, const QString& field = {});

    bool isNull() const { return m_localPart.isEmpty(); }
    QString displayName() const { return m_displayName; }
    QString localPart() const { return m_localPart; }
    QString domain() const { return m_domain; }
    QString address() const;
    QByteArray headerAddress() const;
    // The domain as it appears in headers: punycode, or a [literal].
    QByteArray headerDomain() const { return m_aceDomain; }
    bool hasInternationalLocalPart() const;
    bool hasInternationalDomain() const;
    // For people: the display name quoted where needed, Unicode throughout.
    QString toString() const;

    // Appends the mailbox to a header field: display name (quoted, or RFC 2047-encoded
    // when not ASCII) and <headerAddress()>.
    void appendTo(HeaderField& field) const;
    // A display name or group name as an RFC 5322 phrase; true when it went as encoded
    // words, which must be separated from a following special by white space.
    static bool appendPhrase(HeaderField& field, QStringView phrase);

    friend bool operator==(const Mailbox&, const Mailbox&) = default;

private:
    friend class AddressParser;

    QString m_displayName;
    QString m_localPart; // unquoted when it is a dot-atom, otherwise a quoted-string
    QString m_domain;
    QByteArray m_aceDomain;
};

} // namespace smtp
