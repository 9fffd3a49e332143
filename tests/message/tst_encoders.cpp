#include "base64stream.h"
#include "encodedword.h"
#include "headerfield.h"
#include "maildate.h"
#include "messageid.h"
#include "mimepart.h"
#include "parameterencoder.h"
#include "quotedprintable.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace smtp;

namespace {

// An independent quoted-printable decoder, to check round trips.
QByteArray decodeQuotedPrintable(const QByteArray& encoded)
{
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        if (encoded[i] != '=') {
            out += encoded[i];
        } else if (encoded.mid(i + 1, 2) == "\r\n") {
            i += 2;
        } else {
            out += char(encoded.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        }
    }
    return out;
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& c : bytes)
        c = char(generator.bounded(256));
    return bytes;
}

} // namespace

class TestEncoders : public QObject
{
    Q_OBJECT

private slots:
    void encodedWordVectors_data();
    void encodedWordVectors();
    void rfc2047DecodingExamples_data();
    void rfc2047DecodingExamples();
    void encodedWordRejectsMalformed_data();
    void encodedWordRejectsMalformed();
    void encodedWordsFitAndNeverSplitCharacters_data();
    void encodedWordsFitAndNeverSplitCharacters();
    void quotedPrintableVectors_data();
    void quotedPrintableVectors();
    void quotedPrintableLinesAndRoundTrip();
    void base64Vectors_data();
    void base64Vectors();
    void base64LinesAndRoundTrip();
    void rfc2231PercentEncoding_data();
    void rfc2231PercentEncoding();
    void rfc2231Continuations();
    void rfc2047Parameter();
    void mailDate_data();
    void mailDate();
    void mailDateIgnoresLocale();
    void messageIds();
    void messageIdNormalization_data();
    void messageIdNormalization();
    void textTransferEncoding_data();
    void textTransferEncoding();
};

void TestEncoders::encodedWordVectors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("context");
    QTest::addColumn<QByteArray>("expected");
    const int text = int(EncodedWord::Context::Text);
    const int phrase = int(EncodedWord::Context::Phrase);
    QTest::newRow("chinese name") << u"张三"_s << phrase << QByteArray("=?UTF-8?B?5byg5LiJ?=");
    QTest::newRow("mostly ASCII, Q")
        << u"Réunion du comité"_s << text << QByteArray("=?UTF-8?Q?R=C3=A9union_du_comit=C3=A9?=");
    // B wins when it is shorter, even for Latin text.
    QTest::newRow("short accent, B") << u"Café"_s << text << QByteArray("=?UTF-8?B?Q2Fmw6k=?=");
    QTest::newRow("phrase encodes specials")
        << u"Jörg Müller und Kollegen (Vertrieb)"_s << phrase
        << QByteArray("=?UTF-8?Q?J=C3=B6rg_M=C3=BCller_und_Kollegen_=28Vertrieb=29?=");
    QTest::newRow("text keeps punctuation")
        << u"Jörg Müller und Kollegen (Vertrieb), Köln"_s << text
        << QByteArray("=?UTF-8?Q?J=C3=B6rg_M=C3=BCller_und_Kollegen_(Vertrieb),_K=C3=B6ln?=");
    QTest::newRow("emoji") << u"😀"_s << text << QByteArray("=?UTF-8?B?8J+YgA==?=");
}

void TestEncoders::encodedWordVectors()
{
    QFETCH(QString, text);
    QFETCH(int, context);
    QFETCH(QByteArray, expected);
    const QList<QByteArray> words = EncodedWord::encode(text, EncodedWord::Context(context));
    QCOMPARE(words, QList<QByteArray>{expected});
    QCOMPARE(EncodedWord::decodeWord(QString::fromLatin1(expected)), text);
}

