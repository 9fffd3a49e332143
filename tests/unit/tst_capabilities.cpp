// Capabilities: what the EHLO reply announces, read the way RFC 5321 §4.1.1.1 defines it.

#include "capabilities.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using smtp::Capabilities;
using smtp::Reply;

class TestCapabilities : public QObject
{
    Q_OBJECT

private slots:
    void typicalServer();
    void firstLineIsTheGreeting();
    void authForms();
    void size_data();
    void size();
    void caseInsensitive();
    void keywordsMatchWhole();
    void defaultIsNotExtended();
};

void TestCapabilities::typicalServer()
{
    const Capabilities capabilities = Capabilities::fromEhloReply(
        Reply(250, {"smtp.163.com Anti-spam GT for Coremail System", "PIPELINING",
                    "AUTH LOGIN PLAIN XOAUTH2", "SIZE 73400320", "STARTTLS", "8BITMIME", "SMTPUTF8",
                    "CHUNKING", "ENHANCEDSTATUSCODES"}));
    QVERIFY(capabilities.isExtended());
    QCOMPARE(capabilities.serverGreeting(), u"smtp.163.com Anti-spam GT for Coremail System"_s);
    QVERIFY(capabilities.supportsPipelining());
    QVERIFY(capabilities.supportsStartTls());
    QVERIFY(capabilities.supports8BitMime());
    QVERIFY(capabilities.supportsSmtpUtf8());
    QVERIFY(capabilities.supportsChunking());
    QVERIFY(capabilities.supportsEnhancedStatusCodes());
    QVERIFY(capabilities.supportsSize());
    QCOMPARE(capabilities.sizeLimit(), qint64(73400320));
    QCOMPARE(capabilities.authMechanisms(), (QStringList{u"LOGIN"_s, u"PLAIN"_s, u"XOAUTH2"_s}));
    QCOMPARE(capabilities.parameters("AUTH"), (QList<QByteArray>{"LOGIN", "PLAIN", "XOAUTH2"}));
    QCOMPARE(capabilities.lines().size(), 8);
    QCOMPARE(capabilities.lines().first(), QByteArray("PIPELINING"));
}

void TestCapabilities::firstLineIsTheGreeting()
{
    // A greeting line that happens to look like a keyword announces nothing.
    const Capabilities capabilities = Capabilities::fromEhloReply(Reply(250, {"STARTTLS"}));
    QVERIFY(capabilities.isExtended());
    QVERIFY(!capabilities.supportsStartTls());
    QVERIFY(capabilities.lines().isEmpty());
    QCOMPARE(capabilities.serverGreeting(), u"STARTTLS"_s);

    const Capabilities two =
        Capabilities::fromEhloReply(Reply(250, {"PIPELINING mx.test", "STARTTLS"}));
    QVERIFY(!two.supportsPipelining());
    QVERIFY(two.supportsStartTls());
}

void TestCapabilities::authForms()
{
    // The legacy "AUTH=" form (old Outlook clients needed it) counts as well.
    const Capabilities legacy =
        Capabilities::fromEhloReply(Reply(250, {"mx.test", "AUTH=LOGIN CRAM-MD5"}));
    QVERIFY(legacy.authMechanisms().contains(u"LOGIN"_s));
    QVERIFY(legacy.authMechanisms().contains(u"CRAM-MD5"_s));

    const Capabilities both = Capabilities::fromEhloReply(
        Reply(250, {"mx.test", "AUTH PLAIN LOGIN", "AUTH=PLAIN LOGIN"}));
    QVERIFY(both.authMechanisms().contains(u"PLAIN"_s));
    QVERIFY(both.authMechanisms().contains(u"LOGIN"_s));

    const Capabilities lower =
        Capabilities::fromEhloReply(Reply(250, {"mx.test", "auth plain cram-md5"}));
    QVERIFY(lower.authMechanisms().contains(u"PLAIN"_s));
    QVERIFY(lower.authMechanisms().contains(u"CRAM-MD5"_s));

    const Capabilities none = Capabilities::fromEhloReply(Reply(250, {"mx.test", "PIPELINING"}));
    QVERIFY(none.authMechanisms().isEmpty());
}

void TestCapabilities::size_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("supported");
    QTest::addColumn<qint64>("limit");
    QTest::addRow("with limit") << QByteArray("SIZE 1000") << true << qint64(1000);
    QTest::addRow("large limit") << QByteArray("SIZE 5368709120") << true << qint64(5368709120);
    QTest::addRow("without limit") << QByteArray("SIZE") << true << qint64(0);
    QTest::addRow("zero: no limit") << QByteArray("SIZE 0") << true << qint64(0);
    QTest::addRow("lower case") << QByteArray("size 2048") << true << qint64(2048);
    QTest::addRow("garbage limit") << QByteArray("SIZE lots") << true << qint64(0);
    QTest::addRow("not announced") << QByteArray("PIPELINING") << false << qint64(0);
}

void TestCapabilities::size()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, supported);
    QFETCH(qint64, limit);
    const Capabilities capabilities = Capabilities::fromEhloReply(Reply(250, {"mx.test", line}));
    QCOMPARE(capabilities.supportsSize(), supported);
    QCOMPARE(capabilities.sizeLimit(), limit);
}

void TestCapabilities::caseInsensitive()
{
    const Capabilities capabilities =
        Capabilities::fromEhloReply(Reply(250, {"mx.test", "pipelining", "StartTLS", "8bitmime"}));
    QVERIFY(capabilities.supportsPipelining());
    QVERIFY(capabilities.supportsStartTls());
    QVERIFY(capabilities.supports8BitMime());
    QVERIFY(capabilities.has("PIPELINING"));
    QVERIFY(capabilities.has("Pipelining"));
}

void TestCapabilities::keywordsMatchWhole()
{
    const Capabilities capabilities = Capabilities::fromEhloReply(
        Reply(250, {"mx.test", "SIZEX 10", "STARTTLSX", "X-PIPELINING"}));
    QVERIFY(!capabilities.has("SIZE"));
    QVERIFY(!capabilities.supportsStartTls());
    QVERIFY(!capabilities.supportsPipelining());
    QVERIFY(!capabilities.has("SIZ"));
    QVERIFY(capabilities.has("SIZEX"));
}

void TestCapabilities::defaultIsNotExtended()
{
    const Capabilities capabilities;
    QVERIFY(!capabilities.isExtended());
    QVERIFY(!capabilities.supportsStartTls());
    QVERIFY(capabilities.authMechanisms().isEmpty());
    QCOMPARE(capabilities.sizeLimit(), qint64(0));
}

QTEST_GUILESS_MAIN(TestCapabilities)
#include "tst_capabilities.moc"
