#include "sessionsettings.h"

#include "command.h"

#include <QHostAddress>
#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace smtp {

Timeouts Timeouts::uniform(std::chrono::milliseconds limit)
{
    Timeouts timeouts;
    timeouts.connect = limit;
    timeouts.tlsHandshake = limit;
    timeouts.greeting = limit;
    timeouts.command = limit;
    timeouts.dataInitiation = limit;
    timeouts.dataBlock = limit;
    timeouts.dataTermination = limit;
    timeouts.implicitTlsSilence = std::min(timeouts.implicitTlsSilence, limit);
    return timeouts;
}

Timeouts Timeouts::watched(std::chrono::milliseconds limit)
{
    Timeouts timeouts = uniform(limit);
    timeouts.dataTermination = std::max(limit, Timeouts().dataTermination);
    return timeouts;
}

quint16 SessionSettings::defaultPort(Security security)
{
    switch (security) {
    case Security::ImplicitTls:
        return 465;
    case Security::StartTls:
        return 587;
    case Security::Opportunistic:
    case Security::Plain:
        return 25;
    }
    return 25;
}

quint16 SessionSettings::effectivePort() const
{
    return port != 0 ? port : defaultPort(security);
}

namespace {

// The transcript's first line: where to, and how the connection will be protected.
const char* connectingPattern(Security security)
{
    switch (security) {
    case Security::ImplicitTls:
        return QT_TRANSLATE_NOOP("smtp", "Connecting to %1 port %2 (implicit TLS)");
    case Security::StartTls:
        return QT_TRANSLATE_NOOP("smtp", "Connecting to %1 port %2 (STARTTLS required)");
    case Security::Opportunistic:
        return QT_TRANSLATE_NOOP("smtp", "Connecting to %1 port %2 (opportunistic STARTTLS)");
    case Security::Plain:
        break;
    }
    return QT_TRANSLATE_NOOP("smtp", "Connecting to %1 port %2 (no encryption)");
}

} // namespace

Note SessionSettings::connectingNote() const
{
    const QString where =
        connectAddress.isNull() ? host : u"%1 [%2]"_s.arg(host, connectAddress.toString());
    return Note::of(connectingPattern(security), where, effectivePort());
}

Note SessionSettings::validate() const
{
    if (host.trimmed().isEmpty())
        return Note::of(QT_TRANSLATE_NOOP("smtp", "no server host name given"));
    if (host.contains(u' ') || containsLineBreakOrNul(host.toUtf8()))
        return Note::of(
            QT_TRANSLATE_NOOP("smtp",
                              "the server host name '%1' contains spaces or control characters"),
            host);
    if (QHostAddress(host).isNull() && QUrl::toAce(host).isEmpty())
        return Note::of(QT_TRANSLATE_NOOP("smtp", "'%1' is not a valid host name"), host);
    if (!ehloName.isEmpty()) {
        for (const QChar c : ehloName) {
            if (c.unicode() <= 0x20 || c.unicode() >= 0x7F)
                return Note::of(
                    QT_TRANSLATE_NOOP(
                        "smtp", "the EHLO name '%1' must be an ASCII domain or address literal"),
                    ehloName);
        }
    }
    if (!pinnedSha256.isEmpty() && pinnedSha256.size() != 32)
        return Note::of(
            QT_TRANSLATE_NOOP("smtp", "the certificate pin must be a SHA-256 digest (32 bytes)"));
    if (authMethod != AuthMethod::None && authMethod != AuthMethod::Auto && credentials.isEmpty())
        return Note::of(QT_TRANSLATE_NOOP(
            "smtp", "an authentication method was chosen but no user name or secret given"));
    using namespace std::chrono_literals;
    const Timeouts& t = timeouts;
    for (const auto limit : {t.connect, t.tlsHandshake, t.greeting, t.command, t.dataInitiation,
                             t.dataBlock, t.dataTermination}) {
        if (limit <= 0ms)
            return Note::of(QT_TRANSLATE_NOOP("smtp", "timeouts must be positive"));
    }
    return {};
}

} // namespace smtp
