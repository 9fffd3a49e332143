#include "transcriptrecord.h"

using namespace Qt::Literals::StringLiterals;

namespace smtp {

namespace {

// Characters that can reorder or hide text when displayed (Trojan Source, CVE-2021-42574).
bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
           c == 0x200F || c == 0x061C;
}

QString hex(uint value, int width)
{
    return QString::number(value, 16).rightJustified(width, u'0').toUpper();
}

void appendEscaped(QString& out, char32_t c)
{
    if (c < 0x20 || c == 0x7F) {
        switch (c) {
        case '\t':
            out += u"\\t"_s;
            return;
        case '\r':
            out += u"\\r"_s;
            return;
        case '\n':
            out += u"\\n"_s;
            return;
        default:
            out += u"\\x"_s + hex(c, 2);
            return;
        }
    }
    if ((c >= 0x80 && c <= 0x9F) || isBidiControl(c) || c == 0xFEFF) {
        out += u"<U+"_s + hex(c, 4) + u'>';
        return;
    }
    out += QString::fromUcs4(&c, 1);
}

// Length of the valid UTF-8 sequence starting at bytes[i], or 0 when it is not valid.
int utf8SequenceLength(QByteArrayView bytes, qsizetype i, char32_t& codePoint)
{
    const auto lead = static_cast<unsigned char>(bytes[i]);
    int length = 0;
    char32_t minimum = 0;
    if (lead < 0x80) {
        codePoint = lead;
        return 1;
    } else if ((lead & 0xE0) == 0xC0) {
        length = 2;
        codePoint = lead & 0x1F;
        minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        codePoint = lead & 0x0F;
        minimum = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        codePoint = lead & 0x07;
        minimum = 0x10000;
    } else {
        return 0;
    }
    if (i + length > bytes.size())
        return 0;
    for (int k = 1; k < length; ++k) {
        const auto next = static_cast<unsigned char>(bytes[i + k]);
        if ((next & 0xC0) != 0x80)
            return 0;
        codePoint = (codePoint << 6) | (next & 0x3F);
    }
    if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return 0;
    return length;
}

} // namespace

TranscriptRecord TranscriptRecord::make(Direction direction, QString text, bool encrypted,
                                        Level level)
{
    TranscriptRecord record;
    // UTC: the local time zone is looked up (a stat of /etc/localtime, twice) only for the
    // lines that are shown with their time.
    record.time = QDateTime::currentDateTimeUtc();
    record.direction = direction;
    record.level = level;
    record.encrypted = encrypted;
    record.text = std::move(text);
    return record;
}

TranscriptRecord TranscriptRecord::make(Direction direction, Note note, bool encrypted, Level level)
{
    TranscriptRecord record = make(direction, note.text(), encrypted, level);
    record.note = std::move(note);
    return record;
}

TranscriptRecord TranscriptRecord::fromServer(QByteArrayView line, bool encrypted, Level level)
{
    return make(Direction::Server, escapeForDisplay(line), encrypted, level);
}

QString TranscriptRecord::escapeForDisplay(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size());
    qsizetype i = 0;
    while (i < bytes.size()) {
        char32_t codePoint = 0;
        const int length = utf8SequenceLength(bytes, i, codePoint);
        if (length == 0) {
            out += u"\\x"_s + hex(static_cast<unsigned char>(bytes[i]), 2);
            ++i;
            continue;
        }
        appendEscaped(out, codePoint);
        i += length;
    }
    return out;
}

QString TranscriptRecord::escapeForDisplay(QStringView text)
{
    return escapeForDisplay(text.toUtf8());
}

} // namespace smtp
