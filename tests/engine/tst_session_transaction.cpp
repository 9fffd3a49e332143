// SmtpSession transactions against the scripted server: the exact command lines, recipients
// accepted and refused, pipelining, SIZE, SMTPUTF8, BDAT, dot-stuffing on the wire, several
// messages on one connection, progress and cancel.

#include "datatransfer.h"
#include "enginetest.h"
#include "sequentialbuffer.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using smtp::Outcome;
using smtp::Phase;
using testsupport::ScriptedServer;
using testsupport::SessionHarness;
using Category = smtp::Outcome::Category;
using Reason = smtp::Outcome::Reason;

namespace {

const QByteArray mailLine = "MAIL FROM:<sender@example.test>";
const QByteArray rcptLine = "RCPT TO:<rcpt@example.test>";

// MAIL, each RCPT and DATA answered one at a time (no pipelining), then the body and the
// final reply.
QByteArray transaction(const QByteArray& mail, const QList<QByteArray>& rcpts,
                       const QByteArray& queueId)
{
    QByteArray script = "C: " + mail + "\nS: 250 2.1.0 Ok\n";
    for (const QByteArray& rcpt : rcpts)
        script += "C: " + rcpt + "\nS: 250 2.1.5 Ok\n";
    return script +
           "C: DATA\n"
           "S: 354 End data with <CR><LF>.<CR><LF>\n"
           "BODY\n"
           "S: 250 2.0.0 Ok: queued as " +
           queueId + '\n';
}

QByteArray messageOfSize(qsizetype size)
{
    QByteArray message = testsupport::testMessage();
    const QByteArray line = "0123456789 the quick brown fox jumps over the lazy dog 0123456789\r\n";
    while (message.size() + line.size() + 2 <= size)
        message += line;
    message += QByteArray(size - message.size() - 2, 'x') + "\r\n";
    return message;
}

} // namespace

class TestSessionTransaction : public QObject
{
    Q_OBJECT

private slots:
    void wireFormat_data();
    void wireFormat();
    void heloFallback_data();
    void heloFallback();
    void partialRejection();
    void allRecipientsRejected();
    void allRejectedWhilePipelining_data();
    void allRejectedWhilePipelining();
    void allOrNothing_data();
    void allOrNothing();
    void allOrNothingAllAccepted();
    void temporaryRecipientFailures();
    void pipelinedRepliesMatchInOrder();
    void pipeliningCascade();
    void sizeExceeded();
    void smtpUtf8Required_data();
    void smtpUtf8Required();
    void eightBitMimeRequired();
    void bdat_data();
    void bdat();
    void chunkingWithoutPipeliningUsesData();
    void dotStuffingOnTheWire();
    void twoMessagesOnOneConnection();
    void resetAfterFailedTransaction();
    void testSender();
    void progressReachesTotal();
    void cancelDuringBody();
};

