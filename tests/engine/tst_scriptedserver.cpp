// The scripted server judges every engine test, so it is tested on its own first: with a
// raw socket as the client, it must accept a client that follows the script and name the
// step when a client does not.

#include "scriptedserver.h"

#include <QTcpSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using testsupport::ScriptedServer;

class TestScriptedServer : public QObject
{
    Q_OBJECT

private slots:
    void followedScriptPasses();
    void deviationFails_data();
    void deviationFails();
    void rawBytesGoInOneWrite();
    void bdatChunksAreCollected();
    void syntaxErrorIsReported();

private:
    // Connects a raw client, sends `clientBytes` in pieces (one write per entry, each after
    // the server's bytes up to that point arrived) and collects everything the server sent.
    QByteArray play(ScriptedServer& server, const QList<QByteArray>& clientBytes);
};

QByteArray TestScriptedServer::play(ScriptedServer& server, const QList<QByteArray>& clientBytes)
{
    // Client and server share this thread, so the client never blocks: it waits by running
    // the event loop and collects the server's bytes as they arrive.
    QTcpSocket client;
    QByteArray received;
    connect(&client, &QTcpSocket::readyRead, this, [&] { received += client.readAll(); });
    client.connectToHost(u"127.0.0.1"_s, server.port());
    if (!QTest::qWaitFor([&] { return client.state() == QAbstractSocket::ConnectedState; }, 5000))
        return {};
    for (const QByteArray& bytes : clientBytes) {
        // Let the server run its steps up to the next C: before the client speaks.
        QTest::qWait(20);
        client.write(bytes);
    }
    // Until the server closes; if it goes on waiting instead, the client closing is part of
    // what is tested.
    [[maybe_unused]] const bool closedByServer =
        QTest::qWaitFor([&] { return client.state() == QAbstractSocket::UnconnectedState; }, 300);
    client.disconnectFromHost();
    return received;
}

void TestScriptedServer::followedScriptPasses()
{
    ScriptedServer server;
    QVERIFY(server.load("# a comment\n"
                        "S: 220 mx.test\n"
                        "  C: EHLO client.test\n"
                        "S: 250 mx.test\n"
                        "C~ MAIL FROM:<[a-z]+@b\\.test>\n"
                        "S: 250 ok\n"
                        "C: DATA\n"
                        "S: 354 go\n"
                        "BODY\n"
                        "S: 250 queued\n"
                        "END\n"));
    QVERIFY(server.listen());
    const QByteArray received = play(server, {"EHLO client.test\r\n", "MAIL FROM:<abc@b.test>\r\n",
                                              "DATA\r\n", "..dot\r\nline\r\n.\r\n", "QUIT\r\n"});
    QVERIFY2(server.waitForScript(5000), qPrintable(server.report()));
    QCOMPARE(server.receivedLines(),
             (QList<QByteArray>{"EHLO client.test", "MAIL FROM:<abc@b.test>", "DATA", "QUIT"}));
    QCOMPARE(server.bodies(), QList<QByteArray>{"..dot\r\nline\r\n"});
    QCOMPARE(received, QByteArrayLiteral("220 mx.test\r\n250 mx.test\r\n250 ok\r\n354 go\r\n"
                                         "250 queued\r\n221 2.0.0 Bye\r\n"));
}

