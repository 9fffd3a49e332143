#pragma once

#include "messageerror.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace smtp {

class HeaderField;
class MessageDevice;

// One MIME entity (RFC 2045, 2046): a text body, a file or in-memory data, or a multipart
// container (mixed, alternative, related) of other parts. It knows its Content-* header
// fields and writes its body into a MessageDevice; file contents are not read here, only
// referenced, so composing costs no memory per attachment byte.
class MimePart
{
public:
    enum class TransferEncoding { SevenBit, EightBit, QuotedPrintable, Base64 };
    enum class Disposition { None, Inline, Attachment };

    // The encoding for UTF-8 text (line breaks as LF): 7bit for short ASCII lines, 8bit
    // when allowed (the server offers 8BITMIME) and lines fit in 998 octets, otherwise
    // whichever of quoted-printable and base64 is shorter (QP for mostly ASCII, base64
    // for mostly CJK).
    static TransferEncoding chooseTextEncoding(QByteArrayView utf8, bool allow8Bit);
    static QByteArray encodingName(TransferEncoding encoding);

    // text/<subtype>; charset=UTF-8. Line breaks (CR, LF, CRLF) become CRLF.
    static MimePart text(QStringView text, QByteArrayView subtype, bool allow8Bit);
    // A file, base64-encoded when the message is read. mimeType is "type/subtype".
    static MimePart file(const QString& path, qint64 size, const QString& fileName,
                         const QByteArray& mimeType, Disposition disposition,
                         const QByteArray& contentId = {});
    static MimePart data(const QByteArray& data, const QString& fileName,
                         const QByteArray& mimeType, Disposition disposition,
                         const QByteArray& contentId = {});
    // multipart/<subtype> with a random boundary that occurs in none of the children.
    // relatedType is the type parameter of multipart/related (RFC 2387).
    static MimePart multipart(QByteArrayView subtype, const QList<MimePart>& children,
                              QByteArrayView relatedType = {});

    QByteArray contentType() const { return m_contentType; }
    TransferEncoding transferEncoding() const { return m_encoding; }
    // True when this part or one inside it is sent as 8bit.
    bool uses8Bit() const;

    // The Content-Type, Content-Transfer-Encoding, Content-Disposition and Content-ID fields.
    QList<HeaderField> headerFields() const;
    // The body, children with their headers and boundaries included. Fails only when a
    // header field cannot be written (error names it).
    bool writeBody(MessageDevice& device, MessageError* error) const;

private:
    bool containsInLiteralBody(QByteArrayView bytes) const;

    QByteArray m_contentType;
    QByteArray m_charset;
    TransferEncoding m_encoding = TransferEncoding::SevenBit;
    Disposition m_disposition = Disposition::None;
    QString m_fileName;
    QByteArray m_contentId;
    QByteArray m_body; // encoded text, or the data of a data part
    bool m_bodyIsEncoded = false;
    QString m_path;
    qint64 m_fileSize = 0;
    bool m_isFile = false;
    QList<MimePart> m_children;
    QByteArray m_boundary;
    QByteArray m_relatedType;
};

} // namespace smtp
