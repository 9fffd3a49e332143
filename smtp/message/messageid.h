#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

#include <optional>

namespace smtp {

// Message-ID and Content-ID values (RFC 5322 §3.6.4, RFC 2392): "<left@right>".
// Generated ids have 160 random bits from the system generator, so they are unique
// without revealing anything about the sender's machine.
class MessageId
{
public:
    // "<random@domain>"; domain is the sender's (punycode), or a domain literal.
    static QByteArray generate(QByteArrayView domain);
    // 32 characters of base32 (lower case) carrying 160 random bits.
    static QByteArray randomToken();
    // id with or without its angle brackets, as "<left@right>", or nothing when it is not
    // a msg-id: printable ASCII, dot-atom-text (or a [literal] on the right) on each side.
    static std::optional<QByteArray> normalize(QStringView id);
};

} // namespace smtp