void TestEncoders::rfc2047DecodingExamples_data()
{
    QTest::addColumn<QString>("encoded");
    QTest::addColumn<QString>("decoded");
    // RFC 2047 §8.
    QTest::newRow("single") << u"=?ISO-8859-1?Q?a?="_s << u"a"_s;
    QTest::newRow("word then text") << u"=?ISO-8859-1?Q?a?= b"_s << u"a b"_s;
    QTest::newRow("adjacent words") << u"=?ISO-8859-1?Q?a?= =?ISO-8859-1?Q?b?="_s << u"ab"_s;
    QTest::newRow("two spaces") << u"=?ISO-8859-1?Q?a?=  =?ISO-8859-1?Q?b?="_s << u"ab"_s;
    QTest::newRow("folded") << u"=?ISO-8859-1?Q?a?=\t  =?ISO-8859-1?Q?b?="_s << u"ab"_s;
    QTest::newRow("underscore") << u"=?ISO-8859-1?Q?a_b?="_s << u"a b"_s;
    QTest::newRow("charset change") << u"=?ISO-8859-1?Q?a?= =?ISO-8859-2?Q?_b?="_s << u"a b"_s;
    QTest::newRow("Keith Moore") << u"=?US-ASCII?Q?Keith_Moore?="_s << u"Keith Moore"_s;
    QTest::newRow("Keld") << u"=?ISO-8859-1?Q?Keld_J=F8rn_Simonsen?="_s << u"Keld Jørn Simonsen"_s;
    QTest::newRow("André") << u"=?ISO-8859-1?Q?Andr=E9?= Pirard"_s << u"André Pirard"_s;
    QTest::newRow("B words") << u"=?ISO-8859-1?B?SWYgeW91IGNhbiByZWFkIHRoaXMgeW8=?= "
                                "=?ISO-8859-2?B?dSB1bmRlcnN0YW5kIHRoZSBleGFtcGxlLg==?="_s
                             << u"If you can read this you understand the example."_s;
    // RFC 2231 §5 language suffix.
    QTest::newRow("language") << u"=?US-ASCII*EN?Q?Keith_Moore?="_s << u"Keith Moore"_s;
    // What Chinese mail often carries.
    QTest::newRow("GBK") << u"=?GBK?B?xOO6ww==?="_s << u"你好"_s;
    QTest::newRow("gb2312 lower-case q") << u"=?gb2312?q?=C4=E3=BA=C3?="_s << u"你好"_s;
    // A sender split a character between words: still decoded.
    QTest::newRow("split UTF-8") << u"=?UTF-8?B?5L2g5Q==?= =?UTF-8?B?pb0=?="_s << u"你好"_s;
    QTest::newRow("plain text") << u"hello  world"_s << u"hello  world"_s;
    QTest::newRow("unknown charset kept") << u"=?X-NOWHERE?Q?a?= b"_s << u"=?X-NOWHERE?Q?a?= b"_s;
    QTest::newRow("bad encoding kept") << u"=?UTF-8?X?abc?="_s << u"=?UTF-8?X?abc?="_s;
}

void TestEncoders::rfc2047DecodingExamples()
{
    QFETCH(QString, encoded);
    QFETCH(QString, decoded);
    QCOMPARE(EncodedWord::decodeText(encoded), decoded);
}

void TestEncoders::encodedWordRejectsMalformed_data()
{
    QTest::addColumn<QString>("word");
    QTest::newRow("no charset") << u"=??Q?a?="_s;
    QTest::newRow("unknown encoding") << u"=?UTF-8?X?a?="_s;
    QTest::newRow("space inside") << u"=?UTF-8?Q?a b?="_s;
    QTest::newRow("bad hex") << u"=?UTF-8?Q?=G1?="_s;
    QTest::newRow("truncated escape") << u"=?UTF-8?Q?a=4?="_s;
    QTest::newRow("bad base64") << u"=?UTF-8?B?$$$$?="_s;
    QTest::newRow("invalid UTF-8") << u"=?UTF-8?Q?=FF?="_s;
    QTest::newRow("not a word") << u"hello"_s;
}

void TestEncoders::encodedWordRejectsMalformed()
{
    QFETCH(QString, word);
    QVERIFY(!EncodedWord::decodeWord(word));
}

