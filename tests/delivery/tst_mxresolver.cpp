// smtp::MxResolver against dnsmasq (QDnsLookup's real parsing of real answers): MX hosts in
// preference order, equal preferences shuffled, the null MX of RFC 7505, the A/AAAA fallback
// of RFC 5321 §5.1, MX hosts without addresses, domains that do not exist, and a DNS server
// that does not answer.

#include "deliverytest.h"
#include "mxresolver.h"
#include "sessionharness.h"
#include "testrequirement.h"

#include <QElapsedTimer>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using smtp::MxRoute;

namespace {

// Listed out of order where order matters: what the resolver returns must come from the
// preferences, not from the order of the answer.
const QStringList zone{
    deliverytest::mxRecord(u"order.test"_s, u"c.order.test"_s, 30),
    deliverytest::mxRecord(u"order.test"_s, u"a.order.test"_s, 10),
    deliverytest::mxRecord(u"order.test"_s, u"b.order.test"_s, 20),
    deliverytest::hostRecord(u"a.order.test"_s, {QHostAddress(u"127.0.0.11"_s)}),
    deliverytest::hostRecord(u"b.order.test"_s,
                             {QHostAddress(u"127.0.0.12"_s), QHostAddress(u"fd00::12"_s)}),
    deliverytest::hostRecord(u"c.order.test"_s, {QHostAddress(u"fd00::13"_s)}),
    // Two hosts of equal preference, and one after them.
    deliverytest::mxRecord(u"equal.test"_s, u"r.equal.test"_s, 20),
    deliverytest::mxRecord(u"equal.test"_s, u"p.equal.test"_s, 10),
    deliverytest::mxRecord(u"equal.test"_s, u"q.equal.test"_s, 10),
    deliverytest::hostRecord(u"p.equal.test"_s, {QHostAddress(u"127.0.0.21"_s)}),
    deliverytest::hostRecord(u"q.equal.test"_s, {QHostAddress(u"127.0.0.22"_s)}),
    deliverytest::hostRecord(u"r.equal.test"_s, {QHostAddress(u"127.0.0.23"_s)}),
    // "MX 0 ." on the wire: preference 0, the root as exchange (checked with a raw query:
    // RDATA 00 00 00).
    deliverytest::mxRecord(u"nullmx.test"_s, u"."_s, 0),
    // Addresses and no MX: the domain is its own mail host.
    deliverytest::hostRecord(u"implicit.test"_s,
                             {QHostAddress(u"127.0.0.31"_s), QHostAddress(u"fd00::31"_s)}),
    // An MX host without any address, then one with.
    deliverytest::mxRecord(u"ghost.test"_s, u"nowhere.ghost.test"_s, 10),
    deliverytest::mxRecord(u"ghost.test"_s, u"mx.ghost.test"_s, 20),
    deliverytest::hostRecord(u"mx.ghost.test"_s, {QHostAddress(u"127.0.0.41"_s)}),
    // 例子.test
    deliverytest::mxRecord(u"xn--fsqu00a.test"_s, u"mx.xn--fsqu00a.test"_s, 5),
    deliverytest::hostRecord(u"mx.xn--fsqu00a.test"_s, {QHostAddress(u"127.0.0.51"_s)}),
};

struct Host
{
    QString name;
    int preference = 0;
    QStringList addresses; // sorted: AAAA and A answers arrive in either order
    bool error = false;    // the host has no address and says why
};

QStringList sortedAddresses(const smtp::MxHost& host)
{
    QStringList addresses;
    for (const QHostAddress& address : host.addresses)
        addresses.append(address.toString());
    addresses.sort();
    return addresses;
}

QString routeText(const MxRoute& route)
{
    QStringList hosts;
    for (const smtp::MxHost& host : route.hosts)
        hosts.append(u"%1 %2 [%3] %4"_s.arg(host.preference)
                         .arg(host.name, sortedAddresses(host).join(u", "_s), host.error.text()));
    return u"kind %1, error \"%2\", temporary %3, hosts: %4"_s.arg(int(route.kind))
        .arg(route.error.text())
        .arg(route.temporaryFailure)
        .arg(hosts.join(u"; "_s));
}

} // namespace

Q_DECLARE_METATYPE(Host)

