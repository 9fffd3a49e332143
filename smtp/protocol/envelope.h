#pragma once

#include "note.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace smtp {

// The SMTP envelope: the reverse path and the recipients (Bcc included), as bare
// addr-specs. What the message needs from the server is stated here so the session can
// refuse before sending anything when the server cannot take it.
struct Envelope
{
    QString sender; // may be empty: the null reverse path <>
    QStringList recipients;
    bool requiresSmtpUtf8 = false; // the message has UTF-8 headers (RFC 6532)
    bool requires8BitMime = false; // the message has 8-bit body parts

    // An addr-spec as it goes into MAIL FROM / RCPT TO. With SMTPUTF8 it stays UTF-8;
    // otherwise the domain becomes punycode and a non-ASCII local part is refused
    // (*smtpUtf8Needed is then set). Returns nothing and sets *error for addresses that
    // are malformed or contain characters that cannot appear on a command line.
    static std::optional<QByteArray> wireAddress(const QString& address, bool smtpUtf8,
                                                 bool* smtpUtf8Needed, Note* error);
    // True when the address has a non-ASCII character anywhere.
    static bool isInternational(const QString& address);
};

} // namespace smtp