void TestEncoders::encodedWordsFitAndNeverSplitCharacters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("context");
    QTest::newRow("CJK")
        << u"关于二〇二六年度报告的讨论请各位在周五之前提交各自部门的年度总结和下一年的工作计划"_s
        << int(EncodedWord::Context::Text);
    QTest::newRow("emoji and ZWJ")
        << u"家庭 👨‍👩‍👧 出游 🎉🎉🎉 照片 😀😀😀😀 𠀀𠀁𠀂"_s
        << int(EncodedWord::Context::Phrase);
    QTest::newRow("mostly ASCII")
        << u"Réunion du comité: café, crème brûlée et pâtisseries à volonté — vendredi"_s
        << int(EncodedWord::Context::Text);
    QTest::newRow("control characters")
        << u"line one\r\nBcc: evil@example.com\0end"_s << int(EncodedWord::Context::Text);
}

void TestEncoders::encodedWordsFitAndNeverSplitCharacters()
{
    QFETCH(QString, text);
    QFETCH(int, context);
    for (int maxLength = 24; maxLength <= EncodedWord::MaxLength; ++maxLength) {
        const QList<QByteArray> words =
            EncodedWord::encode(text, EncodedWord::Context(context), maxLength);
        QVERIFY(words.size() > 0);
        QString joined;
        for (const QByteArray& word : words) {
            QVERIFY2(word.size() <= maxLength, word.constData());
            for (char c : word)
                QVERIFY(c > 0x20 && c < 0x7f);
            // Each word alone must be valid UTF-8: decodeWord refuses anything else.
            const auto decoded = EncodedWord::decodeWord(QString::fromLatin1(word));
            QVERIFY2(decoded, word.constData());
            joined += *decoded;
        }
        QCOMPARE(joined, text);
    }
}

void TestEncoders::quotedPrintableVectors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QByteArray("hello") << QByteArray("hello");
    QTest::newRow("equals sign") << QByteArray("a=b") << QByteArray("a=3Db");
    QTest::newRow("trailing space") << QByteArray("end ") << QByteArray("end=20");
    QTest::newRow("trailing tab") << QByteArray("end\t") << QByteArray("end=09");
    QTest::newRow("trailing space before break")
        << QByteArray("one \ntwo") << QByteArray("one=20\r\ntwo");
    QTest::newRow("inner space kept") << QByteArray("a b\tc") << QByteArray("a b\tc");
    QTest::newRow("dot at line start") << QByteArray(".\n.x") << QByteArray(".\r\n.x");
    QTest::newRow("UTF-8") << QByteArray("Café") << QByteArray("Caf=C3=A9");
    QTest::newRow("CRLF input") << QByteArray("a\r\nb") << QByteArray("a\r\nb");
    QTest::newRow("lone CR is data") << QByteArray("a\rb") << QByteArray("a=0Db");
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << QByteArray("a=00b");
    QTest::newRow("empty lines") << QByteArray("\n\n") << QByteArray("\r\n\r\n");
    QTest::newRow("76 fit") << QByteArray(76, 'a') << QByteArray(76, 'a');
    QTest::newRow("77 break") << QByteArray(77, 'a')
                              << QByteArray(75, 'a') + "=\r\n" + QByteArray(2, 'a');
    QTest::newRow("escape not split")
        << QByteArray(74, 'a') + "=" << QByteArray(74, 'a') + "=\r\n=3D";
    QTest::newRow("escape at end fits") << QByteArray(73, 'a') + "=" << QByteArray(73, 'a') + "=3D";
}

void TestEncoders::quotedPrintableVectors()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(QuotedPrintable::encode(input), expected);
}

void TestEncoders::quotedPrintableLinesAndRoundTrip()
{
    const QList<QByteArray> inputs{
        QByteArray(1200, 'x'),
        QString(400, QChar(0x4e2d)).toUtf8(),
        QByteArray("=").repeated(300),
        (u"Réunion du comité — "_s.repeated(30) + u"\nligne deux \n\n fin  "_s).toUtf8(),
        randomBytes(5000, 7).replace('\r', 'r'),
    };
    for (const QByteArray& input : inputs) {
        const QByteArray encoded = QuotedPrintable::encode(input);
        for (const QByteArray& line : encoded.split('\n')) {
            const QByteArray text = line.endsWith('\r') ? line.chopped(1) : line;
            QVERIFY2(text.size() <= QuotedPrintable::MaxLineLength, text.constData());
            QVERIFY(!text.endsWith(' ') && !text.endsWith('\t'));
            for (char c : text)
                QVERIFY((c >= 0x20 && c < 0x7f) || c == '\t');
        }
        QByteArray expected = input;
        expected.replace("\n", "\r\n");
        QCOMPARE(decodeQuotedPrintable(encoded), expected);
    }
}