void TestSessionTransaction::wireFormat_data()
{
    QTest::addColumn<QList<QByteArray>>("capabilities");
    QTest::addColumn<smtp::Envelope>("envelope");
    QTest::addColumn<bool>("sequentialSource");
    QTest::addColumn<QByteArray>("mail");
    QTest::addColumn<QList<QByteArray>>("rcpts");

    const QByteArray size = QByteArray::number(testsupport::testMessage().size());
    const smtp::Envelope plain = testsupport::testEnvelope();
    using Lines = QList<QByteArray>;

    QTest::addRow("no extensions") << Lines{} << plain << false << mailLine << Lines{rcptLine};
    QTest::addRow("SIZE, size known")
        << Lines{"SIZE 100000"} << plain << false << mailLine + " SIZE=" + size << Lines{rcptLine};
    QTest::addRow("SIZE without limit")
        << Lines{"SIZE"} << plain << false << mailLine + " SIZE=" + size << Lines{rcptLine};
    QTest::addRow("SIZE, size unknown")
        << Lines{"SIZE 100000"} << plain << true << mailLine << Lines{rcptLine};

    smtp::Envelope eightBit = plain;
    eightBit.requires8BitMime = true;
    QTest::addRow("8BITMIME needed and offered")
        << Lines{"8BITMIME"} << eightBit << false << mailLine + " BODY=8BITMIME" << Lines{rcptLine};
    QTest::addRow("8BITMIME offered, not needed")
        << Lines{"8BITMIME"} << plain << false << mailLine << Lines{rcptLine};

    smtp::Envelope utf8 = plain;
    utf8.requiresSmtpUtf8 = true;
    QTest::addRow("SMTPUTF8 needed and offered")
        << Lines{"SMTPUTF8"} << utf8 << false << mailLine + " SMTPUTF8" << Lines{rcptLine};
    QTest::addRow("SMTPUTF8 offered, not needed")
        << Lines{"SMTPUTF8", "8BITMIME"} << plain << false << mailLine << Lines{rcptLine};

    smtp::Envelope everything = plain;
    everything.requires8BitMime = true;
    everything.requiresSmtpUtf8 = true;
    QTest::addRow("SIZE, BODY and SMTPUTF8")
        << Lines{"SIZE 100000", "8BITMIME", "SMTPUTF8"} << everything << false
        << mailLine + " SIZE=" + size + " BODY=8BITMIME SMTPUTF8" << Lines{rcptLine};

    smtp::Envelope chineseSender = plain;
    chineseSender.sender = u"张三@例子.中国"_s;
    QTest::addRow("international sender")
        << Lines{"SMTPUTF8"} << chineseSender << false
        << u"MAIL FROM:<张三@例子.中国> SMTPUTF8"_s.toUtf8() << Lines{rcptLine};

    smtp::Envelope idn = testsupport::testEnvelope({u"li@例子.测试"_s});
    QTest::addRow("IDN recipient without SMTPUTF8")
        << Lines{} << idn << false << mailLine << Lines{"RCPT TO:<li@xn--fsqu00a.xn--0zwm56d>"};

    smtp::Envelope nullSender = plain;
    nullSender.sender.clear();
    QTest::addRow("null reverse path")
        << Lines{} << nullSender << false << QByteArray("MAIL FROM:<>") << Lines{rcptLine};

    smtp::Envelope three =
        testsupport::testEnvelope({u"a@example.test"_s, u"b@example.org"_s, u"c@example.net"_s});
    QTest::addRow("three recipients, in order")
        << Lines{} << three << false << mailLine
        << Lines{"RCPT TO:<a@example.test>", "RCPT TO:<b@example.org>", "RCPT TO:<c@example.net>"};
}

void TestSessionTransaction::wireFormat()
{
    QFETCH(QList<QByteArray>, capabilities);
    QFETCH(smtp::Envelope, envelope);
    QFETCH(bool, sequentialSource);
    QFETCH(QByteArray, mail);
    QFETCH(QList<QByteArray>, rcpts);

    ScriptedServer server;
    HY_START(server,
             testsupport::scriptGreeting(capabilities) + transaction(mail, rcpts, "ABC") + "END\n");
    SessionHarness harness(testsupport::testSettings(server.port()));
    testsupport::SequentialBuffer sequential(testsupport::testMessage());
    QVERIFY(sequential.open(QIODevice::ReadOnly));
    const std::optional<Outcome> outcome = sequentialSource
                                               ? harness.send(envelope, &sequential)
                                               : harness.send(envelope, testsupport::testMessage());
    HY_VERIFY_CATEGORY(harness, outcome, Category::Delivered);
    QCOMPARE(outcome->code, 250);
    QCOMPARE(outcome->enhanced, smtp::EnhancedStatus(2, 0, 0));
    QCOMPARE(outcome->queueId(), u"ABC"_s);
    QCOMPARE(outcome->recipients.size(), rcpts.size());
    for (const smtp::RecipientResult& recipient : outcome->recipients) {
        QVERIFY(recipient.accepted);
        QCOMPARE(recipient.code, 250);
    }
    QCOMPARE(outcome->acceptedRecipientCount(), int(rcpts.size()));
    QCOMPARE(outcome->messageBytes, testsupport::testMessage().size());
    QVERIFY(!outcome->tls.encrypted);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
    QCOMPARE(server.bodies(), QList<QByteArray>{testsupport::testMessage()});
}

void TestSessionTransaction::heloFallback_data()
{
    QTest::addColumn<QByteArray>("ehloReply");
    QTest::addRow("500") << QByteArray("500 5.5.1 Command unrecognized");
    QTest::addRow("502") << QByteArray("502 5.5.2 Error: command not implemented");
}

