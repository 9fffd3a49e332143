#include "aiosmtpdserver.h"
#include "dnsmasq.h"
#include "providerpresets.h"
#include "scriptedserver.h"
#include "serverdiscovery.h"
#include "testcertificates.h"
#include "testrequirement.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using hongyan::DiscoveredServer;
using hongyan::ProviderPresets;
using hongyan::ServerDiscovery;
using hongyan::SettingsSource;

namespace {

// A loopback port nobody listens on (taken from the kernel, then released).
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestServerDiscovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void srv_data();
    void srv();
    void mailExchangerOfKnownProvider();
    void nothingInDns();
    void probePrefersEarlierTarget();
    void probeSkipsPlainTextOnTlsPort();
    void probeAcceptsUntrustedCertificate();

private:
    struct Result
    {
        std::optional<DiscoveredServer> server;
        QStringList tried;
    };
    // DNS from the local dnsmasq, no autoconfig (nothing listens there), probes as given.
    Result discover(const QString& address, const QList<ServerDiscovery::ProbeTarget>& probes,
                    const QString& caFile = {});
    void requireDns();

    ProviderPresets m_presets;
    testsupport::Dnsmasq m_dns;
    bool m_dnsRunning = false;
    testsupport::TestCertificates m_certificates;
};

void TestServerDiscovery::initTestCase()
{
    QVERIFY2(m_presets.isValid(), qPrintable(m_presets.errorString()));
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));
    m_dnsRunning = m_dns.start({
        u"--srv-host=_submissions._tcp.tls.test,smtp.tls.test,465,0,5"_s,
        u"--srv-host=_submission._tcp.starttls.test,mail.starttls.test,587,0,5"_s,
        // "." as target: implicit TLS is decidedly not offered (RFC 2782); STARTTLS is.
        u"--srv-host=_submissions._tcp.dot.test"_s,
        u"--srv-host=_submission._tcp.dot.test,submit.dot.test,2587,0,5"_s,
        u"--srv-host=_submissions._tcp.prio.test,second.prio.test,465,20,5"_s,
        u"--srv-host=_submissions._tcp.prio.test,first.prio.test,1465,10,5"_s,
        u"--mx-host=hosted.test,mxbiz1.qq.com,10"_s,
        u"--mx-host=own.test,mx.own.test,10"_s,
    });
    if (!m_dnsRunning && !m_dns.isPossible())
        qWarning("SRV and MX cases cannot run: %s", qPrintable(m_dns.errorString()));
    else
        QVERIFY2(m_dnsRunning, qPrintable(m_dns.errorString()));
}

void TestServerDiscovery::requireDns()
{
    HY_REQUIRE(m_dnsRunning, m_dns.errorString().toUtf8());
}

TestServerDiscovery::Result
TestServerDiscovery::discover(const QString& address,
                              const QList<ServerDiscovery::ProbeTarget>& probes,
                              const QString& caFile)
{
    Result result;
    ServerDiscovery discovery(m_presets);
    discovery.setAutoconfigUrls({u"http://127.0.0.1:%1/{domain}"_s.arg(closedPort())});
    discovery.setNameserver(m_dnsRunning ? m_dns.address() : QHostAddress(u"127.0.0.1"_s));
    discovery.setProbeTargets(probes);
    discovery.setCaFile(caFile);
    discovery.setStepTimeout(5s);
    QSignalSpy found(&discovery, &ServerDiscovery::found);
    QSignalSpy failed(&discovery, &ServerDiscovery::failed);
    discovery.start(address);
    if (!QTest::qWaitFor([&] { return !found.isEmpty() || !failed.isEmpty(); }, 40000))
        return result;
    if (!found.isEmpty())
        result.server = found.first().at(0).value<DiscoveredServer>();
    if (!failed.isEmpty())
        result.tried = failed.first().at(0).toStringList();
    return result;
}

void TestServerDiscovery::srv_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<smtp::Security>("security");
    QTest::addColumn<QString>("record");
    QTest::newRow("submissions") << u"a@tls.test"_s << u"smtp.tls.test"_s << 465
                                 << smtp::Security::ImplicitTls << u"_submissions._tcp.tls.test"_s;
    QTest::newRow("submission") << u"a@starttls.test"_s << u"mail.starttls.test"_s << 587
                                << smtp::Security::StartTls << u"_submission._tcp.starttls.test"_s;
    QTest::newRow("not offered, then submission")
        << u"a@dot.test"_s << u"submit.dot.test"_s << 2587 << smtp::Security::StartTls
        << u"_submission._tcp.dot.test"_s;
    QTest::newRow("priority") << u"a@prio.test"_s << u"first.prio.test"_s << 1465
                              << smtp::Security::ImplicitTls << u"_submissions._tcp.prio.test"_s;
}

