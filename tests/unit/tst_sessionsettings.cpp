// SessionSettings: default ports per security mode, uniform timeouts, and validation that
// refuses what could never work (or could inject into the EHLO line) before connecting.

#include "sessionsettings.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using smtp::Security;
using smtp::SessionSettings;

class TestSessionSettings : public QObject
{
    Q_OBJECT

private slots:
    void ports();
    void uniformTimeouts();
    void validate_data();
    void validate();
};

void TestSessionSettings::ports()
{
    QCOMPARE(SessionSettings::defaultPort(Security::ImplicitTls), quint16(465));
    QCOMPARE(SessionSettings::defaultPort(Security::StartTls), quint16(587));
    QCOMPARE(SessionSettings::defaultPort(Security::Plain), quint16(25));
    QCOMPARE(SessionSettings::defaultPort(Security::Opportunistic), quint16(25));
    SessionSettings settings;
    settings.security = Security::ImplicitTls;
    QCOMPARE(settings.effectivePort(), quint16(465));
    settings.port = 2465;
    QCOMPARE(settings.effectivePort(), quint16(2465));
}

void TestSessionSettings::uniformTimeouts()
{
    const smtp::Timeouts t = smtp::Timeouts::uniform(1500ms);
    for (const auto limit : {t.connect, t.tlsHandshake, t.greeting, t.command, t.dataInitiation,
                             t.dataBlock, t.dataTermination})
        QCOMPARE(limit, 1500ms);
}

void TestSessionSettings::validate_data()
{
    QTest::addColumn<SessionSettings>("settings");
    QTest::addColumn<QString>("mentions"); // empty: valid

    SessionSettings good;
    good.host = u"smtp.163.com"_s;
    QTest::addRow("valid") << good << QString();

    SessionSettings ip = good;
    ip.host = u"127.0.0.1"_s;
    QTest::addRow("IP address") << ip << QString();

    SessionSettings idn = good;
    idn.host = u"邮件.例子.中国"_s;
    QTest::addRow("IDN host") << idn << QString();

    SessionSettings noHost = good;
    noHost.host.clear();
    QTest::addRow("no host") << noHost << u"host"_s;

    SessionSettings spaceHost = good;
    spaceHost.host = u"smtp .example.com"_s;
    QTest::addRow("space in host") << spaceHost << u"host"_s;

    SessionSettings injectedEhlo = good;
    injectedEhlo.ehloName = u"client.test\r\nMAIL FROM:<x@y>"_s;
    QTest::addRow("line break in EHLO name") << injectedEhlo << u"ehlo"_s;

    SessionSettings shortPin = good;
    shortPin.pinnedSha256 = QByteArray(31, 'x');
    QTest::addRow("pin of the wrong length") << shortPin << u"pin"_s;

    SessionSettings zeroTimeout = good;
    zeroTimeout.timeouts.command = 0ms;
    QTest::addRow("zero timeout") << zeroTimeout << u"timeout"_s;
}

void TestSessionSettings::validate()
{
    QFETCH(SessionSettings, settings);
    QFETCH(QString, mentions);
    const QString problem = settings.validate().text();
    if (mentions.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(mentions, Qt::CaseInsensitive), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestSessionSettings)
#include "tst_sessionsettings.moc"
