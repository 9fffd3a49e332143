#pragma once

#include "reply.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace smtp {

// What a server announced in its EHLO reply (RFC 5321 §4.1.1.1). The first line is the
// server's greeting, never a capability. A HELO session has no capabilities at all.
class Capabilities
{
public:
    Capabilities() = default;
    static Capabilities fromEhloReply(const Reply& reply);

    bool isExtended() const { return m_extended; }
    QString serverGreeting() const { return m_greeting; }

    // Case-insensitive keyword lookup ("PIPELINING", "STARTTLS", ...).
    bool has(QByteArrayView keyword) const;
    // Parameters of a keyword, as sent ("AUTH PLAIN LOGIN" → {"PLAIN", "LOGIN"}).
    QList<QByteArray> parameters(QByteArrayView keyword) const;
    // Every keyword with its parameters, in the server's order, as sent.
    const QList<QByteArray>& lines() const { return m_lines; }
    // The same lines for people to read: the server's text, escaped for display
    // (TranscriptRecord::escapeForDisplay), so no keyword line can drive a terminal.
    QStringList displayLines() const;

    bool supportsStartTls() const { return has("STARTTLS"); }
    bool supportsPipelining() const { return has("PIPELINING"); }
    bool supportsChunking() const { return has("CHUNKING"); }
    bool supports8BitMime() const { return has("8BITMIME"); }
    bool supportsSmtpUtf8() const { return has("SMTPUTF8"); }
    bool supportsEnhancedStatusCodes() const { return has("ENHANCEDSTATUSCODES"); }
    bool supportsSize() const { return has("SIZE"); }
    // Upper-case SASL mechanism names from "AUTH ..." (and the legacy "AUTH=...").
    QStringList authMechanisms() const;
    // The SIZE limit in bytes; 0 when SIZE is announced without a limit or not at all.
    qint64 sizeLimit() const;

private:
    bool m_extended = false;
    QString m_greeting;
    QList<QByteArray> m_lines;
};

} // namespace smtp