void TestSessionTransaction::heloFallback()
{
    // An old server that does not know EHLO still gets the message in plain-text mode.
    QFETCH(QByteArray, ehloReply);
    ScriptedServer server;
    HY_START(server, "S: 220 old.mx.test SMTP\n"
                     "C: EHLO client.test\n"
                     "S: " +
                         ehloReply +
                         "\n"
                         "C: HELO client.test\n"
                         "S: 250 old.mx.test\n" +
                         transaction(mailLine, {rcptLine}, "OLD1") + "END\n");
    SessionHarness harness(testsupport::testSettings(server.port()));
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    HY_VERIFY_CATEGORY(harness, outcome, Category::Delivered);
    QVERIFY(!harness.session().capabilities().isExtended());
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
}

void TestSessionTransaction::partialRejection()
{
    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"ENHANCEDSTATUSCODES"}) +
                         "C: MAIL FROM:<sender@example.test>\n"
                         "S: 250 2.1.0 Ok\n"
                         "C: RCPT TO:<a@example.test>\n"
                         "S: 250 2.1.5 Ok\n"
                         "C: RCPT TO:<b@example.test>\n"
                         "S: 550 5.1.1 <b@example.test>: Recipient address rejected: User unknown\n"
                         "C: RCPT TO:<c@example.test>\n"
                         "S: 250 2.1.5 Ok\n"
                         "C: DATA\n"
                         "S: 354 go ahead\n"
                         "BODY\n"
                         "S: 250 2.0.0 Ok: queued as P1\n"
                         "END\n");
    SessionHarness harness(testsupport::testSettings(server.port()));
    const std::optional<Outcome> outcome = harness.send(
        testsupport::testEnvelope({u"a@example.test"_s, u"b@example.test"_s, u"c@example.test"_s}),
        testsupport::testMessage());
    HY_VERIFY_CATEGORY(harness, outcome, Category::Partial);
    QVERIFY(outcome->isSuccess());
    QCOMPARE(outcome->recipients.size(), 3);
    QCOMPARE(outcome->acceptedRecipientCount(), 2);
    const smtp::RecipientResult& refused = outcome->recipients[1];
    QCOMPARE(refused.address, u"b@example.test"_s);
    QVERIFY(!refused.accepted);
    QCOMPARE(refused.code, 550);
    QCOMPARE(refused.enhanced, smtp::EnhancedStatus(5, 1, 1));
    QVERIFY2(refused.serverText.contains(u"User unknown"_s), qPrintable(refused.serverText));
    QCOMPARE(outcome->recipients[0].address, u"a@example.test"_s);
    QVERIFY(outcome->recipients[0].accepted);
    QCOMPARE(outcome->recipients[0].code, 250);
    QCOMPARE(outcome->recipients[2].address, u"c@example.test"_s);
    QVERIFY(outcome->recipients[2].accepted);
    QCOMPARE(outcome->queueId(), u"P1"_s);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
    QCOMPARE(server.bodies().size(), 1);
}

void TestSessionTransaction::allRecipientsRejected()
{
    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"8BITMIME"}) +
                         "C: MAIL FROM:<sender@example.test>\n"
                         "S: 250 2.1.0 Ok\n"
                         "C: RCPT TO:<a@example.test>\n"
                         "S: 550 5.1.1 User unknown\n"
                         "C: RCPT TO:<b@example.test>\n"
                         "S: 553 5.7.1 Relay access denied\n"
                         "END\n");
    SessionHarness harness(testsupport::testSettings(server.port()));
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope({u"a@example.test"_s, u"b@example.test"_s}),
                     testsupport::testMessage());
    HY_VERIFY_OUTCOME(harness, outcome, Category::Rejected, Reason::RecipientsRejected);
    QCOMPARE(outcome->phase, Phase::RcptTo);
    QCOMPARE(outcome->recipients.size(), 2);
    QCOMPARE(outcome->recipients[0].code, 550);
    QCOMPARE(outcome->recipients[1].code, 553);
    QCOMPARE(outcome->acceptedRecipientCount(), 0);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
    QVERIFY(!server.receivedLines().contains("DATA"));
    QVERIFY(server.bodies().isEmpty());
}

