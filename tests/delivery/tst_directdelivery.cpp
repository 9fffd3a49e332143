// smtp::DirectDelivery end to end inside the process: dnsmasq serves the test domains' MX and
// address records on port 53 of its own loopback address, scripted servers play the MX hosts
// on port 25 of theirs. Hosts are tried in preference order until one answers for good; the
// null MX, the A fallback, several domains in one message (the message read again from its
// start for each), opportunistic and required TLS, greylisting, refusals, unreachable MX
// hosts, per-domain and per-recipient results, and a transcript line for every hop that says
// plainly whether it was encrypted and whether the certificate was verified.

#include "blackholelistener.h"
#include "deliverytest.h"
#include "enginetest.h"
#include "outcomeexplainer.h"
#include "testcertificates.h"
#include "testrequirement.h"

#include <QElapsedTimer>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using deliverytest::DirectHarness;
using deliverytest::hostRecord;
using deliverytest::mxRecord;
using smtp::MxRoute;
using smtp::Outcome;
using testsupport::ScriptedServer;
using Category = smtp::Outcome::Category;
using Reason = smtp::Outcome::Reason;
using smtp::Phase;

namespace {

const QByteArray startTls = "C: STARTTLS\n"
                            "S: 220 2.0.0 Ready to start TLS\n"
                            "TLS\n"
                            "C: EHLO client.test\n"
                            "S: 250-mx.test\n"
                            "S: 250 8BITMIME\n";

// MAIL, the RCPTs and the body, one command at a time (the servers offer no PIPELINING).
QByteArray transaction(const QStringList& recipients, const QByteArray& queueId)
{
    QByteArray script = "C: MAIL FROM:<sender@example.test>\n"
                        "S: 250 2.1.0 Ok\n";
    for (const QString& recipient : recipients)
        script += "C: RCPT TO:<" + recipient.toUtf8() + ">\nS: 250 2.1.5 Ok\n";
    return script +
           "C: DATA\n"
           "S: 354 go ahead\n"
           "BODY\n"
           "S: 250 2.0.0 Ok: queued as " +
           queueId + "\nEND\n";
}

QByteArray plainDelivery(const QStringList& recipients, const QByteArray& queueId)
{
    return testsupport::scriptGreeting({"8BITMIME"}) + transaction(recipients, queueId);
}

QByteArray message()
{
    QByteArray message = "From: sender@example.test\r\n"
                         "To: several recipients\r\n"
                         "Subject: direct delivery\r\n"
                         "\r\n";
    // Longer than one read of the engine, so a missing rewind cannot hide in a buffer.
    for (int i = 0; i < 8000; ++i)
        message += "line " + QByteArray::number(i) + " of the direct delivery test\r\n";
    return message;
}

QString hopPattern(const QString& host, const QHostAddress& address, const QString& facts)
{
    return u"Hop %1 [%2]: %3"_s.arg(host, address.toString(), facts);
}

} // namespace

class TestDirectDelivery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void preferenceOrder();
    void firstMxUnusable_data();
    void firstMxUnusable();
    void greylisting_data();
    void greylisting();
    void permanentRefusal_data();
    void permanentRefusal();
    void everyMxRefusesConnections();
    void everyMxTimesOut();
    void nullMx();
    void implicitMx();
    void noSuchDomain();
    void dnsServerNotAnswering();
    void mxHostWithoutAddress();
    void severalDomains();
    void severalDomainsSomeRefused();
    void opportunisticTls_data();
    void opportunisticTls();
    void requireTlsRefusesPlainText_data();
    void requireTlsRefusesPlainText();
    void requireTlsUsesTheNextMx();
    void requireTlsVerified();
    void cancelWhileConnecting();

private:
    // Starts dnsmasq with `records` and a harness that asks it.
    std::unique_ptr<DirectHarness>
    start(const QStringList& records,
          const std::function<void(smtp::DirectDelivery::Options&)>& adjust = {});
    bool certificateFor(const QString& host, ScriptedServer& server);

    testsupport::TestCertificates m_certificates;
    std::unique_ptr<testsupport::Dnsmasq> m_dns;
};

#define HY_VERIFY_DIRECT(harness, outcome, expectedCategory)                                       \
    do {                                                                                           \
        const bool hyMatches = (outcome).has_value() && (outcome)->category == (expectedCategory); \
        if (!hyMatches)                                                                            \
            qWarning().noquote() << "transcript:\n"                                                \
                                 << (harness).transcriptText() << "\ndnsmasq:\n"                   \
                                 << m_dns->log();                                                  \
        QVERIFY2((outcome).has_value(), "no finished() signal");                                   \
        QVERIFY2(hyMatches,                                                                        \
                 qPrintable(u"expected %1, got %2"_s.arg(Outcome::categoryName(expectedCategory),  \
                                                         testsupport::outcomeText(*(outcome)))));  \
    } while (false)

void TestDirectDelivery::initTestCase()
{
    HY_REQUIRE(deliverytest::runningAsRoot(), deliverytest::NeedsRoot);
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));
}

void TestDirectDelivery::init()
{
    m_dns = std::make_unique<testsupport::Dnsmasq>();
}

void TestDirectDelivery::cleanup()
{
    m_dns.reset(); // stops dnsmasq by its PID
}

std::unique_ptr<DirectHarness>
TestDirectDelivery::start(const QStringList& records,
                          const std::function<void(smtp::DirectDelivery::Options&)>& adjust)
{
    if (!m_dns->start(records)) {
        qWarning().noquote() << m_dns->errorString();
        return nullptr;
    }
    smtp::DirectDelivery::Options options =
        deliverytest::testOptions(m_dns->address(), m_certificates.caFile());
    if (adjust)
        adjust(options);
    return std::make_unique<DirectHarness>(options);
}

bool TestDirectDelivery::certificateFor(const QString& host, ScriptedServer& server)
{
    QSslCertificate certificate;
    QSslKey key;
    QString error;
    if (!deliverytest::makeHostCertificate(m_certificates, host, &certificate, &key, &error)) {
        qWarning().noquote() << error;
        return false;
    }
    server.setCertificate(certificate, key);
    return true;
}

