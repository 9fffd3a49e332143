// What SmtpSession tells about itself: transcript records for every line in both directions,
// hostile server text made visible instead of acted upon, the message body summarised (the
// full body when asked for is tests/data/smtp/transcript-full-body-when-asked.case), and every
// state change in order, each one in the transcript too.

#include "enginetest.h"
#include "sessionstate.h"

#include <QMetaEnum>
#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using smtp::Outcome;
using smtp::SmtpSession;
using smtp::TranscriptRecord;
using testsupport::ScriptedServer;
using testsupport::SessionHarness;
using Category = smtp::Outcome::Category;
using Direction = smtp::TranscriptRecord::Direction;
using State = smtp::SessionState::State;

namespace {

const QByteArray delivery = "C: MAIL FROM:<sender@example.test>\n"
                            "S: 250 2.1.0 Ok\n"
                            "C: RCPT TO:<rcpt@example.test>\n"
                            "S: 250 2.1.5 Ok\n"
                            "C: DATA\n"
                            "S: 354 go ahead\n"
                            "BODY\n"
                            "S: 250 2.0.0 Ok: queued as T1\n"
                            "C: QUIT\n"
                            "S: 221 2.0.0 Bye\n"
                            "CLOSE\n";

const QByteArray message = "From: sender@example.test\r\n"
                           "Subject: Visible header line\r\n"
                           "\r\n"
                           "SECRET-BODY-LINE one\r\n"
                           "SECRET-BODY-LINE two\r\n";

QString stateKey(State state)
{
    return smtp::SessionState::name(state);
}

// The session's private state changes, as its Debug records "state A → B" show them.
QList<std::pair<State, State>> transitionsIn(const QList<TranscriptRecord>& records)
{
    static const QRegularExpression change(u"^state (\\w+) → (\\w+)$"_s);
    const QMetaEnum states = QMetaEnum::fromType<State>();
    QList<std::pair<State, State>> transitions;
    for (const TranscriptRecord& record : records) {
        const QRegularExpressionMatch match = change.match(record.text);
        if (record.level != TranscriptRecord::Level::Debug || !match.hasMatch())
            continue;
        bool knownFrom = false;
        bool knownTo = false;
        const int from = states.keyToValue(match.captured(1).toLatin1().constData(), &knownFrom);
        const int to = states.keyToValue(match.captured(2).toLatin1().constData(), &knownTo);
        if (knownFrom && knownTo)
            transitions.append({State(from), State(to)});
    }
    return transitions;
}

bool hasRawControl(const QString& text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7F || (u >= 0x80 && u <= 0x9F) || (u >= 0x202A && u <= 0x202E) ||
            (u >= 0x2066 && u <= 0x2069))
            return true;
    }
    return false;
}

// Index of the first record at or after `from` that satisfies `matches`, or -1.
qsizetype findRecord(const QList<TranscriptRecord>& records, qsizetype from,
                     const std::function<bool(const TranscriptRecord&)>& matches)
{
    for (qsizetype i = from; i < records.size(); ++i) {
        if (matches(records[i]))
            return i;
    }
    return -1;
}

} // namespace

class TestSessionTranscript : public QObject
{
    Q_OBJECT

private slots:
    void linesInBothDirections();
    void hostileServerTextIsEscaped();
    void hostileChallengeIsEscaped();
    void bodyIsSummarised();
    void stateChangesInOrder();
    void timingsOfEachSpan();
    void aSpanCutShortIsNotSucceeded();
};