class TestMxResolver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void route_data();
    void route();
    void preferenceOrderEveryTime();
    void equalPreferencesShuffled();
    void invalidDomain();
    void dnsServerNotAnswering();

private:
    // What dnsmasq logged about the domain and its hosts, for failure messages.
    QString queriesFor(const QString& domain);
    std::optional<MxRoute> resolve(const QString& domain, const QHostAddress& nameserver,
                                   int ms = 10000);

    testsupport::Dnsmasq m_dns;
};

void TestMxResolver::initTestCase()
{
    HY_REQUIRE(deliverytest::runningAsRoot(), deliverytest::NeedsRoot);
    QVERIFY2(m_dns.start(zone), qPrintable(m_dns.errorString()));
}

std::optional<MxRoute> TestMxResolver::resolve(const QString& domain,
                                               const QHostAddress& nameserver, int ms)
{
    smtp::MxResolver resolver;
    resolver.setNameserver(nameserver);
    std::optional<MxRoute> route;
    int emitted = 0;
    connect(&resolver, &smtp::MxResolver::finished, this, [&](const MxRoute& result) {
        route = result;
        ++emitted;
    });
    resolver.resolve(domain);
    testsupport::waitUntil([&] { return emitted > 0; }, ms);
    // finished() comes once: a second one would answer a later resolve() with this route.
    testsupport::waitUntil([] { return false; }, 20);
    if (emitted > 1)
        return std::nullopt;
    return route;
}

QString TestMxResolver::queriesFor(const QString& domain)
{
    const QString ace = QString::fromLatin1(QUrl::toAce(domain));
    QStringList lines = m_dns.log().split(u'\n');
    lines.removeIf([&ace](const QString& line) { return !line.contains(ace); });
    return lines.join(u'\n');
}

void TestMxResolver::route_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<MxRoute::Kind>("kind");
    QTest::addColumn<QList<Host>>("hosts"); // in the order they are to be tried
    QTest::addColumn<bool>("temporary");

    QTest::addRow("MX hosts by preference")
        << u"order.test"_s << MxRoute::Kind::Mx
        << QList<Host>{{u"a.order.test"_s, 10, {u"127.0.0.11"_s}},
                       {u"b.order.test"_s, 20, {u"127.0.0.12"_s, u"fd00::12"_s}},
                       {u"c.order.test"_s, 30, {u"fd00::13"_s}}}
        << false;
    QTest::addRow("null MX") << u"nullmx.test"_s << MxRoute::Kind::NullMx << QList<Host>() << false;
    QTest::addRow("no MX: A and AAAA of the domain")
        << u"implicit.test"_s << MxRoute::Kind::ImplicitMx
        << QList<Host>{{u"implicit.test"_s, 0, {u"127.0.0.31"_s, u"fd00::31"_s}}} << false;
    QTest::addRow("MX host without an address")
        << u"ghost.test"_s << MxRoute::Kind::Mx
        << QList<Host>{{u"nowhere.ghost.test"_s, 10, {}, true},
                       {u"mx.ghost.test"_s, 20, {u"127.0.0.41"_s}}}
        << false;
    QTest::addRow("no such domain")
        << u"nowhere.test"_s << MxRoute::Kind::NoRoute << QList<Host>() << false;
    QTest::addRow("internationalised domain")
        << u"例子.test"_s << MxRoute::Kind::Mx
        << QList<Host>{{u"mx.xn--fsqu00a.test"_s, 5, {u"127.0.0.51"_s}}} << false;
}

void TestMxResolver::route()
{
    QFETCH(QString, domain);
    QFETCH(MxRoute::Kind, kind);
    QFETCH(QList<Host>, hosts);
    QFETCH(bool, temporary);

    const std::optional<MxRoute> route = resolve(domain, m_dns.address());
    QVERIFY2(route, "finished() did not come exactly once");
    const QString text = routeText(*route) + u"\ndnsmasq:\n"_s + queriesFor(domain);
    QVERIFY2(route->kind == kind, qPrintable(text));
    QCOMPARE(route->domain, domain);
    QCOMPARE(route->temporaryFailure, temporary);
    QCOMPARE(route->error.isEmpty(), kind != MxRoute::Kind::NoRoute);
    QVERIFY2(route->hosts.size() == hosts.size(), qPrintable(text));
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        const smtp::MxHost& host = route->hosts[i];
        QCOMPARE(host.name, hosts[i].name);
        QCOMPARE(host.preference, hosts[i].preference);
        QCOMPARE(sortedAddresses(host), hosts[i].addresses);
    }
    // A type a host lacks (no AAAA for an IPv4-only host: dnsmasq answers NODATA) is no
    // error. Last, so that a failure here does not hide the checks above.
    for (qsizetype i = 0; i < hosts.size(); ++i)
        QVERIFY2(route->hosts[i].error.isEmpty() != hosts[i].error, qPrintable(text));
}