void TestSessionTransaction::allRejectedWhilePipelining_data()
{
    QTest::addColumn<QByteArray>("dataReply");
    // The usual answer: the server refuses DATA since no recipient was accepted.
    QTest::addRow("DATA refused") << QByteArray("S: 554 5.5.1 Error: no valid recipients\n");
    // RFC 2920 §3.1: if DATA is accepted anyway the client must send only the final dot.
    QTest::addRow("DATA accepted anyway")
        << QByteArray("S: 354 go ahead\n"
                      "C: .\n"
                      "S: 554 5.5.1 Error: no valid recipients\n");
}

void TestSessionTransaction::allRejectedWhilePipelining()
{
    QFETCH(QByteArray, dataReply);
    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"PIPELINING", "8BITMIME"}) +
                         "C: MAIL FROM:<sender@example.test>\n"
                         "C: RCPT TO:<a@example.test>\n"
                         "C: RCPT TO:<b@example.test>\n"
                         "C: DATA\n"
                         "S: 250 2.1.0 Ok\n"
                         "S: 550 5.1.1 User unknown\n"
                         "S: 550 5.1.1 User unknown\n" +
                         dataReply + "END\n");
    SessionHarness harness(testsupport::testSettings(server.port()));
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope({u"a@example.test"_s, u"b@example.test"_s}),
                     testsupport::testMessage());
    HY_VERIFY_OUTCOME(harness, outcome, Category::Rejected, Reason::RecipientsRejected);
    QCOMPARE(outcome->recipients.size(), 2);
    QCOMPARE(outcome->recipients[1].code, 550);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
    QVERIFY(server.bodies().isEmpty());
}

void TestSessionTransaction::allOrNothing_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addRow("one at a time") << testsupport::scriptGreeting({"8BITMIME"}) +
                                          "C: MAIL FROM:<sender@example.test>\n"
                                          "S: 250 2.1.0 Ok\n"
                                          "C: RCPT TO:<a@example.test>\n"
                                          "S: 250 2.1.5 Ok\n"
                                          "C: RCPT TO:<b@example.test>\n"
                                          "S: 550 5.1.1 User unknown\n"
                                          "END\n";
    // DATA must not be in the pipeline: once the server says 354 there is no way back except
    // sending a message, to the recipients that were accepted.
    QTest::addRow("pipelined") << testsupport::scriptGreeting({"PIPELINING", "8BITMIME"}) +
                                      "C: MAIL FROM:<sender@example.test>\n"
                                      "C: RCPT TO:<a@example.test>\n"
                                      "C: RCPT TO:<b@example.test>\n"
                                      "S: 250 2.1.0 Ok\n"
                                      "S: 250 2.1.5 Ok\n"
                                      "S: 550 5.1.1 User unknown\n"
                                      "END\n";
}

void TestSessionTransaction::allOrNothing()
{
    QFETCH(QByteArray, script);
    ScriptedServer server;
    HY_START(server, script);
    smtp::SessionSettings settings = testsupport::testSettings(server.port());
    settings.recipientPolicy = smtp::SessionSettings::RecipientPolicy::AllOrNothing;
    SessionHarness harness(settings);
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope({u"a@example.test"_s, u"b@example.test"_s}),
                     testsupport::testMessage());
    HY_VERIFY_CATEGORY(harness, outcome, Category::Rejected);
    QCOMPARE(outcome->recipients.size(), 2);
    QVERIFY(outcome->recipients[0].accepted);
    QCOMPARE(outcome->recipients[1].code, 550);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
    QVERIFY(!server.receivedLines().contains("DATA"));
    QVERIFY(server.bodies().isEmpty());
}

void TestSessionTransaction::allOrNothingAllAccepted()
{
    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"PIPELINING", "8BITMIME"}) +
                         "C: MAIL FROM:<sender@example.test>\n"
                         "C: RCPT TO:<a@example.test>\n"
                         "C: RCPT TO:<b@example.test>\n"
                         "S: 250 2.1.0 Ok\n"
                         "S: 250 2.1.5 Ok\n"
                         "S: 250 2.1.5 Ok\n"
                         "C: DATA\n"
                         "S: 354 go ahead\n"
                         "BODY\n"
                         "S: 250 2.0.0 Ok: queued as ALL\n"
                         "END\n");
    smtp::SessionSettings settings = testsupport::testSettings(server.port());
    settings.recipientPolicy = smtp::SessionSettings::RecipientPolicy::AllOrNothing;
    SessionHarness harness(settings);
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope({u"a@example.test"_s, u"b@example.test"_s}),
                     testsupport::testMessage());
    HY_VERIFY_CATEGORY(harness, outcome, Category::Delivered);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
}

