// ReplyParser and Reply: replies come out whole and in order however the bytes are cut, and a
// hostile or broken server gets an error, never a guess and never unbounded buffering.

#include "replyparser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using smtp::Reply;
using smtp::ReplyParser;

namespace {

struct Parsed
{
    QList<Reply> replies;
    ReplyParser::Status status = ReplyParser::Status::NeedMoreData;
};

// Appends `data` and takes every reply that is ready.
void feed(ReplyParser& parser, QByteArrayView data, Parsed& parsed)
{
    parser.append(data);
    Reply reply;
    while ((parsed.status = parser.next(reply)) == ReplyParser::Status::ReplyReady)
        parsed.replies.append(reply);
}

Parsed parseInSegments(QByteArrayView input, const QList<qsizetype>& cuts)
{
    ReplyParser parser;
    Parsed parsed;
    qsizetype from = 0;
    for (const qsizetype cut : cuts) {
        feed(parser, input.sliced(from, cut - from), parsed);
        from = cut;
    }
    feed(parser, input.sliced(from), parsed);
    return parsed;
}

// Several replies of every shape, as one stream.
const QByteArray stream = QByteArrayLiteral("220 mx.test ESMTP 欢迎\r\n"
                                            "250-mx.test greets client.test\r\n"
                                            "250-PIPELINING\r\n"
                                            "250-SIZE 10240000\r\n"
                                            "250 AUTH PLAIN LOGIN\r\n"
                                            "250 2.1.0 Ok\r\n"
                                            "550-5.1.1 <x@y>: Recipient address rejected:\r\n"
                                            "550 5.1.1 User unknown\r\n"
                                            "354 End data with <CR><LF>.<CR><LF>\r\n"
                                            "250\r\n"
                                            "221 2.0.0 Bye\r\n");

void verifyStream(const Parsed& parsed)
{
    QCOMPARE(parsed.status, ReplyParser::Status::NeedMoreData);
    QCOMPARE(parsed.replies.size(), 7);
    QCOMPARE(parsed.replies[0].code(), 220);
    QCOMPARE(parsed.replies[0].lines(), QList<QByteArray>{"mx.test ESMTP 欢迎"});
    QCOMPARE(parsed.replies[1].code(), 250);
    QCOMPARE(parsed.replies[1].lines(),
             (QList<QByteArray>{"mx.test greets client.test", "PIPELINING", "SIZE 10240000",
                                "AUTH PLAIN LOGIN"}));
    QCOMPARE(parsed.replies[2].code(), 250);
    QCOMPARE(parsed.replies[3].code(), 550);
    QCOMPARE(parsed.replies[3].lines().size(), 2);
    QCOMPARE(parsed.replies[4].code(), 354);
    QCOMPARE(parsed.replies[5].code(), 250);
    QCOMPARE(parsed.replies[6].lines(), QList<QByteArray>{"2.0.0 Bye"});
}

} // namespace

class TestReplyParser : public QObject
{
    Q_OBJECT

private slots:
    void wholeStream();
    void byteByByte();
    void randomSegments();
    void bareCode();
    void lfOnlyLineEndIsTolerated();
    void malformedLine_data();
    void malformedLine();
    void inconsistentCode();
    void lineAtTheLimit();
    void lineTooLongWithLineEnd();
    void lineTooLongIsFoundWithoutTheLineEnd();
    void hugeLineIsRefusedEarly();
    void tooManyLines();
    void bufferedBytesAfterReply_data();
    void bufferedBytesAfterReply();
    void manyRepliesInOneRead();
    void errorIsSticky();
    void resetClearsTheError();
    void replyTextAndEnhancedStatus();
};

void TestReplyParser::wholeStream()
{
    verifyStream(parseInSegments(stream, {}));
}

