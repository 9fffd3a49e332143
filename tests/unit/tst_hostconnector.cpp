// HostConnector's own rules: the RFC 8305 order of addresses, a literal address connected
// without any lookup, refusal reported as such, and nothing at all after abort().
// (Racing a black-holed IPv6 address is tst_session_dualstack, in a namespace of its own.)

#include "hostconnector.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using smtp::HostConnector;

namespace {

QSslSocket* newSocket()
{
    return new QSslSocket;
}

} // namespace

class TestHostConnector : public QObject
{
    Q_OBJECT

private slots:
    void interleavesFamilies();
    void connectsToALiteral();
    void reportsRefusal();
    void abortSilencesEverything();
};

void TestHostConnector::interleavesFamilies()
{
    const QHostAddress v6a(u"2001:db8::1"_s), v6b(u"2001:db8::2"_s), v6c(u"2001:db8::3"_s);
    const QHostAddress v4a(u"192.0.2.1"_s), v4b(u"192.0.2.2"_s);
    QCOMPARE(HostConnector::interleaved({v6a, v6b, v6c, v4a, v4b}),
             (QList<QHostAddress>{v6a, v4a, v6b, v4b, v6c}));
    QCOMPARE(HostConnector::interleaved({v4a, v6a, v4b}), (QList<QHostAddress>{v4a, v6a, v4b}));
    QCOMPARE(HostConnector::interleaved({}), QList<QHostAddress>());
}

void TestHostConnector::connectsToALiteral()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    HostConnector connector(newSocket);
    QSignalSpy attempting(&connector, &HostConnector::attempting);
    std::unique_ptr<QSslSocket> socket;
    connect(&connector, &HostConnector::connected, this,
            [&socket](QSslSocket* winner) { socket.reset(winner); });
    connector.start(u"127.0.0.1"_s, {}, server.serverPort());
    QTRY_VERIFY_WITH_TIMEOUT(socket != nullptr, 5000);
    QCOMPARE(attempting.size(), 1);
    QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
    QCOMPARE(socket->peerPort(), server.serverPort());
    QCOMPARE(connector.triedAddresses(), u"127.0.0.1:%1"_s.arg(server.serverPort()));
}

void TestHostConnector::reportsRefusal()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    HostConnector connector(newSocket);
    QSignalSpy failed(&connector, &HostConnector::failed);
    connector.start(u"localhost"_s, QHostAddress::LocalHost, port);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(0).toBool(), false); // the name was not the problem
    QCOMPARE(failed.first().at(1).toBool(), true);  // refused
}

void TestHostConnector::abortSilencesEverything()
{
    // A start() and abort() before the event loop runs: the queued literal "lookup" must
    // not come back to life (found in review).
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    HostConnector connector(newSocket);
    QSignalSpy attempting(&connector, &HostConnector::attempting);
    QSignalSpy failed(&connector, &HostConnector::failed);
    int connected = 0;
    connect(&connector, &HostConnector::connected, this, [&connected](QSslSocket* winner) {
        ++connected;
        delete winner;
    });
    connector.start(u"127.0.0.1"_s, {}, server.serverPort());
    connector.abort();
    QTest::qWait(200);
    QCOMPARE(attempting.size(), 0);
    QCOMPARE(connected, 0);
    QCOMPARE(failed.size(), 0);
}

QTEST_GUILESS_MAIN(TestHostConnector)
#include "tst_hostconnector.moc"
