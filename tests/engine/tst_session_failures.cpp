// SmtpSession against servers that refuse, close, lie, stall or flood: every failure ends in
// the right outcome, quickly, and a message is never reported delivered unless the server
// said so.

#include "enginetest.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using smtp::Outcome;
using testsupport::ScriptedServer;
using testsupport::SessionHarness;
using Category = smtp::Outcome::Category;
using Reason = smtp::Outcome::Reason;
using smtp::Phase;

namespace {

const QByteArray greeting = "S: 220 mx.test ESMTP\n"
                            "C: EHLO client.test\n"
                            "S: 250-mx.test\n"
                            "S: 250 8BITMIME\n";
const QByteArray mail = "C: MAIL FROM:<sender@example.test>\n";
const QByteArray mailOk = mail + "S: 250 2.1.0 Ok\n";
const QByteArray rcpt = "C: RCPT TO:<rcpt@example.test>\n";
const QByteArray rcptOk = rcpt + "S: 250 2.1.5 Ok\n";
const QByteArray data = "C: DATA\n";
const QByteArray dataOk = data + "S: 354 go ahead\n";

QByteArray bigMessage(qsizetype size)
{
    QByteArray message = testsupport::testMessage();
    const QByteArray line = QByteArray(76, 'b') + "\r\n";
    message += line.repeated((size - message.size()) / line.size());
    return message;
}

} // namespace

class TestSessionFailures : public QObject
{
    Q_OBJECT

private slots:
    void serverSaysNo_data();
    void serverSaysNo();
    void outcomeNamesTheCommand_data();
    void outcomeNamesTheCommand();
    void invalidSettingsEndInOneOutcome();
    void oneOutcomePerSend_data();
    void oneOutcomePerSend();
    void droppedBeforeTheDot();
    void replyLineTooLong_data();
    void replyLineTooLong();
    void slowGreetingWithinTimeout();
    void greetingTimeout();
    void commandTimeout();
    void noFinalReply();
    void stalledUpload();
    void connectionRefused();
};

