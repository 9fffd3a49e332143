// ReplyParser over arbitrary bytes cut into arbitrary segments: the replies (or the error)
// do not depend on how the bytes arrived, every reply has a valid code and bounded lines,
// and nothing the parser keeps grows past its limits.

#include "fuzzcheck.h"
#include "replyparser.h"

#include <cstddef>
#include <cstdint>

namespace {

struct Parsed
{
    QList<smtp::Reply> replies;
    smtp::ReplyParser::Error error = smtp::ReplyParser::Error::None;
};

// The first byte chooses the segment sizes (1 to 16 bytes, cycling); the rest is the stream.
Parsed parse(QByteArrayView stream, uint8_t seed, bool segmented)
{
    Parsed result;
    smtp::ReplyParser parser(256, 16);
    qsizetype at = 0;
    int step = 0;
    while (at < stream.size() || at == 0) {
        const qsizetype size = segmented
                                   ? qMin<qsizetype>(1 + (seed + step++) % 16, stream.size() - at)
                                   : stream.size();
        parser.append(stream.sliced(at, size));
        at += size;
        smtp::Reply reply;
        smtp::ReplyParser::Status status;
        while ((status = parser.next(reply)) == smtp::ReplyParser::Status::ReplyReady) {
            FUZZ_CHECK(reply.isValid(), QString::number(reply.code()));
            FUZZ_CHECK(reply.lines().size() <= 16, QString::number(reply.lines().size()));
            for (const QByteArray& line : reply.lines())
                FUZZ_CHECK(line.size() <= 256 && !line.contains('\n'), QString());
            FUZZ_CHECK(!fuzz::hasUnsafeCharacter(QString(reply.text()).remove(u'\n')),
                       reply.text());
            result.replies.append(reply);
        }
        if (status == smtp::ReplyParser::Status::Error) {
            result.error = parser.error();
            FUZZ_CHECK(parser.offendingLine().size() <= 256, QString());
            break;
        }
        if (stream.isEmpty())
            break;
    }
    return result;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView stream(reinterpret_cast<const char*>(data) + 1, qsizetype(size) - 1);
    const Parsed whole = parse(stream, data[0], false);
    const Parsed pieces = parse(stream, data[0], true);
    FUZZ_CHECK(whole.error == pieces.error, QString());
    FUZZ_CHECK(whole.replies.size() == pieces.replies.size(), QString());
    for (qsizetype i = 0; i < whole.replies.size(); ++i) {
        FUZZ_CHECK(whole.replies[i].code() == pieces.replies[i].code(), QString());
        FUZZ_CHECK(whole.replies[i].lines() == pieces.replies[i].lines(), QString());
    }
    return 0;
}