void TestEncoders::base64Vectors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    // RFC 4648 §10, in MIME lines.
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("f") << QByteArray("f") << QByteArray("Zg==\r\n");
    QTest::newRow("fo") << QByteArray("fo") << QByteArray("Zm8=\r\n");
    QTest::newRow("foo") << QByteArray("foo") << QByteArray("Zm9v\r\n");
    QTest::newRow("foob") << QByteArray("foob") << QByteArray("Zm9vYg==\r\n");
    QTest::newRow("fooba") << QByteArray("fooba") << QByteArray("Zm9vYmE=\r\n");
    QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("Zm9vYmFy\r\n");
    QTest::newRow("all bits") << QByteArray("\xfb\xff\xbf\x00", 4) << QByteArray("+/+/AA==\r\n");
}

void TestEncoders::base64Vectors()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(Base64Stream::encode(input), expected);
    QCOMPARE(Base64Stream::encodedSize(input.size()), expected.size());
}

void TestEncoders::base64LinesAndRoundTrip()
{
    for (qsizetype size :
         {1, 2, 3, 56, 57, 58, 113, 114, 115, 171, 1000, 57 * 100, 57 * 100 + 1, 99999}) {
        const QByteArray input = randomBytes(size, quint32(size));
        const QByteArray encoded = Base64Stream::encode(input);
        QCOMPARE(encoded.size(), Base64Stream::encodedSize(size));
        QVERIFY(encoded.endsWith("\r\n"));
        const QList<QByteArray> lines = encoded.chopped(2).split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
            if (i + 1 < lines.size())
                QCOMPARE(line.size(), 76);
            else
                QVERIFY(line.size() <= 76 && line.size() % 4 == 0);
        }
        QCOMPARE(QByteArray::fromBase64(encoded), input);
        // Encoding from any line boundary gives the same bytes as encoding all at once.
        const qsizetype firstLine = lines.size() / 2;
        const QByteArray tail = input.mid(firstLine * Base64Stream::LineInput);
        QByteArray partial(Base64Stream::encodedSize(tail.size()), Qt::Uninitialized);
        Base64Stream::encodeLines(tail.constData(), tail.size(), partial.data());
        QCOMPARE(partial, encoded.mid(firstLine * Base64Stream::LineOutput));
    }
}

void TestEncoders::rfc2231PercentEncoding_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("report") << u"年度报告 2026.pdf"_s
                            << QByteArray("%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A%202026.pdf");
    QTest::newRow("specials") << u"a*b'c%d;e\"f"_s << QByteArray("a%2Ab%27c%25d%3Be%22f");
    QTest::newRow("attribute chars") << u"A-z_0.9!#$&+^`|~"_s << QByteArray("A-z_0.9!#$&+^`|~");
    QTest::newRow("CRLF") << u"a\r\nb"_s << QByteArray("a%0D%0Ab");
}

void TestEncoders::rfc2231PercentEncoding()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(ParameterEncoder::percentEncode(value), expected);
}