void TestSessionTranscript::linesInBothDirections()
{
    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"8BITMIME"}) + delivery);
    SessionHarness harness(testsupport::testSettings(server.port()));
    const std::optional<Outcome> outcome = harness.send(testsupport::testEnvelope(), message);
    HY_VERIFY_CATEGORY(harness, outcome, Category::Delivered);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);

    // Each line appears with its direction, in the order of the exchange.
    const QList<std::pair<Direction, QString>> expected = {
        {Direction::Server, u"220 mx.test ESMTP ready"_s},
        {Direction::Client, u"EHLO client.test"_s},
        {Direction::Server, u"250-mx.test"_s},
        {Direction::Server, u"250 8BITMIME"_s},
        {Direction::Client, u"MAIL FROM:<sender@example.test>"_s},
        {Direction::Server, u"250 2.1.0 Ok"_s},
        {Direction::Client, u"RCPT TO:<rcpt@example.test>"_s},
        {Direction::Server, u"250 2.1.5 Ok"_s},
        {Direction::Client, u"DATA"_s},
        {Direction::Server, u"354 go ahead"_s},
        {Direction::Server, u"250 2.0.0 Ok: queued as T1"_s},
        {Direction::Client, u"QUIT"_s},
        {Direction::Server, u"221 2.0.0 Bye"_s},
    };
    qsizetype at = 0;
    for (const auto& [direction, text] : expected) {
        const qsizetype found =
            findRecord(harness.records(), at, [&](const TranscriptRecord& record) {
                return record.direction == direction && record.text == text;
            });
        if (found < 0)
            qWarning().noquote() << harness.transcriptText();
        QVERIFY2(found >= 0, qPrintable(u"no record \"%1\" in order"_s.arg(text)));
        QVERIFY(!harness.records()[found].encrypted);
        QVERIFY(harness.records()[found].time.isValid());
        at = found + 1;
    }
    QCOMPARE(harness.establishedCount(), 1);
    QCOMPARE(harness.closedCount(), 1);
}

void TestSessionTranscript::hostileServerTextIsEscaped()
{
    // Terminal escapes, a right-to-left override and a C1 control in the server's words.
    ScriptedServer server;
    HY_START(server, "SEND 220 mx.test \\x1b[2J\\x1b]0;pwned\\x07 \\xe2\\x80\\xaetxt.exe\\r\\n\n"
                     "C: EHLO client.test\n"
                     "SEND 250-mx.test \\xc2\\x9b31m\\r\\n250 8BITMIME\\r\\n\n"
                     "C: MAIL FROM:<sender@example.test>\n"
                     "SEND 550 5.7.1 \\xe2\\x81\\xa6evil\\xe2\\x81\\xa9 \\x1b[5m refused\\r\\n\n"
                     "END\n");
    SessionHarness harness(testsupport::testSettings(server.port()));
    const std::optional<Outcome> outcome = harness.send(testsupport::testEnvelope(), message);
    HY_VERIFY_CATEGORY(harness, outcome, Category::Rejected);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);

    for (const TranscriptRecord& record : harness.records())
        QVERIFY2(!hasRawControl(record.text), qPrintable(record.text));
    QVERIFY2(!hasRawControl(outcome->serverText), qPrintable(outcome->serverText));
    QVERIFY2(outcome->serverText.contains(u"refused"_s), qPrintable(outcome->serverText));
    QVERIFY2(outcome->serverText.contains(u"\\x1B"_s), qPrintable(outcome->serverText));

    const qsizetype greeting = findRecord(harness.records(), 0, [](const TranscriptRecord& r) {
        return r.direction == Direction::Server && r.text.startsWith(u"220 mx.test"_s);
    });
    QVERIFY(greeting >= 0);
    const QString& text = harness.records()[greeting].text;
    QVERIFY2(text.contains(u"\\x1B[2J"_s), qPrintable(text));
    QVERIFY2(text.contains(u"<U+202E>"_s), qPrintable(text));
    QVERIFY2(text.contains(u"txt.exe"_s), qPrintable(text));
}

