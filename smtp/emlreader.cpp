#include "emlreader.h"

#include "emldevice.h"
#include "encodedword.h"

#include <QFile>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace smtp {

namespace {

constexpr qint64 ScanChunk = 256 * 1024;
constexpr qint64 LineChunk = 16 * 1024;

bool isFieldName(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (char c : name) {
        if (c <= 0x20 || c >= 0x7f)
            return false;
    }
    return true;
}

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

void appendEntries(AddressList& target, const AddressList& source)
{
    for (const AddressList::Entry& entry : source.entries()) {
        if (entry.isGroup)
            target.appendGroup(entry.groupName, entry.mailboxes);
        else
            target.append(entry.mailboxes.first());
    }
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

    struct Field
    {
        QByteArray name;
        QByteArray value; // unfolded: line breaks removed, white space kept
        qint64 start;
        qint64 end;
    };
    QList<Field> fields;
    qint64 offset = 0;
    QByteArray buffer(LineChunk, Qt::Uninitialized);
    while (!file.atEnd()) {
        // A line may be longer than the buffer; it still ends within the header limit.
        QByteArray line;
        while (!line.endsWith('\n') && offset + line.size() <= MaxHeaderBytes) {
            const qint64 n = file.readLine(buffer.data(), buffer.size());
            if (n < 0 && !file.atEnd())
                return fail(
                    MessageError(MessageError::Code::FileNotReadable, path, file.errorString()));
            if (n <= 0)
                break;
            line.append(buffer.constData(), n);
        }
        const qint64 lineStart = offset;
        offset += line.size();
        if (offset > MaxHeaderBytes)
            return fail(MessageError(MessageError::Code::HeaderTooLong, path));
        QByteArrayView content = line;
        if (content.endsWith('\n'))
            content.chop(1);
        if (content.endsWith('\r'))
            content.chop(1);
        if (content.isEmpty())
            break;
        if (content.front() == ' ' || content.front() == '\t') {
            if (fields.isEmpty())
                return fail(MessageError(
                    MessageError::Code::MalformedHeader, path,
                    QString::fromUtf8(content.first(qMin<qsizetype>(content.size(), 80))),
                    lineStart));
            fields.last().value += content;
            fields.last().end = offset;
            continue;
        }
        const qsizetype colon = content.indexOf(':');
        if (colon < 0 || !isFieldName(content.first(colon)))
            return fail(MessageError(
                MessageError::Code::MalformedHeader, path,
                QString::fromUtf8(content.first(qMin<qsizetype>(content.size(), 80))), lineStart));
        fields.append({content.first(colon).toByteArray(), content.sliced(colon + 1).toByteArray(),
                       lineStart, offset});
    }

    for (const Field& field : fields) {
        const QString name = QString::fromLatin1(field.name);
        const QString value = QString::fromUtf8(field.value);
        const bool bcc = field.name.compare("Bcc", Qt::CaseInsensitive) == 0;
        if (bcc)
            m_omitted.append({field.start, field.end});
        else if (hasEightBit(field.name) || hasEightBit(field.value))
            m_utf8Headers = true;

        AddressList* target = nullptr;
        if (field.name.compare("From", Qt::CaseInsensitive) == 0)
            target = &m_from;
        else if (field.name.compare("To", Qt::CaseInsensitive) == 0)
            target = &m_to;
        else if (field.name.compare("Cc", Qt::CaseInsensitive) == 0)
            target = &m_cc;
        else if (bcc)
            target = &m_bcc;
        else if (field.name.compare("Subject", Qt::CaseInsensitive) == 0)
            m_subject = EncodedWord::decodeText(value.trimmed());
        if (!target)
            continue;
        MessageError parseError;
        const auto list = AddressList::parse(value, &parseError, name);
        if (!list)
            return fail(parseError);
        appendEntries(*target, *list);
    }

    QByteArray chunk(ScanChunk, Qt::Uninitialized);
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

std::unique_ptr<EmlDevice> EmlReader::createDevice(QString* errorString) const
{
    auto device = std::make_unique<EmlDevice>(m_path, m_fileSize, m_omitted);
    if (!device->open(QIODevice::ReadOnly)) {
        if (errorString)
            *errorString = device->errorString();
        return nullptr;
    }
    return device;
}

} // namespace smtp
