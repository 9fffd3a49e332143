// TranscriptRecord::escapeForDisplay: nothing a server sends can rewrite what a person sees
// (terminal escapes, NUL, bidirectional overrides), and honest text, Chinese included,
// stays exactly as it was.

#include "transcriptrecord.h"

#include <QHash>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using smtp::TranscriptRecord;

namespace {

// True when the text holds a character that a display would act on instead of showing.
bool hasInvisibleControl(const QString& text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7F || (u >= 0x80 && u <= 0x9F) || (u >= 0x202A && u <= 0x202E) ||
            (u >= 0x2066 && u <= 0x2069))
            return true;
    }
    return false;
}

} // namespace

class TestTranscriptRecord : public QObject
{
    Q_OBJECT

private slots:
    void escapes_data();
    void escapes();
    void controlsAreShownVisibly_data();
    void controlsAreShownVisibly();
    void honestTextIsUntouched_data();
    void honestTextIsUntouched();
    void fromServer();
    void make();
    void notesFillTheirValuesOnce_data();
    void notesFillTheirValuesOnce();
    void recordKeepsItsNote();
    void noteInsideANoteIsTranslatedWithIt();
    void joinedNotesAreTranslatedEachOnItsOwn();
};

void TestTranscriptRecord::escapes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addRow("ESC") << QByteArray("250 \x1b[2J cleared") << u"250 \\x1B[2J cleared"_s;
    QTest::addRow("NUL") << QByteArray("a\0b", 3) << u"a\\x00b"_s;
    QTest::addRow("DEL") << QByteArray("a\x7f") << u"a\\x7F"_s;
    QTest::addRow("BEL") << QByteArray("\x07") << u"\\x07"_s;
    QTest::addRow("RLO") << QByteArray("abc\u202Edef") << u"abc<U+202E>def"_s;
    QTest::addRow("LRI") << QByteArray("\u2066x") << u"<U+2066>x"_s;
    QTest::addRow("RLI") << QByteArray("\u2067x") << u"<U+2067>x"_s;
    QTest::addRow("FSI") << QByteArray("\u2068x") << u"<U+2068>x"_s;
    QTest::addRow("PDI") << QByteArray("x\u2069") << u"x<U+2069>"_s;
    QTest::addRow("invalid byte") << QByteArray("a\xff") << u"a\\xFF"_s;
    QTest::addRow("invalid bytes") << QByteArray("\xfe\xff") << u"\\xFE\\xFF"_s;
    QTest::addRow("truncated UTF-8") << QByteArray("\xe4\xbd") << u"\\xE4\\xBD"_s;
    QTest::addRow("overlong slash") << QByteArray("\xc0\xaf") << u"\\xC0\\xAF"_s;
    QTest::addRow("UTF-16 surrogate") << QByteArray("\xed\xa0\x80") << u"\\xED\\xA0\\x80"_s;
}

void TestTranscriptRecord::escapes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(TranscriptRecord::escapeForDisplay(bytes), expected);
}

void TestTranscriptRecord::controlsAreShownVisibly_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addRow("C1 NEL") << QByteArray("a\u0085b");
    QTest::addRow("C1 CSI") << QByteArray("a\u009b31mb");
    QTest::addRow("LRE") << QByteArray("\u202Ax");
    QTest::addRow("RLE") << QByteArray("\u202Bx");
    QTest::addRow("PDF") << QByteArray("\u202Cx");
    QTest::addRow("LRO") << QByteArray("\u202Dx");
    QTest::addRow("CR") << QByteArray("a\rb");
    QTest::addRow("LF") << QByteArray("a\nb");
    QTest::addRow("every C0 control") << [] {
        QByteArray all;
        for (char c = 0; c < 0x20; ++c)
            all += c;
        return all;
    }();
}