void TestDirectDelivery::preferenceOrder()
{
    // The most preferred host answers; the others are never contacted.
    ScriptedServer mx10;
    ScriptedServer mx20;
    ScriptedServer mx30;
    QHostAddress a10;
    QHostAddress a20;
    QHostAddress a30;
    QVERIFY(mx10.load(plainDelivery({u"rcpt@d.test"_s}, "PREF10")));
    QVERIFY(mx20.load("END\n"));
    QVERIFY(mx30.load("END\n"));
    QVERIFY(deliverytest::listenOnPort25(mx10, &a10));
    QVERIFY(deliverytest::listenOnPort25(mx20, &a20));
    QVERIFY(deliverytest::listenOnPort25(mx30, &a30));
    auto harness = start(
        {mxRecord(u"d.test"_s, u"mx30.d.test"_s, 30), mxRecord(u"d.test"_s, u"mx10.d.test"_s, 10),
         mxRecord(u"d.test"_s, u"mx20.d.test"_s, 20), hostRecord(u"mx10.d.test"_s, {a10}),
         hostRecord(u"mx20.d.test"_s, {a20}), hostRecord(u"mx30.d.test"_s, {a30})});
    QVERIFY(harness);
    const std::optional<Outcome> outcome =
        harness->send(testsupport::testEnvelope({u"rcpt@d.test"_s}), message());
    HY_VERIFY_DIRECT(*harness, outcome, Category::Delivered);
    HY_VERIFY_SCRIPT(mx10);
    QCOMPARE(mx10.bodies().value(0), message());
    QCOMPARE(mx20.connectionCount(), 0);
    QCOMPARE(mx30.connectionCount(), 0);
    QCOMPARE(outcome->queueId(), u"PREF10"_s);

    const QList<smtp::DirectDelivery::DomainResult>& domains = harness->delivery().domains();
    QCOMPARE(domains.size(), 1);
    QCOMPARE(domains[0].domain, u"d.test"_s);
    QCOMPARE(domains[0].host, u"mx10.d.test"_s);
    QCOMPARE(domains[0].hopsTried, 1);
    QCOMPARE(domains[0].route.kind, MxRoute::Kind::Mx);
    QStringList order;
    for (const smtp::MxHost& host : domains[0].route.hosts)
        order.append(host.name);
    QCOMPARE(order, (QStringList{u"mx10.d.test"_s, u"mx20.d.test"_s, u"mx30.d.test"_s}));
    QCOMPARE(harness->hopLines(),
             QStringList{hopPattern(u"mx10.d.test"_s, a10, u"NOT encrypted"_s)});
}

void TestDirectDelivery::firstMxUnusable_data()
{
    // How the first host fails (empty script: it refuses connections; "blackhole": it
    // never answers the SYN), and the stage the transcript names.
    QTest::addColumn<QByteArray>("firstScript");
    QTest::addColumn<bool>("blackhole");
    QTest::addColumn<QString>("firstFailure");

    QTest::addRow("connection refused") << QByteArray() << false << u"Could not connect"_s;
    QTest::addRow("connect timeout") << QByteArray() << true << u"No connection within"_s;
    QTest::addRow("421 greeting") << QByteArray("S: 421 4.3.2 Too busy, try later\nEND\n") << false
                                  << u"421 4.3.2 Too busy"_s;
    QTest::addRow("silent after connecting")
        << QByteArray("END\n") << false << u"Timeout: no reply within"_s;
    QTest::addRow("closed at greeting") << QByteArray("CLOSE\n") << false << u"Connection lost"_s;
    // The whole message went to the first host, which then refused it with 421: the second
    // host gets it again, read from the start.
    QTest::addRow("421 after the message")
        << testsupport::scriptGreeting({"8BITMIME"}) +
               "C: MAIL FROM:<sender@example.test>\nS: 250 2.1.0 Ok\n"
               "C: RCPT TO:<rcpt@d.test>\nS: 250 2.1.5 Ok\n"
               "C: DATA\nS: 354 go ahead\nBODY\nS: 421 4.3.2 Shutting down\nEND\n"
        << false << u"421 4.3.2 Shutting down"_s;
}