void TestSessionFailures::serverSaysNo_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<Category>("category");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<Phase>("stage");
    QTest::addColumn<int>("code");

    const QByteArray end = "END\n";
    QTest::addRow("421 greeting") << "S: 421 4.3.2 Service shutting down\n" + end
                                  << Category::Temporary << Reason::ServerClosing << Phase::Greeting
                                  << 421;
    QTest::addRow("421 to EHLO") << "S: 220 mx.test\nC: EHLO client.test\nS: 421 4.3.2 Bye\n" + end
                                 << Category::Temporary << Reason::ServerClosing << Phase::Ehlo
                                 << 421;
    QTest::addRow("421 to MAIL") << greeting + mail + "S: 421 4.4.2 Timeout\n" + end
                                 << Category::Temporary << Reason::ServerClosing << Phase::MailFrom
                                 << 421;
    QTest::addRow("421 to RCPT") << greeting + mailOk + rcpt + "S: 421 4.7.0 Too many errors\n" +
                                        end
                                 << Category::Temporary << Reason::ServerClosing << Phase::RcptTo
                                 << 421;
    QTest::addRow("421 to DATA") << greeting + mailOk + rcptOk + data + "S: 421 4.3.0 Bye\n" + end
                                 << Category::Temporary << Reason::ServerClosing << Phase::Data
                                 << 421;
    QTest::addRow("421 after the dot")
        << greeting + mailOk + rcptOk + dataOk + "BODY\nS: 421 4.3.0 Shutting down\n" + end
        << Category::Temporary << Reason::ServerClosing << Phase::DataEnd << 421;
    QTest::addRow("554 greeting") << "S: 554 5.7.1 No SMTP service for you\n" + end
                                  << Category::Rejected << Reason::ServerReply << Phase::Greeting
                                  << 554;
    QTest::addRow("550 to MAIL") << greeting + mail + "S: 550 5.7.1 Sender rejected\n" + end
                                 << Category::Rejected << Reason::ServerReply << Phase::MailFrom
                                 << 550;
    QTest::addRow("451 to MAIL") << greeting + mail + "S: 451 4.3.0 Try again later\n" + end
                                 << Category::Temporary << Reason::ServerReply << Phase::MailFrom
                                 << 451;
    QTest::addRow("554 to DATA") << greeting + mailOk + rcptOk + data +
                                        "S: 554 5.5.1 Transaction failed\n" + end
                                 << Category::Rejected << Reason::ServerReply << Phase::Data << 554;
    QTest::addRow("552 after the dot")
        << greeting + mailOk + rcptOk + dataOk + "BODY\nS: 552 5.3.4 Message too big\n" + end
        << Category::Rejected << Reason::ServerReply << Phase::DataEnd << 552;
    QTest::addRow("451 after the dot")
        << greeting + mailOk + rcptOk + dataOk + "BODY\nS: 451 4.7.1 Greylisted\n" + end
        << Category::Temporary << Reason::ServerReply << Phase::DataEnd << 451;
    QTest::addRow("malformed greeting") << "S: 2x0 hi\n" + end << Category::Protocol
                                        << Reason::MalformedReply << Phase::Greeting << 0;
    QTest::addRow("mismatched EHLO lines")
        << "S: 220 mx.test\nC: EHLO client.test\nS: 250-mx.test\nS: 251 PIPELINING\n" + end
        << Category::Protocol << Reason::MalformedReply << Phase::Ehlo << 0;
    QTest::addRow("garbage to MAIL")
        << greeting + mail + "S: hello there\n" + end << Category::Protocol
        << Reason::MalformedReply << Phase::MailFrom << 0;
    QTest::addRow("closed at greeting") << QByteArray("CLOSE\n") << Category::Temporary
                                        << Reason::ConnectionClosed << Phase::Greeting << 0;
    QTest::addRow("closed after MAIL")
        << greeting + mail + "CLOSE\n"
        << Category::Temporary << Reason::ConnectionClosed << Phase::MailFrom << 0;
    QTest::addRow("dropped after MAIL")
        << greeting + mail + "DROP\n"
        << Category::Temporary << Reason::ConnectionClosed << Phase::MailFrom << 0;
    // The message is complete at the server; only its answer is missing. Never a success,
    // and not "temporary" either: sending again could deliver it twice.
    QTest::addRow("closed after the dot")
        << greeting + mailOk + rcptOk + dataOk + "BODY\nCLOSE\n"
        << Category::Unknown << Reason::LostAfterData << Phase::DataEnd << 0;
    QTest::addRow("dropped after the dot")
        << greeting + mailOk + rcptOk + dataOk + "BODY\nDROP\n"
        << Category::Unknown << Reason::LostAfterData << Phase::DataEnd << 0;
}

void TestSessionFailures::serverSaysNo()
{
    QFETCH(QByteArray, script);
    QFETCH(Category, category);
    QFETCH(Reason, reason);
    QFETCH(Phase, stage);
    QFETCH(int, code);

    ScriptedServer server;
    HY_START(server, script);
    SessionHarness harness(testsupport::testSettings(server.port()));
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    HY_VERIFY_OUTCOME(harness, outcome, category, reason);
    QVERIFY(!outcome->isSuccess());
    QCOMPARE(smtp::phaseName(outcome->phase), smtp::phaseName(stage));
    QCOMPARE(outcome->code, code);
    if (code != 0) {
        QVERIFY(!outcome->serverText.isEmpty());
        QCOMPARE(outcome->enhanced.statusClass(), code / 100);
    }
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
}

