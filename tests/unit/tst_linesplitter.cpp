// LineSplitter, the one rule for line ends in message bytes: CRLF, a bare CR and a bare LF
// each end exactly one line, however the input is cut into pieces.

#include "linesplitter.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using smtp::LineSplitter;

namespace {

// The lines of `bytes` as the rule says, found independently (a regular expression), each
// with a flag telling whether a line end followed it.
QList<std::pair<QByteArray, bool>> expectedLines(const QByteArray& bytes)
{
    static const QRegularExpression lineEnd(u"\r\n|\r|\n"_s);
    QList<std::pair<QByteArray, bool>> lines;
    const QString text = QString::fromLatin1(bytes);
    qsizetype start = 0;
    for (auto it = lineEnd.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        lines.append({bytes.mid(start, match.capturedStart() - start), true});
        start = match.capturedEnd();
    }
    if (start < bytes.size())
        lines.append({bytes.mid(start), false});
    return lines;
}

// The lines LineSplitter finds when `bytes` arrives cut at `cuts`.
QList<std::pair<QByteArray, bool>> splitLines(const QByteArray& bytes, const QList<int>& cuts)
{
    QList<std::pair<QByteArray, bool>> lines;
    QByteArray current;
    bool open = false;
    LineSplitter splitter;
    qsizetype from = 0;
    QList<int> ends = cuts;
    ends.append(int(bytes.size()));
    for (const int to : ends) {
        splitter.feed(QByteArrayView(bytes).sliced(from, to - from),
                      [&](const LineSplitter::Piece& piece) {
                          if (piece.startsLine && open)
                              qFatal("a line started before the previous one ended");
                          current += piece.text;
                          open = !piece.endsLine;
                          if (piece.endsLine)
                              lines.append({std::exchange(current, {}), true});
                      });
        from = to;
    }
    if (open)
        lines.append({current, false});
    return lines;
}

} // namespace

class TestLineSplitter : public QObject
{
    Q_OBJECT

private slots:
    void lineEnds_data();
    void lineEnds();
    void randomCutsMatchTheRule();
    void withLineEnds();
};

void TestLineSplitter::lineEnds_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QByteArray>>("lines");
    QTest::addRow("CRLF") << QByteArray("a\r\nb\r\n") << QList<QByteArray>{"a", "b"};
    QTest::addRow("LF") << QByteArray("a\nb\n") << QList<QByteArray>{"a", "b"};
    QTest::addRow("CR") << QByteArray("a\rb\r") << QList<QByteArray>{"a", "b"};
    QTest::addRow("bare CR inside a CRLF line")
        << QByteArray("Subject: hi\rBcc: x\r\n") << QList<QByteArray>{"Subject: hi", "Bcc: x"};
    QTest::addRow("CR CR LF: two line ends")
        << QByteArray("a\r\r\nb") << QList<QByteArray>{"a", "", "b"};
    QTest::addRow("LF CR: two line ends")
        << QByteArray("a\n\rb") << QList<QByteArray>{"a", "", "b"};
    QTest::addRow("no line end") << QByteArray("abc") << QList<QByteArray>{"abc"};
}

void TestLineSplitter::lineEnds()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QByteArray>, lines);
    QList<QByteArray> found;
    for (const auto& [text, ended] : splitLines(input, {}))
        found.append(text);
    QCOMPARE(found, lines);
}

void TestLineSplitter::randomCutsMatchTheRule()
{
    // Inputs made mostly of line-end characters, cut at random places, one of them between
    // a CR and its LF as often as not.
    QRandomGenerator random(20261206);
    static const char alphabet[] = {'\r', '\n', 'a', '.', ' '};
    for (int round = 0; round < 20000; ++round) {
        QByteArray input;
        const int length = random.bounded(0, 40);
        for (int i = 0; i < length; ++i)
            input += alphabet[random.bounded(int(sizeof alphabet))];
        QList<int> cuts;
        for (int at = 0; at < length; at += random.bounded(1, 6))
            cuts.append(at);
        const auto expected = expectedLines(input);
        const auto found = splitLines(input, cuts);
        if (found != expected)
            QFAIL(qPrintable(u"input %1, cuts %2"_s.arg(QString::fromLatin1(input.toHex()))
                                 .arg(QString::number(cuts.size()))));
    }
}

void TestLineSplitter::withLineEnds()
{
    QCOMPARE(LineSplitter::withLineEnds("a\rb\nc\r\nd", "\n"), QByteArray("a\nb\nc\nd"));
    QCOMPARE(LineSplitter::withLineEnds("a\r\r\n", "\r\n"), QByteArray("a\r\n\r\n"));
    QCOMPARE(LineSplitter::withLineEnds("", "\r\n"), QByteArray());
}

QTEST_GUILESS_MAIN(TestLineSplitter)
#include "tst_linesplitter.moc"
