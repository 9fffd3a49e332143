// RFC 2231 parameters (filename*=UTF-8''…, continued as filename*0*=…; filename*1*=…):
// whatever the value, the field stays one field of CRLF-ended lines within 998 octets,
// every parameter section is quoted or a valid token, and the sections decode (by the
// RFC's own rules, implemented here independently) to the value itself.

#include "fuzzcheck.h"
#include "headerfield.h"
#include "parameterencoder.h"

#include <QRegularExpression>

#include <cstddef>
#include <cstdint>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray percentDecode(QByteArrayView text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size()) {
            out += QByteArray::fromHex(text.sliced(i + 1, 2).toByteArray());
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString value = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    smtp::HeaderField field("Content-Disposition");
    field.appendToken("attachment", false);
    smtp::ParameterEncoder::appendRfc2231(field, "filename", value);
    const std::optional<QByteArray> bytes = field.toBytes();
    if (!bytes)
        return 0; // refused as a whole (a control character): nothing is written
    FUZZ_CHECK(bytes->endsWith("\r\n"), QString::fromLatin1(*bytes));
    QByteArray unfolded;
    const QList<QByteArray> lines = bytes->chopped(2).split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (i + 1 < lines.size()) {
            FUZZ_CHECK(line.endsWith('\r'), QString::fromLatin1(*bytes));
            line.chop(1);
        }
        FUZZ_CHECK(line.size() <= 998 && !line.contains('\r'), QString::fromLatin1(*bytes));
        FUZZ_CHECK(i == 0 || line.startsWith(' ') || line.startsWith('\t'),
                   QString::fromLatin1(*bytes));
        for (const char c : line)
            FUZZ_CHECK(uchar(c) >= 0x20 && uchar(c) < 0x7f, QString::fromLatin1(*bytes));
        unfolded += line;
    }

    // Collect the sections: filename="plain", filename*=UTF-8''pct, or numbered ones.
    static const QRegularExpression section(
        uR"re(;\s*filename(\*(\d+))?(\*)?=("((?:[^"\\]|\\.)*)"|([^;\s]*)))re"_s);
    QMap<int, QByteArray> parts;
    for (auto it = section.globalMatch(QString::fromLatin1(unfolded)); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const int number = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
        QByteArray piece = match.captured(5).isNull() ? match.captured(6).toLatin1()
                                                      : match.captured(5).toLatin1();
        if (!match.captured(5).isNull())
            piece.replace("\\\"", "\"").replace("\\\\", "\\");
        if (!match.captured(3).isEmpty()) {
            if (number == 0) {
                FUZZ_CHECK(piece.startsWith("UTF-8''"), QString::fromLatin1(unfolded));
                piece = piece.sliced(7);
            }
            piece = percentDecode(piece);
        }
        FUZZ_CHECK(!parts.contains(number), QString::fromLatin1(unfolded));
        parts.insert(number, piece);
    }
    QByteArray joined;
    for (int i = 0; i < parts.size(); ++i) {
        FUZZ_CHECK(parts.contains(i), QString::fromLatin1(unfolded));
        joined += parts.value(i);
    }
    FUZZ_CHECK(QString::fromUtf8(joined) == value, QString::fromLatin1(unfolded));
    return 0;
}
