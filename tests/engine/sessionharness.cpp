#include "sessionharness.h"

#include "scriptedserver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace testsupport {

SessionHarness::SessionHarness(const smtp::SessionSettings& settings, QObject* parent)
    : QObject(parent)
{
    m_session.setSettings(settings);
    connect(&m_session, &smtp::SmtpSession::transcript, this,
            [this](const smtp::TranscriptRecord& record) { m_records.append(record); });
    connect(&m_session, &smtp::SmtpSession::phaseChanged, this,
            [this](smtp::Phase phase) { m_phases.append(phase); });
    connect(&m_session, &smtp::SmtpSession::finished, this,
            [this](const smtp::Outcome& outcome) { m_outcomes.append(outcome); });
    connect(&m_session, &smtp::SmtpSession::progress, this, [this](qint64 sent, qint64 total) {
        m_progress.append({sent, total});
        if (onProgress)
            onProgress(sent, total);
    });
    connect(&m_session, &smtp::SmtpSession::established, this, [this] { ++m_established; });
    connect(&m_session, &smtp::SmtpSession::closed, this, [this] { ++m_closed; });
}

std::optional<smtp::Outcome> SessionHarness::send(const smtp::Envelope& envelope,
                                                  QIODevice* message, int ms)
{
    m_session.send(envelope, message);
    return waitForOutcome(ms);
}

std::optional<smtp::Outcome> SessionHarness::send(const smtp::Envelope& envelope,
                                                  const QByteArray& message, int ms)
{
    auto buffer = std::make_shared<QBuffer>();
    buffer->setData(message);
    buffer->open(QIODevice::ReadOnly);
    m_messages.append(buffer);
    return send(envelope, buffer.get(), ms);
}

bool SessionHarness::open(int ms)
{
    const int established = m_established;
    const qsizetype outcomes = m_outcomes.size();
    m_session.open();
    const bool answered =
        waitUntil([&] { return m_established > established || m_outcomes.size() > outcomes; }, ms);
    return answered && m_established > established;
}

std::optional<smtp::Outcome> SessionHarness::waitForOutcome(int ms)
{
    if (!waitUntil([&] { return m_outcomes.size() > m_outcomesSeen; }, ms))
        return std::nullopt;
    return m_outcomes.at(m_outcomesSeen++);
}

bool SessionHarness::quit(int ms)
{
    m_session.quit();
    return waitUntil([&] { return m_session.isDisconnected(); }, ms);
}

QString SessionHarness::transcriptText() const
{
    static const QStringList directions = {u"C"_s, u"S"_s, u"*"_s, u"!"_s};
    QStringList lines;
    for (const smtp::TranscriptRecord& record : m_records) {
        lines.append(u"%1%2%3 %4"_s.arg(
            directions.value(int(record.direction)), record.encrypted ? u"+"_s : u" "_s,
            record.level == smtp::TranscriptRecord::Level::Debug ? u"d"_s : u" "_s, record.text));
    }
    return lines.join(u'\n');
}

QString SessionHarness::findLeak(const QList<QByteArray>& secrets) const
{
    QStringList texts;
    for (const smtp::TranscriptRecord& record : m_records)
        texts.append(u"transcript record \""_s + record.text + u'"');
    for (const smtp::Outcome& outcome : m_outcomes) {
        texts.append(u"outcome server text \""_s + outcome.serverText + u'"');
        texts.append(u"outcome detail \""_s + outcome.detail.text() + u'"');
    }
    for (const QByteArray& secret : secrets) {
        if (secret.size() < 3)
            continue;
        const QString needle = QString::fromUtf8(secret);
        for (const QString& text : texts) {
            if (text.contains(needle))
                return u"%1 shows \"%2\""_s.arg(text, needle);
        }
    }
    return {};
}

bool waitUntil(const std::function<bool()>& done, int ms)
{
    const QDeadlineTimer deadline(ms);
    QTimer wake;
    wake.setSingleShot(true);
    while (!done()) {
        const qint64 remaining = deadline.remainingTime();
        if (remaining <= 0)
            return false;
        // Some event arrives by the deadline at the latest: the timer's.
        wake.start(int(remaining));
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

smtp::SessionSettings testSettings(quint16 port, smtp::Security security)
{
    smtp::SessionSettings settings;
    settings.host = u"127.0.0.1"_s;
    settings.port = port;
    settings.security = security;
    settings.ehloName = u"client.test"_s;
    settings.timeouts = smtp::Timeouts::uniform(std::chrono::seconds(5));
    return settings;
}

smtp::Envelope testEnvelope(const QStringList& recipients)
{
    smtp::Envelope envelope;
    envelope.sender = u"sender@example.test"_s;
    envelope.recipients = recipients;
    return envelope;
}

QByteArray testMessage()
{
    return QByteArrayLiteral("From: sender@example.test\r\n"
                             "To: rcpt@example.test\r\n"
                             "Subject: Hongyan test\r\n"
                             "\r\n"
                             "Hello from the scripted tests.\r\n");
}

QByteArray scriptGreeting(const QList<QByteArray>& capabilities)
{
    QByteArray script = "S: 220 mx.test ESMTP ready\n"
                        "C: EHLO client.test\n";
    if (capabilities.isEmpty())
        return script + "S: 250 mx.test\n";
    script += "S: 250-mx.test\n";
    for (qsizetype i = 0; i < capabilities.size(); ++i)
        script += (i + 1 < capabilities.size() ? "S: 250-" : "S: 250 ") + capabilities[i] + '\n';
    return script;
}

QByteArray scriptUntilPartialBody()
{
    return scriptGreeting({"8BITMIME"}) + "C: MAIL FROM:<sender@example.test>\n"
                                          "S: 250 2.1.0 Ok\n"
                                          "C: RCPT TO:<rcpt@example.test>\n"
                                          "S: 250 2.1.5 Ok\n"
                                          "C: DATA\n"
                                          "S: 354 go ahead\n"
                                          "PARTIAL-BODY\n";
}

QList<QByteArray> secretsToHide(const smtp::Credentials& credentials, const ScriptedServer* server)
{
    QList<QByteArray> secrets;
    if (!credentials.secret.isEmpty()) {
        secrets.append(credentials.secret.toUtf8());
        secrets.append(credentials.secret.toUtf8().toBase64());
    }
    if (server)
        secrets.append(server->authPayloads());
    return secrets;
}

QString outcomeText(const smtp::Outcome& outcome)
{
    return u"%1 / %2 at %3, code %4 %5, \"%6\" (%7)"_s.arg(
        smtp::Outcome::categoryName(outcome.category), smtp::Outcome::reasonName(outcome.reason),
        smtp::phaseName(outcome.phase), QString::number(outcome.code), outcome.enhanced.toString(),
        outcome.serverText, outcome.detail.text());
}

QList<QByteArray> linesAfterGreeting(const ScriptedServer& server)
{
    const QList<QByteArray>& lines = server.receivedLines();
    qsizetype last = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].startsWith("EHLO ") || lines[i].startsWith("HELO "))
            last = i;
    }
    return lines.mid(last + 1);
}

bool onlyClosingCommands(const QList<QByteArray>& lines)
{
    return std::all_of(lines.cbegin(), lines.cend(),
                       [](const QByteArray& line) { return line == "QUIT" || line == "RSET"; });
}

} // namespace testsupport