void TestDirectDelivery::firstMxUnusable()
{
    QFETCH(QByteArray, firstScript);
    QFETCH(bool, blackhole);
    QFETCH(QString, firstFailure);

    ScriptedServer first;
    deliverytest::RefusingAddress refusing;
    testsupport::BlackholeListener silent;
    QHostAddress firstAddress;
    if (blackhole) {
        QVERIFY(deliverytest::blackholePort25(silent));
        firstAddress = silent.address();
    } else if (firstScript.isEmpty()) {
        QVERIFY(refusing.reserve());
        firstAddress = refusing.address();
    } else {
        QVERIFY(first.load(firstScript));
        QVERIFY(deliverytest::listenOnPort25(first, &firstAddress));
    }
    ScriptedServer second;
    QHostAddress secondAddress;
    QVERIFY(second.load(plainDelivery({u"rcpt@d.test"_s}, "SECOND")));
    QVERIFY(deliverytest::listenOnPort25(second, &secondAddress));

    auto harness = start(
        {mxRecord(u"d.test"_s, u"mx1.d.test"_s, 10), mxRecord(u"d.test"_s, u"mx2.d.test"_s, 20),
         hostRecord(u"mx1.d.test"_s, {firstAddress}), hostRecord(u"mx2.d.test"_s, {secondAddress})},
        [](smtp::DirectDelivery::Options& options) {
            options.timeouts.connect = 300ms;
            options.timeouts.greeting = 300ms;
        });
    QVERIFY(harness);
    const std::optional<Outcome> outcome =
        harness->send(testsupport::testEnvelope({u"rcpt@d.test"_s}), message());
    HY_VERIFY_DIRECT(*harness, outcome, Category::Delivered);
    if (!firstScript.isEmpty())
        HY_VERIFY_SCRIPT(first);
    HY_VERIFY_SCRIPT(second);
    QCOMPARE(outcome->queueId(), u"SECOND"_s);
    QCOMPARE(second.bodies().value(0), message());

    const smtp::DirectDelivery::DomainResult& result = harness->delivery().domains().value(0);
    QCOMPARE(result.hopsTried, 2);
    QCOMPARE(result.host, u"mx2.d.test"_s);
    QVERIFY2(harness->transcriptText().contains(firstFailure),
             qPrintable(harness->transcriptText()));
    QCOMPARE(harness->hopLines(),
             (QStringList{hopPattern(u"mx1.d.test"_s, firstAddress, u"NOT encrypted"_s),
                          hopPattern(u"mx2.d.test"_s, secondAddress, u"NOT encrypted"_s)}));

    // The delivery's timing: the MX lookup, then both hops, from the delivery's start; the
    // first host's connection did not succeed when it could not be made.
    const QList<smtp::PhaseTiming>& timings = outcome->timings;
    QVERIFY(!timings.isEmpty());
    QCOMPARE(timings.first().phase, smtp::Phase::Resolve);
    QCOMPARE(timings.first().detail, u"MX d.test"_s);
    QVERIFY(timings.first().succeeded);
    const auto connectTo = [&timings](const QHostAddress& address) {
        const QString endpoint = address.toString() + u":25"_s;
        return std::find_if(timings.cbegin(), timings.cend(), [&](const smtp::PhaseTiming& t) {
            return t.phase == smtp::Phase::Connect && t.detail == endpoint;
        });
    };
    QVERIFY(connectTo(firstAddress) != timings.cend());
    QCOMPARE(connectTo(firstAddress)->succeeded, !firstScript.isEmpty());
    QVERIFY(connectTo(secondAddress) != timings.cend() && connectTo(secondAddress)->succeeded);
    QCOMPARE(timings.last().phase, smtp::Phase::DataEnd);
    QVERIFY(timings.last().succeeded);
}

void TestDirectDelivery::greylisting_data()
{
    QTest::addColumn<QByteArray>("refusal"); // the script from MAIL FROM on
    QTest::addColumn<Phase>("stage");
    QTest::addColumn<int>("code");

    const QByteArray mailOk = "C: MAIL FROM:<sender@example.test>\nS: 250 2.1.0 Ok\n";
    const QByteArray rcpt = "C: RCPT TO:<rcpt@d.test>\n";
    QTest::addRow("450 to RCPT") << mailOk + rcpt +
                                        "S: 450 4.2.0 <rcpt@d.test>: Recipient address "
                                        "rejected: Greylisted, see http://postgrey.example/\n"
                                 << Phase::RcptTo << 450;
    QTest::addRow("451 to RCPT") << mailOk + rcpt +
                                        "S: 451 4.7.1 Please try again later (greylisting)\n"
                                 << Phase::RcptTo << 451;
    QTest::addRow("451 after the message")
        << mailOk + rcpt + "S: 250 2.1.5 Ok\nC: DATA\nS: 354 go ahead\nBODY\n" +
               "S: 451 4.7.1 Greylisted, come back in 5 minutes\n"
        << Phase::DataEnd << 451;
}

void TestDirectDelivery::greylisting()
{
    // A 4xx answer inside the transaction is the domain's answer: the message waits for a
    // retry instead of going to the next MX (which would greylist it as well, or be a
    // backup that holds it for longer).
    QFETCH(QByteArray, refusal);
    QFETCH(Phase, stage);
    QFETCH(int, code);

    ScriptedServer first;
    ScriptedServer second;
    QHostAddress firstAddress;
    QHostAddress secondAddress;
    QVERIFY(first.load(testsupport::scriptGreeting({"8BITMIME"}) + refusal + "END\n"));
    QVERIFY(second.load("END\n"));
    QVERIFY(deliverytest::listenOnPort25(first, &firstAddress));
    QVERIFY(deliverytest::listenOnPort25(second, &secondAddress));
    auto harness = start({mxRecord(u"d.test"_s, u"mx1.d.test"_s, 10),
                          mxRecord(u"d.test"_s, u"mx2.d.test"_s, 20),
                          hostRecord(u"mx1.d.test"_s, {firstAddress}),
                          hostRecord(u"mx2.d.test"_s, {secondAddress})});
    QVERIFY(harness);
    const std::optional<Outcome> outcome =
        harness->send(testsupport::testEnvelope({u"rcpt@d.test"_s}), message());
    QVERIFY2(outcome, "no finished() signal");
    HY_VERIFY_SCRIPT(first);
    QCOMPARE(second.connectionCount(), 0);
    const smtp::DirectDelivery::DomainResult& result = harness->delivery().domains().value(0);
    QCOMPARE(result.hopsTried, 1);
    QCOMPARE(result.outcome.category, Category::Temporary);
    // The whole message, for its only domain: the domain's answer.
    HY_VERIFY_DIRECT(*harness, outcome, Category::Temporary);
    QCOMPARE(smtp::phaseName(outcome->phase), smtp::phaseName(stage));
    QCOMPARE(outcome->code, code);
    QCOMPARE(outcome->recipients.size(), 1);
    QCOMPARE(Outcome::exitStatus(outcome->category), 7);

    const hongyan::Explanation explanation = hongyan::OutcomeExplainer::explain(*outcome, {});
    QVERIFY2(explanation.details.contains(u"greylisting"_s), qPrintable(explanation.details));
}

void TestDirectDelivery::permanentRefusal_data()
{
    QTest::addColumn<QByteArray>("refusal"); // the script from MAIL FROM on
    QTest::addColumn<Phase>("stage");
    QTest::addColumn<int>("code");

    const QByteArray mail = "C: MAIL FROM:<sender@example.test>\n";
    const QByteArray mailOk = mail + "S: 250 2.1.0 Ok\n";
    const QByteArray rcpt = "C: RCPT TO:<rcpt@d.test>\n";
    QTest::addRow("550 to MAIL") << mail + "S: 550 5.7.1 Sender blocked\n"
                                 << Phase::MailFrom << 550;
    QTest::addRow("550 to RCPT") << mailOk + rcpt + "S: 550 5.1.1 No such user\n"
                                 << Phase::RcptTo << 550;
    QTest::addRow("554 after the message")
        << mailOk + rcpt + "S: 250 2.1.5 Ok\nC: DATA\nS: 354 go ahead\nBODY\n" +
               "S: 554 5.7.1 Message refused as spam\n"
        << Phase::DataEnd << 554;
}