void TestMxResolver::preferenceOrderEveryTime()
{
    // The answer's order is not the preference order, and the resolver shuffles before it
    // sorts: a resolver that forgot to sort would pass one run in six, ten runs one time
    // in 60 million.
    for (int run = 0; run < 10; ++run) {
        const std::optional<MxRoute> route = resolve(u"order.test"_s, m_dns.address());
        QVERIFY(route);
        QStringList names;
        for (const smtp::MxHost& host : route->hosts)
            names.append(host.name);
        QCOMPARE(names, (QStringList{u"a.order.test"_s, u"b.order.test"_s, u"c.order.test"_s}));
    }
}

void TestMxResolver::equalPreferencesShuffled()
{
    // RFC 5321 §5.1: hosts of equal preference are tried in random order, so the load
    // spreads. Either order of p and q comes first with probability 1/2 per resolution;
    // fifty resolutions all giving the same order happens with probability 2 * 2^-50
    // (about 2e-15) for a correct resolver, and always for one that does not shuffle.
    int pFirst = 0;
    int qFirst = 0;
    for (int run = 0; run < 50; ++run) {
        const std::optional<MxRoute> route = resolve(u"equal.test"_s, m_dns.address());
        QVERIFY(route);
        QVERIFY2(route->kind == MxRoute::Kind::Mx && route->hosts.size() == 3,
                 qPrintable(routeText(*route)));
        const QString first = route->hosts[0].name;
        const QString second = route->hosts[1].name;
        QVERIFY2((first == u"p.equal.test"_s && second == u"q.equal.test"_s) ||
                     (first == u"q.equal.test"_s && second == u"p.equal.test"_s),
                 qPrintable(routeText(*route)));
        // The shuffle never crosses preferences.
        QCOMPARE(route->hosts[2].name, u"r.equal.test"_s);
        (first == u"p.equal.test"_s ? pFirst : qFirst) += 1;
    }
    QVERIFY2(pFirst > 0 && qFirst > 0,
             qPrintable(u"p first %1 times, q first %2 times"_s.arg(pFirst).arg(qFirst)));
}

void TestMxResolver::invalidDomain()
{
    // Not a domain name at all: no query is made, and retrying cannot help.
    const std::optional<MxRoute> route = resolve(u"bad..domain"_s, m_dns.address());
    QVERIFY(route);
    QCOMPARE(route->kind, MxRoute::Kind::NoRoute);
    QVERIFY(!route->temporaryFailure);
    QVERIFY2(route->error.text().contains(u"bad..domain"_s), qPrintable(route->error.text()));
    QVERIFY(!m_dns.log().contains(u"bad..domain"_s));
}

void TestMxResolver::dnsServerNotAnswering()
{
    // A loopback address with nothing on port 53: the DNS failure is temporary (the
    // message waits for a retry), unlike a domain that does not exist. Qt 6.4 reports a
    // server that never answers with the same InvalidReplyError as a NODATA answer.
    const QHostAddress silent = deliverytest::addressWithoutDns();
    QVERIFY(!silent.isNull());
    QElapsedTimer clock;
    clock.start();
    const std::optional<MxRoute> route = resolve(u"order.test"_s, silent, 40000);
    QVERIFY2(route, qPrintable(u"no answer within %1 ms"_s.arg(clock.elapsed())));
    QVERIFY2(route->kind == MxRoute::Kind::NoRoute && route->temporaryFailure,
             qPrintable(routeText(*route)));
    QVERIFY(route->hosts.isEmpty());
}

QTEST_GUILESS_MAIN(TestMxResolver)
#include "tst_mxresolver.moc"
