#pragma once

#include "addresslist.h"
#include "headerblock.h"
#include "messageerror.h"
#include "note.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

namespace smtp {

class EmlDevice;

// Reads an .eml file to send it as it is (hongyan-cli send --eml): parses only the header
// block (HeaderBlock: unfolding, RFC 2047 display names) for the envelope addresses, notes
// what the server must support, and offers the file as a device without its Bcc and
// Resent-Bcc fields (with their continuation lines), as sendmail -t and msmtp do. Lines end
// where the wire's do (LineSplitter), so no Bcc can hide behind a bare CR. The body is scanned once
// for 8-bit bytes but never held in memory.
class EmlReader
{
public:
    bool open(const QString& path, MessageError* error = nullptr);

    QString path() const { return m_path; }
    AddressList from() const { return m_from; }
    AddressList to() const { return m_to; }
    AddressList cc() const { return m_cc; }
    AddressList bcc() const { return m_bcc; }
    QString subject() const { return m_subject; }

    // The first From address: the reverse path, unless the caller gives another.
    QString envelopeSender() const;
    // To, Cc and Bcc addresses, each once (compared case-insensitively).
    QStringList envelopeRecipients() const;
    // The header fields that are sent contain non-ASCII bytes (UTF-8 headers, RFC 6532).
    bool requiresSmtpUtf8() const { return m_utf8Headers; }
    // The body contains bytes beyond ASCII.
    bool requires8BitMime() const { return m_eightBitBody; }
    // What the device will produce: the file's size minus the Bcc field.
    qint64 messageSize() const;
    // The file without its Bcc field, opened read-only; nothing if it cannot be opened or
    // changed size (`failure` then says why).
    std::unique_ptr<EmlDevice> createDevice(Note* failure = nullptr) const;

private:
    bool takeField(const HeaderBlock::Field& field, MessageError* error);
    void omitBlindCopies(const QList<HeaderBlock::Field>& fields);

    QString m_path;
    qint64 m_fileSize = 0;
    AddressList m_from;
    AddressList m_to;
    AddressList m_cc;
    AddressList m_bcc;
    QString m_subject;
    bool m_utf8Headers = false;
    bool m_eightBitBody = false;
    QList<std::pair<qint64, qint64>> m_omitted;
};

} // namespace smtp