void TestDirectDelivery::permanentRefusal()
{
    // A 5xx is final for the domain: asking the next MX would only repeat the question.
    QFETCH(QByteArray, refusal);
    QFETCH(Phase, stage);
    QFETCH(int, code);

    ScriptedServer first;
    ScriptedServer second;
    QHostAddress firstAddress;
    QHostAddress secondAddress;
    QVERIFY(first.load(testsupport::scriptGreeting({"8BITMIME"}) + refusal + "END\n"));
    QVERIFY(second.load("END\n"));
    QVERIFY(deliverytest::listenOnPort25(first, &firstAddress));
    QVERIFY(deliverytest::listenOnPort25(second, &secondAddress));
    auto harness = start({mxRecord(u"d.test"_s, u"mx1.d.test"_s, 10),
                          mxRecord(u"d.test"_s, u"mx2.d.test"_s, 20),
                          hostRecord(u"mx1.d.test"_s, {firstAddress}),
                          hostRecord(u"mx2.d.test"_s, {secondAddress})});
    QVERIFY(harness);
    const std::optional<Outcome> outcome =
        harness->send(testsupport::testEnvelope({u"rcpt@d.test"_s}), message());
    QVERIFY2(outcome, "no finished() signal");
    HY_VERIFY_SCRIPT(first);
    QCOMPARE(second.connectionCount(), 0);
    const smtp::DirectDelivery::DomainResult& result = harness->delivery().domains().value(0);
    QCOMPARE(result.hopsTried, 1);
    QCOMPARE(result.outcome.category, Category::Rejected);
    HY_VERIFY_DIRECT(*harness, outcome, Category::Rejected);
    QCOMPARE(smtp::phaseName(outcome->phase), smtp::phaseName(stage));
    QCOMPARE(outcome->code, code);
    QVERIFY(!outcome->serverText.isEmpty());
    QCOMPARE(Outcome::exitStatus(outcome->category), 6);
}

void TestDirectDelivery::everyMxRefusesConnections()
{
    deliverytest::RefusingAddress first;
    deliverytest::RefusingAddress second;
    QVERIFY(first.reserve());
    QVERIFY(second.reserve());
    auto harness = start({mxRecord(u"d.test"_s, u"mx1.d.test"_s, 10),
                          mxRecord(u"d.test"_s, u"mx2.d.test"_s, 20),
                          hostRecord(u"mx1.d.test"_s, {first.address()}),
                          hostRecord(u"mx2.d.test"_s, {second.address()})});
    QVERIFY(harness);
    const std::optional<Outcome> outcome =
        harness->send(testsupport::testEnvelope({u"rcpt@d.test"_s}), message());
    HY_VERIFY_DIRECT(*harness, outcome, Category::Connect);
    QCOMPARE(outcome->reason, Reason::ConnectionRefused);
    QCOMPARE(outcome->phase, Phase::Connect);
    QCOMPARE(outcome->recipients.size(), 1);
    QVERIFY(!outcome->recipients[0].accepted);
    QCOMPARE(harness->delivery().domains().value(0).hopsTried, 2);
    QVERIFY(harness->texts().contains(u"No mail server of d.test could be reached"_s));
    QCOMPARE(harness->hopLines().size(), 2);
}

void TestDirectDelivery::everyMxTimesOut()
{
    // No MX host answers at all: what an outbound port 25 block looks like from here.
    testsupport::BlackholeListener first;
    testsupport::BlackholeListener second;
    QVERIFY(deliverytest::blackholePort25(first));
    QVERIFY(deliverytest::blackholePort25(second));
    auto harness = start(
        {mxRecord(u"d.test"_s, u"mx1.d.test"_s, 10), mxRecord(u"d.test"_s, u"mx2.d.test"_s, 20),
         hostRecord(u"mx1.d.test"_s, {first.address()}),
         hostRecord(u"mx2.d.test"_s, {second.address()})},
        [](smtp::DirectDelivery::Options& options) { options.timeouts.connect = 300ms; });
    QVERIFY(harness);
    QElapsedTimer clock;
    clock.start();
    const std::optional<Outcome> outcome =
        harness->send(testsupport::testEnvelope({u"rcpt@d.test"_s}), message());
    const qint64 elapsed = clock.elapsed();
    HY_VERIFY_DIRECT(*harness, outcome, Category::Connect);
    QCOMPARE(outcome->reason, Reason::ConnectTimeout);
    QCOMPARE(outcome->phase, Phase::Connect);
    const smtp::DirectDelivery::DomainResult& result = harness->delivery().domains().value(0);
    QCOMPARE(result.hopsTried, 2);
    QCOMPARE(result.outcome.port, quint16(25));
    // Each host got its own 300 ms.
    QVERIFY2(elapsed >= 550 && elapsed < 5000, qPrintable(QString::number(elapsed)));
    QCOMPARE(Outcome::exitStatus(outcome->category), 3);

    const hongyan::Explanation explanation = hongyan::OutcomeExplainer::explain(*outcome, {});
    QVERIFY2(explanation.details.contains(u"port 25"_s), qPrintable(explanation.details));
    // The result of the whole message says where the connections went, as the result of a
    // single session does, so explanations can name the port.
    QCOMPARE(outcome->port, quint16(25));
}

