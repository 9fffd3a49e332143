// EnhancedStatus: RFC 3463 codes are read only when well-formed and consistent with the reply.

#include "enhancedstatus.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using smtp::EnhancedStatus;

class TestEnhancedStatus : public QObject
{
    Q_OBJECT

private slots:
    void parsePrefix_data();
    void parsePrefix();
    void fromString_data();
    void fromString();
    void toStringAndEquality();
};

void TestEnhancedStatus::parsePrefix_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("replyClass");
    QTest::addColumn<QString>("expected"); // empty: invalid
    QTest::addColumn<int>("length");

    QTest::addRow("auth failure") << QByteArray("5.7.8 Error: authentication failed") << 5
                                  << u"5.7.8"_s << 5;
    QTest::addRow("success") << QByteArray("2.0.0 Ok: queued as ABC") << 2 << u"2.0.0"_s << 5;
    QTest::addRow("temporary") << QByteArray("4.7.0 Try again later") << 4 << u"4.7.0"_s << 5;
    QTest::addRow("code alone") << QByteArray("2.1.0") << 2 << u"2.1.0"_s << 5;
    QTest::addRow("three-digit parts")
        << QByteArray("5.123.456 odd but legal") << 5 << u"5.123.456"_s << 9;
    QTest::addRow("class differs from reply") << QByteArray("5.7.8 text") << 4 << QString() << 0;
    QTest::addRow("success class on failure") << QByteArray("2.0.0 text") << 5 << QString() << 0;
    QTest::addRow("four-digit subject") << QByteArray("5.1234.1 text") << 5 << QString() << 0;
    QTest::addRow("four-digit detail") << QByteArray("5.1.1234 text") << 5 << QString() << 0;
    QTest::addRow("two parts") << QByteArray("5.7 text") << 5 << QString() << 0;
    QTest::addRow("empty part") << QByteArray("5..8 text") << 5 << QString() << 0;
    QTest::addRow("letters") << QByteArray("5.x.8 text") << 5 << QString() << 0;
    QTest::addRow("no code") << QByteArray("Ok: queued") << 2 << QString() << 0;
    QTest::addRow("empty") << QByteArray() << 2 << QString() << 0;
    QTest::addRow("glued to text") << QByteArray("5.7.8error") << 5 << QString() << 0;
}

void TestEnhancedStatus::parsePrefix()
{
    QFETCH(QByteArray, text);
    QFETCH(int, replyClass);
    QFETCH(QString, expected);
    QFETCH(int, length);

    qsizetype parsedLength = -1;
    const EnhancedStatus status = EnhancedStatus::parsePrefix(text, replyClass, &parsedLength);
    QCOMPARE(status.isValid(), !expected.isEmpty());
    QCOMPARE(status.toString(), expected);
    if (status.isValid())
        QCOMPARE(parsedLength, qsizetype(length));
}

void TestEnhancedStatus::fromString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addRow("plain") << u"5.7.8"_s << true;
    QTest::addRow("long parts") << u"4.123.999"_s << true;
    QTest::addRow("trailing space") << u"5.7.8 "_s << false;
    QTest::addRow("trailing text") << u"5.7.8x"_s << false;
    QTest::addRow("two parts") << u"5.7"_s << false;
    QTest::addRow("four parts") << u"5.7.8.1"_s << false;
    QTest::addRow("word") << u"error"_s << false;
    QTest::addRow("empty") << QString() << false;
}

void TestEnhancedStatus::fromString()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const EnhancedStatus status = EnhancedStatus::fromString(text);
    QCOMPARE(status.isValid(), valid);
    if (valid)
        QCOMPARE(status.toString(), text);
}

void TestEnhancedStatus::toStringAndEquality()
{
    const EnhancedStatus status(5, 7, 8);
    QVERIFY(status.isValid());
    QCOMPARE(status.statusClass(), 5);
    QCOMPARE(status.subject(), 7);
    QCOMPARE(status.detail(), 8);
    QCOMPARE(status.toString(), u"5.7.8"_s);
    QCOMPARE(status, EnhancedStatus::fromString(u"5.7.8"_s));
    QVERIFY(status != EnhancedStatus(5, 7, 9));
    QVERIFY(!EnhancedStatus().isValid());
    QCOMPARE(EnhancedStatus().toString(), QString());
}

QTEST_GUILESS_MAIN(TestEnhancedStatus)
#include "tst_enhancedstatus.moc"