void TestReplyParser::byteByByte()
{
    // Where each reply ends: the LF of a line whose code is followed by a space or nothing.
    QList<qsizetype> replyEnds;
    for (qsizetype start = 0; start < stream.size();) {
        const qsizetype lf = stream.indexOf('\n', start);
        const QByteArray line = stream.sliced(start, lf - start).chopped(1);
        if (line.size() == 3 || line[3] == ' ')
            replyEnds.append(lf);
        start = lf + 1;
    }

    ReplyParser parser;
    Parsed parsed;
    for (qsizetype i = 0; i < stream.size(); ++i) {
        const qsizetype before = parsed.replies.size();
        feed(parser, stream.sliced(i, 1), parsed);
        // A reply comes out exactly when the LF of its last line arrives, never earlier.
        QCOMPARE(parsed.replies.size() > before, replyEnds.contains(i));
    }
    verifyStream(parsed);
}

void TestReplyParser::randomSegments()
{
    // A fixed seed keeps failures reproducible; every round cuts the stream differently.
    QRandomGenerator random(20240611);
    for (int round = 0; round < 500; ++round) {
        QList<qsizetype> cuts;
        for (qsizetype at = random.bounded(1, 20); at < stream.size(); at += random.bounded(1, 20))
            cuts.append(at);
        const Parsed parsed = parseInSegments(stream, cuts);
        verifyStream(parsed);
        if (QTest::currentTestFailed()) {
            qWarning() << "round" << round << "cuts" << cuts;
            return;
        }
    }
}

void TestReplyParser::bareCode()
{
    const Parsed parsed = parseInSegments("250\r\n354 \r\n", {});
    QCOMPARE(parsed.replies.size(), 2);
    QCOMPARE(parsed.replies[0].code(), 250);
    QCOMPARE(parsed.replies[0].lines(), QList<QByteArray>{QByteArray()});
    QCOMPARE(parsed.replies[1].code(), 354);
    QCOMPARE(parsed.replies[1].lines(), QList<QByteArray>{QByteArray()});
}

void TestReplyParser::lfOnlyLineEndIsTolerated()
{
    const Parsed parsed = parseInSegments("220 hi\n250-a\n250 b\r\n", {});
    QCOMPARE(parsed.status, ReplyParser::Status::NeedMoreData);
    QCOMPARE(parsed.replies.size(), 2);
    QCOMPARE(parsed.replies[0].lines(), QList<QByteArray>{"hi"});
    QCOMPARE(parsed.replies[1].lines(), (QList<QByteArray>{"a", "b"}));
}

void TestReplyParser::malformedLine_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addRow("letter in code") << QByteArray("2x0 hi\r\n");
    QTest::addRow("two digits") << QByteArray("25\r\n");
    QTest::addRow("no code") << QByteArray("hello\r\n");
    QTest::addRow("empty line") << QByteArray("\r\n");
    QTest::addRow("leading space") << QByteArray(" 250 ok\r\n");
    QTest::addRow("bad separator") << QByteArray("250xok\r\n");
    QTest::addRow("four digits") << QByteArray("2500 ok\r\n");
    QTest::addRow("1xx code") << QByteArray("150 ok\r\n");
    QTest::addRow("6xx code") << QByteArray("600 ok\r\n");
    QTest::addRow("malformed continuation") << QByteArray("250-mx.test\r\nPIPELINING\r\n");
}

void TestReplyParser::malformedLine()
{
    QFETCH(QByteArray, input);
    ReplyParser parser;
    Parsed parsed;
    feed(parser, input, parsed);
    QCOMPARE(parsed.status, ReplyParser::Status::Error);
    QCOMPARE(parsed.replies.size(), 0);
    QCOMPARE(parser.error(), ReplyParser::Error::MalformedLine);
    QVERIFY(!parser.errorDescription().isEmpty());
}

void TestReplyParser::inconsistentCode()
{
    ReplyParser parser;
    Parsed parsed;
    feed(parser, "250-mx.test\r\n251 ok\r\n", parsed);
    QCOMPARE(parsed.status, ReplyParser::Status::Error);
    QCOMPARE(parser.error(), ReplyParser::Error::InconsistentCode);
    QVERIFY(parsed.replies.isEmpty());
}