void TestDirectDelivery::nullMx()
{
    // RFC 7505: the domain says it takes no mail; nothing is looked up or contacted after.
    auto harness = start({mxRecord(u"nullmx.test"_s, u"."_s, 0)});
    QVERIFY(harness);
    const std::optional<Outcome> outcome =
        harness->send(testsupport::testEnvelope({u"someone@nullmx.test"_s}), message());
    HY_VERIFY_DIRECT(*harness, outcome, Category::Rejected);
    QCOMPARE(outcome->reason, Reason::NullMx);
    QCOMPARE(outcome->code, 0);
    QCOMPARE(outcome->recipients.size(), 1);
    QCOMPARE(outcome->recipients[0].address, u"someone@nullmx.test"_s);
    QVERIFY(!outcome->recipients[0].accepted);
    const smtp::DirectDelivery::DomainResult& result = harness->delivery().domains().value(0);
    QCOMPARE(result.route.kind, MxRoute::Kind::NullMx);
    QCOMPARE(result.hopsTried, 0);
    QVERIFY(harness->hopLines().isEmpty());
    QVERIFY2(!m_dns->log().contains(u"query[A]"_s), qPrintable(m_dns->log()));
    QCOMPARE(Outcome::exitStatus(outcome->category), 6);
    const hongyan::Explanation explanation = hongyan::OutcomeExplainer::explain(*outcome, {});
    QVERIFY2(explanation.details.contains(u"null MX"_s), qPrintable(explanation.details));
}

void TestDirectDelivery::implicitMx()
{
    // RFC 5321 §5.1: no MX records, so the domain's own address is its mail host.
    ScriptedServer server;
    QHostAddress address;
    QVERIFY(server.load(plainDelivery({u"rcpt@bare.test"_s}, "IMPLICIT")));
    QVERIFY(deliverytest::listenOnPort25(server, &address));
    auto harness = start({hostRecord(u"bare.test"_s, {address})});
    QVERIFY(harness);
    const std::optional<Outcome> outcome =
        harness->send(testsupport::testEnvelope({u"rcpt@bare.test"_s}), message());
    HY_VERIFY_DIRECT(*harness, outcome, Category::Delivered);
    HY_VERIFY_SCRIPT(server);
    QCOMPARE(server.bodies().value(0), message());
    const smtp::DirectDelivery::DomainResult& result = harness->delivery().domains().value(0);
    QCOMPARE(result.route.kind, MxRoute::Kind::ImplicitMx);
    QCOMPARE(result.host, u"bare.test"_s);
    QVERIFY(harness->texts().contains(
        u"bare.test has no MX records: using its own address (RFC 5321 §5.1)"_s));
    QCOMPARE(harness->hopLines(),
             QStringList{hopPattern(u"bare.test"_s, address, u"NOT encrypted"_s)});
}

void TestDirectDelivery::noSuchDomain()
{
    auto harness = start({});
    QVERIFY(harness);
    const std::optional<Outcome> outcome =
        harness->send(testsupport::testEnvelope({u"rcpt@nowhere.test"_s}), message());
    HY_VERIFY_DIRECT(*harness, outcome, Category::Rejected);
    QCOMPARE(outcome->reason, Reason::NoMailRoute);
    QCOMPARE(harness->delivery().domains().value(0).route.kind, MxRoute::Kind::NoRoute);
    QCOMPARE(harness->delivery().domains().value(0).hopsTried, 0);
    QCOMPARE(outcome->recipients.size(), 1);
    QVERIFY(!outcome->recipients[0].accepted);
}

void TestDirectDelivery::dnsServerNotAnswering()
{
    // Nothing is known about the domain: the message must wait for a retry, not bounce.
    const QHostAddress silent = deliverytest::addressWithoutDns();
    QVERIFY(!silent.isNull());
    DirectHarness harness(deliverytest::testOptions(silent, m_certificates.caFile()));
    const std::optional<Outcome> outcome =
        harness.send(testsupport::testEnvelope({u"rcpt@d.test"_s}), message(), 40000);
    HY_VERIFY_DIRECT(harness, outcome, Category::Temporary);
    QCOMPARE(outcome->reason, Reason::NoMailRoute);
    QCOMPARE(Outcome::exitStatus(outcome->category), 7);
    QCOMPARE(harness.delivery().domains().value(0).hopsTried, 0);
}

void TestDirectDelivery::mxHostWithoutAddress()
{
    // The first MX name has no address: it is reported and the next host is used.
    ScriptedServer server;
    QHostAddress address;
    QVERIFY(server.load(plainDelivery({u"rcpt@d.test"_s}, "GHOST")));
    QVERIFY(deliverytest::listenOnPort25(server, &address));
    auto harness =
        start({mxRecord(u"d.test"_s, u"ghost.d.test"_s, 10),
               mxRecord(u"d.test"_s, u"mx.d.test"_s, 20), hostRecord(u"mx.d.test"_s, {address})});
    QVERIFY(harness);
    const std::optional<Outcome> outcome =
        harness->send(testsupport::testEnvelope({u"rcpt@d.test"_s}), message());
    HY_VERIFY_DIRECT(*harness, outcome, Category::Delivered);
    HY_VERIFY_SCRIPT(server);
    const smtp::DirectDelivery::DomainResult& result = harness->delivery().domains().value(0);
    QCOMPARE(result.route.hosts.size(), 2);
    QVERIFY(result.route.hosts[0].addresses.isEmpty());
    QVERIFY(!result.route.hosts[0].error.isEmpty());
    QCOMPARE(result.hopsTried, 1);
    QVERIFY2(harness->transcriptText().contains(u"Mail server ghost.d.test (preference 10): "_s +
                                                result.route.hosts[0].error.text()),
             qPrintable(harness->transcriptText()));
}