void TestEncoders::rfc2231Continuations()
{
    const QString name = u"二〇二六年度报告（最终版，含附录与财务明细）——请勿外传 😀.pdf"_s;
    HeaderField field("Content-Disposition");
    field.appendToken("attachment");
    ParameterEncoder::appendRfc2231(field, "filename", name);
    const QByteArray bytes = field.toBytes().value();
    QByteArray joined;
    int section = 0;
    for (const QByteArray& line : bytes.split('\n')) {
        const QByteArray text = line.trimmed();
        QVERIFY2(line.chopped(line.endsWith('\r') ? 1 : 0).size() <= 78, line.constData());
        const QByteArray prefix = "filename*" + QByteArray::number(section) + "*=";
        if (!text.startsWith(prefix))
            continue;
        QByteArray value = text.mid(prefix.size());
        if (value.endsWith(';'))
            value.chop(1);
        if (section == 0) {
            QVERIFY(value.startsWith("UTF-8''"));
            value = value.mid(7);
        }
        // Each section holds whole characters.
        const QByteArray decoded = QByteArray::fromPercentEncoding(value);
        QVERIFY2(QString::fromUtf8(decoded).toUtf8() == decoded, value.constData());
        joined += decoded;
        ++section;
    }
    QVERIFY(section > 1);
    QCOMPARE(QString::fromUtf8(joined), name);

    HeaderField shortField("Content-Disposition");
    shortField.appendToken("attachment");
    ParameterEncoder::appendRfc2231(shortField, "filename", u"报告.pdf"_s);
    QCOMPARE(
        shortField.toBytes().value(),
        QByteArray("Content-Disposition: attachment; filename*=UTF-8''%E6%8A%A5%E5%91%8A.pdf\r\n"));

    HeaderField ascii("Content-Disposition");
    ascii.appendToken("attachment");
    ParameterEncoder::appendRfc2231(ascii, "filename", u"report 2026.pdf"_s);
    QCOMPARE(ascii.toBytes().value(),
             QByteArray("Content-Disposition: attachment; filename=\"report 2026.pdf\"\r\n"));
}

void TestEncoders::rfc2047Parameter()
{
    HeaderField field("Content-Type");
    field.appendToken("application/pdf");
    ParameterEncoder::appendRfc2047(field, "name", u"年度报告 2026.pdf"_s);
    QCOMPARE(field.toBytes().value(),
             QByteArray("Content-Type: application/pdf;"
                        " name=\"=?UTF-8?B?5bm05bqm5oql5ZGKIDIwMjYucGRm?=\"\r\n"));

    // A long name folds between encoded words inside the quotes.
    HeaderField longName("Content-Type");
    longName.appendToken("application/msword");
    ParameterEncoder::appendRfc2047(longName, "name",
                                    u"二〇二六年度报告（最终版，含附录与财务明细）.doc"_s);
    const QByteArray bytes = longName.toBytes().value();
    const QList<QByteArray> lines = bytes.split('\n');
    QVERIFY(lines.size() > 3);
    for (const QByteArray& line : lines)
        QVERIFY2(line.size() <= 79, line.constData());
    QVERIFY(bytes.contains(" name=\"=?UTF-8?B?"));
    QVERIFY(bytes.endsWith("?=\"\r\n"));

    HeaderField ascii("Content-Type");
    ascii.appendToken("text/plain");
    ParameterEncoder::appendRfc2047(ascii, "name", u"a \"quoted\" name.txt"_s);
    QCOMPARE(ascii.toBytes().value(),
             QByteArray("Content-Type: text/plain; name=\"a \\\"quoted\\\" name.txt\"\r\n"));
}

void TestEncoders::mailDate_data()
{
    QTest::addColumn<QDateTime>("dateTime");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("Beijing") << QDateTime(QDate(2026, 11, 26), QTime(20, 48, 35),
                                          QTimeZone(8 * 3600))
                             << QByteArray("Thu, 26 Nov 2026 20:48:35 +0800");
    QTest::newRow("negative half hour")
        << QDateTime(QDate(2026, 1, 4), QTime(7, 5, 9), QTimeZone(-(3 * 3600 + 1800)))
        << QByteArray("Sun, 4 Jan 2026 07:05:09 -0330");
    QTest::newRow("UTC") << QDateTime(QDate(2024, 2, 29), QTime(0, 0), QTimeZone::utc())
                         << QByteArray("Thu, 29 Feb 2024 00:00:00 +0000");
}

void TestEncoders::mailDate()
{
    QFETCH(QDateTime, dateTime);
    QFETCH(QByteArray, expected);
    QCOMPARE(MailDate::format(dateTime), expected);
}