void TestSessionTransaction::temporaryRecipientFailures()
{
    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"8BITMIME"}) +
                         "C: MAIL FROM:<sender@example.test>\n"
                         "S: 250 2.1.0 Ok\n"
                         "C: RCPT TO:<a@example.test>\n"
                         "S: 450 4.2.0 <a@example.test>: Recipient address rejected: Greylisted\n"
                         "C: RCPT TO:<b@example.test>\n"
                         "S: 451 4.3.0 Try again later\n"
                         "END\n");
    SessionHarness harness(testsupport::testSettings(server.port()));
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope({u"a@example.test"_s, u"b@example.test"_s}),
                     testsupport::testMessage());
    HY_VERIFY_CATEGORY(harness, outcome, Category::Temporary);
    QCOMPARE(outcome->recipients.size(), 2);
    QCOMPARE(outcome->recipients[0].code, 450);
    QCOMPARE(outcome->recipients[1].code, 451);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
    QVERIFY(server.bodies().isEmpty());
}

void TestSessionTransaction::pipelinedRepliesMatchInOrder()
{
    // The script only answers after MAIL, every RCPT and DATA arrived, so a client that
    // waited for replies in between would stall; the refusal of the second RCPT must be
    // attributed to the second recipient.
    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"PIPELINING", "ENHANCEDSTATUSCODES"}) +
                         "C: MAIL FROM:<sender@example.test>\n"
                         "C: RCPT TO:<a@example.test>\n"
                         "C: RCPT TO:<b@example.test>\n"
                         "C: RCPT TO:<c@example.test>\n"
                         "C: DATA\n"
                         "S: 250 2.1.0 Ok\n"
                         "S: 250 2.1.5 Ok\n"
                         "S: 550 5.1.1 <b@example.test>: User unknown\n"
                         "S: 252 2.1.5 Cannot verify, will attempt delivery\n"
                         "S: 354 go ahead\n"
                         "BODY\n"
                         "S: 250 2.0.0 Ok: queued as PIPE1\n"
                         "END\n");
    SessionHarness harness(testsupport::testSettings(server.port()));
    const std::optional<Outcome> outcome = harness.send(
        testsupport::testEnvelope({u"a@example.test"_s, u"b@example.test"_s, u"c@example.test"_s}),
        testsupport::testMessage());
    HY_VERIFY_CATEGORY(harness, outcome, Category::Partial);
    QCOMPARE(outcome->recipients.size(), 3);
    QVERIFY(outcome->recipients[0].accepted);
    QVERIFY(!outcome->recipients[1].accepted);
    QCOMPARE(outcome->recipients[1].code, 550);
    QCOMPARE(outcome->recipients[1].address, u"b@example.test"_s);
    QVERIFY(outcome->recipients[2].accepted);
    QCOMPARE(outcome->recipients[2].code, 252);
    QCOMPARE(outcome->queueId(), u"PIPE1"_s);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);

    // RFC 2920: the whole group goes out together; on loopback that is one read.
    const QList<QByteArray>& lines = server.receivedLines();
    const qsizetype mail = lines.indexOf("MAIL FROM:<sender@example.test>");
    const qsizetype data = lines.indexOf("DATA");
    QCOMPARE(data - mail, 4);
    for (qsizetype i = mail + 1; i <= data; ++i)
        QVERIFY2(server.lineReads()[i] == server.lineReads()[mail],
                 qPrintable(u"line %1 (%2) came in a later read than MAIL"_s.arg(i).arg(
                     QString::fromUtf8(lines[i]))));
    QCOMPARE(server.bodies().size(), 1);
}

