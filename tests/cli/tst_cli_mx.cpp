// hongyan-cli mx against dnsmasq answering from its command line only, on port 53 of a
// loopback address of its own (QDnsLookup asks port 53 only, so this needs root, as in CI):
// MX preferences and order, addresses, null MX (RFC 7505), the A fallback (implicit MX,
// RFC 5321 §5.1), a domain that does not exist, an internationalised domain, and the exit
// statuses that go with each.

#include "clitest.h"
#include "dnsmasq.h"
#include "testrequirement.h"

#include <QJsonArray>
#include <QTest>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using clitest::CliRun;

namespace {

// The zone, as dnsmasq options. Listed out of order: the order printed must come from the
// preferences.
const QStringList records{
    u"--mx-host=example.test,mx3.example.test,30"_s,
    u"--mx-host=example.test,mx1.example.test,10"_s,
    u"--mx-host=example.test,mx2.example.test,20"_s,
    u"--host-record=mx1.example.test,127.0.0.60"_s,
    u"--host-record=mx2.example.test,127.0.0.61,fd00::61"_s,
    u"--host-record=mx3.example.test,fd00::62"_s,
    // dnsmasq writes "." as the root name: MX 0 ., the null MX.
    u"--mx-host=nullmx.test,.,0"_s,
    // An address and no MX record.
    u"--host-record=amx.test,127.0.0.62"_s,
    // 例子.test
    u"--mx-host=xn--fsqu00a.test,mx.xn--fsqu00a.test,5"_s,
    u"--host-record=mx.xn--fsqu00a.test,127.0.0.63"_s,
};

struct Host
{
    QString name;
    int preference;
    QStringList addresses; // sorted: the order within a host is not part of the contract
};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

Q_DECLARE_METATYPE(Host)

class TestCliMx : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void route_data();
    void route();
    void invalidDomain();

private:
    testsupport::Dnsmasq m_dns;
};

void TestCliMx::initTestCase()
{
    HY_REQUIRE(::geteuid() == 0,
               "dnsmasq must bind port 53, which needs root (CI runs the tests as root)");
    QVERIFY2(m_dns.start(records), qPrintable(m_dns.errorString()));
}

void TestCliMx::route_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QList<Host>>("hosts"); // in the order they are tried
    QTest::addColumn<QString>("output");    // stdout of the run without --json has this

    QTest::addRow("0 three MX hosts by preference")
        << u"example.test"_s << 0 << u"mx"_s
        << QList<Host>{{u"mx1.example.test"_s, 10, {u"127.0.0.60"_s}},
                       {u"mx2.example.test"_s, 20, {u"127.0.0.61"_s, u"fd00::61"_s}},
                       {u"mx3.example.test"_s, 30, {u"fd00::62"_s}}}
        << u"example.test: MX hosts"_s;
    QTest::addRow("6 null MX") << u"nullmx.test"_s << 6 << u"null-mx"_s << QList<Host>()
                               << u"nullmx.test: null MX (RFC 7505)"_s;
    QTest::addRow("0 no MX, A record: implicit MX")
        << u"amx.test"_s << 0 << u"implicit-mx"_s
        << QList<Host>{{u"amx.test"_s, 0, {u"127.0.0.62"_s}}} << u"amx.test: no MX records"_s;
    QTest::addRow("3 no such domain")
        << u"nowhere.test"_s << 3 << u"no-route"_s << QList<Host>() << QString();
    QTest::addRow("0 internationalised domain")
        << u"例子.test"_s << 0 << u"mx"_s
        << QList<Host>{{u"mx.xn--fsqu00a.test"_s, 5, {u"127.0.0.63"_s}}}
        << u"例子.test: MX hosts"_s;
}

void TestCliMx::route()
{
    QFETCH(QString, domain);
    QFETCH(int, exitCode);
    QFETCH(QString, kind);
    QFETCH(QList<Host>, hosts);
    QFETCH(QString, output);

    const QStringList arguments{u"mx"_s, domain, u"--dns-server"_s, m_dns.address().toString()};
    const CliRun run = clitest::runCli(arguments);
    QVERIFY2(run.finished && run.exitCode == exitCode, qPrintable(run.describe()));
    QVERIFY2(run.out().contains(output), qPrintable(output + u"\n"_s + run.describe()));
    // One line per host, in the order they are tried: preference, name, addresses.
    qsizetype previous = -1;
    for (const Host& host : hosts) {
        const QRegularExpression line(
            u"^ *%1  %2  (.+)$"_s.arg(host.preference).arg(QRegularExpression::escape(host.name)),
            QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = line.match(run.out());
        QVERIFY2(match.hasMatch() && match.capturedStart() > previous,
                 qPrintable(host.name + run.describe()));
        QCOMPARE(sorted(match.captured(1).split(u", "_s)), host.addresses);
        previous = match.capturedStart();
    }
    if (exitCode != 0)
        QVERIFY2(run.out().contains(domain) || run.err().contains(domain),
                 qPrintable(run.describe()));

    const CliRun json = clitest::runCli(arguments + QStringList{u"--json"_s});
    QVERIFY2(json.finished && json.exitCode == exitCode, qPrintable(json.describe()));
    QString error;
    const QJsonObject report = clitest::parseJsonLine(json.standardOutput, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error + json.describe()));
    QCOMPARE(report.value(u"domain"_s).toString(), domain);
    QCOMPARE(report.value(u"kind"_s).toString(), kind);
    QCOMPARE(report.value(u"error"_s).isNull(), exitCode != 3);
    const QJsonArray reported = report.value(u"hosts"_s).toArray();
    QCOMPARE(reported.size(), hosts.size());
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        const QJsonObject host = reported.at(i).toObject();
        QCOMPARE(host.value(u"host"_s).toString(), hosts[i].name);
        QCOMPARE(host.value(u"preference"_s).toInt(), hosts[i].preference);
        QStringList addresses;
        for (const QJsonValue& address : host.value(u"addresses"_s).toArray())
            addresses.append(address.toString());
        QCOMPARE(sorted(addresses), hosts[i].addresses);
    }
    // A host with addresses has no error: a type it lacks (no AAAA for an IPv4-only host)
    // is no error. Last, so that a failure here does not hide the checks above.
    for (qsizetype i = 0; i < hosts.size(); ++i)
        QVERIFY2(reported.at(i)[u"error"_s].isNull(),
                 qPrintable(hosts[i].name + u": "_s + reported.at(i)[u"error"_s].toString()));
}

void TestCliMx::invalidDomain()
{
    // Not a domain name at all: an input error, like a bad flag, not a DNS failure.
    const CliRun run =
        clitest::runCli({u"mx"_s, u"bad..domain"_s, u"--dns-server"_s, m_dns.address().toString()});
    QVERIFY2(run.finished, qPrintable(run.describe()));
    QVERIFY2(run.err().contains(u"bad..domain"_s), qPrintable(run.describe()));
    QCOMPARE(run.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliMx)
#include "tst_cli_mx.moc"