void TestSessionTranscript::hostileChallengeIsEscaped()
{
    // A SASL challenge is decoded for the transcript, and what it decodes to is the server's
    // text like any reply: a C1 CSI, bidirectional overrides and isolates are shown as
    // escapes, never as themselves.
    const QByteArray decoded = "Us\xc2\x9b"
                               "31mer\xe2\x80\xae"
                               "name\xe2\x81\xa6:\xe2\x80\xaa";
    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"AUTH LOGIN"}) + "C: AUTH LOGIN\nS: 334 " +
                         decoded.toBase64() +
                         "\nC~ \\S+\nS: 334 UGFzc3dvcmQ6\nC~ \\S+\n"
                         "S: 235 2.7.0 Authentication successful\n" +
                         delivery);
    smtp::SessionSettings settings = testsupport::testSettings(server.port());
    settings.credentials = {u"user"_s, u"pass"_s, smtp::Credentials::Kind::Password};
    settings.authMethod = smtp::AuthMethod::Login;
    settings.allowPlaintextAuth = true;
    SessionHarness harness(settings);
    const std::optional<Outcome> outcome = harness.send(testsupport::testEnvelope(), message);
    HY_VERIFY_CATEGORY(harness, outcome, Category::Delivered);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);

    for (const TranscriptRecord& record : harness.records())
        QVERIFY2(!hasRawControl(record.text), qPrintable(record.text));
    const qsizetype shown = findRecord(harness.records(), 0, [](const TranscriptRecord& r) {
        return r.text.startsWith(u"Server challenge: Us"_s);
    });
    QVERIFY2(shown >= 0, qPrintable(harness.transcriptText()));
    QCOMPARE(harness.records()[shown].text,
             u"Server challenge: Us<U+009B>31mer<U+202E>name<U+2066>:<U+202A>"_s);
    const qsizetype password = findRecord(harness.records(), 0, [](const TranscriptRecord& r) {
        return r.text == u"Server challenge: Password:"_s;
    });
    QVERIFY2(password > shown, qPrintable(harness.transcriptText()));
}

void TestSessionTranscript::bodyIsSummarised()
{
    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"8BITMIME"}) + delivery);
    SessionHarness harness(testsupport::testSettings(server.port()));
    const std::optional<Outcome> outcome = harness.send(testsupport::testEnvelope(), message);
    HY_VERIFY_CATEGORY(harness, outcome, Category::Delivered);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);

    const QList<TranscriptRecord>& records = harness.records();
    QVERIFY2(findRecord(records, 0,
                        [](const TranscriptRecord& r) {
                            return r.text.contains(u"SECRET-BODY-LINE"_s);
                        }) < 0,
             qPrintable(harness.transcriptText()));
    const qsizetype header = findRecord(records, 0, [](const TranscriptRecord& r) {
        return r.text.contains(u"Subject: Visible header line"_s);
    });
    QVERIFY2(header >= 0, qPrintable(harness.transcriptText()));
    QCOMPARE(records[header].level, TranscriptRecord::Level::Debug);
    // How much was sent, as the message's size or its size on the wire.
    const QString sourceSize = QString::number(message.size());
    const QString wireSize = QString::number(message.size() + 3);
    QVERIFY2(findRecord(records, 0,
                        [&](const TranscriptRecord& r) {
                            return r.text.contains(sourceSize) || r.text.contains(wireSize);
                        }) >= 0,
             qPrintable(harness.transcriptText()));
}

void TestSessionTranscript::stateChangesInOrder()
{
    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"8BITMIME"}) + delivery);
    SessionHarness harness(testsupport::testSettings(server.port()));
    const std::optional<Outcome> outcome = harness.send(testsupport::testEnvelope(), message);
    HY_VERIFY_CATEGORY(harness, outcome, Category::Delivered);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);

    const QList<std::pair<State, State>> transitions = transitionsIn(harness.records());
    QVERIFY(!transitions.isEmpty());
    QCOMPARE(transitions.first().first, State::Disconnected);
    QCOMPARE(transitions.last().second, State::Disconnected);
    for (qsizetype i = 0; i < transitions.size(); ++i) {
        QVERIFY(transitions[i].first != transitions[i].second);
        QVERIFY2(smtp::SessionState::allows(transitions[i].first, transitions[i].second),
                 qPrintable(stateKey(transitions[i].first) + u" → "_s +
                            stateKey(transitions[i].second)));
        if (i > 0)
            QCOMPARE(transitions[i].first, transitions[i - 1].second);
    }

    // The path of a plain delivery, in this order (other states may come in between).
    const QList<State> path = {State::Connecting, State::Greeting,    State::Ehlo,
                               State::Envelope,   State::SendingBody, State::AwaitingFinalReply,
                               State::Quitting,   State::Disconnected};
    qsizetype at = 0;
    for (const State state : path) {
        while (at < transitions.size() && transitions[at].second != state)
            ++at;
        QVERIFY2(at < transitions.size(), qPrintable(u"never entered "_s + stateKey(state)));
        ++at;
    }

    // What the world sees of it: the public phases, each once and in protocol order.
    using smtp::Phase;
    const QList<Phase> phases = {Phase::Connect,  Phase::Greeting, Phase::Ehlo,
                                 Phase::MailFrom, Phase::RcptTo,   Phase::Data,
                                 Phase::Body,     Phase::DataEnd,  Phase::Quit};
    QCOMPARE(harness.phases(), phases);
}

