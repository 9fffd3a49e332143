// The RFC 5322 address parser. Two properties besides "no crash":
// - whatever parses, written back into a header field, is exactly one field (every line
//   ends in CRLF, every further line is a continuation) and reads back to the same
//   addresses: a display name can never become a field of its own;
// - a parse that succeeds drops no recipient: a group whose name is an encoded word of
//   arbitrary bytes (found by fuzzing: "=?UTF-8?Q?Team=0A?=" made the group vanish) keeps
//   every member.

#include "addresslist.h"
#include "fuzzcheck.h"
#include "headerfield.h"
#include "mailbox.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::Literals::StringLiterals;

namespace {

QList<QByteArray> headerAddresses(const smtp::AddressList& list)
{
    QList<QByteArray> addresses;
    for (const smtp::Mailbox& mailbox : list.mailboxes())
        addresses.append(mailbox.headerAddress().toLower());
    return addresses;
}

void checkRoundTrip(const smtp::AddressList& list)
{
    smtp::HeaderField field("To");
    list.appendTo(field);
    const std::optional<QByteArray> bytes = field.toBytes();
    if (!bytes)
        return;
    FUZZ_CHECK(bytes->endsWith("\r\n"), QString::fromUtf8(*bytes));
    const QList<QByteArray> lines = bytes->chopped(2).split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        const bool last = i + 1 == lines.size();
        FUZZ_CHECK(last || line.endsWith('\r'), QString::fromUtf8(*bytes));
        const QByteArrayView text = last ? QByteArrayView(line) : QByteArrayView(line).chopped(1);
        FUZZ_CHECK(!text.contains('\r') && !text.contains('\0'), QString::fromUtf8(*bytes));
        FUZZ_CHECK(i == 0 || text.startsWith(' ') || text.startsWith('\t'),
                   QString::fromUtf8(*bytes));
    }
    QByteArray unfolded = bytes->sliced(3).chopped(2);
    unfolded.replace("\r\n", "");
    const auto reread = smtp::AddressList::parse(QString::fromUtf8(unfolded));
    FUZZ_CHECK(reread.has_value(), QString::fromUtf8(unfolded));
    FUZZ_CHECK(headerAddresses(*reread) == headerAddresses(list), QString::fromUtf8(unfolded));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest(reinterpret_cast<const char*>(data) + 1, qsizetype(size) - 1);
    if (data[0] % 2 == 0) {
        const auto list = smtp::AddressList::parse(QString::fromUtf8(rest));
        if (list)
            checkRoundTrip(*list);
        return 0;
    }
    const QString text = u"=?UTF-8?B?"_s + QString::fromLatin1(rest.toBase64()) +
                         u"?=: one@example.org, \"Two\" <two@example.org>;, three@example.org"_s;
    const auto list = smtp::AddressList::parse(text);
    FUZZ_CHECK(list.has_value(), text);
    const QList<QByteArray> expected = {"one@example.org", "two@example.org", "three@example.org"};
    FUZZ_CHECK(headerAddresses(*list) == expected, text);
    checkRoundTrip(*list);
    return 0;
}