void TestSessionFailures::outcomeNamesTheCommand_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("command");
    QTest::addRow("refused RCPT") << greeting + mailOk + rcpt + "S: 550 5.1.1 No such user\nEND\n"
                                  << u"RCPT TO:<rcpt@example.test>"_s;
    QTest::addRow("refused MAIL") << greeting + mail + "S: 553 5.1.8 Bad sender\nEND\n"
                                  << u"MAIL FROM:<sender@example.test>"_s;
    QTest::addRow("refused after the dot")
        << greeting + mailOk + rcptOk + dataOk + "BODY\nS: 554 5.7.1 Spam\nEND\n"
        << u"."_s;
    QTest::addRow("no answer to DATA") << greeting + mailOk + rcptOk + data + "STALL\n"
                                       << u"DATA"_s;
    QTest::addRow("greeting refused") << QByteArray("S: 554 5.7.1 Go away\nEND\n") << QString();
    QTest::addRow("421 to RCPT") << greeting + mailOk + rcpt + "S: 421 4.7.0 Too many errors\nEND\n"
                                 << u"RCPT TO:<rcpt@example.test>"_s;
}

void TestSessionFailures::outcomeNamesTheCommand()
{
    // The outcome carries the command the failure answers, as the transcript shows it, so
    // an explanation can say which step the server refused.
    QFETCH(QByteArray, script);
    QFETCH(QString, command);
    ScriptedServer server;
    HY_START(server, script);
    smtp::SessionSettings settings = testsupport::testSettings(server.port());
    settings.timeouts = smtp::Timeouts::uniform(300ms);
    SessionHarness harness(settings);
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    QVERIFY(outcome.has_value());
    QVERIFY(!outcome->isSuccess());
    QCOMPARE(outcome->command, command);
}

void TestSessionFailures::invalidSettingsEndInOneOutcome()
{
    // Refused before connecting (found in review: the refusal came while the session was
    // still Disconnected and was taken for an afterthought, so send() never finished).
    smtp::SessionSettings settings = testsupport::testSettings(25);
    settings.caFile = u"/nonexistent/hongyan-ca.pem"_s;
    SessionHarness harness(settings);
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    HY_VERIFY_OUTCOME(harness, outcome, Category::Usage, Reason::InvalidSettings);
    QVERIFY(testsupport::waitUntil([&] { return harness.closedCount() > 0; }, 2000));
    QCOMPARE(harness.outcomes().size(), 1);

    // The session is free again: the next send with good settings goes through.
    ScriptedServer server;
    HY_START(server, greeting + mailOk + rcptOk + dataOk + "BODY\nS: 250 2.0.0 queued\nEND\n");
    harness.session().setSettings(testsupport::testSettings(server.port()));
    const std::optional<Outcome> second =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    HY_VERIFY_CATEGORY(harness, second, Category::Delivered);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
}

void TestSessionFailures::oneOutcomePerSend_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<Category>("category");
    QTest::addColumn<bool>("callerQuits");
    const QByteArray accepted =
        greeting + mailOk + rcptOk + dataOk + "BODY\nS: 250 2.0.0 queued as HY1\n";
    QTest::addRow("garbled answer to QUIT") << accepted + "C: QUIT\nS: bye!\nCLOSED\n"
                                            << Category::Delivered << true;
    QTest::addRow("unterminated answer to QUIT")
        << accepted + "C: QUIT\nSEND 221-bye\\r\\nclosing\\r\\n\nCLOSED\n"
        << Category::Delivered << true;
    QTest::addRow("garbage after the final reply") << accepted + "S: hello there\nCLOSED\n"
                                                   << Category::Delivered << false;
    QTest::addRow("unsolicited reply after the final reply") << accepted + "S: 250 ok\nCLOSED\n"
                                                             << Category::Delivered << false;
    QTest::addRow("421 after the final reply") << accepted + "S: 421 4.3.2 closing\nCLOSED\n"
                                               << Category::Delivered << false;
    QTest::addRow("dropped after the final reply") << accepted + "DROP\n"
                                                   << Category::Delivered << false;
    QTest::addRow("554 greeting, garbled answer to QUIT")
        << QByteArray("S: 554 5.7.1 No SMTP service here\nC: QUIT\nS: bye!\nCLOSED\n")
        << Category::Rejected << false;
    QTest::addRow("550 to MAIL, garbled answer to QUIT")
        << greeting + mail + "S: 550 5.7.1 Sender rejected\nC: QUIT\nS: bye!\nCLOSED\n"
        << Category::Rejected << true;
}

