#pragma once

#include "linesplitter.h"
#include "messageerror.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace smtp {

// The header block of a message file (RFC 5322 §2.2), read incrementally from bytes that
// arrive in pieces: its fields, unfolded, with the byte range of each in the file (so a
// field can be left out when the file is sent). Lines are split by LineSplitter, the rule
// the wire uses too. The block ends at the first empty line or at the end of the file; a
// line that is neither a field, a continuation nor empty is refused, as is a block larger
// than MaxBytes. White space before the colon (RFC 5322 §4.5 obs-optional) is accepted and
// not part of the name, so "Bcc :" is a Bcc field like any other.
class HeaderBlock
{
public:
    static constexpr qint64 MaxBytes = 1024 * 1024;

    struct Field
    {
        QByteArray name;
        QByteArray value;      // unfolded: line ends removed, white space kept
        qint64 start = 0;      // byte offset of the field's first line
        qint64 contentEnd = 0; // byte offset of its last line's line end (or of the file's end)
        qint64 end = 0;        // byte offset after that line end
    };

    explicit HeaderBlock(QString path)
        : m_path(std::move(path))
    {}

    // Takes the next bytes of the file, which start at `offset`. Returns how many of them
    // belong to the header block, up to its empty line's first line-end byte: the rest is
    // the body (the LF of that line's CRLF included).
    qsizetype feed(QByteArrayView bytes, qint64 offset);
    // The file ends at `size` (a message without a body).
    void finish(qint64 size);

    bool isComplete() const { return m_complete || m_error.has_value(); }
    const std::optional<MessageError>& error() const { return m_error; }
    const QList<Field>& fields() const { return m_fields; }

private:
    void takeLine(qint64 start, qint64 end);
    void fail(MessageError::Code code, qint64 position, QByteArrayView line);

    QString m_path;
    LineSplitter m_splitter;
    QByteArray m_line;
    qint64 m_lineStart = 0;
    bool m_complete = false;
    std::optional<MessageError> m_error;
    QList<Field> m_fields;
};

} // namespace smtp