void TestServerDiscovery::srv()
{
    requireDns();
    QFETCH(QString, address);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(smtp::Security, security);
    QFETCH(QString, record);
    const Result result = discover(address, {});
    QVERIFY2(result.server.has_value(), qPrintable(result.tried.join(u'\n')));
    QCOMPARE(result.server->host, host);
    QCOMPARE(result.server->port, quint16(port));
    QCOMPARE(result.server->security, security);
    QCOMPARE(result.server->user, address);
    QCOMPARE(result.server->source.kind(), SettingsSource::Kind::Srv);
    QCOMPARE(result.server->source.origin(), record);
}

void TestServerDiscovery::mailExchangerOfKnownProvider()
{
    requireDns();
    const Result result = discover(u"boss@hosted.test"_s, {});
    QVERIFY2(result.server.has_value(), qPrintable(result.tried.join(u'\n')));
    QCOMPARE(result.server->host, u"smtp.exmail.qq.com"_s);
    QCOMPARE(result.server->port, quint16(465));
    QCOMPARE(result.server->providerId, u"tencent-exmail"_s);
    QCOMPARE(result.server->noteKey, u"exmail-client-password"_s);
    QCOMPARE(result.server->source.kind(), SettingsSource::Kind::MailExchanger);
    QCOMPARE(result.server->source.origin(), u"mxbiz1.qq.com"_s);
}

void TestServerDiscovery::nothingInDns()
{
    requireDns();
    const Result result = discover(u"a@own.test"_s, {});
    QVERIFY(!result.server.has_value());
    const QString tried = result.tried.join(u'\n');
    QVERIFY2(tried.contains(u"_submissions._tcp.own.test"_s), qPrintable(tried));
    QVERIFY2(tried.contains(u"belong to no provider"_s), qPrintable(tried));
}

void TestServerDiscovery::probePrefersEarlierTarget()
{
    testsupport::AiosmtpdServer server;
    QVERIFY2(server.start(u"starttls"_s, m_certificates.certificatePath(u"server"_s),
                          m_certificates.keyPath(u"server"_s), u"user"_s, u"secret"_s),
             qPrintable(server.errorString()));
    // Implicit TLS is preferred, but nothing listens there; STARTTLS answers.
    const Result result = discover(u"a@own.test"_s,
                                   {{u"127.0.0.1"_s, closedPort(), smtp::Security::ImplicitTls},
                                    {u"127.0.0.1"_s, server.port(), smtp::Security::StartTls}},
                                   m_certificates.caFile());
    QVERIFY2(result.server.has_value(), qPrintable(result.tried.join(u'\n')));
    QCOMPARE(result.server->host, u"127.0.0.1"_s);
    QCOMPARE(result.server->port, server.port());
    QCOMPARE(result.server->security, smtp::Security::StartTls);
    QCOMPARE(result.server->source.kind(), SettingsSource::Kind::Probe);
    QCOMPARE(result.server->source.origin(), u"127.0.0.1:%1"_s.arg(server.port()));
}

void TestServerDiscovery::probeSkipsPlainTextOnTlsPort()
{
    // A plain-text server where implicit TLS is expected is not a submission server for us.
    testsupport::ScriptedServer plain;
    QVERIFY(plain.load("S: 220 plain.test ESMTP\nEND\n"));
    QVERIFY(plain.listen());
    const Result result =
        discover(u"a@own.test"_s, {{u"127.0.0.1"_s, plain.port(), smtp::Security::ImplicitTls}});
    QVERIFY(!result.server.has_value());
    QVERIFY2(result.tried.join(u'\n').contains(u"127.0.0.1:%1"_s.arg(plain.port())),
             qPrintable(result.tried.join(u'\n')));
}

void TestServerDiscovery::probeAcceptsUntrustedCertificate()
{
    // A TLS server whose certificate is not trusted is still the server: the diagnosis
    // explains the certificate afterwards.
    testsupport::AiosmtpdServer server;
    QVERIFY2(server.start(u"implicit"_s, m_certificates.certificatePath(u"self-signed"_s),
                          m_certificates.keyPath(u"self-signed"_s), u"user"_s, u"secret"_s),
             qPrintable(server.errorString()));
    const Result result =
        discover(u"a@own.test"_s, {{u"127.0.0.1"_s, server.port(), smtp::Security::ImplicitTls}});
    QVERIFY2(result.server.has_value(), qPrintable(result.tried.join(u'\n')));
    QCOMPARE(result.server->security, smtp::Security::ImplicitTls);
    QCOMPARE(result.server->port, server.port());
}

QTEST_GUILESS_MAIN(TestServerDiscovery)
#include "tst_serverdiscovery.moc"
