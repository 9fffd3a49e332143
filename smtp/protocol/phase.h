#pragma once

#include <QMetaEnum>
#include <QObject>
#include <QString>

#include <optional>

namespace smtp {

Q_NAMESPACE

// Where an SMTP exchange is, in the one vocabulary every layer uses: the session's
// progress signal, the outcome, the diagnosis, the CLI's text and --json, the GUI. The
// session's own states are finer and stay private (sessionstate.h).
enum class Phase {
    Setup,        // before connecting: the settings and the message are checked
    Resolve,      // the server's addresses looked up on their own (the diagnosis)
    Connect,      // TCP, with the lookup when it is not a phase of its own
    TlsHandshake, // implicit TLS, before the greeting
    Greeting,
    Ehlo,     // EHLO, or HELO when the server refuses EHLO
    StartTls, // the STARTTLS command and the handshake it starts
    Auth,
    MailFrom,
    RcptTo,
    Data,    // the DATA command
    Body,    // the message's bytes (after 354, or in BDAT chunks)
    DataEnd, // the server's verdict on the message: the reply to "." or BDAT LAST
    Quit,
    Console, // a command typed in the console
};
Q_ENUM_NS(Phase)

// The stable lower-case name of a phase ("mail-from", "starttls"), for --json and logs
// (enumnames.h).
QString phaseName(Phase phase);
std::optional<Phase> phaseFromName(QStringView name);

} // namespace smtp
