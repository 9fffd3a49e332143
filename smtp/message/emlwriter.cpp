#include "emlwriter.h"

#include "messagedevice.h"

#include <QIODevice>
#include <QSaveFile>

namespace smtp {

bool EmlWriter::write(QIODevice& message, const QString& path, MessageError* error)
{
    const auto fail = [&](MessageError value) {
        if (error)
            *error = std::move(value);
        return false;
    };
    if (!message.isReadable() || (!message.isSequential() && !message.seek(0)))
        return fail(MessageError(MessageError::Code::FileNotReadable, {}, message.errorString()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(MessageError(MessageError::Code::FileWriteFailed, path, file.errorString()));
    QByteArray buffer(ChunkSize, Qt::Uninitialized);
    while (true) {
        const qint64 n = message.read(buffer.data(), ChunkSize);
        if (n < 0) {
            file.cancelWriting();
            if (const auto* device = qobject_cast<const MessageDevice*>(&message))
                return fail(device->lastError());
            return fail(
                MessageError(MessageError::Code::FileNotReadable, {}, message.errorString()));
        }
        if (n == 0)
            break;
        if (file.write(buffer.constData(), n) != n) {
            file.cancelWriting();
            return fail(
                MessageError(MessageError::Code::FileWriteFailed, path, file.errorString()));
        }
    }
    if (!file.commit())
        return fail(MessageError(MessageError::Code::FileWriteFailed, path, file.errorString()));
    return true;
}

} // namespace smtp
