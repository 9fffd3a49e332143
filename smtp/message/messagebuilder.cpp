#include "messagebuilder.h"

#include "addressparser.h"
#include "headerfield.h"
#include "maildate.h"
#include "messagedevice.h"
#include "messageid.h"
#include "mimepart.h"

#include <QFileInfo>
#include <QMimeDatabase>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace smtp {

namespace {

std::optional<MessageError> findControl(const QString& text, const QString& field)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (AddressParser::isControl(text[i]))
            return MessageError(
                MessageError::Code::ControlCharacter, field,
                u"U+%1"_s.arg(uint(text[i].unicode()), 4, 16, QChar(u'0')).toUpper(), i);
    }
    return std::nullopt;
}

// A file's own name, as an attachment's name: on disk a name may hold line breaks and other
// controls, which header text cannot carry, so each becomes '_' (the file is still sent).
QString nameOnDisk(const QString& path)
{
    QString name = QFileInfo(path).fileName();
    for (QChar& c : name) {
        if (AddressParser::isControl(c))
            c = u'_';
    }
    return name;
}

bool isMimeToken(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f ||
            QStringView(u"()<>@,;:\\\"/[]?=").contains(c))
            return false;
    }
    return true;
}

bool isMimeType(const QString& type)
{
    const qsizetype slash = type.indexOf(u'/');
    return slash > 0 && isMimeToken(QStringView(type).first(slash)) &&
           isMimeToken(QStringView(type).sliced(slash + 1));
}

bool setError(MessageError* error, MessageError value)
{
    if (error)
        *error = std::move(value);
    return false;
}

// A field holding one token: a date, a message ID, a version.
HeaderField tokenField(QByteArrayView name, QByteArrayView token)
{
    HeaderField field(name);
    field.appendToken(token);
    return field;
}

// An address field, left out when the list is empty.
void appendAddressField(QList<HeaderField>& fields, QByteArrayView name, const AddressList& list)
{
    if (list.isEmpty())
        return;
    HeaderField field(name);
    list.appendTo(field);
    fields.append(field);
}

} // namespace

QByteArray MessageBuilder::userAgent()
{
    return QByteArrayLiteral("Hongyan/" HONGYAN_VERSION);
}

QByteArray MessageBuilder::idDomain() const
{
    return m_from.isNull() ? QByteArray("localhost") : m_from.headerDomain();
}

QString MessageBuilder::addInlineImageFile(const QString& path, const QString& contentId)
{
    Resource image;
    image.path = path;
    image.fileName = nameOnDisk(path);
    image.contentId = contentId.isEmpty()
                          ? QString::fromLatin1(MessageId::randomToken() + '@' + idDomain())
                          : contentId;
    m_inlineImages.append(image);
    return image.contentId;
}

QString MessageBuilder::addInlineImageData(const QByteArray& data, const QString& fileName,
                                           const QString& contentId)
{
    Resource image;
    image.data = data;
    image.fileName = fileName;
    image.contentId = contentId.isEmpty()
                          ? QString::fromLatin1(MessageId::randomToken() + '@' + idDomain())
                          : contentId;
    m_inlineImages.append(image);
    return image.contentId;
}

void MessageBuilder::addAttachmentFile(const QString& path, const QString& fileName,
                                       const QString& mimeType)
{
    m_attachments.append(
        {path, {}, fileName.isEmpty() ? nameOnDisk(path) : fileName, mimeType, {}});
}

void MessageBuilder::addAttachmentData(const QByteArray& data, const QString& fileName,
                                       const QString& mimeType)
{
    m_attachments.append({{}, data, fileName, mimeType, {}});
}

QString MessageBuilder::envelopeSender() const
{
    return m_envelopeSender.isNull() ? m_from.address() : m_envelopeSender.address();
}

QStringList MessageBuilder::envelopeRecipients() const
{
    QStringList recipients;
    QSet<QString> seen;
    for (const AddressList* list : {&m_to, &m_cc, &m_bcc}) {
        for (const Mailbox& mailbox : list->mailboxes()) {
            const QString address = mailbox.address();
            if (!seen.contains(address.toCaseFolded())) {
                seen.insert(address.toCaseFolded());
                recipients.append(address);
            }
        }
    }
    return recipients;
}

bool MessageBuilder::requiresSmtpUtf8() const
{
    if (m_from.hasInternationalLocalPart())
        return true;
    for (const AddressList* list : {&m_to, &m_cc, &m_replyTo}) {
        for (const Mailbox& mailbox : list->mailboxes()) {
            if (mailbox.hasInternationalLocalPart())
                return true;
        }
    }
    return false;
}

bool MessageBuilder::validate(MessageError* error) const
{
    if (m_from.isNull())
        return setError(error, MessageError(MessageError::Code::MissingFrom, u"From"_s));
    if (auto bad = findControl(m_subject, u"Subject"_s))
        return setError(error, *bad);
    if (!m_messageId.isEmpty() && !MessageId::normalize(m_messageId))
        return setError(error, MessageError(MessageError::Code::InvalidMessageId, u"Message-ID"_s,
                                            m_messageId));
    if (!m_inReplyTo.isEmpty() && !MessageId::normalize(m_inReplyTo))
        return setError(error, MessageError(MessageError::Code::InvalidMessageId, u"In-Reply-To"_s,
                                            m_inReplyTo));
    for (const QString& id : m_references) {
        if (!MessageId::normalize(id))
            return setError(
                error, MessageError(MessageError::Code::InvalidMessageId, u"References"_s, id));
    }
    return true;
}

