#pragma once

#include "smtpsession.h"

#include <QBuffer>
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace testsupport {

class ScriptedServer;

// Drives one smtp::SmtpSession for a test and records everything it emits: transcript
// records, state changes, outcomes, progress. The waits run the event loop (tests only).
class SessionHarness : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultWait = 10000; // ms; tests use far shorter engine timeouts

    explicit SessionHarness(const smtp::SessionSettings& settings, QObject* parent = nullptr);

    smtp::SmtpSession& session() { return m_session; }

    // send() and wait for finished(); nothing when it did not come within `ms`.
    std::optional<smtp::Outcome> send(const smtp::Envelope& envelope, QIODevice* message,
                                      int ms = DefaultWait);
    // The same with the message in a QBuffer the harness keeps alive.
    std::optional<smtp::Outcome> send(const smtp::Envelope& envelope, const QByteArray& message,
                                      int ms = DefaultWait);
    // open() and wait: true on established(); false when finished() came instead (see
    // outcomes()) or nothing came.
    bool open(int ms = DefaultWait);
    // The next finished() after those already seen.
    std::optional<smtp::Outcome> waitForOutcome(int ms = DefaultWait);
    // quit() and wait until the session is Disconnected.
    bool quit(int ms = DefaultWait);

    const QList<smtp::TranscriptRecord>& records() const { return m_records; }
    // Every phaseChanged(), in order.
    const QList<smtp::Phase>& phases() const { return m_phases; }
    const QList<smtp::Outcome>& outcomes() const { return m_outcomes; }
    const QList<std::pair<qint64, qint64>>& progress() const { return m_progress; }
    int establishedCount() const { return m_established; }
    int closedCount() const { return m_closed; }

    // Called from the progress() slot, e.g. to cancel in the middle of the body.
    std::function<void(qint64 sent, qint64 total)> onProgress;

    // The transcript as text, one record a line, for failure messages.
    QString transcriptText() const;
    // The first record (or outcome text) that shows any of `secrets`, described; empty when
    // none does.
    QString findLeak(const QList<QByteArray>& secrets) const;

private:
    smtp::SmtpSession m_session;
    QList<smtp::TranscriptRecord> m_records;
    QList<smtp::Phase> m_phases;
    QList<smtp::Outcome> m_outcomes;
    qsizetype m_outcomesSeen = 0;
    QList<std::pair<qint64, qint64>> m_progress;
    int m_established = 0;
    int m_closed = 0;
    QList<std::shared_ptr<QBuffer>> m_messages;
};

// Runs the event loop until `done` holds or `ms` have passed; true when it holds. Unlike
// QTest::qWaitFor it sleeps only while no event is pending, so a scripted exchange of many
// round trips takes milliseconds, not tens of milliseconds per hop.
bool waitUntil(const std::function<bool()>& done, int ms);

// Settings every engine test starts from: 127.0.0.1:port, EHLO client.test, 5 s timeouts.
smtp::SessionSettings testSettings(quint16 port, smtp::Security security = smtp::Security::Plain);
smtp::Envelope testEnvelope(const QStringList& recipients = {QStringLiteral("rcpt@example.test")});
// A short CRLF message with headers and a body.
QByteArray testMessage();

// The opening of most scripts: greeting, EHLO and a reply announcing `capabilities`.
QByteArray scriptGreeting(const QList<QByteArray>& capabilities);
// Greeting with 8BITMIME, then testEnvelope()'s MAIL, RCPT and DATA accepted, and a body that
// never ends: the server reads what comes until the client stops.
QByteArray scriptUntilPartialBody();

// What no transcript may show: the secret, its base64, and every authentication payload
// the server received.
QList<QByteArray> secretsToHide(const smtp::Credentials& credentials, const ScriptedServer* server);

QString outcomeText(const smtp::Outcome& outcome);

// What the client sent after its last EHLO (or HELO), for "nothing after EHLO" checks.
QList<QByteArray> linesAfterGreeting(const ScriptedServer& server);
// True when every line is QUIT or RSET: the client gave up without starting anything.
bool onlyClosingCommands(const QList<QByteArray>& lines);

} // namespace testsupport
