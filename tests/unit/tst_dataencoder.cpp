// DataEncoder: what reaches the wire after DATA or BDAT. Every line end becomes CRLF, DATA
// doubles leading dots and ends with ".\r\n", and the result never depends on where the
// input was cut.

#include "dataencoder.h"

#include <QRandomGenerator>
#include <QTest>

using smtp::DataEncoder;
using Mode = smtp::DataEncoder::Mode;

namespace {

// An independent statement of RFC 5321 §4.5.2 and §2.3.8, for whole inputs: lines end at CRLF,
// a bare CR or a bare LF; each becomes CRLF; in DATA a line starting with '.' gets another;
// the last line is ended; DATA appends the terminating line.
QByteArray reference(QByteArrayView input, Mode mode)
{
    QByteArray out;
    bool atLineStart = true;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const char c = input[i];
        if (c == '\r' || c == '\n') {
            out += "\r\n";
            atLineStart = true;
            if (c == '\r' && i + 1 < input.size() && input[i + 1] == '\n')
                ++i;
            continue;
        }
        if (atLineStart && c == '.' && mode == Mode::DotStuffed)
            out += '.';
        out += c;
        atLineStart = false;
    }
    if (!atLineStart)
        out += "\r\n";
    if (mode == Mode::DotStuffed)
        out += ".\r\n";
    return out;
}

// Encodes the pieces one encode() call each, then finish(); each call gets a fresh output
// array so the test does not depend on whether encode() appends or replaces.
QByteArray encodePieces(const QList<QByteArray>& pieces, Mode mode)
{
    DataEncoder encoder(mode);
    QByteArray wire;
    for (const QByteArray& piece : pieces) {
        QByteArray out;
        encoder.encode(piece, out);
        wire += out;
    }
    QByteArray out;
    encoder.finish(out);
    return wire + out;
}

} // namespace

class TestDataEncoder : public QObject
{
    Q_OBJECT

private slots:
    void encode_data();
    void encode();
    void randomCutsMatchOneShot_data();
    void randomCutsMatchOneShot();
    void largeInput();
};

void TestDataEncoder::encode_data()
{
    QTest::addColumn<QList<QByteArray>>("pieces");
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QByteArray>("expected");

    const Mode dot = Mode::DotStuffed;
    const Mode chunked = Mode::Chunked;
    using Pieces = QList<QByteArray>;

    QTest::addRow("CRLF text") << Pieces{"a\r\nb\r\n"} << dot << QByteArray("a\r\nb\r\n.\r\n");
    QTest::addRow("dot at line start")
        << Pieces{"a\r\n.b\r\n"} << dot << QByteArray("a\r\n..b\r\n.\r\n");
    QTest::addRow("dot at message start") << Pieces{".x\r\n"} << dot << QByteArray("..x\r\n.\r\n");
    QTest::addRow("lone dot line")
        << Pieces{"a\r\n.\r\nb\r\n"} << dot << QByteArray("a\r\n..\r\nb\r\n.\r\n");
    QTest::addRow("two dots") << Pieces{"..\r\n"} << dot << QByteArray("...\r\n.\r\n");
    QTest::addRow("dot inside a line") << Pieces{"a.b\r\n"} << dot << QByteArray("a.b\r\n.\r\n");
    QTest::addRow("bare LF") << Pieces{"a\nb\n"} << dot << QByteArray("a\r\nb\r\n.\r\n");
    QTest::addRow("bare CR") << Pieces{"a\rb\r"} << dot << QByteArray("a\r\nb\r\n.\r\n");
    QTest::addRow("CR CRLF is two line ends")
        << Pieces{"a\r\r\nb"} << dot << QByteArray("a\r\n\r\nb\r\n.\r\n");
    QTest::addRow("LF CR is two line ends")
        << Pieces{"a\n\rb"} << dot << QByteArray("a\r\n\r\nb\r\n.\r\n");
    QTest::addRow("dot after bare LF") << Pieces{"a\n.b"} << dot << QByteArray("a\r\n..b\r\n.\r\n");
    QTest::addRow("no final line end") << Pieces{"abc"} << dot << QByteArray("abc\r\n.\r\n");
    QTest::addRow("empty message") << Pieces{} << dot << QByteArray(".\r\n");
    QTest::addRow("empty pieces") << Pieces{"", "a", "", "\r\n", ""} << dot
                                  << QByteArray("a\r\n.\r\n");
    QTest::addRow("CRLF split across calls")
        << Pieces{"a\r", "\nb\r\n"} << dot << QByteArray("a\r\nb\r\n.\r\n");
    QTest::addRow("CR at end, LF next: one CRLF")
        << Pieces{"a\r", "\n"} << dot << QByteArray("a\r\n.\r\n");
    QTest::addRow("CR at end, dot next")
        << Pieces{"a\r", ".b\r\n"} << dot << QByteArray("a\r\n..b\r\n.\r\n");
    QTest::addRow("CR at end, then finish") << Pieces{"a\r"} << dot << QByteArray("a\r\n.\r\n");
    QTest::addRow("CR alone, LF alone")
        << Pieces{"a", "\r", "\n", "b"} << dot << QByteArray("a\r\nb\r\n.\r\n");
    QTest::addRow("dot split from its line start")
        << Pieces{"a\r\n", ".", "b\r\n"} << dot << QByteArray("a\r\n..b\r\n.\r\n");
    QTest::addRow("UTF-8 untouched")
        << Pieces{"主题：你好\r\n.点\r\n"} << dot << QByteArray("主题：你好\r\n..点\r\n.\r\n");
    QTest::addRow("NUL kept") << Pieces{QByteArray("a\0b\r\n", 5)} << dot
                              << QByteArray("a\0b\r\n.\r\n", 8);

    QTest::addRow("chunked: never dot-stuffs")
        << Pieces{".x\r\n.\r\n"} << chunked << QByteArray(".x\r\n.\r\n");
    QTest::addRow("chunked: line ends normalised")
        << Pieces{"a\nb\rc"} << chunked << QByteArray("a\r\nb\r\nc\r\n");
    QTest::addRow("chunked: complete message unchanged")
        << Pieces{"a\r\n"} << chunked << QByteArray("a\r\n");
    QTest::addRow("chunked: empty message") << Pieces{} << chunked << QByteArray();
    QTest::addRow("chunked: CR split") << Pieces{"a\r", "\n"} << chunked << QByteArray("a\r\n");
}