void TestDirectDelivery::severalDomains()
{
    // Three domains, each with its own MX host; the message is read from its start for
    // each and arrives identical everywhere. Recipients are grouped by domain whatever the
    // case of the domain, and reported as they were given.
    ScriptedServer one;
    ScriptedServer two;
    ScriptedServer three;
    QHostAddress oneAddress;
    QHostAddress twoAddress;
    QHostAddress threeAddress;
    QVERIFY(certificateFor(u"mx.two.test"_s, two));
    // RCPT carries the domain as the engine writes it on the wire: ACE, lower case.
    QVERIFY(one.load(plainDelivery({u"a@one.test"_s, u"c@one.test"_s}, "ONE")));
    QVERIFY(two.load(testsupport::scriptGreeting({"8BITMIME", "STARTTLS"}) + startTls +
                     transaction({u"b@two.test"_s}, "TWO")));
    QVERIFY(three.load(plainDelivery({u"d@three.test"_s}, "THREE")));
    QVERIFY(deliverytest::listenOnPort25(one, &oneAddress));
    QVERIFY(deliverytest::listenOnPort25(two, &twoAddress));
    QVERIFY(deliverytest::listenOnPort25(three, &threeAddress));
    auto harness = start({mxRecord(u"one.test"_s, u"mx.one.test"_s, 10),
                          mxRecord(u"two.test"_s, u"mx.two.test"_s, 10),
                          mxRecord(u"three.test"_s, u"mx.three.test"_s, 10),
                          hostRecord(u"mx.one.test"_s, {oneAddress}),
                          hostRecord(u"mx.two.test"_s, {twoAddress}),
                          hostRecord(u"mx.three.test"_s, {threeAddress})});
    QVERIFY(harness);
    const QStringList recipients{u"a@one.test"_s, u"b@two.test"_s, u"c@ONE.Test"_s,
                                 u"d@three.test"_s};
    const std::optional<Outcome> outcome =
        harness->send(testsupport::testEnvelope(recipients), message());
    HY_VERIFY_DIRECT(*harness, outcome, Category::Delivered);
    HY_VERIFY_SCRIPT(one);
    HY_VERIFY_SCRIPT(two);
    HY_VERIFY_SCRIPT(three);
    for (const ScriptedServer* server : {&one, &two, &three}) {
        QCOMPARE(server->bodies().size(), 1);
        QCOMPARE(server->bodies().first().size(), message().size());
        QVERIFY(server->bodies().first() == message());
    }

    // Per recipient: every one accepted, grouped by domain in the order domains appear.
    QStringList reported;
    for (const smtp::RecipientResult& recipient : outcome->recipients) {
        reported.append(recipient.address);
        QVERIFY2(recipient.accepted && recipient.code == 250, qPrintable(recipient.address));
    }
    QCOMPARE(reported,
             (QStringList{u"a@one.test"_s, u"c@ONE.Test"_s, u"b@two.test"_s, u"d@three.test"_s}));

    // Per domain.
    const QList<smtp::DirectDelivery::DomainResult>& domains = harness->delivery().domains();
    QCOMPARE(domains.size(), 3);
    const QStringList names{u"one.test"_s, u"two.test"_s, u"three.test"_s};
    const QStringList queueIds{u"ONE"_s, u"TWO"_s, u"THREE"_s};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(domains[i].domain, names[i]);
        QCOMPARE(domains[i].host, u"mx."_s + names[i]);
        QCOMPARE(domains[i].hopsTried, 1);
        QCOMPARE(domains[i].outcome.category, Category::Delivered);
        QCOMPARE(domains[i].outcome.queueId(), queueIds[i]);
        QCOMPARE(domains[i].outcome.tls.encrypted, i == 1);
        QCOMPARE(domains[i].outcome.tls.verified, i == 1);
    }
    QCOMPARE(domains[0].outcome.recipients.size(), 2);

    QCOMPARE(harness->hopLines().size(), 3);
    QCOMPARE(harness->hopLines()[0], hopPattern(u"mx.one.test"_s, oneAddress, u"NOT encrypted"_s));
    QVERIFY2(harness->hopLines()[1].startsWith(
                 u"Hop mx.two.test [%1]: encrypted (TLS"_s.arg(twoAddress.toString())) &&
                 harness->hopLines()[1].endsWith(u"), certificate verified"_s),
             qPrintable(harness->hopLines()[1]));
    QCOMPARE(harness->hopLines()[2],
             hopPattern(u"mx.three.test"_s, threeAddress, u"NOT encrypted"_s));

    // Progress covers the three copies and ends at its total.
    QVERIFY(!harness->progress().isEmpty());
    QCOMPARE(harness->progress().last().second, 3 * message().size());
    QCOMPARE(harness->progress().last().first, harness->progress().last().second);
}

void TestDirectDelivery::severalDomainsSomeRefused()
{
    // One domain takes the message, one refuses its recipient, one has a null MX: the
    // message is partly delivered and each recipient says what happened to it.
    ScriptedServer good;
    ScriptedServer refusing;
    QHostAddress goodAddress;
    QHostAddress refusingAddress;
    QVERIFY(good.load(plainDelivery({u"a@good.test"_s}, "GOOD")));
    QVERIFY(refusing.load(testsupport::scriptGreeting({"8BITMIME"}) +
                          "C: MAIL FROM:<sender@example.test>\n"
                          "S: 250 2.1.0 Ok\n"
                          "C: RCPT TO:<b@bad.test>\n"
                          "S: 550 5.1.1 <b@bad.test>: Recipient address rejected\n"
                          "END\n"));
    QVERIFY(deliverytest::listenOnPort25(good, &goodAddress));
    QVERIFY(deliverytest::listenOnPort25(refusing, &refusingAddress));
    auto harness =
        start({mxRecord(u"good.test"_s, u"mx.good.test"_s, 10),
               mxRecord(u"bad.test"_s, u"mx.bad.test"_s, 10), mxRecord(u"nullmx.test"_s, u"."_s, 0),
               hostRecord(u"mx.good.test"_s, {goodAddress}),
               hostRecord(u"mx.bad.test"_s, {refusingAddress})});
    QVERIFY(harness);
    const std::optional<Outcome> outcome = harness->send(
        testsupport::testEnvelope({u"a@good.test"_s, u"b@bad.test"_s, u"c@nullmx.test"_s}),
        message());
    HY_VERIFY_DIRECT(*harness, outcome, Category::Partial);
    HY_VERIFY_SCRIPT(good);
    HY_VERIFY_SCRIPT(refusing);
    QCOMPARE(good.bodies().value(0), message());
    QCOMPARE(Outcome::exitStatus(outcome->category), 1);

    QCOMPARE(outcome->recipients.size(), 3);
    QCOMPARE(outcome->recipients[0].address, u"a@good.test"_s);
    QVERIFY(outcome->recipients[0].accepted);
    QCOMPARE(outcome->recipients[1].address, u"b@bad.test"_s);
    QVERIFY(!outcome->recipients[1].accepted);
    QCOMPARE(outcome->recipients[1].code, 550);
    QCOMPARE(outcome->recipients[1].enhanced.toString(), u"5.1.1"_s);
    QCOMPARE(outcome->recipients[2].address, u"c@nullmx.test"_s);
    QVERIFY(!outcome->recipients[2].accepted);
    QCOMPARE(outcome->recipients[2].code, 0);

    const QList<smtp::DirectDelivery::DomainResult>& domains = harness->delivery().domains();
    QCOMPARE(domains.size(), 3);
    QCOMPARE(domains[0].outcome.category, Category::Delivered);
    QCOMPARE(domains[1].outcome.category, Category::Rejected);
    QCOMPARE(domains[1].outcome.reason, Reason::RecipientsRejected);
    QCOMPARE(domains[2].outcome.category, Category::Rejected);
    QCOMPARE(domains[2].outcome.reason, Reason::NullMx);
}