void TestEncoders::mailDateIgnoresLocale()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const QByteArray date =
        MailDate::format(QDateTime(QDate(2026, 11, 26), QTime(20, 48, 35), QTimeZone(8 * 3600)));
    QLocale::setDefault(previous);
    QCOMPARE(date, QByteArray("Thu, 26 Nov 2026 20:48:35 +0800"));

    const QByteArray now = MailDate::format(QDateTime::currentDateTime());
    static const QRegularExpression pattern(
        u"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d\\d:\\d\\d:\\d\\d [+-]\\d{4}$"_s);
    QVERIFY2(pattern.match(QString::fromLatin1(now)).hasMatch(), now.constData());
}

void TestEncoders::messageIds()
{
    static const QRegularExpression pattern(u"^<[a-z2-7]{32}@example\\.com>$"_s);
    const QByteArray first = MessageId::generate("example.com");
    const QByteArray second = MessageId::generate("example.com");
    QVERIFY2(pattern.match(QString::fromLatin1(first)).hasMatch(), first.constData());
    QVERIFY(first != second);
    QCOMPARE(MessageId::generate("xn--fsqu00a.xn--fiqs8s").right(24),
             QByteArray("@xn--fsqu00a.xn--fiqs8s>"));
    QVERIFY(MessageId::generate("[192.0.2.1]").endsWith("@[192.0.2.1]>"));
    QVERIFY(MessageId::generate("bad domain").endsWith("@localhost>"));
}

void TestEncoders::messageIdNormalization_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("bracketed") << u"<abc.def@example.com>"_s << QByteArray("<abc.def@example.com>");
    QTest::newRow("bare") << u"abc@example.com"_s << QByteArray("<abc@example.com>");
    QTest::newRow("literal") << u"<x@[10.0.0.1]>"_s << QByteArray("<x@[10.0.0.1]>");
    QTest::newRow("no at") << u"<abc>"_s << QByteArray();
    QTest::newRow("space") << u"<a b@example.com>"_s << QByteArray();
    QTest::newRow("CRLF") << u"<a@example.com>\r\nBcc: x@y.z"_s << QByteArray();
    QTest::newRow("non-ASCII") << u"<编号@example.com>"_s << QByteArray();
    QTest::newRow("double dot") << u"<a..b@example.com>"_s << QByteArray();
}

void TestEncoders::messageIdNormalization()
{
    QFETCH(QString, id);
    QFETCH(QByteArray, expected);
    QCOMPARE(MessageId::normalize(id).value_or(QByteArray()), expected);
}

void TestEncoders::textTransferEncoding_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("allow8Bit");
    QTest::addColumn<int>("expected");
    const int sevenBit = int(MimePart::TransferEncoding::SevenBit);
    const int eightBit = int(MimePart::TransferEncoding::EightBit);
    const int qp = int(MimePart::TransferEncoding::QuotedPrintable);
    const int base64 = int(MimePart::TransferEncoding::Base64);
    QTest::newRow("empty") << QString() << false << sevenBit;
    QTest::newRow("short ASCII") << u"Hello,\nworld.\n"_s << false << sevenBit;
    QTest::newRow("long ASCII line") << QString(1200, u'x') << false << qp;
    QTest::newRow("79 characters") << QString(79, u'x') << false << qp;
    QTest::newRow("mostly ASCII") << u"Réunion à 10h, merci.\n"_s << false << qp;
    QTest::newRow("mostly CJK") << u"你好，这是一封测试邮件。\nHi\n"_s << false << base64;
    QTest::newRow("CJK, 8BITMIME") << u"你好，这是一封测试邮件。\n"_s << true << eightBit;
    QTest::newRow("400 中, 8BITMIME") << QString(400, QChar(0x4e2d)) << true << base64;
    QTest::newRow("ASCII, 8BITMIME") << u"Hello\n"_s << true << sevenBit;
    QTest::newRow("NUL") << u"a\0b"_s << true << qp;
}

void TestEncoders::textTransferEncoding()
{
    QFETCH(QString, text);
    QFETCH(bool, allow8Bit);
    QFETCH(int, expected);
    QCOMPARE(int(MimePart::chooseTextEncoding(text.toUtf8(), allow8Bit)), expected);
    QCOMPARE(int(MimePart::text(text, "plain", allow8Bit).transferEncoding()), expected);
}

QTEST_GUILESS_MAIN(TestEncoders)
#include "tst_encoders.moc"