void TestScriptedServer::deviationFails_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QList<QByteArray>>("client");
    QTest::addColumn<QString>("expectedFailure");

    QTest::addRow("wrong line")
        << QByteArray("S: 220 hi\nC: EHLO client.test\nS: 250 ok\n")
        << QList<QByteArray>{"HELO client.test\r\n"}
        << u"expected \"C: EHLO client.test\", the client sent \"HELO client.test\""_s;
    QTest::addRow("regex mismatch")
        << QByteArray("S: 220 hi\nC~ MAIL FROM:<a@b> SIZE=\\d+\n")
        << QList<QByteArray>{"MAIL FROM:<a@b>\r\n"} << u"the client sent \"MAIL FROM:<a@b>\""_s;
    QTest::addRow("bare LF") << QByteArray("S: 220 hi\nC: EHLO x\n")
                             << QList<QByteArray>{"EHLO x\n"} << u"bare LF"_s;
    QTest::addRow("did not wait for the reply")
        << QByteArray("S: 220 hi\nC: EHLO x\nS: 250 ok\nC: NOOP\n")
        << QList<QByteArray>{"EHLO x\r\nNOOP\r\n"}
        << u"the client sent \"NOOP\\r\\n\" before the server's reply \"S: 250 ok\""_s;
    QTest::addRow("closed too early")
        << QByteArray("S: 220 hi\nC: EHLO x\n") << QList<QByteArray>{}
        << u"the client closed the connection; expected \"C: EHLO x\""_s;
    QTest::addRow("END refuses commands")
        << QByteArray("S: 220 hi\nEND\n") << QList<QByteArray>{"MAIL FROM:<a@b>\r\n"}
        << u"may only send QUIT"_s;
    QTest::addRow("CLOSED refuses even QUIT")
        << QByteArray("S: 220 hi\nCLOSED\n") << QList<QByteArray>{"QUIT\r\n"}
        << u"must close without sending anything"_s;
    QTest::addRow("final dot in PARTIAL-BODY")
        << QByteArray("S: 354 go\nPARTIAL-BODY\n") << QList<QByteArray>{"a\r\n.\r\n"}
        << u"ended the message with the final dot"_s;
}

void TestScriptedServer::deviationFails()
{
    QFETCH(QByteArray, script);
    QFETCH(QList<QByteArray>, client);
    QFETCH(QString, expectedFailure);

    ScriptedServer server;
    QVERIFY(server.load(script));
    QVERIFY(server.listen());
    play(server, client);
    QVERIFY(!server.waitForScript(5000));
    QVERIFY2(server.failure().contains(expectedFailure), qPrintable(server.report()));
    QVERIFY2(server.failure().startsWith(u"script step "_s), qPrintable(server.failure()));
}

void TestScriptedServer::rawBytesGoInOneWrite()
{
    ScriptedServer server;
    QVERIFY(server.load("SEND 220 go\\r\\n250-inj\\x65cted\\r\\n\nREPEAT 3 ab\nCLOSE\n"));
    QVERIFY(server.listen());
    QTcpSocket client;
    QList<QByteArray> reads;
    connect(&client, &QTcpSocket::readyRead, this, [&] { reads.append(client.readAll()); });
    client.connectToHost(u"127.0.0.1"_s, server.port());
    QTRY_VERIFY(client.state() == QAbstractSocket::UnconnectedState);
    // One write of a few bytes on loopback arrives in one read (later steps may join it).
    QVERIFY2(reads.value(0).startsWith("220 go\r\n250-injected\r\n"), reads.value(0).constData());
    QCOMPARE(reads.join(), QByteArrayLiteral("220 go\r\n250-injected\r\nababab"));
    QVERIFY2(server.waitForScript(5000), qPrintable(server.report()));
}

void TestScriptedServer::bdatChunksAreCollected()
{
    ScriptedServer server;
    QVERIFY(server.load("S: 220 hi\nBDAT\nBDAT*\nS: 250 done\nEND\n"));
    QVERIFY(server.listen());
    const QByteArray received =
        play(server, {"BDAT 3\r\nabcBDAT 2\r\n\r\n", "BDAT 4 LAST\r\n.x\r\n", "QUIT\r\n"});
    QVERIFY2(server.waitForScript(5000), qPrintable(server.report()));
    QCOMPARE(server.bodies(), QList<QByteArray>{"abc\r\n.x\r\n"});
    QCOMPARE(server.bdatChunks().size(), 3);
    QVERIFY(server.bdatChunks().at(2).last);
    QVERIFY(received.contains("250 2.0.0 2 octets received\r\n250 done\r\n"));
}

void TestScriptedServer::syntaxErrorIsReported()
{
    ScriptedServer server;
    QVERIFY(!server.load("S: 220 hi\nSEND bad\\q\n"));
    QVERIFY2(server.failure().contains(u"script line 2"_s), qPrintable(server.failure()));
    QVERIFY(!server.load("FROBNICATE\n"));
}

QTEST_GUILESS_MAIN(TestScriptedServer)
#include "tst_scriptedserver.moc"
