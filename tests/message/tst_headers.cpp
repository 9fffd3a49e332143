#include "addresslist.h"
#include "emlinspector.h"
#include "encodedword.h"
#include "headerfield.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace smtp;

namespace {

// The field's value with folding undone, as a reader sees it.
QString unfoldedValue(const QByteArray& field)
{
    QByteArray value = field.mid(field.indexOf(':') + 1);
    value.chop(2);
    value.replace("\r\n", "");
    if (value.startsWith(' '))
        value.remove(0, 1);
    return QString::fromUtf8(value);
}

QList<QByteArray> lines(const QByteArray& field)
{
    QList<QByteArray> result = field.split('\n');
    result.removeLast();
    for (QByteArray& line : result)
        line.chop(1);
    return result;
}

} // namespace

class TestHeaders : public QObject
{
    Q_OBJECT

private slots:
    void unstructured_data();
    void unstructured();
    void shortAsciiStaysPlain();
    void chineseSubjectIsFoldedInEncodedWords();
    void injectionIsEncoded_data();
    void injectionIsEncoded();
    void tokensWithLineBreaksAreRefused();
    void invalidNames();
    void neverBeyond998();
    void foldsAddressLists();
};

void TestHeaders::unstructured_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ASCII words")
        << u"The quick brown fox jumps over the lazy dog "_s.repeated(6).trimmed();
    QTest::newRow("60 Chinese characters")
        << u"关于二〇二六年度报告的讨论：请各位在周五之前提交各自部门的年度总结和下一年的工作计划，谢谢大家的配合与支持！"_s;
    QTest::newRow("mixed") << u"Re: 年度报告 2026 draft (v2) — 请审阅"_s;
    QTest::newRow("emoji") << u"🎉 生日快乐 👨‍👩‍👧 party 😀"_s;
    QTest::newRow("looks encoded") << u"literally =?UTF-8?B?5byg5LiJ?= here"_s;
    QTest::newRow("leading and trailing space") << u"  padded  "_s;
    QTest::newRow("inner runs of space") << u"a   b\t\tc"_s;
    QTest::newRow("1200-character word") << QString(1200, u'x');
    QTest::newRow("long URL") << u"see https://example.com/"_s + QString(120, u'p') + u" ok"_s;
    QTest::newRow("only spaces") << u"   "_s;
}

void TestHeaders::unstructured()
{
    QFETCH(QString, text);
    const QByteArray bytes = HeaderField::unstructured("Subject", text).toBytes().value();
    for (const QByteArray& line : lines(bytes)) {
        QVERIFY2(line.size() <= HeaderField::PreferredLineLength, line.constData());
        for (char c : line)
            QVERIFY((uchar(c) >= 0x20 && uchar(c) < 0x7f) || c == '\t');
    }
    for (const QByteArray& word : bytes.split(' ')) {
        if (word.trimmed().startsWith("=?"))
            QVERIFY2(word.trimmed().size() <= EncodedWord::MaxLength, word.constData());
    }
    QCOMPARE(EncodedWord::decodeText(unfoldedValue(bytes)), text);
}

void TestHeaders::shortAsciiStaysPlain()
{
    QCOMPARE(HeaderField::unstructured("Subject", u"Hello world"_s).toBytes().value(),
             QByteArray("Subject: Hello world\r\n"));
    QCOMPARE(HeaderField::unstructured("Subject", u"Re: 你好"_s).toBytes().value(),
             QByteArray("Subject: Re: =?UTF-8?B?5L2g5aW9?=\r\n"));
    QCOMPARE(HeaderField::unstructured("Subject", QString()).toBytes().value(),
             QByteArray("Subject:\r\n"));
}

void TestHeaders::chineseSubjectIsFoldedInEncodedWords()
{
    const QString subject = QString(60, QChar(0x4e2d));
    const QByteArray bytes = HeaderField::unstructured("Subject", subject).toBytes().value();
    const QList<QByteArray> folded = lines(bytes);
    QVERIFY(folded.size() > 1);
    for (const QByteArray& line : folded) {
        QVERIFY2(line.size() <= 78, line.constData());
        // Most of each line is used: no slivers.
        QVERIFY2(line.size() >= 60 || &line == &folded.last(), line.constData());
        const QByteArray word = line.mid(line.lastIndexOf(' ') + 1);
        QVERIFY(word.startsWith("=?UTF-8?B?") && word.endsWith("?="));
        QVERIFY(EncodedWord::decodeWord(QString::fromLatin1(word)));
    }
}

