#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

namespace smtp {

class HeaderField;

// MIME parameters (Content-Type: …; name=…, Content-Disposition: …; filename=…) whose
// values may be non-ASCII, such as a file name 年度报告 2026.pdf. Two forms, because
// readers disagree: RFC 2231 (filename*=UTF-8''…), which modern clients read, and RFC 2047
// encoded words inside a quoted value (name="=?UTF-8?B?…?="), which is not standard MIME
// but is what Chinese webmail and older Outlook read. Printable ASCII values are written
// plainly in both.
class ParameterEncoder
{
public:
    // "; attribute=value", RFC 2047 words in quotes when value is not printable ASCII.
    static void appendRfc2047(HeaderField& field, QByteArrayView attribute, QStringView value);
    // "; attribute*=UTF-8''%E5%B9%B4…", continued as attribute*0*=…; attribute*1*=… where
    // one line would be too long (RFC 2231 §3, §4).
    static void appendRfc2231(HeaderField& field, QByteArrayView attribute, QStringView value);
    // "; attribute=value" for a value that is printable ASCII by construction (a MIME
    // type parameter such as charset or boundary); quoted when MIME requires it.
    static void appendPlain(HeaderField& field, QByteArrayView attribute, QByteArrayView value);

    // The UTF-8 bytes of value with everything but RFC 2231 attribute-chars as %XX.
    static QByteArray percentEncode(QStringView value);
    // value as a MIME token, or as a quoted-string when it has tspecials or spaces.
    static QByteArray quoteIfNeeded(QByteArrayView value);
    static bool isPrintableAscii(QStringView value);
};

} // namespace smtp