void TestReplyParser::lineAtTheLimit()
{
    // 16 bytes without the line end is allowed with a limit of 16.
    ReplyParser parser(16, 4);
    Parsed parsed;
    feed(parser, "250 " + QByteArray(12, 'x') + "\r\n", parsed);
    QCOMPARE(parsed.status, ReplyParser::Status::NeedMoreData);
    QCOMPARE(parsed.replies.size(), 1);
    QCOMPARE(parsed.replies[0].lines(), QList<QByteArray>{QByteArray(12, 'x')});
}

void TestReplyParser::lineTooLongWithLineEnd()
{
    ReplyParser parser(16, 4);
    Parsed parsed;
    feed(parser, "250 " + QByteArray(13, 'x') + "\r\n", parsed);
    QCOMPARE(parsed.status, ReplyParser::Status::Error);
    QCOMPARE(parser.error(), ReplyParser::Error::LineTooLong);
}

void TestReplyParser::lineTooLongIsFoundWithoutTheLineEnd()
{
    // Max + 2 bytes without LF cannot become a line of at most max bytes plus CRLF any more:
    // the parser must say so now rather than wait for a line end that may never come.
    ReplyParser parser(16, 4);
    Parsed parsed;
    feed(parser, "250 " + QByteArray(14, 'x'), parsed);
    QCOMPARE(parsed.status, ReplyParser::Status::Error);
    QCOMPARE(parser.error(), ReplyParser::Error::LineTooLong);
}

void TestReplyParser::hugeLineIsRefusedEarly()
{
    // 4 MiB without a line end, as a hostile server would send it, in 64 KiB segments.
    ReplyParser parser;
    Parsed parsed;
    const QByteArray segment(64 * 1024, 'x');
    int segmentsFed = 0;
    feed(parser, "250 ", parsed);
    while (parsed.status != ReplyParser::Status::Error && segmentsFed < 64) {
        feed(parser, segment, parsed);
        ++segmentsFed;
    }
    QCOMPARE(parsed.status, ReplyParser::Status::Error);
    QCOMPARE(parser.error(), ReplyParser::Error::LineTooLong);
    // The default limit is 8 KiB: the first segment already exceeds it.
    QCOMPARE(segmentsFed, 1);
    QVERIFY2(parser.bufferedBytes() <= segment.size() + 4,
             qPrintable(QString::number(parser.bufferedBytes())));
}

void TestReplyParser::tooManyLines()
{
    {
        ReplyParser parser(ReplyParser::DefaultMaxLineLength, 3);
        Parsed parsed;
        feed(parser, "250-a\r\n250-b\r\n250 c\r\n", parsed);
        QCOMPARE(parsed.replies.size(), 1);
        QCOMPARE(parsed.replies[0].lines().size(), 3);
    }
    {
        // The fourth line is refused as it arrives, before the reply ends (if it ever does).
        ReplyParser parser(ReplyParser::DefaultMaxLineLength, 3);
        Parsed parsed;
        feed(parser, "250-a\r\n250-b\r\n250-c\r\n250-d\r\n", parsed);
        QCOMPARE(parsed.status, ReplyParser::Status::Error);
        QCOMPARE(parser.error(), ReplyParser::Error::TooManyLines);
    }
    {
        ReplyParser parser;
        Parsed parsed;
        feed(parser, QByteArray("250-x\r\n").repeated(ReplyParser::DefaultMaxLines + 1), parsed);
        QCOMPARE(parsed.status, ReplyParser::Status::Error);
        QCOMPARE(parser.error(), ReplyParser::Error::TooManyLines);
    }
}

void TestReplyParser::bufferedBytesAfterReply_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qsizetype>("buffered");
    QTest::addRow("nothing after") << QByteArray("220 go ahead\r\n") << qsizetype(0);
    QTest::addRow("partial line after") << QByteArray("220 go ahead\r\n250-inj") << qsizetype(7);
    QTest::addRow("whole line of an unfinished reply")
        << QByteArray("220 go ahead\r\n250-injected\r\n") << qsizetype(14);
    QTest::addRow("a whole second reply")
        << QByteArray("220 go ahead\r\n250 injected\r\n") << qsizetype(14);
}