void TestHeaders::injectionIsEncoded_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("CRLF") << u"Hello\r\nBcc: evil@example.com"_s;
    QTest::newRow("LF") << u"Hello\nBcc: evil@example.com"_s;
    QTest::newRow("CR") << u"Hello\rBcc: evil@example.com"_s;
    QTest::newRow("CRLF CRLF body") << u"x\r\n\r\nInjected body"_s;
    QTest::newRow("NUL") << u"a\0b"_s;
    QTest::newRow("CRLF then space") << u"a\r\n b"_s;
}

void TestHeaders::injectionIsEncoded()
{
    QFETCH(QString, text);
    const QByteArray subject = HeaderField::unstructured("Subject", text).toBytes().value();
    // Line breaks only where the folding put them: each followed by white space.
    const QList<QByteArray> folded = lines(subject);
    for (qsizetype i = 1; i < folded.size(); ++i)
        QVERIFY(folded[i].startsWith(' ') || folded[i].startsWith('\t'));
    QVERIFY(!subject.chopped(2).contains('\0'));
    QCOMPARE(EncodedWord::decodeText(unfoldedValue(subject)), text);

    // An independent parser finds no field but those written.
    const QByteArray message = "From: a@example.com\r\n" + subject +
                               "To: b@example.com\r\nMIME-Version: 1.0\r\n\r\nbody\r\n";
    const QJsonObject report = EmlInspector::inspect(message);
    QVERIFY(!report.isEmpty());
    QCOMPARE(report[u"defects"_s].toArray(), QJsonArray());
    QCOMPARE(report[u"field_names"_s].toArray(),
             (QJsonArray{u"From"_s, u"Subject"_s, u"To"_s, u"MIME-Version"_s}));
    QCOMPARE(report[u"headers"_s][u"Subject"_s].toString(), text);
}

void TestHeaders::tokensWithLineBreaksAreRefused()
{
    for (const QByteArray& token :
         {QByteArray("a\r\nBcc: x"), QByteArray("a\nb"), QByteArray("a\rb"), QByteArray("a\0b", 3),
          QByteArray("a\x7f")}) {
        HeaderField field("Message-ID");
        field.appendToken(token);
        QVERIFY(!field.isValid());
        QVERIFY(!field.toBytes());
    }
    HeaderField prefix("Content-Type");
    prefix.appendEncoded(u"x"_s, EncodedWord::Context::Phrase, "name=\"\r\n", "\"");
    QVERIFY(!prefix.toBytes());
}

void TestHeaders::invalidNames()
{
    for (const QByteArray& name : {QByteArray(), QByteArray("Bad Name"), QByteArray("A:B"),
                                   QByteArray("X\r\nBcc"), QByteArray("名字")}) {
        QVERIFY(!HeaderField::unstructured(name, u"x"_s).toBytes());
    }
}

void TestHeaders::neverBeyond998()
{
    HeaderField ok("X-Test");
    ok.appendToken(QByteArray(980, 'a'));
    QVERIFY(ok.toBytes());
    HeaderField tooLong("X-Test");
    tooLong.appendToken(QByteArray(1000, 'a'));
    QVERIFY(!tooLong.toBytes());

    // Unstructured text never fails: long words become encoded words, which fold.
    const QByteArray subject =
        HeaderField::unstructured("Subject", QString(5000, u'y')).toBytes().value();
    for (const QByteArray& line : lines(subject))
        QVERIFY(line.size() <= 78);
}

void TestHeaders::foldsAddressLists()
{
    QStringList addresses;
    for (int i = 0; i < 40; ++i)
        addresses.append(u"\"用户 %1\" <user%1@example.com>"_s.arg(i));
    const auto list = AddressList::parse(addresses.join(u", "_s));
    QVERIFY(list);
    HeaderField field("To");
    list->appendTo(field);
    const QByteArray bytes = field.toBytes().value();
    QVERIFY(lines(bytes).size() >= 20);
    for (const QByteArray& line : lines(bytes))
        QVERIFY2(line.size() <= 78, line.constData());
    QByteArray unfolded = bytes.mid(3).trimmed();
    unfolded.replace("\r\n", "");
    const auto parsed = AddressList::parse(QString::fromLatin1(unfolded));
    QVERIFY(parsed);
    QCOMPARE(parsed->mailboxes().size(), 40);
    QCOMPARE(parsed->mailboxes()[39].displayName(), u"用户 39"_s);
}

QTEST_GUILESS_MAIN(TestHeaders)
#include "tst_headers.moc"
