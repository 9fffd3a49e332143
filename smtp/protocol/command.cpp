#include "command.h"

using namespace Qt::Literals::StringLiterals;

namespace smtp {

bool containsLineBreakOrNul(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (c == '\r' || c == '\n' || c == '\0')
            return true;
    }
    return false;
}

Command::Command(Kind kind, const QByteArray& line, const QString& transcript)
    : m_kind(kind)
    , m_wire(line + "\r\n")
    , m_transcript(transcript)
    , m_valid(!containsLineBreakOrNul(line))
{}

namespace {

QString visible(const QByteArray& line)
{
    return QString::fromUtf8(line);
}

} // namespace

Command Command::ehlo(const QByteArray& domain)
{
    const QByteArray line = "EHLO " + domain;
    return Command(Kind::Ehlo, line, visible(line));
}

Command Command::helo(const QByteArray& domain)
{
    const QByteArray line = "HELO " + domain;
    return Command(Kind::Helo, line, visible(line));
}

Command Command::startTls()
{
    return Command(Kind::StartTls, "STARTTLS", u"STARTTLS"_s);
}

Command Command::auth(const QByteArray& mechanism, const QByteArray& initialResponse)
{
    QByteArray line = "AUTH " + mechanism;
    QString shown = u"AUTH "_s + QString::fromLatin1(mechanism);
    if (!initialResponse.isEmpty()) {
        line += ' ' + initialResponse;
        shown += u" <credentials redacted>"_s;
    }
    return Command(Kind::Auth, line, shown);
}

Command Command::authResponse(const QByteArray& base64)
{
    return Command(Kind::AuthResponse, base64, u"<credentials redacted>"_s);
}

Command Command::mailFrom(const QByteArray& reversePath, const QByteArray& parameters)
{
    QByteArray line = "MAIL FROM:<" + reversePath + '>';
    if (!parameters.isEmpty())
        line += ' ' + parameters;
    return Command(Kind::MailFrom, line, visible(line));
}

Command Command::rcptTo(const QByteArray& forwardPath)
{
    const QByteArray line = "RCPT TO:<" + forwardPath + '>';
    return Command(Kind::RcptTo, line, visible(line));
}

Command Command::data()
{
    return Command(Kind::Data, "DATA", u"DATA"_s);
}

Command Command::bdat(qint64 size, bool last)
{
    QByteArray line = "BDAT " + QByteArray::number(size);
    if (last)
        line += " LAST";
    return Command(Kind::Bdat, line, visible(line));
}

Command Command::rset()
{
    return Command(Kind::Rset, "RSET", u"RSET"_s);
}

Command Command::noop()
{
    return Command(Kind::Noop, "NOOP", u"NOOP"_s);
}

Command Command::quit()
{
    return Command(Kind::Quit, "QUIT", u"QUIT"_s);
}

Command Command::raw(const QByteArray& line)
{
    return Command(Kind::Raw, line, visible(line));
}

std::optional<Phase> Command::timedPhase() const
{
    switch (m_kind) {
    case Kind::Ehlo:
    case Kind::Helo:
        return Phase::Ehlo;
    case Kind::StartTls:
        return Phase::StartTls;
    case Kind::Auth:
    case Kind::AuthResponse:
        return Phase::Auth;
    case Kind::MailFrom:
        return Phase::MailFrom;
    case Kind::RcptTo:
        return Phase::RcptTo;
    case Kind::Data:
        return Phase::Data;
    case Kind::Quit:
        return Phase::Quit;
    case Kind::Raw:
        return Phase::Console;
    case Kind::Bdat:
    case Kind::Rset:
    case Kind::Noop:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace smtp