void TestReplyParser::bufferedBytesAfterReply()
{
    // STARTTLS injection detection rests on this: after the 220, anything left is injected.
    QFETCH(QByteArray, input);
    QFETCH(qsizetype, buffered);
    ReplyParser parser;
    parser.append(input);
    Reply reply;
    QCOMPARE(parser.next(reply), ReplyParser::Status::ReplyReady);
    QCOMPARE(reply.code(), 220);
    QCOMPARE(parser.bufferedBytes(), buffered);
}

// A read that holds thousands of replies (a pipelining burst, or a hostile server): every
// one comes out in order, and what is left after the last counts from where it ends.
void TestReplyParser::manyRepliesInOneRead()
{
    ReplyParser parser;
    QByteArray burst;
    for (int i = 0; i < 20000; ++i)
        burst +=
            "250-line " + QByteArray::number(i) + "\r\n250 ok " + QByteArray::number(i) + "\r\n";
    parser.append(burst + "354 ");
    Reply reply;
    for (int i = 0; i < 20000; ++i) {
        QCOMPARE(parser.next(reply), ReplyParser::Status::ReplyReady);
        QCOMPARE(reply.lines().value(1), "ok " + QByteArray::number(i));
    }
    QCOMPARE(parser.next(reply), ReplyParser::Status::NeedMoreData);
    QCOMPARE(parser.bufferedBytes(), qsizetype(4));
    parser.append("go\r\n");
    QCOMPARE(parser.bufferedBytes(), qsizetype(8));
    QCOMPARE(parser.next(reply), ReplyParser::Status::ReplyReady);
    QCOMPARE(reply.code(), 354);
    QCOMPARE(reply.lines().value(0), QByteArray("go"));
    QCOMPARE(parser.bufferedBytes(), qsizetype(0));
}

void TestReplyParser::errorIsSticky()
{
    ReplyParser parser;
    Parsed parsed;
    feed(parser, "2x0 hi\r\n", parsed);
    QCOMPARE(parsed.status, ReplyParser::Status::Error);
    feed(parser, "250 fine now\r\n", parsed);
    QCOMPARE(parsed.status, ReplyParser::Status::Error);
    QVERIFY(parsed.replies.isEmpty());
    QCOMPARE(parser.error(), ReplyParser::Error::MalformedLine);
}

void TestReplyParser::resetClearsTheError()
{
    ReplyParser parser;
    Parsed parsed;
    feed(parser, "2x0 hi\r\n", parsed);
    QCOMPARE(parsed.status, ReplyParser::Status::Error);
    parser.reset();
    QCOMPARE(parser.error(), ReplyParser::Error::None);
    QCOMPARE(parser.bufferedBytes(), qsizetype(0));
    feed(parser, "250 fine\r\n", parsed);
    QCOMPARE(parsed.replies.size(), 1);
    QCOMPARE(parsed.replies[0].code(), 250);
}

void TestReplyParser::replyTextAndEnhancedStatus()
{
    const Reply reply(550, {"5.1.1 <x@y>: Recipient address rejected", "5.1.1 User unknown"});
    QCOMPARE(reply.codeClass(), 5);
    QVERIFY(reply.isPermanentFailure());
    QVERIFY(reply.isValid());
    QCOMPARE(reply.enhancedStatus(), smtp::EnhancedStatus(5, 1, 1));
    QVERIFY(reply.text().startsWith(u"<x@y>: Recipient address rejected"_s));
    QCOMPARE(reply.wireLines(), (QList<QByteArray>{"550-5.1.1 <x@y>: Recipient address rejected",
                                                   "550 5.1.1 User unknown"}));

    // An enhanced code whose class contradicts the reply code is not one (RFC 3463 §2).
    const Reply mismatch(250, {"5.1.1 odd"});
    QVERIFY(!mismatch.enhancedStatus().isValid());
    QVERIFY(mismatch.isPositiveCompletion());

    const Reply chinese(554, {"5.7.1 拒绝：垃圾邮件"});
    QCOMPARE(chinese.text(), u"拒绝：垃圾邮件"_s);
    QCOMPARE(Reply(250, {""}).wireLines(), QList<QByteArray>{"250"});
}

QTEST_GUILESS_MAIN(TestReplyParser)
#include "tst_replyparser.moc"
