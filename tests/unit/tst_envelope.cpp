// Envelope::wireAddress: what goes between < and > in MAIL FROM and RCPT TO. International
// domains become punycode unless the server speaks SMTPUTF8, an international local part
// needs SMTPUTF8, and nothing that could break the command line gets through.

#include "envelope.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using smtp::Envelope;

class TestEnvelope : public QObject
{
    Q_OBJECT

private slots:
    void wireAddress_data();
    void wireAddress();
    void refused_data();
    void refused();
    void isInternational();
};

void TestEnvelope::wireAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("smtpUtf8");
    QTest::addColumn<QByteArray>("expected");

    QTest::addRow("ASCII") << u"user@example.com"_s << false << QByteArray("user@example.com");
    QTest::addRow("ASCII with SMTPUTF8")
        << u"user@example.com"_s << true << QByteArray("user@example.com");
    // Expected punycode computed independently (Python's idna codec).
    QTest::addRow("Chinese domain, punycode")
        << u"user@例子.测试"_s << false << QByteArray("user@xn--fsqu00a.xn--0zwm56d");
    QTest::addRow("Chinese domain kept with SMTPUTF8")
        << u"user@例子.测试"_s << true << u"user@例子.测试"_s.toUtf8();
    QTest::addRow("German domain")
        << u"info@bücher.example"_s << false << QByteArray("info@xn--bcher-kva.example");
    QTest::addRow("Chinese TLD") << u"a@邮件.中国"_s << false
                                 << QByteArray("a@xn--5nq051n.xn--fiqs8s");
    QTest::addRow("Chinese local part with SMTPUTF8")
        << u"张三@例子.中国"_s << true << u"张三@例子.中国"_s.toUtf8();
    QTest::addRow("address literal")
        << u"postmaster@[192.0.2.1]"_s << false << QByteArray("postmaster@[192.0.2.1]");
    QTest::addRow("quoted local part with a space")
        << u"\"john doe\"@example.com"_s << false << QByteArray("\"john doe\"@example.com");
    QTest::addRow("null reverse path") << QString() << false << QByteArray();
}

void TestEnvelope::wireAddress()
{
    QFETCH(QString, address);
    QFETCH(bool, smtpUtf8);
    QFETCH(QByteArray, expected);
    bool needed = true;
    smtp::Note error;
    const std::optional<QByteArray> wire =
        Envelope::wireAddress(address, smtpUtf8, &needed, &error);
    QVERIFY2(wire.has_value(), qPrintable(error.text()));
    QCOMPARE(*wire, expected);
    QVERIFY(!needed);
}

void TestEnvelope::refused_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("smtpUtf8");
    QTest::addColumn<bool>("smtpUtf8Needed");

    QTest::addRow("Chinese local part without SMTPUTF8") << u"张三@example.com"_s << false << true;
    QTest::addRow("CRLF injection") << u"a@x.test>\r\nRCPT TO:<b@y.test"_s << false << false;
    QTest::addRow("CR") << u"a\r@x.test"_s << false << false;
    QTest::addRow("LF in domain") << u"a@x\n.test"_s << false << false;
    QTest::addRow("NUL") << u"a\u0000b@x.test"_s << false << false;
    QTest::addRow("space") << u"a b@x.test"_s << false << false;
    QTest::addRow("space in domain") << u"a@x .test"_s << false << false;
    QTest::addRow("angle brackets") << u"<a@x.test>"_s << false << false;
    QTest::addRow("closing bracket") << u"a@x.test>"_s << false << false;
    QTest::addRow("no at sign") << u"postmaster"_s << false << false;
    QTest::addRow("empty local part") << u"@x.test"_s << false << false;
    QTest::addRow("empty domain") << u"a@"_s << false << false;
    QTest::addRow("CRLF even with SMTPUTF8") << u"张三@x.test\r\nQUIT"_s << true << false;
}

void TestEnvelope::refused()
{
    QFETCH(QString, address);
    QFETCH(bool, smtpUtf8);
    QFETCH(bool, smtpUtf8Needed);
    bool needed = !smtpUtf8Needed;
    smtp::Note error;
    const std::optional<QByteArray> wire =
        Envelope::wireAddress(address, smtpUtf8, &needed, &error);
    QVERIFY2(!wire.has_value(), wire ? wire->constData() : "");
    QVERIFY(!error.isEmpty());
    QCOMPARE(needed, smtpUtf8Needed);
}

void TestEnvelope::isInternational()
{
    QVERIFY(Envelope::isInternational(u"张三@example.com"_s));
    QVERIFY(Envelope::isInternational(u"a@例子.测试"_s));
    QVERIFY(!Envelope::isInternational(u"a@example.com"_s));
    QVERIFY(!Envelope::isInternational(QString()));
}

QTEST_GUILESS_MAIN(TestEnvelope)
#include "tst_envelope.moc"