void TestSessionTransaction::pipeliningCascade()
{
    // The sender is refused and everything pipelined after it fails with 503: the outcome
    // is the refusal of MAIL, and no body follows.
    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"PIPELINING"}) +
                         "C: MAIL FROM:<sender@example.test>\n"
                         "C: RCPT TO:<a@example.test>\n"
                         "C: RCPT TO:<b@example.test>\n"
                         "C: DATA\n"
                         "S: 550 5.7.1 <sender@example.test>: Sender address rejected\n"
                         "S: 503 5.5.1 Error: need MAIL command\n"
                         "S: 503 5.5.1 Error: need MAIL command\n"
                         "S: 503 5.5.1 Error: need RCPT command\n"
                         "END\n");
    SessionHarness harness(testsupport::testSettings(server.port()));
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope({u"a@example.test"_s, u"b@example.test"_s}),
                     testsupport::testMessage());
    HY_VERIFY_OUTCOME(harness, outcome, Category::Rejected, Reason::ServerReply);
    QCOMPARE(outcome->phase, Phase::MailFrom);
    QCOMPARE(outcome->code, 550);
    QCOMPARE(outcome->enhanced, smtp::EnhancedStatus(5, 7, 1));
    QVERIFY2(outcome->serverText.contains(u"Sender address rejected"_s),
             qPrintable(outcome->serverText));
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
    QVERIFY(server.bodies().isEmpty());
}

void TestSessionTransaction::sizeExceeded()
{
    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"SIZE 1000", "PIPELINING"}) + "END\n");
    SessionHarness harness(testsupport::testSettings(server.port()));
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), messageOfSize(5000));
    HY_VERIFY_OUTCOME(harness, outcome, Category::Rejected, Reason::MessageTooLarge);
    QCOMPARE(outcome->sizeLimit, 1000);
    QCOMPARE(outcome->messageBytes, 5000);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
    const QList<QByteArray> after = testsupport::linesAfterGreeting(server);
    QVERIFY2(testsupport::onlyClosingCommands(after), after.join(" | ").constData());
}

void TestSessionTransaction::smtpUtf8Required_data()
{
    QTest::addColumn<smtp::Envelope>("envelope");
    smtp::Envelope flagged = testsupport::testEnvelope();
    flagged.requiresSmtpUtf8 = true;
    QTest::addRow("UTF-8 headers") << flagged;
    smtp::Envelope sender = testsupport::testEnvelope();
    sender.sender = u"张三@例子.中国"_s;
    QTest::addRow("international sender") << sender;
    QTest::addRow("international recipient")
        << testsupport::testEnvelope({u"a@example.test"_s, u"李四@example.test"_s});
}

void TestSessionTransaction::smtpUtf8Required()
{
    // Nothing of the transaction may start when the server cannot take the message.
    QFETCH(smtp::Envelope, envelope);
    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"PIPELINING", "8BITMIME"}) + "END\n");
    SessionHarness harness(testsupport::testSettings(server.port()));
    const std::optional<Outcome> outcome = harness.send(envelope, testsupport::testMessage());
    HY_VERIFY_OUTCOME(harness, outcome, Category::Usage, Reason::SmtpUtf8Required);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
    const QList<QByteArray> after = testsupport::linesAfterGreeting(server);
    QVERIFY2(testsupport::onlyClosingCommands(after), after.join(" | ").constData());
}

void TestSessionTransaction::eightBitMimeRequired()
{
    // 8-bit content to a server without 8BITMIME would be mangled on the way; refuse first.
    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"PIPELINING", "SIZE 100000"}) + "END\n");
    SessionHarness harness(testsupport::testSettings(server.port()));
    smtp::Envelope envelope = testsupport::testEnvelope();
    envelope.requires8BitMime = true;
    const std::optional<Outcome> outcome =
        harness.send(envelope, u"Subject: 8bit\r\n\r\n你好\r\n"_s.toUtf8());
    HY_VERIFY_OUTCOME(harness, outcome, Category::Usage, Reason::EightBitMimeRequired);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
    const QList<QByteArray> after = testsupport::linesAfterGreeting(server);
    QVERIFY2(testsupport::onlyClosingCommands(after), after.join(" | ").constData());
}