void TestSessionFailures::oneOutcomePerSend()
{
    // One send, one outcome: whatever the server does after its final answer only adds to
    // the transcript. A second, failing outcome would make a script or the outbox send the
    // message again.
    QFETCH(QByteArray, script);
    QFETCH(Category, category);
    QFETCH(bool, callerQuits);
    ScriptedServer server;
    HY_START(server, script);
    SessionHarness harness(testsupport::testSettings(server.port()));
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    HY_VERIFY_CATEGORY(harness, outcome, category);
    if (callerQuits)
        harness.session().quit();
    QVERIFY2(testsupport::waitUntil([&] { return harness.closedCount() > 0; }, 5000),
             qPrintable(harness.transcriptText()));
    // Anything queued behind closed() has had its chance to arrive.
    testsupport::waitUntil([] { return false; }, 100);
    QCOMPARE(harness.outcomes().size(), 1);
    QCOMPARE(harness.closedCount(), 1);
    QVERIFY(harness.session().isDisconnected());
    HY_VERIFY_SCRIPT(server);
}

void TestSessionFailures::droppedBeforeTheDot()
{
    // The server goes away while the body is on its way: nothing was delivered, so trying
    // again later is right.
    ScriptedServer server;
    HY_START(server, greeting + mailOk + rcptOk + dataOk + "CLOSE\n");
    SessionHarness harness(testsupport::testSettings(server.port()));
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), bigMessage(8 * 1024 * 1024));
    HY_VERIFY_CATEGORY(harness, outcome, Category::Temporary);
    QVERIFY2(outcome->phase == Phase::Body || outcome->phase == Phase::Data,
             qPrintable(smtp::phaseName(outcome->phase)));
    HY_VERIFY_SCRIPT(server);
}

void TestSessionFailures::replyLineTooLong_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<Phase>("stage");
    QTest::addRow("greeting") << QByteArray("SEND 220 \nREPEAT 4194304 x\nEND\n")
                              << Phase::Greeting;
    QTest::addRow("EHLO") << QByteArray("S: 220 mx.test\n"
                                        "C: EHLO client.test\n"
                                        "SEND 250-\n"
                                        "REPEAT 4194304 x\n"
                                        "END\n")
                          << Phase::Ehlo;
}

void TestSessionFailures::replyLineTooLong()
{
    // 4 MiB without a line end: refused at the line limit, long before any timeout.
    QFETCH(QByteArray, script);
    QFETCH(Phase, stage);
    ScriptedServer server;
    HY_START(server, script);
    smtp::SessionSettings settings = testsupport::testSettings(server.port());
    settings.timeouts = smtp::Timeouts::uniform(20s);
    SessionHarness harness(settings);
    QElapsedTimer clock;
    clock.start();
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage(), 30000);
    const qint64 elapsed = clock.elapsed();
    HY_VERIFY_OUTCOME(harness, outcome, Category::Protocol, Reason::ReplyTooLong);
    QCOMPARE(smtp::phaseName(outcome->phase), smtp::phaseName(stage));
    QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));
    HY_VERIFY_SCRIPT(server);
}

void TestSessionFailures::slowGreetingWithinTimeout()
{
    ScriptedServer server;
    HY_START(server, "DELAY 400\n" + greeting + mailOk + rcptOk + dataOk +
                         "BODY\nS: 250 2.0.0 Ok: queued as SLOW\nEND\n");
    smtp::SessionSettings settings = testsupport::testSettings(server.port());
    settings.timeouts.greeting = 1500ms;
    SessionHarness harness(settings);
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    HY_VERIFY_CATEGORY(harness, outcome, Category::Delivered);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
}