void TestDirectDelivery::opportunisticTls_data()
{
    QTest::addColumn<bool>("offered");
    QTest::addColumn<QString>("certificate"); // empty: one made for the MX host's own name
    QTest::addColumn<QString>("facts");       // what the hop line says after the address

    QTest::addRow("offered, certificate verified")
        << true << QString() << u"encrypted (TLSv1.3), certificate verified"_s;
    QTest::addRow("offered, self-signed certificate")
        << true << u"self-signed"_s << u"encrypted (TLSv1.3), certificate NOT verified"_s;
    // Signed by the trusted test CA, but for another name than the MX host's.
    QTest::addRow("offered, certificate for another host")
        << true << u"server"_s << u"encrypted (TLSv1.3), certificate NOT verified"_s;
    QTest::addRow("not offered") << false << QString() << u"NOT encrypted"_s;
}

void TestDirectDelivery::opportunisticTls()
{
    // Encryption whenever it is offered; a certificate that does not verify is reported
    // but does not stop the message (plain text would be no better).
    QFETCH(bool, offered);
    QFETCH(QString, certificate);
    QFETCH(QString, facts);

    ScriptedServer server;
    QHostAddress address;
    if (certificate.isEmpty())
        QVERIFY(certificateFor(u"mx.d.test"_s, server));
    else
        server.setCertificate(m_certificates.certificate(certificate),
                              m_certificates.key(certificate));
    QVERIFY(server.load(offered ? testsupport::scriptGreeting({"8BITMIME", "STARTTLS"}) + startTls +
                                      transaction({u"rcpt@d.test"_s}, "OPP")
                                : plainDelivery({u"rcpt@d.test"_s}, "OPP")));
    QVERIFY(deliverytest::listenOnPort25(server, &address));
    auto harness =
        start({mxRecord(u"d.test"_s, u"mx.d.test"_s, 10), hostRecord(u"mx.d.test"_s, {address})});
    QVERIFY(harness);
    const std::optional<Outcome> outcome =
        harness->send(testsupport::testEnvelope({u"rcpt@d.test"_s}), message());
    HY_VERIFY_DIRECT(*harness, outcome, Category::Delivered);
    HY_VERIFY_SCRIPT(server);
    QCOMPARE(server.tlsEstablished(), offered);
    QCOMPARE(server.bodies().value(0), message());
    const bool verified = facts.endsWith(u"certificate verified"_s);
    const smtp::TlsFacts& tls = harness->delivery().domains().value(0).outcome.tls;
    QCOMPARE(tls.encrypted, offered);
    QCOMPARE(tls.verified, verified);
    QCOMPARE(tls.problems.isEmpty(), !offered || verified);
    QCOMPARE(outcome->tls.encrypted, offered);
    QCOMPARE(harness->hopLines(), QStringList{hopPattern(u"mx.d.test"_s, address, facts)});
    if (!offered)
        QVERIFY(harness->texts().contains(
            u"The server does not offer STARTTLS: continuing WITHOUT encryption"_s));
}

void TestDirectDelivery::requireTlsRefusesPlainText_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<Reason>("reason");

    QTest::addRow("STARTTLS not offered") << testsupport::scriptGreeting({"8BITMIME"}) + "END\n"
                                          << QString() << Reason::StartTlsNotOffered;
    QTest::addRow("STARTTLS refused") << testsupport::scriptGreeting({"8BITMIME", "STARTTLS"}) +
                                             "C: STARTTLS\nS: 454 4.7.0 TLS not available\nEND\n"
                                      << QString() << Reason::StartTlsRefused;
    QTest::addRow("self-signed certificate")
        << testsupport::scriptGreeting({"8BITMIME", "STARTTLS"}) +
               "C: STARTTLS\nS: 220 2.0.0 go ahead\nTLS\nEND\n"
        << u"self-signed"_s << Reason::CertificateUntrusted;
}

