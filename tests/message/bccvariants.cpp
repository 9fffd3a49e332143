#include "bccvariants.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace bccvariants {

namespace {

struct Spelling
{
    const char* name;
    QByteArray field;    // LF line ends; converted per variant
    bool addsRecipients; // Resent-Bcc hides, but is not this message's envelope
};

// The header blocks are written with LF and converted to each convention.
QByteArray withLineEnds(const QByteArray& lfText, const QByteArray& convention)
{
    if (convention == "mixed") {
        // Alternate CRLF, LF and CR from line to line.
        static const QByteArray ends[] = {"\r\n", "\n", "\r"};
        QByteArray out;
        int line = 0;
        for (char c : lfText) {
            if (c == '\n')
                out += ends[line++ % 3];
            else
                out += c;
        }
        return out;
    }
    QByteArray out = lfText;
    return out.replace("\n", convention);
}

} // namespace

QList<Variant> all()
{
    const Spelling spellings[] = {
        {"Bcc", "Bcc: secret@example.net\n", true},
        {"lower case", "bcc: secret@example.net\n", true},
        {"upper case", "BCC: secret@example.net\n", true},
        {"space before colon", "Bcc : secret@example.net\n", true},
        {"tab before colon", "Bcc\t: secret@example.net\n", true},
        {"spaces and tab before colon", "bCc \t : secret@example.net\n", true},
        {"value on a continuation line", "Bcc:\n secret@example.net\n", true},
        {"folded list", "Bcc: \"Hidden, One\" <hidden@example.net>,\n\tsecret@example.net\n", true},
        {"two fields", "Bcc: hidden@example.net\nBCC : secret@example.net\n", true},
        {"Resent-Bcc", "Resent-Bcc: secret@example.net\n", false},
    };
    const QByteArray conventions[] = {"\r\n", "\n", "\r", "mixed"};
    const char* conventionNames[] = {"CRLF", "LF", "CR", "mixed"};

    QList<Variant> variants;
    for (int c = 0; c < 4; ++c) {
        for (const Spelling& spelling : spellings) {
            for (const bool first : {true, false}) {
                const QByteArray head = "From: a@example.com\n"
                                        "To: b@example.org\n"
                                        "Cc: Team: c@example.org;\n"
                                        "Subject: hi\n";
                const QByteArray body = "\nbody\nBcc: body text, not a field\n";
                const QByteArray lf =
                    first ? spelling.field + head + body : head + spelling.field + body;
                Variant variant;
                variant.name = u"%1, %2, %3"_s.arg(QString::fromLatin1(conventionNames[c]),
                                                   QString::fromLatin1(spelling.name),
                                                   first ? u"first"_s : u"last"_s);
                variant.eml = withLineEnds(lf, conventions[c]);
                variant.recipients = {u"b@example.org"_s, u"c@example.org"_s};
                if (spelling.addsRecipients) {
                    if (spelling.field.contains("hidden@"))
                        variant.recipients.append(u"hidden@example.net"_s);
                    variant.recipients.append(u"secret@example.net"_s);
                }
                variants.append(variant);
            }
        }
    }
    // The fuzzer's finding: a bare CR in a CRLF file, right before the field.
    variants.append({u"bare CR before Bcc in a CRLF file"_s,
                     "From: a@example.com\r\nTo: b@example.org\r\nCc: c@example.org\r\n"
                     "Subject: hi\rBcc: secret@example.net\r\n\r\nbody\r\n",
                     {u"b@example.org"_s, u"c@example.org"_s, u"secret@example.net"_s}});
    variants.append({u"bare LF inside a CRLF field"_s,
                     "From: a@example.com\r\nTo: b@example.org\r\nCc: c@example.org\r\n"
                     "Subject: hi\nbcc : secret@example.net\r\n\r\nbody\r\n",
                     {u"b@example.org"_s, u"c@example.org"_s, u"secret@example.net"_s}});
    // Found in review: cut with its own line end, the Bcc would have left a bare CR before a
    // bare LF, one CRLF together, and the empty line ending the header would be gone.
    variants.append({u"bare CR before Bcc, bare LF empty line after"_s,
                     "From: a@example.com\r\nTo: b@example.org\r\nCc: c@example.org\r"
                     "Bcc: secret@example.net\n\nbody\nBcc: body text, not a field\n",
                     {u"b@example.org"_s, u"c@example.org"_s, u"secret@example.net"_s}});
    variants.append({u"bare CR before two Bcc fields, bare LF empty line after"_s,
                     "From: a@example.com\r\nTo: b@example.org\r\nCc: c@example.org\r"
                     "Bcc: secret@example.net\rbcc : hidden@example.net\n\nbody\n",
                     {u"b@example.org"_s, u"c@example.org"_s, u"secret@example.net"_s,
                      u"hidden@example.net"_s}});
    variants.append({u"CR CR LF after Bcc"_s,
                     "From: a@example.com\r\nTo: b@example.org\r\nCc: c@example.org\r\n"
                     "Bcc: secret@example.net\r\r\nbody\r\n",
                     {u"b@example.org"_s, u"c@example.org"_s, u"secret@example.net"_s}});
    return variants;
}

const QList<QByteArray>& hiddenAddresses()
{
    static const QList<QByteArray> addresses = {"secret@example.net", "hidden@example.net"};
    return addresses;
}

QList<QByteArray> blindFields(const QByteArray& message)
{
    static const QRegularExpression lineEnd(u"\r\n|\r|\n"_s);
    static const QRegularExpression blindName(u"^(resent-)?bcc[ \t]*:"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    QList<QByteArray> found;
    const QStringList lines = QString::fromLatin1(message).split(lineEnd);
    for (const QString& line : lines) {
        if (line.isEmpty())
            break; // the end of the header block
        if (blindName.match(line).hasMatch())
            found.append(line.toLatin1());
    }
    return found;
}

} // namespace bccvariants