void TestSessionFailures::greetingTimeout()
{
    // The server accepts the connection and says nothing.
    ScriptedServer server;
    HY_START(server, "END\n");
    smtp::SessionSettings settings = testsupport::testSettings(server.port());
    settings.timeouts.greeting = 300ms;
    SessionHarness harness(settings);
    QElapsedTimer clock;
    clock.start();
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    const qint64 elapsed = clock.elapsed();
    HY_VERIFY_OUTCOME(harness, outcome, Category::Temporary, Reason::Timeout);
    QCOMPARE(smtp::phaseName(outcome->phase), smtp::phaseName(Phase::Greeting));
    QVERIFY2(elapsed >= 250 && elapsed < 3000, qPrintable(QString::number(elapsed)));
    HY_VERIFY_SCRIPT(server);
}

void TestSessionFailures::commandTimeout()
{
    ScriptedServer server;
    HY_START(server, greeting + mail + "END\n");
    smtp::SessionSettings settings = testsupport::testSettings(server.port());
    settings.timeouts.command = 300ms;
    SessionHarness harness(settings);
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    HY_VERIFY_OUTCOME(harness, outcome, Category::Temporary, Reason::Timeout);
    QCOMPARE(smtp::phaseName(outcome->phase), smtp::phaseName(Phase::MailFrom));
    HY_VERIFY_SCRIPT(server);
}

void TestSessionFailures::noFinalReply()
{
    // The whole message and its dot arrived, the answer never comes: the server may have
    // accepted it, so the outcome is unknown, not a retryable failure and not a success.
    ScriptedServer server;
    HY_START(server, greeting + mailOk + rcptOk + dataOk + "BODY\nEND\n");
    smtp::SessionSettings settings = testsupport::testSettings(server.port());
    settings.timeouts.dataTermination = 300ms;
    SessionHarness harness(settings);
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    HY_VERIFY_CATEGORY(harness, outcome, Category::Unknown);
    QCOMPARE(smtp::phaseName(outcome->phase), smtp::phaseName(Phase::DataEnd));
    HY_VERIFY_SCRIPT(server);
}

void TestSessionFailures::stalledUpload()
{
    // The server stops reading in the middle of a large body; the kernel buffers fill and
    // the upload makes no progress. Only the data-block timeout can end this.
    ScriptedServer server;
    HY_START(server, greeting + mailOk + rcptOk + dataOk + "STALL\n");
    smtp::SessionSettings settings = testsupport::testSettings(server.port());
    settings.timeouts.dataBlock = 500ms;
    SessionHarness harness(settings);
    QElapsedTimer clock;
    clock.start();
    // Larger than what loopback socket buffers can hold on both sides together.
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), bigMessage(48 * 1024 * 1024), 20000);
    const qint64 elapsed = clock.elapsed();
    HY_VERIFY_OUTCOME(harness, outcome, Category::Temporary, Reason::Timeout);
    QCOMPARE(smtp::phaseName(outcome->phase), smtp::phaseName(Phase::Body));
    QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));
    HY_VERIFY_SCRIPT(server);
}

void TestSessionFailures::connectionRefused()
{
    // A port that was free a moment ago: nothing listens there now.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    SessionHarness harness(testsupport::testSettings(port));
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    HY_VERIFY_OUTCOME(harness, outcome, Category::Connect, Reason::ConnectionRefused);
    QCOMPARE(smtp::phaseName(outcome->phase), smtp::phaseName(Phase::Connect));
    QVERIFY(harness.session().isDisconnected());
}

QTEST_GUILESS_MAIN(TestSessionFailures)
#include "tst_session_failures.moc"
