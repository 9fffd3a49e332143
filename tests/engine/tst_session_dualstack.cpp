// Connecting as RFC 8305 (Happy Eyeballs v2) says, in a network namespace of its own
// (in-private-network.sh): dual.test resolves to ::1, where a full accept queue drops every
// SYN as a broken IPv6 route would, and to 127.0.0.1, where a server answers. The session
// must reach the server within a second, not after the first address's connect timeout,
// and say in the transcript which addresses it tried.

#include "blackholelistener.h"
#include "enginetest.h"
#include "testrequirement.h"

#include <QElapsedTimer>
#include <QHostInfo>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using smtp::Outcome;
using testsupport::ScriptedServer;
using testsupport::SessionHarness;
using Category = smtp::Outcome::Category;

class TestSessionDualStack : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void blackHoledIpv6IsPassedOver();
    void everyAddressRefused();
};

void TestSessionDualStack::initTestCase()
{
    const QHostInfo dual = QHostInfo::fromName(u"dual.test"_s);
    HY_REQUIRE(dual.addresses().size() == 2,
               "dual.test must resolve to ::1 and 127.0.0.1: run through in-private-network.sh "
               "with tests/data/dualstack-hosts (ctest does)");
}

void TestSessionDualStack::blackHoledIpv6IsPassedOver()
{
    ScriptedServer server;
    QVERIFY(server.load(testsupport::scriptGreeting({"8BITMIME"}) +
                        "C: MAIL FROM:<sender@example.test>\nS: 250 ok\n"
                        "C: RCPT TO:<rcpt@example.test>\nS: 250 ok\n"
                        "C: DATA\nS: 354 go ahead\nBODY\nS: 250 2.0.0 queued\nEND\n"));
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    testsupport::BlackholeListener silent;
    QVERIFY2(silent.listen(QHostAddress::LocalHostIPv6, server.port()),
             qPrintable(silent.errorString()));

    smtp::SessionSettings settings = testsupport::testSettings(server.port());
    settings.host = u"dual.test"_s;
    settings.timeouts.connect = 30s; // what a user has: the black hole must not cost it
    SessionHarness harness(settings);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(harness.open());
    const qint64 connectMs = clock.elapsed();
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    HY_VERIFY_CATEGORY(harness, outcome, Category::Delivered);
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);
    qInfo("connected in %lld ms past the black-holed ::1", connectMs);
    QVERIFY2(connectMs < 1000, qPrintable(u"%1 ms"_s.arg(connectMs)));

    const QString transcript = harness.transcriptText();
    const qsizetype v6 = transcript.indexOf(u"Trying ::1 port %1"_s.arg(server.port()));
    const qsizetype v4 = transcript.indexOf(u"Trying 127.0.0.1 port %1"_s.arg(server.port()));
    QVERIFY2(v6 >= 0 && v4 > v6, qPrintable(transcript));
    QVERIFY2(transcript.contains(u"Connected to 127.0.0.1"_s), qPrintable(transcript));
}

void TestSessionDualStack::everyAddressRefused()
{
    // Nothing listens on either address (the namespace is new and empty): both are tried,
    // and the outcome says refused.
    const quint16 port = 2525;
    smtp::SessionSettings settings = testsupport::testSettings(port);
    settings.host = u"dual.test"_s;
    SessionHarness harness(settings);
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    HY_VERIFY_OUTCOME(harness, outcome, Category::Connect, Outcome::Reason::ConnectionRefused);
    const QString transcript = harness.transcriptText();
    QVERIFY2(transcript.contains(u"Trying ::1"_s) && transcript.contains(u"Trying 127.0.0.1"_s),
             qPrintable(transcript));
    QVERIFY2(outcome->detail.text().contains(u"[::1]:%1"_s.arg(port)) &&
                 outcome->detail.text().contains(u"127.0.0.1:%1"_s.arg(port)),
             qPrintable(outcome->detail.text()));
}

QTEST_GUILESS_MAIN(TestSessionDualStack)
#include "tst_session_dualstack.moc"
