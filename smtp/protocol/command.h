#pragma once

#include "phase.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace smtp {

// One client command. It carries two texts: the bytes that go on the wire and the text the
// transcript shows. Secrets are redacted in the transcript text when the command is made,
// so no later layer can leak them. Arguments containing CR, LF or NUL make the command
// invalid by construction: such a command is never sent.
class Command
{
public:
    enum class Kind {
        Ehlo,
        Helo,
        StartTls,
        Auth,         // AUTH <mechanism> [initial response]
        AuthResponse, // a line answering a 334 challenge
        MailFrom,
        RcptTo,
        Data,
        Bdat,
        Rset,
        Noop,
        Quit,
        Raw, // typed by a person (the console)
    };

    static Command ehlo(const QByteArray& domain);
    static Command helo(const QByteArray& domain);
    static Command startTls();
    // The mechanism name is shown; the initial response is redacted.
    static Command auth(const QByteArray& mechanism, const QByteArray& initialResponse = {});
    // A base64 line answering a challenge; always redacted in the transcript.
    static Command authResponse(const QByteArray& base64);
    static Command mailFrom(const QByteArray& reversePath, const QByteArray& parameters = {});
    static Command rcptTo(const QByteArray& forwardPath);
    static Command data();
    static Command bdat(qint64 size, bool last);
    static Command rset();
    static Command noop();
    static Command quit();
    static Command raw(const QByteArray& line);

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_valid; }
    // The complete line including CRLF.
    const QByteArray& wire() const { return m_wire; }
    // What the transcript shows (no CRLF, secrets redacted).
    const QString& transcriptText() const { return m_transcript; }
    // The phase whose span the command opens until its reply (Connection::timed). BDAT
    // chunks belong to the message's span, and the last one's reply is the final reply,
    // timed from the message's last byte; RSET and NOOP are housekeeping between phases.
    std::optional<Phase> timedPhase() const;

private:
    Command(Kind kind, const QByteArray& line, const QString& transcript);

    Kind m_kind = Kind::Raw;
    QByteArray m_wire;
    QString m_transcript;
    bool m_valid = false;
};

// True when the bytes contain CR, LF or NUL — characters that would end or corrupt a line.
bool containsLineBreakOrNul(QByteArrayView bytes);

} // namespace smtp
