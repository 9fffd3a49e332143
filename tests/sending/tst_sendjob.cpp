// SendJob, the one way the GUI and hongyan-cli send: several messages over one connection,
// one outcome each, in order, then one finished() and one closed().
#include "scriptedserver.h"
#include "sendjob.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace hongyan;

namespace {

const QByteArray Greeting = "S: 220 test.example ESMTP\n"
                            "C: EHLO client.test\n"
                            "S: 250-test.example\n"
                            "S: 250 8BITMIME\n";

QByteArray acceptsMessage(const QByteArray& recipient, const QByteArray& queueId)
{
    return "C: MAIL FROM:<alice@example.test>\n"
           "S: 250 ok\n"
           "C: RCPT TO:<" +
           recipient +
           ">\n"
           "S: 250 ok\n"
           "C: DATA\n"
           "S: 354 go ahead\n"
           "BODY\n"
           "S: 250 2.0.0 Ok: queued as " +
           queueId + "\n";
}

smtp::SessionSettings settingsFor(quint16 port)
{
    smtp::SessionSettings settings;
    settings.host = u"127.0.0.1"_s;
    settings.port = port;
    settings.security = smtp::Security::Plain;
    settings.ehloName = u"client.test"_s;
    settings.timeouts = smtp::Timeouts::uniform(std::chrono::seconds(10));
    return settings;
}

smtp::Envelope to(const QString& recipient)
{
    smtp::Envelope envelope;
    envelope.sender = u"alice@example.test"_s;
    envelope.recipients = {recipient};
    return envelope;
}

// One message's text, readable from the start.
class Message : public QBuffer
{
public:
    explicit Message(const QByteArray& subject)
    {
        setData("Subject: " + subject + "\r\n\r\nBody of " + subject + "\r\n");
        open(QIODevice::ReadOnly);
    }
};

struct Results
{
    explicit Results(SendJob& job)
    {
        QObject::connect(&job, &SendJob::messageStarted, &job,
                         [this](qsizetype index) { order.append(u"start %1"_s.arg(index)); });
        QObject::connect(&job, &SendJob::messageFinished, &job,
                         [this](qsizetype index, const smtp::Outcome& outcome) {
                             order.append(u"end %1"_s.arg(index));
                             outcomes.append(outcome);
                         });
        QObject::connect(&job, &SendJob::finished, &job, [this] { order.append(u"finished"_s); });
        QObject::connect(&job, &SendJob::closed, &job, [this] { order.append(u"closed"_s); });
    }
    QStringList order;
    QList<smtp::Outcome> outcomes;
};

} // namespace

class TestSendJob : public QObject
{
    Q_OBJECT

private slots:
    void messagesShareOneConnection()
    {
        testsupport::ScriptedServer server;
        QVERIFY(server.load(Greeting + acceptsMessage("bob@example.test", "ONE") +
                            acceptsMessage("carol@example.test", "TWO") +
                            "C: QUIT\nS: 221 bye\nCLOSED\n"));
        QVERIFY(server.listen());
        SendJob job;
        Results results(job);
        job.setSubmission(settingsFor(server.port()));
        Message first("first"), second("second");
        QCOMPARE(job.enqueue(to(u"bob@example.test"_s), &first), 0);
        QCOMPARE(job.enqueue(to(u"carol@example.test"_s), &second), 1);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(results.order.contains(u"closed"_s), 10000);
        QVERIFY2(server.waitForScript(5000), qPrintable(server.report()));
        QCOMPARE(results.order, (QStringList{u"start 0"_s, u"end 0"_s, u"start 1"_s, u"end 1"_s,
                                             u"finished"_s, u"closed"_s}));
        QCOMPARE(results.outcomes.size(), 2);
        QCOMPARE(results.outcomes[0].category, smtp::Outcome::Category::Delivered);
        QCOMPARE(results.outcomes[0].queueId(), u"ONE"_s);
        QCOMPARE(results.outcomes[1].queueId(), u"TWO"_s);
        QCOMPARE(server.connectionCount(), 1);
        QCOMPARE(server.bodies().size(), 2);
        QVERIFY(server.bodies()[1].contains("Body of second"));
        QVERIFY(!job.isRunning());
    }