void TestTranscriptRecord::controlsAreShownVisibly()
{
    QFETCH(QByteArray, bytes);
    const QString shown = TranscriptRecord::escapeForDisplay(bytes);
    QVERIFY2(!hasInvisibleControl(shown), qPrintable(shown));
    // Shown, not dropped: the escaped text is longer than the characters it replaces.
    QVERIFY2(shown.size() > QString::fromUtf8(bytes).size(), qPrintable(shown));
}

void TestTranscriptRecord::honestTextIsUntouched_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("ASCII") << u"250-mx.test Hello [127.0.0.1], pleased to meet you"_s;
    QTest::addRow("Chinese") << u"554 5.7.1 您的邮件被拒绝：疑似垃圾邮件，请联系管理员"_s;
    QTest::addRow("mixed scripts") << u"220 欢迎 Добро пожаловать ようこそ 😀"_s;
    QTest::addRow("Arabic without controls") << u"250 مرحبا"_s;
}

void TestTranscriptRecord::honestTextIsUntouched()
{
    QFETCH(QString, text);
    QCOMPARE(TranscriptRecord::escapeForDisplay(text.toUtf8()), text);
}

void TestTranscriptRecord::fromServer()
{
    const TranscriptRecord record =
        TranscriptRecord::fromServer("220 evil\x1b]0;title\x07 \u202Etxt.exe", true);
    QCOMPARE(record.direction, TranscriptRecord::Direction::Server);
    QVERIFY(record.encrypted);
    QVERIFY(record.time.isValid());
    QVERIFY2(!hasInvisibleControl(record.text), qPrintable(record.text));
    QVERIFY(record.text.startsWith(u"220 evil\\x1B]0;title\\x07 "_s));
    QVERIFY(record.text.contains(u"<U+202E>"_s));

    QCOMPARE(TranscriptRecord::fromServer("250 ok", false).encrypted, false);
}

void TestTranscriptRecord::make()
{
    const TranscriptRecord record =
        TranscriptRecord::make(TranscriptRecord::Direction::Client, u"EHLO client.test"_s, false,
                               TranscriptRecord::Level::Debug);
    QCOMPARE(record.direction, TranscriptRecord::Direction::Client);
    QCOMPARE(record.level, TranscriptRecord::Level::Debug);
    QCOMPARE(record.text, u"EHLO client.test"_s);
    QVERIFY(!record.encrypted);
    QVERIFY(record.time.isValid());
    QCOMPARE(TranscriptRecord::make(TranscriptRecord::Direction::Info, u"x"_s, true).level,
             TranscriptRecord::Level::Summary);
}

void TestTranscriptRecord::notesFillTheirValuesOnce_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("expected");
    QTest::addRow("in order") << u"Trying %1 port %2"_s << QStringList{u"::1"_s, u"25"_s}
                              << u"Trying ::1 port 25"_s;
    QTest::addRow("reordered, as a translation may")
        << u"正在尝试 %2 的 %1"_s << QStringList{u"a"_s, u"b"_s} << u"正在尝试 b 的 a"_s;
    // A server's name or an error text that contains "%1" is a value, not a placeholder.
    QTest::addRow("value with a placeholder")
        << u"Could not connect: %1 (%2)"_s << QStringList{u"100%1 %2"_s, u"x"_s}
        << u"Could not connect: 100%1 %2 (x)"_s;
    QTest::addRow("two digits") << u"%10|%1"_s
                                << QStringList{u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s,
                                               u"6"_s, u"7"_s, u"8"_s, u"9"_s, u"ten"_s}
                                << u"ten|1"_s;
    QTest::addRow("no such value")
        << u"%1 and %3 and 100%"_s << QStringList{u"one"_s} << u"one and %3 and 100%"_s;
}

void TestTranscriptRecord::notesFillTheirValuesOnce()
{
    QFETCH(QString, pattern);
    QFETCH(QStringList, values);
    QFETCH(QString, expected);
    const smtp::Note note{pattern, values, {}};
    QCOMPARE(note.text(), expected);
}

