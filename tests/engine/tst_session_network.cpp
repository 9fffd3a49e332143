// SmtpSession where the network or the server's manner is the problem and a protocol case
// cannot say it (tests/data/smtp holds the TLS handshake that never comes and the refused
// opportunistic STARTTLS): a server that never answers the connection, a name that does not
// exist, a 421 while nothing is under way, and the EHLO answers announced before and after
// STARTTLS.

#include "blackholelistener.h"
#include "capabilities.h"
#include "enginetest.h"
#include "testcertificates.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using smtp::Outcome;
using smtp::Security;
using smtp::TranscriptRecord;
using testsupport::ScriptedServer;
using testsupport::SessionHarness;
using Category = smtp::Outcome::Category;
using Reason = smtp::Outcome::Reason;
using smtp::Phase;

namespace {

bool transcriptHas(const SessionHarness& harness, const QString& text)
{
    const QList<TranscriptRecord>& records = harness.records();
    return std::any_of(records.cbegin(), records.cend(), [&text](const TranscriptRecord& record) {
        return record.text.contains(text);
    });
}

} // namespace

class TestSessionNetwork : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void connectTimeout();
    void hostNotFound();
    void capabilitiesReceived_data();
    void capabilitiesReceived();
    void unpromptedClosingWhileIdle();

private:
    testsupport::TestCertificates m_certificates;
};

void TestSessionNetwork::initTestCase()
{
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));
}

void TestSessionNetwork::connectTimeout()
{
    // Nothing answers the SYN, as behind a firewall that drops packets (10.255.255.1 would
    // be the classic address, but a sandbox may intercept or reject it at once; a loopback
    // port with a full accept queue drops SYNs on every Linux).
    testsupport::BlackholeListener silent;
    QVERIFY2(silent.listen(QHostAddress::LocalHost, 0), qPrintable(silent.errorString()));
    smtp::SessionSettings settings = testsupport::testSettings(silent.port());
    settings.timeouts.connect = 300ms;
    SessionHarness harness(settings);
    QElapsedTimer clock;
    clock.start();
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage());
    const qint64 elapsed = clock.elapsed();
    HY_VERIFY_OUTCOME(harness, outcome, Category::Connect, Reason::ConnectTimeout);
    QCOMPARE(smtp::phaseName(outcome->phase), smtp::phaseName(Phase::Connect));
    QCOMPARE(outcome->code, 0);
    QVERIFY2(elapsed >= 250 && elapsed < 3000, qPrintable(QString::number(elapsed)));
    QVERIFY(transcriptHas(harness, u"No connection within 0.3 s"_s));
    QVERIFY(harness.session().isDisconnected());
    QCOMPARE(harness.closedCount(), 1);
}

void TestSessionNetwork::hostNotFound()
{
    // RFC 6761: .invalid names never resolve.
    smtp::SessionSettings settings = testsupport::testSettings(25);
    settings.host = u"nonexistent.invalid"_s;
    SessionHarness harness(settings);
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope(), testsupport::testMessage(), 20000);
    HY_VERIFY_OUTCOME(harness, outcome, Category::Connect, Reason::HostNotFound);
    QCOMPARE(smtp::phaseName(outcome->phase), smtp::phaseName(Phase::Connect));
    QVERIFY(transcriptHas(harness, u"Could not connect"_s));
    QVERIFY(harness.session().isDisconnected());
}

void TestSessionNetwork::capabilitiesReceived_data()
{
    QTest::addColumn<bool>("startTls");
    QTest::addRow("with STARTTLS") << true;
    QTest::addRow("without STARTTLS") << false;
}

void TestSessionNetwork::capabilitiesReceived()
{
    // The EHLO answer is announced each time it arrives: before STARTTLS (in the clear, where
    // it may have been forged) and again inside TLS, with what the server offers there.
    QFETCH(bool, startTls);
    ScriptedServer server;
    server.setCertificate(m_certificates.certificate(u"server"_s), m_certificates.key(u"server"_s));
    HY_START(server, startTls ? testsupport::scriptGreeting({"PIPELINING", "STARTTLS"}) +
                                    "C: STARTTLS\n"
                                    "S: 220 2.0.0 go ahead\n"
                                    "TLS\n"
                                    "C: EHLO client.test\n"
                                    "S: 250-mx.test\n"
                                    "S: 250-SIZE 1000000\n"
                                    "S: 250 AUTH PLAIN\n"
                                    "END\n"
                              : testsupport::scriptGreeting({"PIPELINING", "SIZE 2000"}) + "END\n");
    smtp::SessionSettings settings = testsupport::testSettings(
        server.port(), startTls ? Security::StartTls : Security::Opportunistic);
    settings.caFile = m_certificates.caFile();
    SessionHarness harness(settings);
    QList<std::pair<smtp::Capabilities, bool>> announced;
    connect(&harness.session(), &smtp::SmtpSession::capabilitiesReceived, this,
            [&announced](const smtp::Capabilities& capabilities, bool encrypted) {
                announced.append({capabilities, encrypted});
            });
    QVERIFY2(harness.open(), qPrintable(harness.transcriptText()));
    QVERIFY(harness.quit());
    HY_VERIFY_SCRIPT(server);

    QCOMPARE(announced.size(), startTls ? 2 : 1);
    QCOMPARE(announced[0].second, false);
    QCOMPARE(announced[0].first.supportsStartTls(), startTls);
    QVERIFY(announced[0].first.supportsPipelining());
    if (startTls) {
        QCOMPARE(announced[1].second, true);
        QVERIFY(!announced[1].first.supportsStartTls());
        QVERIFY(!announced[1].first.supportsPipelining());
        QCOMPARE(announced[1].first.sizeLimit(), qint64(1000000));
        QCOMPARE(announced[1].first.authMechanisms(), QStringList{u"PLAIN"_s});
    } else {
        QCOMPARE(announced[0].first.sizeLimit(), qint64(2000));
    }
}

void TestSessionNetwork::unpromptedClosingWhileIdle()
{
    // RFC 5321 §3.8: a server may say 421 and close at any time. With the session idle,
    // no open() or send() is under way, so there is no finished() to give: the session
    // just reports that it closed.
    ScriptedServer server;
    HY_START(server, testsupport::scriptGreeting({"8BITMIME"}) +
                         "DELAY 100\n"
                         "S: 421 4.3.2 System shutting down\n"
                         "CLOSE\n");
    SessionHarness harness(testsupport::testSettings(server.port()));
    QVERIFY2(harness.open(), qPrintable(harness.transcriptText()));
    QVERIFY(harness.session().isIdle());
    QVERIFY(testsupport::waitUntil([&] { return harness.closedCount() > 0; }, 5000));
    HY_VERIFY_SCRIPT(server);
    // Anything late would come from the event loop.
    QVERIFY(!testsupport::waitUntil([&] { return harness.closedCount() > 1; }, 100));
    QCOMPARE(harness.closedCount(), 1);
    QVERIFY(harness.session().isDisconnected());
    QVERIFY2(harness.outcomes().isEmpty(),
             qPrintable(u"finished() with nothing under way: "_s +
                        testsupport::outcomeText(harness.outcomes().value(0))));
    QVERIFY(transcriptHas(harness, u"421 4.3.2 System shutting down"_s));
}

QTEST_GUILESS_MAIN(TestSessionNetwork)
#include "tst_session_network.moc"
