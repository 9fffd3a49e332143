#include "mimepart.h"

#include "base64stream.h"
#include "headerfield.h"
#include "linesplitter.h"
#include "messagedevice.h"
#include "messageid.h"
#include "parameterencoder.h"
#include "quotedprintable.h"

using namespace Qt::Literals::StringLiterals;

namespace smtp {

namespace {

constexpr qsizetype SevenBitLineLimit = 78;
constexpr qsizetype EightBitLineLimit = 998;

QByteArray withCrlf(const QByteArray& lfText)
{
    QByteArray out = lfText;
    out.replace('\n', "\r\n");
    return out;
}

} // namespace

MimePart::TransferEncoding MimePart::chooseTextEncoding(QByteArrayView utf8, bool allow8Bit)
{
    bool ascii = true;
    bool unsafe = false; // NUL or a bare CR: not allowed in 7bit or 8bit data (RFC 2045 §2.7)
    qsizetype longestLine = 0;
    qsizetype lineLength = 0;
    for (char c : utf8) {
        if (c == '\n') {
            longestLine = qMax(longestLine, lineLength);
            lineLength = 0;
            continue;
        }
        ++lineLength;
        if (uchar(c) >= 0x80)
            ascii = false;
        else if (c == '\0' || c == '\r')
            unsafe = true;
    }
    longestLine = qMax(longestLine, lineLength);
    if (!unsafe && ascii && longestLine <= SevenBitLineLimit)
        return TransferEncoding::SevenBit;
    if (!unsafe && !ascii && allow8Bit && longestLine <= EightBitLineLimit)
        return TransferEncoding::EightBit;
    const qint64 base64 = Base64Stream::encodedSize(utf8.size() + utf8.count('\n'));
    const qint64 quotedPrintable = QuotedPrintable::encode(utf8).size();
    return quotedPrintable <= base64 ? TransferEncoding::QuotedPrintable : TransferEncoding::Base64;
}

QByteArray MimePart::encodingName(TransferEncoding encoding)
{
    switch (encoding) {
    case TransferEncoding::SevenBit:
        return "7bit";
    case TransferEncoding::EightBit:
        return "8bit";
    case TransferEncoding::QuotedPrintable:
        return "quoted-printable";
    case TransferEncoding::Base64:
        return "base64";
    }
    return "7bit";
}

MimePart MimePart::text(QStringView text, QByteArrayView subtype, bool allow8Bit)
{
    const QByteArray utf8 = LineSplitter::withLineEnds(text.toUtf8(), "\n");

    MimePart part;
    part.m_contentType = "text/" + subtype.toByteArray();
    part.m_charset = "UTF-8";
    part.m_bodyIsEncoded = true;
    part.m_encoding = chooseTextEncoding(utf8, allow8Bit);
    switch (part.m_encoding) {
    case TransferEncoding::SevenBit:
    case TransferEncoding::EightBit:
        part.m_body = withCrlf(utf8) + "\r\n";
        break;
    case TransferEncoding::QuotedPrintable:
        part.m_body = QuotedPrintable::encode(utf8) + "\r\n";
        break;
    case TransferEncoding::Base64:
        part.m_body = Base64Stream::encode(withCrlf(utf8));
        break;
    }
    // A body ends with CRLF: in a multipart, that CRLF belongs to the next boundary line.
    if (part.m_body.isEmpty())
        part.m_body = "\r\n";
    return part;
}

MimePart MimePart::file(const QString& path, qint64 size, const QString& fileName,
                        const QByteArray& mimeType, Disposition disposition,
                        const QByteArray& contentId)
{
    MimePart part;
    part.m_contentType = mimeType;
    part.m_encoding = TransferEncoding::Base64;
    part.m_disposition = disposition;
    part.m_fileName = fileName;
    part.m_contentId = contentId;
    part.m_path = path;
    part.m_fileSize = size;
    part.m_isFile = true;
    return part;
}

MimePart MimePart::data(const QByteArray& data, const QString& fileName, const QByteArray& mimeType,
                        Disposition disposition, const QByteArray& contentId)
{
    MimePart part;
    part.m_contentType = mimeType;
    part.m_encoding = TransferEncoding::Base64;
    part.m_disposition = disposition;
    part.m_fileName = fileName;
    part.m_contentId = contentId;
    part.m_body = data;
    return part;
}

MimePart MimePart::multipart(QByteArrayView subtype, const QList<MimePart>& children,
                             QByteArrayView relatedType)
{
    MimePart part;
    part.m_contentType = "multipart/" + subtype.toByteArray();
    part.m_children = children;
    part.m_relatedType = relatedType.toByteArray();
    part.m_encoding = part.uses8Bit() ? TransferEncoding::EightBit : TransferEncoding::SevenBit;
    // "=_" never occurs in quoted-printable or base64 output, and 160 random bits make a
    // collision with literal text practically impossible; checking costs little anyway.
    do {
        part.m_boundary = "=_hongyan_" + MessageId::randomToken();
    } while (part.containsInLiteralBody("--" + part.m_boundary));
    return part;
}

bool MimePart::uses8Bit() const
{
    if (m_encoding == TransferEncoding::EightBit)
        return true;
    for (const MimePart& child : m_children) {
        if (child.uses8Bit())
            return true;
    }
    return false;
}

bool MimePart::containsInLiteralBody(QByteArrayView bytes) const
{
    if (m_children.isEmpty())
        return (m_encoding == TransferEncoding::SevenBit ||
                m_encoding == TransferEncoding::EightBit) &&
               !m_isFile && m_body.contains(bytes);
    for (const MimePart& child : m_children) {
        if (child.containsInLiteralBody(bytes))
            return true;
    }
    return false;
}

QList<HeaderField> MimePart::headerFields() const
{
    QList<HeaderField> fields;
    HeaderField type("Content-Type");
    type.appendToken(m_contentType);
    if (!m_charset.isEmpty())
        ParameterEncoder::appendPlain(type, "charset", m_charset);
    if (!m_boundary.isEmpty())
        ParameterEncoder::appendPlain(type, "boundary", m_boundary);
    if (!m_relatedType.isEmpty())
        ParameterEncoder::appendPlain(type, "type", m_relatedType);
    if (!m_fileName.isEmpty())
        ParameterEncoder::appendRfc2047(type, "name", m_fileName);
    fields.append(type);

    if (m_children.isEmpty() || m_encoding == TransferEncoding::EightBit) {
        HeaderField encoding("Content-Transfer-Encoding");
        encoding.appendToken(encodingName(m_encoding));
        fields.append(encoding);
    }
    if (m_disposition != Disposition::None) {
        HeaderField disposition("Content-Disposition");
        disposition.appendToken(m_disposition == Disposition::Inline ? "inline" : "attachment");
        if (!m_fileName.isEmpty())
            ParameterEncoder::appendRfc2231(disposition, "filename", m_fileName);
        fields.append(disposition);
    }
    if (!m_contentId.isEmpty()) {
        HeaderField id("Content-ID");
        id.appendToken(m_contentId);
        fields.append(id);
    }
    return fields;
}

bool MimePart::writeBody(MessageDevice& device, MessageError* error) const
{
    if (m_children.isEmpty()) {
        if (m_isFile)
            device.appendBase64File(m_path, m_fileSize);
        else if (m_bodyIsEncoded)
            device.appendLiteral(m_body);
        else
            device.appendBase64(m_body);
        // An empty base64 body still needs the CRLF that the next boundary line claims.
        if (!m_bodyIsEncoded && (m_isFile ? m_fileSize == 0 : m_body.isEmpty()))
            device.appendLiteral("\r\n");
        return true;
    }
    for (const MimePart& child : m_children) {
        device.appendLiteral("--" + m_boundary + "\r\n");
        for (const HeaderField& field : child.headerFields()) {
            const auto bytes = field.toBytes();
            if (!bytes) {
                if (error)
                    *error = MessageError(MessageError::Code::MalformedHeader,
                                          QString::fromLatin1(field.name()));
                return false;
            }
            device.appendLiteral(*bytes);
        }
        device.appendLiteral("\r\n");
        if (!child.writeBody(device, error))
            return false;
    }
    device.appendLiteral("--" + m_boundary + "--\r\n");
    return true;
}

} // namespace smtp