void TestTranscriptRecord::recordKeepsItsNote()
{
    const smtp::Note note = smtp::Note::of("Connected to %1 port %2 in %3 ms", u"::1"_s, 25, 7);
    const TranscriptRecord record =
        TranscriptRecord::make(TranscriptRecord::Direction::Info, note, true);
    QCOMPARE(record.text, u"Connected to ::1 port 25 in 7 ms"_s);
    QCOMPARE(record.note, note);
    QCOMPARE(record.note.arguments, (QStringList{u"::1"_s, u"25"_s, u"7"_s}));
    QVERIFY(record.encrypted);
    QCOMPARE(smtp::Note::verbatim(u"50% done %1"_s).text(), u"50% done %1"_s);
}

namespace {

// A translator as the GUI's: every pattern looked up, unknown ones kept as they are.
QString toChinese(const QString& pattern)
{
    static const QHash<QString, QString> chinese{
        {u"Protocol error: %1"_s, u"协议错误：%1"_s},
        {u"reply line longer than %1 bytes"_s, u"回复行超过 %1 字节"_s},
        {u"%1 port %2: %3"_s, u"%1 端口 %2：%3"_s},
        {u"no A or AAAA records"_s, u"没有 A 或 AAAA 记录"_s},
        {u"%1; %2"_s, u"%1；%2"_s},
    };
    return chinese.value(pattern, pattern);
}

} // namespace

// Issue 18, item 6: the parser's sentence inside "Protocol error: %1" was English under
// zh_CN, because a value could only be text.
void TestTranscriptRecord::noteInsideANoteIsTranslatedWithIt()
{
    const smtp::Note tooLong = smtp::Note::of("reply line longer than %1 bytes", 512);
    const smtp::Note error = smtp::Note::of("Protocol error: %1", tooLong);
    QCOMPARE(error.text(), u"Protocol error: reply line longer than 512 bytes"_s);
    QCOMPARE(error.translated(&toChinese), u"协议错误：回复行超过 512 字节"_s);
    QCOMPARE(error.arguments, QStringList{tooLong.text()});

    // Plain values before and after a note stay as they are, wherever the note is.
    const smtp::Note mixed =
        smtp::Note::of("%1 port %2: %3", u"::1"_s, 25, smtp::Note::of("no A or AAAA records"));
    QCOMPARE(mixed.translated(&toChinese), u"::1 端口 25：没有 A 或 AAAA 记录"_s);
    QCOMPARE(mixed.inner.size(), size_t(3));
    QVERIFY(mixed.inner[0].isEmpty() && mixed.inner[1].isEmpty());
    // A value that looks like a placeholder is not filled again.
    const smtp::Note odd =
        smtp::Note::of("Protocol error: %1", smtp::Note::verbatim(u"100%1 done"_s));
    QCOMPARE(odd.translated(&toChinese), u"协议错误：100%1 done"_s);
    QVERIFY(smtp::Note::of("Protocol error: %1", u"x"_s).inner.empty());
}

void TestTranscriptRecord::joinedNotesAreTranslatedEachOnItsOwn()
{
    const smtp::Note three = smtp::Note::joined({smtp::Note::of("no A or AAAA records"),
                                                 smtp::Note::verbatim(u"50% %2"_s),
                                                 smtp::Note::of("no A or AAAA records")});
    QCOMPARE(three.text(), u"no A or AAAA records; 50% %2; no A or AAAA records"_s);
    QCOMPARE(three.translated(&toChinese), u"没有 A 或 AAAA 记录；50% %2；没有 A 或 AAAA 记录"_s);
    const smtp::Note one = smtp::Note::of("no A or AAAA records");
    QCOMPARE(smtp::Note::joined({one}), one);
    QVERIFY(smtp::Note::joined({}).isEmpty());
    // An empty note among the values is an empty plain value, as a JSON round trip reads it.
    QVERIFY(smtp::Note::of("%1 port %2", smtp::Note{}, 25).inner.empty());
}

QTEST_GUILESS_MAIN(TestTranscriptRecord)
#include "tst_transcriptrecord.moc"
