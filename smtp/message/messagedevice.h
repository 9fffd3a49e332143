#pragma once

#include "messageerror.h"
#include "note.h"

#include <QByteArray>
#include <QFile>
#include <QIODevice>
#include <QList>
#include <QString>

namespace smtp {

// A composed message as a read-only, random-access QIODevice. Headers and text bodies are
// held as bytes; attachments stay in their files and are base64-encoded on demand, a line
// at a time, so a 1 GB attachment needs a few hundred KiB of buffers. size() is exact
// before the first read, seek() works anywhere (seek(0) restarts for a retry), and every
// line is CRLF-terminated. If an attachment file disappears or changes size, read()
// returns -1 and errorString() names the file: wrong bytes are never produced.
//
// MessageBuilder assembles it (the append functions are for use before open()).
class MessageDevice : public QIODevice
{
    Q_OBJECT

public:
    explicit MessageDevice(QObject* parent = nullptr);
    ~MessageDevice() override;

    void appendLiteral(QByteArrayView bytes);
    // data, base64-encoded in 76-character lines.
    void appendBase64(const QByteArray& data);
    // The file's contents, base64-encoded in 76-character lines. size is what the file
    // holds now; reading fails if it holds something else later.
    void appendBase64File(const QString& path, qint64 size);

    // Opens read-only (ReadOnly, unbuffered: the caller reads in large chunks).
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    bool seek(qint64 position) override;
    // Why the last read failed, as a value (errorString() is its English sentence).
    MessageError lastError() const { return m_lastError; }
    // The same as a sentence for a person: which attachment, and what happened to it.
    Note readFailure() const { return m_readFailure; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    struct Segment
    {
        enum class Kind { Literal, Base64Data, Base64File };
        Kind kind = Kind::Literal;
        QByteArray bytes; // literal bytes, or the data to encode
        QString path;
        qint64 sourceSize = 0;
        qint64 start = 0;  // offset in the message
        qint64 length = 0; // bytes in the message
    };

    qsizetype segmentAt(qint64 position) const;
    qint64 readBase64(qsizetype index, qint64 offset, char* out, qint64 maxSize);
    bool encodeLines(qsizetype index, qint64 firstLine, qint64 lineCount, char* out,
                     qint64* written);
    bool readSource(qsizetype index, qint64 offset, qint64 count, const char** data);
    // Reading segment.path failed; the file's own error says why.
    void failToRead(const QString& path);
    void fail(MessageError error, Note why);

    QList<Segment> m_segments;
    qint64 m_size = 0;
    qint64 m_position = 0;
    qsizetype m_segmentHint = 0;
    QFile m_file;
    qsizetype m_fileSegment = -1;
    QByteArray m_input;
    MessageError m_lastError;
    Note m_readFailure;
};

} // namespace smtp