void TestSessionTransaction::bdat_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("severalChunks");

    // BDAT carries the bytes as they are: no dot-stuffing, only line ends made CRLF.
    QTest::addRow("small") << QByteArray("Subject: bdat\r\n\r\n.leading dot\r\n.\r\nbare LF\nend")
                           << QByteArray(
                                  "Subject: bdat\r\n\r\n.leading dot\r\n.\r\nbare LF\r\nend\r\n")
                           << false;
    QByteArray large = "Subject: large\r\n\r\n";
    const QByteArray line = ".a line starting with a dot, then text to make it longer\r\n";
    large += line.repeated(3 * smtp::DataTransfer::ChunkSize / line.size());
    QTest::addRow("several chunks") << large << large << true;
}

void TestSessionTransaction::bdat()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, expected);
    QFETCH(bool, severalChunks);

    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"PIPELINING", "CHUNKING", "8BITMIME"}) +
                         "C: MAIL FROM:<sender@example.test>\n"
                         "C: RCPT TO:<rcpt@example.test>\n"
                         "S+: 250 2.1.0 Ok\n"
                         "S+: 250 2.1.5 Ok\n"
                         "BDAT*\n"
                         "S: 250 2.0.0 Ok: queued as CHUNK1\n"
                         "END\n");
    SessionHarness harness(testsupport::testSettings(server.port()));
    const std::optional<Outcome> outcome = harness.send(testsupport::testEnvelope(), message);
    HY_VERIFY_CATEGORY(harness, outcome, Category::Delivered);
    QCOMPARE(outcome->queueId(), u"CHUNK1"_s);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
    QVERIFY(!server.receivedLines().contains("DATA"));
    QCOMPARE(server.bodies().size(), 1);
    QCOMPARE(server.bodies().first().size(), expected.size());
    QVERIFY(server.bodies().first() == expected);
    QVERIFY(server.bdatChunks().last().last);
    if (severalChunks)
        QVERIFY2(server.bdatChunks().size() > 1,
                 qPrintable(QString::number(server.bdatChunks().size())));
}

void TestSessionTransaction::chunkingWithoutPipeliningUsesData()
{
    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"CHUNKING"}) +
                         transaction(mailLine, {rcptLine}, "D1") + "END\n");
    SessionHarness harness(testsupport::testSettings(server.port()));
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    HY_VERIFY_CATEGORY(harness, outcome, Category::Delivered);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
}

void TestSessionTransaction::dotStuffingOnTheWire()
{
    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"8BITMIME"}) +
                         transaction(mailLine, {rcptLine}, "DOT1") + "END\n");
    SessionHarness harness(testsupport::testSettings(server.port()));
    const QByteArray message = ".leading dot\r\n"
                               "bare LF\n"
                               "bare CR\r"
                               ".\r\n"
                               "mid.dot\r\n"
                               "..two\r\n"
                               "no final line end";
    const std::optional<Outcome> outcome = harness.send(testsupport::testEnvelope(), message);
    HY_VERIFY_CATEGORY(harness, outcome, Category::Delivered);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
    QCOMPARE(server.bodies().value(0), QByteArray("..leading dot\r\n"
                                                  "bare LF\r\n"
                                                  "bare CR\r\n"
                                                  "..\r\n"
                                                  "mid.dot\r\n"
                                                  "...two\r\n"
                                                  "no final line end\r\n"));
}

void TestSessionTransaction::twoMessagesOnOneConnection()
{
    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"8BITMIME"}) +
                         transaction(mailLine, {rcptLine}, "FIRST") +
                         transaction(mailLine, {"RCPT TO:<second@example.test>"}, "SECOND") +
                         "C: QUIT\n"
                         "S: 221 2.0.0 Bye\n"
                         "CLOSE\n");
    SessionHarness harness(testsupport::testSettings(server.port()));
    const std::optional<Outcome> first =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    HY_VERIFY_CATEGORY(harness, first, Category::Delivered);
    QCOMPARE(first->queueId(), u"FIRST"_s);
    QVERIFY(harness.session().isIdle());

    const std::optional<Outcome> second =
        harness.send(testsupport::testEnvelope({u"second@example.test"_s}),
                     QByteArray("Subject: 2\r\n\r\nB\r\n"));
    HY_VERIFY_CATEGORY(harness, second, Category::Delivered);
    QCOMPARE(second->queueId(), u"SECOND"_s);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(server.bodies().size(), 2);
    QCOMPARE(server.bodies().at(1), QByteArray("Subject: 2\r\n\r\nB\r\n"));
    QCOMPARE(harness.closedCount(), 1);
}