void TestSessionTranscript::timingsOfEachSpan()
{
    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"8BITMIME"}) + delivery);
    SessionHarness harness(testsupport::testSettings(server.port()));
    QList<smtp::PhaseTiming> live;
    connect(&harness.session(), &smtp::SmtpSession::timed, this,
            [&live](const smtp::PhaseTiming& timing) { live.append(timing); });
    const std::optional<Outcome> outcome = harness.send(testsupport::testEnvelope(), message);
    HY_VERIFY_CATEGORY(harness, outcome, Category::Delivered);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);

    // The outcome: each span of the send from its start, in order, each one once. The
    // server's address is a literal, so no lookup; no PIPELINING, so one after the other.
    using smtp::Phase;
    const QList<std::pair<Phase, QString>> expected = {
        {Phase::Connect, u"127.0.0.1:%1"_s.arg(server.port())},
        {Phase::Greeting, {}},
        {Phase::Ehlo, u"EHLO "_s},
        {Phase::MailFrom, u"MAIL FROM:<sender@example.test>"_s},
        {Phase::RcptTo, u"RCPT TO:<rcpt@example.test>"_s},
        {Phase::Data, u"DATA"_s},
        {Phase::Body, {}},
        {Phase::DataEnd, {}},
    };
    QCOMPARE(outcome->timings.size(), expected.size());
    qint64 previousEnd = 0;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const smtp::PhaseTiming& timing = outcome->timings[i];
        const QString where = smtp::phaseName(timing.phase) + u' ' + timing.detail;
        QCOMPARE(timing.phase, expected[i].first);
        QVERIFY2(timing.detail.startsWith(expected[i].second), qPrintable(where));
        QVERIFY2(timing.succeeded, qPrintable(where));
        QVERIFY2(timing.startMs >= previousEnd && timing.durationMs >= 0, qPrintable(where));
        previousEnd = timing.startMs + timing.durationMs;
    }
    // The message's span counts its bytes on the wire: the message, its final CRLF.CRLF.
    QCOMPARE(outcome->timings[6].bytes, qint64(message.size() + 3));

    // Live, the QUIT after the outcome is timed too, on the same clock.
    QCOMPARE(live.size(), expected.size() + 1);
    QCOMPARE(live.last().phase, Phase::Quit);
    QCOMPARE(live.last().detail, u"QUIT"_s);
    QVERIFY(live.last().succeeded);
    QCOMPARE(live[1].durationMs, outcome->timings[1].durationMs);
}

void TestSessionTranscript::aSpanCutShortIsNotSucceeded()
{
    // The server never answers RCPT: the send ends on its deadline, and the outcome's last
    // span is that RCPT, as long as the wait, not succeeded.
    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"8BITMIME"}) +
                         "C: MAIL FROM:<sender@example.test>\n"
                         "S: 250 2.1.0 Ok\n"
                         "C: RCPT TO:<rcpt@example.test>\n"
                         "STALL\n");
    smtp::SessionSettings settings = testsupport::testSettings(server.port());
    settings.timeouts.command = std::chrono::milliseconds(300);
    SessionHarness harness(settings);
    const std::optional<Outcome> outcome = harness.send(testsupport::testEnvelope(), message);
    HY_VERIFY_CATEGORY(harness, outcome, Category::Temporary);
    const smtp::PhaseTiming& last = outcome->timings.constLast();
    QCOMPARE(last.phase, smtp::Phase::RcptTo);
    QVERIFY(!last.succeeded);
    QVERIFY2(last.durationMs >= 250, qPrintable(QString::number(last.durationMs)));
    QVERIFY(outcome->timings[outcome->timings.size() - 2].succeeded); // MAIL FROM's 250
}

QTEST_GUILESS_MAIN(TestSessionTranscript)
#include "tst_session_transcript.moc"
