#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace smtp {

// Quoted-printable (RFC 2045 §6.7) for text bodies that are mostly ASCII: encoded lines
// of at most 76 characters with soft line breaks, '=' as =3D, white space at the end of a
// line encoded so that no transport can strip it.
class QuotedPrintable
{
public:
    static constexpr int MaxLineLength = 76;

    // text's line breaks (LF or CRLF) are hard breaks and become CRLF; a lone CR is data.
    // No CRLF is added after the last line.
    static QByteArray encode(QByteArrayView text);
};

} // namespace smtp
