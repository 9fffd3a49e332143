#include "deadline.h"

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace smtp {

namespace {

// QUIT is a courtesy: a server that does not answer it quickly is not waited for.
constexpr std::chrono::milliseconds QuitTimeout = 10s;

} // namespace

Deadline::Deadline(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Deadline::expired);
}

void Deadline::start(Wait wait, std::chrono::milliseconds limit)
{
    m_wait = wait;
    m_timer.start(limit);
}

void Deadline::startConnection()
{
    start(Wait::Connection, m_timeouts.connect);
}

void Deadline::startTlsHandshake()
{
    start(Wait::TlsHandshake, m_timeouts.tlsHandshake);
}

void Deadline::startReply(Expect expect)
{
    switch (expect) {
    case Expect::Greeting:
        start(Wait::Reply, m_timeouts.greeting);
        return;
    case Expect::Data:
        start(Wait::Reply, m_timeouts.dataInitiation);
        return;
    case Expect::DataEnd:
    case Expect::Bdat:
        start(Wait::Reply, m_timeouts.dataTermination);
        return;
    case Expect::Quit:
        start(Wait::Reply, std::min(QuitTimeout, m_timeouts.command));
        return;
    default:
        start(Wait::Reply, m_timeouts.command);
        return;
    }
}

void Deadline::startGreetingOnImplicitTlsPort()
{
    if (m_timeouts.implicitTlsSilence < m_timeouts.greeting)
        start(Wait::ImplicitTlsSilence, m_timeouts.implicitTlsSilence);
}

void Deadline::startUploadProgress()
{
    start(Wait::UploadProgress, m_timeouts.dataBlock);
}

void Deadline::stop()
{
    m_timer.stop();
}

QString Deadline::limitSeconds() const
{
    return QString::number(double(m_timer.intervalAsDuration().count()) / 1000.0);
}

Note Deadline::describe() const
{
    const QString seconds = limitSeconds();
    switch (m_wait) {
    case Wait::Connection:
        return Note::of(QT_TRANSLATE_NOOP("smtp", "no connection within %1 s"), seconds);
    case Wait::TlsHandshake:
        return Note::of(QT_TRANSLATE_NOOP("smtp", "no TLS handshake within %1 s"), seconds);
    case Wait::UploadProgress:
        return Note::of(QT_TRANSLATE_NOOP("smtp", "the upload made no progress within %1 s"),
                        seconds);
    case Wait::ImplicitTlsSilence:
        return Note::of(
            QT_TRANSLATE_NOOP(
                "smtp", "no greeting within %1 s on port %2: the server waits for a TLS handshake"),
            seconds, Timeouts::ImplicitTlsPort);
    case Wait::Reply:
        break;
    }
    return Note::of(QT_TRANSLATE_NOOP("smtp", "no reply within %1 s"), seconds);
}

Deadline::Expiry Deadline::expiry(bool finalSent, const QString& triedAddresses) const
{
    using Category = Outcome::Category;
    using Reason = Outcome::Reason;
    const QString seconds = limitSeconds();
    switch (m_wait) {
    case Wait::Connection:
        return {Category::Connect, Reason::ConnectTimeout,
                Note::of(QT_TRANSLATE_NOOP("smtp", "connection timed out")),
                Note::of(QT_TRANSLATE_NOOP("smtp", "No connection within %1 s (tried %2)"), seconds,
                         triedAddresses)};
    case Wait::TlsHandshake:
        return {Category::Tls, Reason::Timeout,
                Note::of(QT_TRANSLATE_NOOP("smtp", "TLS handshake timed out")),
                Note::of(QT_TRANSLATE_NOOP("smtp", "No TLS handshake within %1 s"), seconds)};
    case Wait::ImplicitTlsSilence:
        return {Category::Tls, Reason::ImplicitTlsExpected, describe(),
                Note::of(QT_TRANSLATE_NOOP("smtp", "Timeout: no greeting within %1 s on port %2: "
                                                   "the server waits for a TLS handshake; choose "
                                                   "SSL/TLS for this port"),
                         seconds, Timeouts::ImplicitTlsPort)};
    case Wait::UploadProgress:
        return {
            finalSent ? Category::Unknown : Category::Temporary, Reason::Timeout, describe(),
            Note::of(QT_TRANSLATE_NOOP("smtp", "Timeout: the upload made no progress within %1 s"),
                     seconds)};
    case Wait::Reply:
        break;
    }
    return {finalSent ? Category::Unknown : Category::Temporary, Reason::Timeout, describe(),
            Note::of(QT_TRANSLATE_NOOP("smtp", "Timeout: no reply within %1 s"), seconds)};
}

} // namespace smtp