void TestDirectDelivery::requireTlsRefusesPlainText()
{
    // With TLS required, an MX host that cannot give a verified TLS session gets nothing:
    // no MAIL FROM, no recipient, no message.
    QFETCH(QByteArray, script);
    QFETCH(QString, certificate);
    QFETCH(Reason, reason);

    ScriptedServer server;
    QHostAddress address;
    if (!certificate.isEmpty())
        server.setCertificate(m_certificates.certificate(certificate),
                              m_certificates.key(certificate));
    QVERIFY(server.load(script));
    QVERIFY(deliverytest::listenOnPort25(server, &address));
    auto harness =
        start({mxRecord(u"d.test"_s, u"mx.d.test"_s, 10), hostRecord(u"mx.d.test"_s, {address})},
              [](smtp::DirectDelivery::Options& options) { options.requireTls = true; });
    QVERIFY(harness);
    const std::optional<Outcome> outcome =
        harness->send(testsupport::testEnvelope({u"rcpt@d.test"_s}), message());
    HY_VERIFY_DIRECT(*harness, outcome, Category::Tls);
    QCOMPARE(outcome->reason, reason);
    HY_VERIFY_SCRIPT(server);
    for (const QByteArray& line : server.receivedLines()) {
        QVERIFY2(!line.startsWith("MAIL") && !line.startsWith("RCPT") && !line.startsWith("DATA"),
                 line.constData());
    }
    QVERIFY(server.bodies().isEmpty());
    QCOMPARE(outcome->recipients.size(), 1);
    QVERIFY(!outcome->recipients[0].accepted);
    QCOMPARE(Outcome::exitStatus(outcome->category), 4);
    QCOMPARE(harness->hopLines().size(), 1);
    QVERIFY2(harness->hopLines()[0].contains(u"NOT"_s), qPrintable(harness->hopLines()[0]));
}

void TestDirectDelivery::requireTlsUsesTheNextMx()
{
    // The first MX host offers no STARTTLS; the second does, with a certificate for its
    // name: the message goes there, encrypted.
    ScriptedServer plain;
    ScriptedServer secure;
    QHostAddress plainAddress;
    QHostAddress secureAddress;
    QVERIFY(certificateFor(u"mx2.d.test"_s, secure));
    QVERIFY(plain.load(testsupport::scriptGreeting({"8BITMIME"}) + "END\n"));
    QVERIFY(secure.load(testsupport::scriptGreeting({"8BITMIME", "STARTTLS"}) + startTls +
                        transaction({u"rcpt@d.test"_s}, "SECURE")));
    QVERIFY(deliverytest::listenOnPort25(plain, &plainAddress));
    QVERIFY(deliverytest::listenOnPort25(secure, &secureAddress));
    auto harness = start(
        {mxRecord(u"d.test"_s, u"mx1.d.test"_s, 10), mxRecord(u"d.test"_s, u"mx2.d.test"_s, 20),
         hostRecord(u"mx1.d.test"_s, {plainAddress}), hostRecord(u"mx2.d.test"_s, {secureAddress})},
        [](smtp::DirectDelivery::Options& options) { options.requireTls = true; });
    QVERIFY(harness);
    const std::optional<Outcome> outcome =
        harness->send(testsupport::testEnvelope({u"rcpt@d.test"_s}), message());
    HY_VERIFY_DIRECT(*harness, outcome, Category::Delivered);
    HY_VERIFY_SCRIPT(plain);
    HY_VERIFY_SCRIPT(secure);
    QVERIFY(testsupport::onlyClosingCommands(testsupport::linesAfterGreeting(plain)));
    QCOMPARE(secure.bodies().value(0), message());
    QVERIFY(outcome->tls.encrypted && outcome->tls.verified);
    QCOMPARE(harness->delivery().domains().value(0).hopsTried, 2);
    QCOMPARE(harness->hopLines().size(), 2);
    QCOMPARE(harness->hopLines()[0], hopPattern(u"mx1.d.test"_s, plainAddress, u"NOT encrypted"_s));
    QVERIFY2(harness->hopLines()[1].endsWith(u"certificate verified"_s),
             qPrintable(harness->hopLines()[1]));
}

void TestDirectDelivery::requireTlsVerified()
{
    ScriptedServer server;
    QHostAddress address;
    QVERIFY(certificateFor(u"mx.d.test"_s, server));
    QVERIFY(server.load(testsupport::scriptGreeting({"8BITMIME", "STARTTLS"}) + startTls +
                        transaction({u"rcpt@d.test"_s}, "REQ")));
    QVERIFY(deliverytest::listenOnPort25(server, &address));
    auto harness =
        start({mxRecord(u"d.test"_s, u"mx.d.test"_s, 10), hostRecord(u"mx.d.test"_s, {address})},
              [](smtp::DirectDelivery::Options& options) { options.requireTls = true; });
    QVERIFY(harness);
    const std::optional<Outcome> outcome =
        harness->send(testsupport::testEnvelope({u"rcpt@d.test"_s}), message());
    HY_VERIFY_DIRECT(*harness, outcome, Category::Delivered);
    HY_VERIFY_SCRIPT(server);
    QVERIFY(outcome->tls.encrypted && outcome->tls.verified);
    QCOMPARE(server.bodies().value(0), message());
}

void TestDirectDelivery::cancelWhileConnecting()
{
    // Cancelled while the first host does not answer: the second is never tried.
    testsupport::BlackholeListener silent;
    QVERIFY(deliverytest::blackholePort25(silent));
    ScriptedServer second;
    QHostAddress secondAddress;
    QVERIFY(second.load("END\n"));
    QVERIFY(deliverytest::listenOnPort25(second, &secondAddress));
    auto harness = start({mxRecord(u"d.test"_s, u"mx1.d.test"_s, 10),
                          mxRecord(u"d.test"_s, u"mx2.d.test"_s, 20),
                          hostRecord(u"mx1.d.test"_s, {silent.address()}),
                          hostRecord(u"mx2.d.test"_s, {secondAddress})});
    QVERIFY(harness);
    connect(&harness->delivery(), &smtp::DirectDelivery::transcript, this,
            [&harness](const smtp::TranscriptRecord& record) {
                if (record.text.startsWith(u"Connecting to mx1.d.test"_s))
                    QMetaObject::invokeMethod(
                        &harness->delivery(), [&harness] { harness->delivery().cancel(); },
                        Qt::QueuedConnection);
            });
    const std::optional<Outcome> outcome =
        harness->send(testsupport::testEnvelope({u"rcpt@d.test"_s}), message());
    HY_VERIFY_DIRECT(*harness, outcome, Category::Cancelled);
    QCOMPARE(second.connectionCount(), 0);
    QCOMPARE(harness->outcomes().size(), 1);
}

QTEST_GUILESS_MAIN(TestDirectDelivery)
#include "tst_directdelivery.moc"