bool MessageBuilder::buildResourcePart(const Resource& resource, bool inlineImage, MimePart* part,
                                       MessageError* error) const
{
    const QString field = inlineImage ? u"Inline image"_s : u"Attachment"_s;
    if (auto bad = findControl(resource.fileName, field))
        return setError(error, *bad);
    QByteArray contentId;
    if (inlineImage) {
        const auto id = MessageId::normalize(resource.contentId);
        if (!id)
            return setError(error, MessageError(MessageError::Code::InvalidContentId, field,
                                                resource.contentId));
        contentId = *id;
    }
    const auto disposition =
        inlineImage ? MimePart::Disposition::Inline : MimePart::Disposition::Attachment;
    QMimeDatabase mimeDatabase;
    QString mimeType = resource.mimeType;
    if (!resource.path.isEmpty()) {
        const QFileInfo info(resource.path);
        if (!info.isFile() || !info.isReadable())
            return setError(error,
                            MessageError(MessageError::Code::FileNotReadable, resource.path));
        if (mimeType.isEmpty())
            mimeType = mimeDatabase.mimeTypeForFile(info).name();
        if (!isMimeType(mimeType))
            return setError(error,
                            MessageError(MessageError::Code::InvalidMimeType, field, mimeType));
        *part = MimePart::file(info.absoluteFilePath(), info.size(), resource.fileName,
                               mimeType.toLatin1(), disposition, contentId);
        return true;
    }
    if (mimeType.isEmpty())
        mimeType = mimeDatabase.mimeTypeForFileNameAndData(resource.fileName, resource.data).name();
    if (!isMimeType(mimeType))
        return setError(error, MessageError(MessageError::Code::InvalidMimeType, field, mimeType));
    *part = MimePart::data(resource.data, resource.fileName, mimeType.toLatin1(), disposition,
                           contentId);
    return true;
}

bool MessageBuilder::appendField(MessageDevice& device, const HeaderField& field,
                                 MessageError* error) const
{
    const auto bytes = field.toBytes();
    if (!bytes)
        return setError(error, MessageError(MessageError::Code::MalformedHeader,
                                            QString::fromLatin1(field.name())));
    device.appendLiteral(*bytes);
    return true;
}

bool MessageBuilder::buildRootPart(MimePart* root, MessageError* error) const
{
    MimePart body = MimePart::text(m_text, "plain", m_allow8Bit);
    if (!m_html.isEmpty())
        body =
            MimePart::multipart("alternative", {body, MimePart::text(m_html, "html", m_allow8Bit)});
    QList<MimePart> attachments;
    if (!m_inlineImages.isEmpty()) {
        QList<MimePart> related{body};
        for (const Resource& image : m_inlineImages) {
            MimePart part;
            if (!buildResourcePart(image, !m_html.isEmpty(), &part, error))
                return false;
            (m_html.isEmpty() ? attachments : related).append(part);
        }
        if (related.size() > 1)
            body = MimePart::multipart("related", related, body.contentType());
    }
    for (const Resource& attachment : m_attachments) {
        MimePart part;
        if (!buildResourcePart(attachment, false, &part, error))
            return false;
        attachments.append(part);
    }
    *root = attachments.isEmpty() ? body : MimePart::multipart("mixed", QList{body} + attachments);
    return true;
}

void MessageBuilder::appendAddressFields(QList<HeaderField>& fields) const
{
    appendAddressField(fields, "Reply-To", m_replyTo);
    if (m_to.isEmpty() && m_cc.isEmpty() && !m_bcc.isEmpty()) {
        // Bcc-only mail still says whom it is for, without telling (RFC 5322 §3.6.3).
        AddressList undisclosed;
        // A fixed name without control characters: never refused.
        (void)undisclosed.appendGroup(u"undisclosed-recipients"_s, {});
        appendAddressField(fields, "To", undisclosed);
    }
    appendAddressField(fields, "To", m_to);
    appendAddressField(fields, "Cc", m_cc);
    if (m_keepBcc)
        appendAddressField(fields, "Bcc", m_bcc);
}

void MessageBuilder::appendIdentificationFields(QList<HeaderField>& fields) const
{
    fields.append(tokenField("Message-ID", m_messageId.toLatin1()));
    if (!m_inReplyTo.isEmpty())
        fields.append(tokenField("In-Reply-To", *MessageId::normalize(m_inReplyTo)));
    if (!m_references.isEmpty()) {
        HeaderField references("References");
        for (const QString& id : m_references)
            references.appendToken(*MessageId::normalize(id));
        fields.append(references);
    }
}

QList<HeaderField> MessageBuilder::headerFields(const MimePart& root) const
{
    QList<HeaderField> fields;
    fields.append(tokenField(
        "Date", MailDate::format(m_date.isValid() ? m_date : QDateTime::currentDateTime())));
    HeaderField from("From");
    m_from.appendTo(from);
    fields.append(from);
    appendAddressFields(fields);
    fields.append(HeaderField::unstructured("Subject", m_subject));
    appendIdentificationFields(fields);
    fields.append(tokenField("User-Agent", userAgent()));
    fields.append(tokenField("MIME-Version", "1.0"));
    fields += root.headerFields();
    return fields;
}

std::unique_ptr<MessageDevice> MessageBuilder::compose(MessageError* error)
{
    if (!validate(error))
        return nullptr;
    MimePart root;
    if (!buildRootPart(&root, error))
        return nullptr;

    m_messageId = QString::fromLatin1(m_messageId.isEmpty() ? MessageId::generate(idDomain())
                                                            : *MessageId::normalize(m_messageId));

    auto device = std::make_unique<MessageDevice>();
    for (const HeaderField& field : headerFields(root)) {
        if (!appendField(*device, field, error))
            return nullptr;
    }
    device->appendLiteral("\r\n");
    if (!root.writeBody(*device, error))
        return nullptr;
    m_requires8BitMime = root.uses8Bit();
    device->open(QIODevice::ReadOnly);
    return device;
}

} // namespace smtp
