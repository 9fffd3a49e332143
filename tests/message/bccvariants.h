#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Test support: message files that hide a blind copy in every way found in the wild or by
// fuzzing — every line-end convention (CRLF, LF, CR, mixed, a bare CR inside a CRLF file)
// crossed with every spelling of the field (letter case, white space before the colon,
// continuation lines, several fields, Resent-Bcc). Whoever sends one of them must put none
// of the hidden addresses on the wire and must still deliver to every To and Cc recipient.
namespace bccvariants {

struct Variant
{
    QString name;
    QByteArray eml;
    // The envelope recipients a sender must use, in order.
    QStringList recipients;
};

QList<Variant> all();

// The addresses no variant may reveal: none of them may appear in the bytes sent.
const QList<QByteArray>& hiddenAddresses();

// Every header field of `message` (bytes as they went on the wire) whose name is Bcc or
// Resent-Bcc in any spelling. Judged independently of the code under test and more
// suspiciously than the wire needs: CRLF, CR and LF all end a line here.
QList<QByteArray> blindFields(const QByteArray& message);

} // namespace bccvariants
