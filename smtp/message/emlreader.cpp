#include "emlreader.h"

#include "emldevice.h"
#include "encodedword.h"
#include "headerblock.h"

#include <QFile>
#include <QSet>

namespace smtp {

namespace {

constexpr qint64 ScanChunk = 256 * 1024;

bool hasEightBit(QByteArrayView bytes)
{
    // The whole body of an .eml is scanned before MAIL FROM (for BODY=8BITMIME): blocks are
    // OR-ed together, which the compiler vectorises, where a test per byte would not be.
    constexpr qsizetype Block = 4096;
    const auto* data = reinterpret_cast<const uchar*>(bytes.data());
    for (qsizetype start = 0; start < bytes.size(); start += Block) {
        const qsizetype end = qMin(start + Block, bytes.size());
        uchar any = 0;
        for (qsizetype i = start; i < end; ++i)
            any |= data[i];
        if (any & 0x80)
            return true;
    }
    return false;
}

bool isBlindCopy(QByteArrayView name)
{
    // Resent-Bcc (RFC 5322 §3.6.6) is as blind as Bcc: neither may reach any recipient.
    return name.compare("Bcc", Qt::CaseInsensitive) == 0 ||
           name.compare("Resent-Bcc", Qt::CaseInsensitive) == 0;
}

} // namespace

bool EmlReader::open(const QString& path, MessageError* error)
{
    const auto fail = [&](MessageError value) {
        if (error)
            *error = std::move(value);
        return false;
    };
    *this = EmlReader();
    m_path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(MessageError(MessageError::Code::FileNotReadable, path, file.errorString()));
    m_fileSize = file.size();

    HeaderBlock header(path);
    QByteArray chunk(ScanChunk, Qt::Uninitialized);
    qint64 offset = 0;
    while (!header.isComplete()) {
        const qint64 n = file.read(chunk.data(), ScanChunk);
        if (n < 0)
            return fail(
                MessageError(MessageError::Code::FileNotReadable, path, file.errorString()));
        if (n == 0) {
            header.finish(offset);
            break;
        }
        const qsizetype used = header.feed(QByteArrayView(chunk.constData(), n), offset);
        offset += n;
        if (header.error())
            return fail(*header.error());
        if (header.isComplete())
            m_eightBitBody = hasEightBit(QByteArrayView(chunk.constData() + used, n - used));
    }
    if (header.error())
        return fail(*header.error());

    for (const HeaderBlock::Field& field : header.fields()) {
        if (!takeField(field, error))
            return false;
    }
    omitBlindCopies(header.fields());

    while (!m_eightBitBody) {
        const qint64 n = file.read(chunk.data(), ScanChunk);
        if (n < 0)
            return fail(
                MessageError(MessageError::Code::FileNotReadable, path, file.errorString()));
        if (n == 0)
            break;
        m_eightBitBody = hasEightBit(QByteArrayView(chunk.constData(), n));
    }
    return true;
}

bool EmlReader::takeField(const HeaderBlock::Field& field, MessageError* error)
{
    const QString name = QString::fromLatin1(field.name);
    const QString value = QString::fromUtf8(field.value);
    if (!isBlindCopy(field.name) && (hasEightBit(field.name) || hasEightBit(field.value)))
        m_utf8Headers = true;

    AddressList* target = nullptr;
    if (field.name.compare("From", Qt::CaseInsensitive) == 0)
        target = &m_from;
    else if (field.name.compare("To", Qt::CaseInsensitive) == 0)
        target = &m_to;
    else if (field.name.compare("Cc", Qt::CaseInsensitive) == 0)
        target = &m_cc;
    else if (field.name.compare("Bcc", Qt::CaseInsensitive) == 0)
        target = &m_bcc;
    else if (field.name.compare("Subject", Qt::CaseInsensitive) == 0)
        m_subject = EncodedWord::decodeText(value.trimmed());
    if (!target)
        return true;
    MessageError parseError;
    const auto list = AddressList::parse(value, &parseError, name);
    if (!list) {
        if (error)
            *error = parseError;
        return false;
    }
    target->append(*list);
    return true;
}

void EmlReader::omitBlindCopies(const QList<HeaderBlock::Field>& fields)
{
    // What is left must split into exactly the lines that were kept. Cutting a field with
    // its own line end could join the previous line's bare CR to a following bare LF (an
    // empty line, the end of the header) into one CRLF, and the body would become header.
    // So a run of blind fields is cut from the end of the previous line's text to the end
    // of the run's own text: the previous line keeps the run's last line end, followed by
    // exactly what followed it before. A run at the very start is cut with its line end.
    for (qsizetype first = 0; first < fields.size(); ++first) {
        if (!isBlindCopy(fields[first].name))
            continue;
        qsizetype last = first;
        while (last + 1 < fields.size() && isBlindCopy(fields[last + 1].name))
            ++last;
        if (first == 0)
            m_omitted.append({fields[first].start, fields[last].end});
        else
            m_omitted.append({fields[first - 1].contentEnd, fields[last].contentEnd});
        first = last;
    }
}

QString EmlReader::envelopeSender() const
{
    const QList<Mailbox> from = m_from.mailboxes();
    return from.isEmpty() ? QString() : from.first().address();
}

QStringList EmlReader::envelopeRecipients() const
{
    QStringList recipients;
    QSet<QString> seen;
    for (const AddressList* list : {&m_to, &m_cc, &m_bcc}) {
        for (const Mailbox& mailbox : list->mailboxes()) {
            const QString key = mailbox.address().toCaseFolded();
            if (!seen.contains(key)) {
                seen.insert(key);
                recipients.append(mailbox.address());
            }
        }
    }
    return recipients;
}

qint64 EmlReader::messageSize() const
{
    qint64 size = m_fileSize;
    for (const auto& [start, end] : m_omitted)
        size -= end - start;
    return size;
}

std::unique_ptr<EmlDevice> EmlReader::createDevice(Note* failure) const
{
    auto device = std::make_unique<EmlDevice>(m_path, m_fileSize, m_omitted);
    if (!device->open(QIODevice::ReadOnly)) {
        if (failure)
            *failure = device->readFailure();
        return nullptr;
    }
    return device;
}

} // namespace smtp