void TestDataEncoder::encode()
{
    QFETCH(QList<QByteArray>, pieces);
    QFETCH(Mode, mode);
    QFETCH(QByteArray, expected);
    QCOMPARE(encodePieces(pieces, mode), expected);
    QCOMPARE(reference(pieces.join(), mode), expected);
}

void TestDataEncoder::randomCutsMatchOneShot_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addRow("DATA") << Mode::DotStuffed;
    QTest::addRow("BDAT") << Mode::Chunked;
}

void TestDataEncoder::randomCutsMatchOneShot()
{
    // Inputs made of the characters that matter (dots, CR, LF) plus text and UTF-8 bytes, cut
    // at random places: the result must equal the one-shot encoding and the reference.
    QFETCH(Mode, mode);
    static const QByteArray alphabet = QByteArrayLiteral(".\r\n\r\nab\xe4\xb8");
    QRandomGenerator random(mode == Mode::DotStuffed ? 5321 : 3030);
    for (int round = 0; round < 3000; ++round) {
        QByteArray input;
        const int length = random.bounded(0, 64);
        for (int i = 0; i < length; ++i)
            input += alphabet[random.bounded(int(alphabet.size()))];
        QList<QByteArray> pieces;
        for (qsizetype at = 0; at < input.size();) {
            const qsizetype size = std::min<qsizetype>(random.bounded(0, 6), input.size() - at);
            pieces.append(input.mid(at, size));
            at += size;
        }
        const QByteArray oneShot = encodePieces({input}, mode);
        const QByteArray cut = encodePieces(pieces, mode);
        if (cut != oneShot || oneShot != reference(input, mode)) {
            qWarning() << "round" << round << "input" << input << "pieces" << pieces;
            QCOMPARE(cut, oneShot);
            QCOMPARE(oneShot, reference(input, mode));
        }
    }
}

void TestDataEncoder::largeInput()
{
    // 4 MiB of bare-LF lines, each starting with a dot, in 64 KiB pieces.
    const QByteArray line = ".line of text that starts with a dot\n";
    const QByteArray input = line.repeated(4 * 1024 * 1024 / line.size());
    QList<QByteArray> pieces;
    for (qsizetype at = 0; at < input.size(); at += 65536)
        pieces.append(input.mid(at, 65536));
    const QByteArray wire = encodePieces(pieces, Mode::DotStuffed);
    const qsizetype lines = input.count('\n');
    QCOMPARE(wire.size(), input.size() + 2 * lines + 3);
    QVERIFY(wire.startsWith("..line"));
    QVERIFY(wire.endsWith("dot\r\n.\r\n"));
    QCOMPARE(wire, reference(input, Mode::DotStuffed));
}

QTEST_GUILESS_MAIN(TestDataEncoder)
#include "tst_dataencoder.moc"
