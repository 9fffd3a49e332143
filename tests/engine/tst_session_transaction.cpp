// SmtpSession transactions against the scripted server, where a case needs more than data
// (tests/data/smtp has the rest: command lines, recipients, pipelining, SIZE, SMTPUTF8, BDAT,
// dot-stuffing): a source of unknown size, the session state between two messages on one
// connection, progress and cancel.

#include "enginetest.h"
#include "sequentialbuffer.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using smtp::Outcome;
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
    void sizeUnknownForSequentialSource();
    void twoMessagesOnOneConnection();
    void progressReachesTotal();
    void cancelDuringBody();
};

void TestSessionTransaction::sizeUnknownForSequentialSource()
{
    // A source that cannot tell its size in advance: MAIL FROM goes without SIZE=, although
    // the server offers SIZE (the other MAIL FROM forms are tests/data/smtp/wire-*.case).
    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"SIZE 100000"}) +
                         transaction(mailLine, {rcptLine}, "ABC") + "END\n");
    SessionHarness harness(testsupport::testSettings(server.port()));
    testsupport::SequentialBuffer sequential(testsupport::testMessage());
    QVERIFY(sequential.open(QIODevice::ReadOnly));
    const std::optional<Outcome> outcome = harness.send(testsupport::testEnvelope(), &sequential);
    HY_VERIFY_CATEGORY(harness, outcome, Category::Delivered);
    QCOMPARE(outcome->code, 250);
    QCOMPARE(outcome->enhanced, smtp::EnhancedStatus(2, 0, 0));
    QCOMPARE(outcome->queueId(), u"ABC"_s);
    QCOMPARE(outcome->recipients.size(), 1);
    QVERIFY(outcome->recipients.first().accepted);
    QCOMPARE(outcome->recipients.first().code, 250);
    QCOMPARE(outcome->acceptedRecipientCount(), 1);
    QCOMPARE(outcome->messageBytes, testsupport::testMessage().size());
    QVERIFY(!outcome->tls.encrypted);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
    QCOMPARE(server.bodies(), QList<QByteArray>{testsupport::testMessage()});
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
    HY_START(server, testsupport::scriptUntilPartialBody());
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
