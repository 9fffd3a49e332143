#include "climessage.h"

#include "emldevice.h"
#include "emlreader.h"
#include "messagedevice.h"
#include "messageerrortext.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace hongyan::cli {

namespace {

// Every value of a repeatable address flag, parsed and joined into one list.
std::optional<smtp::AddressList> parseAddresses(const QStringList& values, const QString& flag,
                                                QString* error)
{
    smtp::AddressList all;
    for (const QString& value : values) {
        smtp::MessageError parseError;
        const std::optional<smtp::AddressList> list =
            smtp::AddressList::parse(value, &parseError, flag);
        if (!list) {
            *error = MessageErrorText::describe(parseError);
            return std::nullopt;
        }
        all.append(*list);
    }
    return all;
}

std::optional<QString> readUtf8File(const QString& path, const QString& flag, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = CliMessage::tr("--%1: cannot read '%2': %3").arg(flag, path, file.errorString());
        return std::nullopt;
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace

bool CliMessage::prepare(const CliOptions& options, const QString& defaultFrom, Purpose purpose,
                         QString* error)
{
    return options.emlFiles.isEmpty() ? compose(options, defaultFrom, purpose, error)
                                      : openEml(options, options.emlFiles.constFirst(), error);
}

bool CliMessage::compose(const CliOptions& options, const QString& defaultFrom, Purpose purpose,
                         QString* error)
{
    const QString fromText = options.from.isEmpty() ? defaultFrom : options.from;
    if (fromText.isEmpty()) {
        *error = tr("no sender: give --from ADDR");
        return false;
    }
    smtp::MessageError parseError;
    const std::optional<smtp::Mailbox> from =
        smtp::Mailbox::parse(fromText, &parseError, u"--from"_s);
    if (!from) {
        *error = MessageErrorText::describe(parseError);
        return false;
    }
    const auto to = parseAddresses(options.to, u"--to"_s, error);
    const auto cc = to ? parseAddresses(options.cc, u"--cc"_s, error) : std::nullopt;
    const auto bcc = cc ? parseAddresses(options.bcc, u"--bcc"_s, error) : std::nullopt;
    const auto replyTo =
        bcc ? parseAddresses(options.replyTo.isEmpty() ? QStringList()
                                                       : QStringList{options.replyTo},
                             u"--reply-to"_s, error)
            : std::nullopt;
    if (!replyTo)
        return false;
    if (to->isEmpty() && cc->isEmpty() && bcc->isEmpty()) {
        *error = tr("no recipient: give --to, --cc or --bcc");
        return false;
    }

    m_builder.setFrom(*from);
    m_builder.setTo(*to);
    m_builder.setCc(*cc);
    m_builder.setBcc(*bcc);
    m_builder.setReplyTo(*replyTo);
    m_builder.setKeepBcc(purpose == Purpose::WriteFile);
    m_builder.setSubject(options.subject);
    if (options.body) {
        m_builder.setText(*options.body);
    } else if (!options.bodyFile.isEmpty()) {
        const std::optional<QString> text = readUtf8File(options.bodyFile, u"body-file"_s, error);
        if (!text)
            return false;
        m_builder.setText(*text);
    }
    if (!options.htmlFile.isEmpty()) {
        const std::optional<QString> html = readUtf8File(options.htmlFile, u"html-file"_s, error);
        if (!html)
            return false;
        m_builder.setHtml(*html);
    }
    for (const QString& path : options.attachments)
        m_builder.addAttachmentFile(path);

    smtp::MessageError composeError;
    std::unique_ptr<smtp::MessageDevice> device = m_builder.compose(&composeError);
    if (!device) {
        *error = MessageErrorText::describe(composeError);
        return false;
    }
    m_device = std::move(device);
    m_envelope.sender = m_builder.envelopeSender();
    m_envelope.recipients = m_builder.envelopeRecipients();
    m_envelope.requiresSmtpUtf8 = m_builder.requiresSmtpUtf8();
    m_envelope.requires8BitMime = m_builder.requires8BitMime();
    return true;
}

bool CliMessage::openEml(const CliOptions& options, const QString& path, QString* error)
{
    smtp::EmlReader reader;
    smtp::MessageError readError;
    if (!reader.open(path, &readError)) {
        *error = tr("--eml: %1").arg(MessageErrorText::describe(readError));
        return false;
    }
    // Addresses on the command line replace the ones in the file's header, as with
    // sendmail: the file is still sent unchanged.
    m_envelope.sender = reader.envelopeSender();
    if (!options.from.isEmpty()) {
        smtp::MessageError parseError;
        const auto from = smtp::Mailbox::parse(options.from, &parseError, u"--from"_s);
        if (!from) {
            *error = MessageErrorText::describe(parseError);
            return false;
        }
        m_envelope.sender = from->address();
    }
    m_envelope.recipients = reader.envelopeRecipients();
    if (!options.to.isEmpty() || !options.cc.isEmpty() || !options.bcc.isEmpty()) {
        m_envelope.recipients.clear();
        for (const auto& [values, flag] :
             {std::pair{options.to, u"--to"_s}, std::pair{options.cc, u"--cc"_s},
              std::pair{options.bcc, u"--bcc"_s}}) {
            const auto list = parseAddresses(values, flag, error);
            if (!list)
                return false;
            for (const smtp::Mailbox& mailbox : list->mailboxes()) {
                if (!m_envelope.recipients.contains(mailbox.address(), Qt::CaseInsensitive))
                    m_envelope.recipients.append(mailbox.address());
            }
        }
    }
    if (m_envelope.recipients.isEmpty()) {
        *error = tr("--eml: the file names no recipient (To, Cc, Bcc); give --to");
        return false;
    }
    m_envelope.requiresSmtpUtf8 = reader.requiresSmtpUtf8();
    m_envelope.requires8BitMime = reader.requires8BitMime();
    smtp::Note failure;
    std::unique_ptr<smtp::EmlDevice> device = reader.createDevice(&failure);
    if (!device) {
        *error = tr("--eml: %1").arg(failure.localized());
        return false;
    }
    m_device = std::move(device);
    return true;
}

} // namespace hongyan::cli
