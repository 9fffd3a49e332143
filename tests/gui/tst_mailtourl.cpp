// RFC 6068 mailto: parsing, including the examples of RFC 6068 §6.
#include "mailtourl.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using hongyan::MailtoUrl;

class TestMailtoUrl : public QObject
{
    Q_OBJECT

private slots:
    void simpleAddress()
    {
        const auto url = MailtoUrl::parse(u"mailto:chris@example.com"_s);
        QVERIFY(url);
        QCOMPARE(url->to, QStringList{u"chris@example.com"_s});
        QVERIFY(url->cc.isEmpty());
        QVERIFY(url->subject.isEmpty());
    }

    void rfc6068Examples_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("to");
        QTest::addColumn<QStringList>("cc");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("body");
        QTest::newRow("subject") << u"mailto:infobot@example.com?subject=current-issue"_s
                                 << QStringList{u"infobot@example.com"_s} << QStringList()
                                 << u"current-issue"_s << QString();
        QTest::newRow("body") << u"mailto:infobot@example.com?body=send%20current-issue"_s
                              << QStringList{u"infobot@example.com"_s} << QStringList() << QString()
                              << u"send current-issue"_s;
        QTest::newRow("body line breaks")
            << u"mailto:infobot@example.com?body=send%20current-issue%0D%0Asend%20index"_s
            << QStringList{u"infobot@example.com"_s} << QStringList() << QString()
            << u"send current-issue\nsend index"_s;
        QTest::newRow("in-reply-to only")
            << u"mailto:list@example.org?In-Reply-To=%3C3469A91.D10AF4C@example.com%3E"_s
            << QStringList{u"list@example.org"_s} << QStringList() << QString() << QString();
        QTest::newRow("cc and body")
            << u"mailto:joe@example.com?cc=bob@example.com&body=hello"_s
            << QStringList{u"joe@example.com"_s} << QStringList{u"bob@example.com"_s} << QString()
            << u"hello"_s;
        QTest::newRow("no path, to field") << u"mailto:?to=addr1@an.example,addr2@an.example"_s
                                           << QStringList{u"addr1@an.example,addr2@an.example"_s}
                                           << QStringList() << QString() << QString();
        QTest::newRow("two path addresses")
            << u"mailto:addr1@an.example,addr2@an.example"_s
            << QStringList{u"addr1@an.example"_s, u"addr2@an.example"_s} << QStringList()
            << QString() << QString();
        QTest::newRow("encoded quote in local part")
            << u"mailto:%22not%40me%22@example.org"_s << QStringList{u"\"not@me\"@example.org"_s}
            << QStringList() << QString() << QString();
        QTest::newRow("UTF-8 subject and domain")
            << u"mailto:user@%E7%A4%BA%E4%BE%8B.%E4%B8%AD%E5%9B%BD?subject=%E5%AD%A3%E5%BA%A6%E6%8A%A5%E5%91%8A"_s
            << QStringList{u"user@示例.中国"_s} << QStringList() << u"季度报告"_s << QString();
        QTest::newRow("plus is a plus")
            << u"mailto:a+b@example.com?subject=1+1"_s << QStringList{u"a+b@example.com"_s}
            << QStringList() << u"1+1"_s << QString();
        QTest::newRow("case-insensitive scheme and fields")
            << u"MAILTO:x@example.com?SUBJECT=Hi&Cc=y@example.com"_s
            << QStringList{u"x@example.com"_s} << QStringList{u"y@example.com"_s} << u"Hi"_s
            << QString();
        QTest::newRow("fragment dropped")
            << u"mailto:x@example.com?subject=a#frag"_s << QStringList{u"x@example.com"_s}
            << QStringList() << u"a"_s << QString();
    }

    void rfc6068Examples()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, to);
        QFETCH(QStringList, cc);
        QFETCH(QString, subject);
        QFETCH(QString, body);
        QString error;
        const auto url = MailtoUrl::parse(input, &error);
        QVERIFY2(url, qPrintable(error));
        QCOMPARE(url->to, to);
        QCOMPARE(url->cc, cc);
        QCOMPARE(url->subject, subject);
        QCOMPARE(url->body, body);
    }

    void bcc()
    {
        const auto url = MailtoUrl::parse(
            u"mailto:a@example.com?bcc=hidden@example.com&in-reply-to=%3Cid@host%3E"_s);
        QVERIFY(url);
        QCOMPARE(url->bcc, QStringList{u"hidden@example.com"_s});
        QCOMPARE(url->to, QStringList{u"a@example.com"_s});
    }

    void unsafeFieldsIgnored()
    {
        const auto url =
            MailtoUrl::parse(u"mailto:a@example.com?from=evil@example.com&x-header=1&subject=ok"_s);
        QVERIFY(url);
        QCOMPARE(url->to, QStringList{u"a@example.com"_s});
        QCOMPARE(url->subject, u"ok"_s);
    }

    void subjectCannotContainLineBreaks()
    {
        const auto url = MailtoUrl::parse(u"mailto:a@example.com?subject=a%0D%0ABcc:%20x@y"_s);
        QVERIFY(url);
        QVERIFY(!url->subject.contains(u'\n'));
        QVERIFY(!url->subject.contains(u'\r'));
        QVERIFY(url->bcc.isEmpty());
    }

    void firstSubjectWins()
    {
        const auto url = MailtoUrl::parse(u"mailto:a@example.com?subject=one&subject=two"_s);
        QVERIFY(url);
        QCOMPARE(url->subject, u"one"_s);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("not mailto") << u"http://example.com"_s;
        QTest::newRow("lone percent") << u"mailto:a@example.com?subject=100%"_s;
        QTest::newRow("bad hex") << u"mailto:a%G0@example.com"_s;
        QTest::newRow("truncated escape") << u"mailto:a@example.com?body=%4"_s;
    }

    void invalid()
    {
        QFETCH(QString, input);
        QString error;
        QVERIFY(!MailtoUrl::parse(input, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMailtoUrl)
#include "tst_mailtourl.moc"