    void aRefusalDoesNotStopTheNextMessage()
    {
        // The first is refused at RCPT; the second goes on the same connection after RSET.
        testsupport::ScriptedServer server;
        QVERIFY(server.load(Greeting +
                            "C: MAIL FROM:<alice@example.test>\n"
                            "S: 250 ok\n"
                            "C: RCPT TO:<nobody@example.test>\n"
                            "S: 550 5.1.1 No such user\n"
                            "C: RSET\n"
                            "S: 250 ok\n" +
                            acceptsMessage("bob@example.test", "AFTER") + "END\n"));
        QVERIFY(server.listen());
        SendJob job;
        Results results(job);
        job.setSubmission(settingsFor(server.port()));
        Message first("first"), second("second");
        job.enqueue(to(u"nobody@example.test"_s), &first);
        job.enqueue(to(u"bob@example.test"_s), &second);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(results.order.contains(u"closed"_s), 10000);
        QVERIFY2(server.waitForScript(5000), qPrintable(server.report()));
        QCOMPARE(results.outcomes.size(), 2);
        QCOMPARE(results.outcomes[0].category, smtp::Outcome::Category::Rejected);
        QCOMPARE(results.outcomes[0].code, 550);
        QCOMPARE(results.outcomes[1].category, smtp::Outcome::Category::Delivered);
        QCOMPARE(results.outcomes[1].queueId(), u"AFTER"_s);
        QCOMPARE(server.connectionCount(), 1);
    }

    void cancelEndsEveryMessage()
    {
        // Cancelled while the server keeps silent: the message under way and the one
        // waiting both end Cancelled, the waiting one without a connection of its own.
        testsupport::ScriptedServer server;
        QVERIFY(server.load("STALL\n"));
        QVERIFY(server.listen());
        SendJob job;
        Results results(job);
        job.setSubmission(settingsFor(server.port()));
        Message first("first"), second("second");
        job.enqueue(to(u"bob@example.test"_s), &first);
        job.enqueue(to(u"carol@example.test"_s), &second);
        QSignalSpy phases(&job, &SendJob::phaseChanged);
        job.start();
        QTRY_VERIFY(phases.contains(QVariantList{QVariant::fromValue(smtp::Phase::Greeting)}));
        job.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(results.order.contains(u"closed"_s), 10000);
        QCOMPARE(results.order,
                 (QStringList{u"start 0"_s, u"end 0"_s, u"end 1"_s, u"finished"_s, u"closed"_s}));
        QCOMPARE(results.outcomes[0].category, smtp::Outcome::Category::Cancelled);
        QCOMPARE(results.outcomes[1].category, smtp::Outcome::Category::Cancelled);
        QCOMPARE(results.outcomes[1].phase, smtp::Phase::Setup);
        QCOMPARE(server.connectionCount(), 1);
    }

    void releasedJobGoesOnceClosed()
    {
        // release() right after finished(): the goodbye is still said, then the job goes.
        testsupport::ScriptedServer server;
        QVERIFY(server.load(Greeting + acceptsMessage("bob@example.test", "ONE") +
                            "C: QUIT\nS: 221 bye\nCLOSED\n"));
        QVERIFY(server.listen());
        auto* job = new SendJob;
        QPointer<SendJob> alive(job);
        job->setSubmission(settingsFor(server.port()));
        Message message("only");
        job->enqueue(to(u"bob@example.test"_s), &message);
        QObject::connect(job, &SendJob::finished, job, &SendJob::release);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(alive.isNull(), 10000);
        QVERIFY2(server.waitForScript(5000), qPrintable(server.report()));
    }
};

QTEST_GUILESS_MAIN(TestSendJob)
#include "tst_sendjob.moc"