void TestSessionTransaction::resetAfterFailedTransaction()
{
    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"8BITMIME"}) +
                         "C: MAIL FROM:<sender@example.test>\n"
                         "S: 250 2.1.0 Ok\n"
                         "C: RCPT TO:<nobody@example.test>\n"
                         "S: 550 5.1.1 User unknown\n"
                         "C: RSET\n"
                         "S: 250 2.0.0 Ok\n" +
                         transaction(mailLine, {rcptLine}, "AGAIN") + "END\n");
    SessionHarness harness(testsupport::testSettings(server.port()));
    const std::optional<Outcome> first = harness.send(
        testsupport::testEnvelope({u"nobody@example.test"_s}), testsupport::testMessage());
    HY_VERIFY_OUTCOME(harness, first, Category::Rejected, Reason::RecipientsRejected);

    const std::optional<Outcome> second =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    HY_VERIFY_CATEGORY(harness, second, Category::Delivered);
    QCOMPARE(second->queueId(), u"AGAIN"_s);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
    QCOMPARE(server.connectionCount(), 1);
}

void TestSessionTransaction::testSender()
{
    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"8BITMIME"}) +
                         "C: MAIL FROM:<probe@example.test>\n"
                         "S: 250 2.1.0 Ok\n"
                         "C: RSET\n"
                         "S: 250 2.0.0 Ok\n"
                         "END\n");
    SessionHarness harness(testsupport::testSettings(server.port()));
    QVERIFY2(harness.open(), qPrintable(harness.transcriptText()));
    harness.session().testSender(u"probe@example.test"_s);
    const std::optional<Outcome> outcome = harness.waitForOutcome();
    HY_VERIFY_CATEGORY(harness, outcome, Category::Delivered);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
    QVERIFY(server.bodies().isEmpty());
}

void TestSessionTransaction::progressReachesTotal()
{
    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"8BITMIME"}) +
                         transaction(mailLine, {rcptLine}, "PROG") + "END\n");
    SessionHarness harness(testsupport::testSettings(server.port()));
    const QByteArray message = messageOfSize(3 * 1024 * 1024);
    const std::optional<Outcome> outcome = harness.send(testsupport::testEnvelope(), message);
    HY_VERIFY_CATEGORY(harness, outcome, Category::Delivered);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);

    const QList<std::pair<qint64, qint64>>& progress = harness.progress();
    QVERIFY2(progress.size() >= 2, qPrintable(QString::number(progress.size())));
    QVERIFY(progress.last().second >= message.size());
    QCOMPARE(progress.last().first, progress.last().second);
    for (qsizetype i = 1; i < progress.size(); ++i) {
        QVERIFY(progress[i].first >= progress[i - 1].first);
        QCOMPARE(progress[i].second, progress.last().second);
    }
    QCOMPARE(server.bodies().value(0), message);
}

void TestSessionTransaction::cancelDuringBody()
{
    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"8BITMIME"}) +
                         "C: MAIL FROM:<sender@example.test>\n"
                         "S: 250 2.1.0 Ok\n"
                         "C: RCPT TO:<rcpt@example.test>\n"
                         "S: 250 2.1.5 Ok\n"
                         "C: DATA\n"
                         "S: 354 go ahead\n"
                         "PARTIAL-BODY\n");
    SessionHarness harness(testsupport::testSettings(server.port()));
    bool cancelled = false;
    harness.onProgress = [&](qint64, qint64) {
        if (!cancelled) {
            cancelled = true;
            harness.session().cancel();
        }
    };
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), messageOfSize(16 * 1024 * 1024));
    HY_VERIFY_OUTCOME(harness, outcome, Category::Cancelled, Reason::Cancelled);
    QVERIFY(cancelled);
    HY_VERIFY_SCRIPT(server);
    QVERIFY(server.bodies().value(0).size() < 16 * 1024 * 1024);
    QVERIFY(harness.session().isDisconnected());
}

QTEST_GUILESS_MAIN(TestSessionTransaction)
#include "tst_session_transaction.moc"
