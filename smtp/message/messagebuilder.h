#pragma once

#include "addresslist.h"
#include "mailbox.h"
#include "messageerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace smtp {

class MessageDevice;
class MimePart;
class HeaderField;

// Composes an RFC 5322 / MIME message: From, To, Cc, Reply-To, Subject, Date, Message-ID,
// In-Reply-To, References, a plain text body with an optional HTML alternative, inline
// images referenced from the HTML by Content-ID, and attachments from files or memory.
// Bcc goes into the envelope only. compose() validates everything and returns the message
// as a MessageDevice that encodes attachments lazily from their files.
//
// Structure: multipart/mixed (attachments) ⊃ multipart/related (inline images)
// ⊃ multipart/alternative (text, HTML), each level present only when needed.
class MessageBuilder
{
public:
    void setFrom(const Mailbox& from) { m_from = from; }
    // The reverse path when it is not From's address (MAIL FROM).
    void setEnvelopeSender(const Mailbox& sender) { m_envelopeSender = sender; }
    void setTo(const AddressList& to) { m_to = to; }
    void setCc(const AddressList& cc) { m_cc = cc; }
    void setBcc(const AddressList& bcc) { m_bcc = bcc; }
    void setReplyTo(const AddressList& replyTo) { m_replyTo = replyTo; }
    void setSubject(const QString& subject) { m_subject = subject; }
    // Defaults to the time of compose(), with the local UTC offset.
    void setDate(const QDateTime& date) { m_date = date; }
    // "<id@host>" or "id@host"; generated from the sender's domain when not set.
    void setMessageId(const QString& id) { m_messageId = id; }
    void setInReplyTo(const QString& id) { m_inReplyTo = id; }
    void setReferences(const QStringList& ids) { m_references = ids; }
    void setText(const QString& text) { m_text = text; }
    // HTML sent with the text (setText) as its plain alternative.
    void setHtml(const QString& html) { m_html = html; }
    // Writes Bcc into the header too: for an .eml file that a later sender strips it from
    // (sendmail -t, hongyan-cli send --eml). Never for a message sent now.
    void setKeepBcc(bool keep) { m_keepBcc = keep; }
    // Whether text may go as 8bit: only when the server offers 8BITMIME.
    void setAllow8Bit(bool allow) { m_allow8Bit = allow; }

    // An image for the HTML, which refers to it as "cid:" + the returned Content-ID
    // (contentId, or a generated one). Without HTML, inline images are sent as attachments.
    QString addInlineImageFile(const QString& path, const QString& contentId = {});
    QString addInlineImageData(const QByteArray& data, const QString& fileName,
                               const QString& contentId = {});
    // fileName defaults to the file's own name (controls in it made '_') and mimeType to
    // what QMimeDatabase finds. A fileName given with a control character is refused.
    void addAttachmentFile(const QString& path, const QString& fileName = {},
                           const QString& mimeType = {});
    void addAttachmentData(const QByteArray& data, const QString& fileName,
                           const QString& mimeType = {});

    // The message, opened read-only, or nothing with *error saying which input is bad.
    // Attachment files must exist now; the device fails later if they change.
    std::unique_ptr<MessageDevice> compose(MessageError* error = nullptr);

    // Envelope for the engine: the reverse path and every recipient (To, Cc, Bcc) once,
    // compared case-insensitively, as Unicode addr-specs.
    QString envelopeSender() const;
    QStringList envelopeRecipients() const;
    // A non-ASCII local part appears in a header: the message needs SMTPUTF8 (RFC 6531).
    bool requiresSmtpUtf8() const;
    // The last compose() chose 8bit for a text part: the message needs 8BITMIME.
    bool requires8BitMime() const { return m_requires8BitMime; }
    // The Message-ID of the last compose() ("<…>"), kept for retries.
    QString messageId() const { return m_messageId; }

    static QByteArray userAgent();

private:
    struct Resource
    {
        QString path; // empty for data
        QByteArray data;
        QString fileName;
        QString mimeType;
        QString contentId;
    };

    bool validate(MessageError* error) const;
    bool appendField(MessageDevice& device, const HeaderField& field, MessageError* error) const;
    bool buildResourcePart(const Resource& resource, bool inlineImage, MimePart* part,
                           MessageError* error) const;
    // The whole MIME tree (see the structure above) into *root.
    bool buildRootPart(MimePart* root, MessageError* error) const;
    // Every header field in order, the root part's own MIME fields last.
    QList<HeaderField> headerFields(const MimePart& root) const;
    void appendAddressFields(QList<HeaderField>& fields) const;
    // Message-ID, In-Reply-To and References (RFC 5322 §3.6.4).
    void appendIdentificationFields(QList<HeaderField>& fields) const;
    QByteArray idDomain() const;

    Mailbox m_from;
    Mailbox m_envelopeSender;
    AddressList m_to;
    AddressList m_cc;
    AddressList m_bcc;
    AddressList m_replyTo;
    QString m_subject;
    QDateTime m_date;
    QString m_messageId;
    QString m_inReplyTo;
    QStringList m_references;
    QString m_text;
    QString m_html;
    bool m_allow8Bit = false;
    bool m_keepBcc = false;
    bool m_requires8BitMime = false;
    QList<Resource> m_inlineImages;
    QList<Resource> m_attachments;
};

} // namespace smtp
