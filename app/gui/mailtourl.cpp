#include "mailtourl.h"

#include <QByteArray>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

namespace {

// Percent-decodes as UTF-8. Invalid escapes ("%G1", a lone '%') make the URL invalid
// rather than being guessed at.
std::optional<QString> decode(QStringView text)
{
    auto hexValue = [](QChar c) -> int {
        if (c >= u'0' && c <= u'9')
            return c.unicode() - u'0';
        if (c >= u'a' && c <= u'f')
            return c.unicode() - u'a' + 10;
        if (c >= u'A' && c <= u'F')
            return c.unicode() - u'A' + 10;
        return -1;
    };
    QByteArray bytes;
    bytes.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'%') {
            // The whole run up to the next escape, so surrogate pairs stay together.
            qsizetype end = text.indexOf(u'%', i);
            if (end < 0)
                end = text.size();
            bytes.append(text.mid(i, end - i).toUtf8());
            i = end - 1;
            continue;
        }
        if (i + 2 >= text.size())
            return std::nullopt;
        const int high = hexValue(text[i + 1]);
        const int low = hexValue(text[i + 2]);
        if (high < 0 || low < 0)
            return std::nullopt;
        bytes.append(char(high * 16 + low));
        i += 2;
    }
    return QString::fromUtf8(bytes);
}

QString normalizeLineBreaks(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    return text;
}

} // namespace

bool MailtoUrl::isMailto(const QString& text)
{
    return text.startsWith(u"mailto:"_s, Qt::CaseInsensitive);
}

std::optional<MailtoUrl> MailtoUrl::parse(const QString& text, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    if (!isMailto(trimmed))
        return fail(tr("not a mailto: URL"));
    QStringView rest = QStringView(trimmed).mid(7);
    // A fragment has no meaning in mailto: (RFC 6068 §2) and is dropped.
    if (const qsizetype hash = rest.indexOf(u'#'); hash >= 0)
        rest = rest.left(hash);
    const qsizetype question = rest.indexOf(u'?');
    const QStringView path = question >= 0 ? rest.left(question) : rest;
    const QStringView query = question >= 0 ? rest.mid(question + 1) : QStringView();

    MailtoUrl url;
    // Commas separate the path's addresses before decoding; an encoded comma (%2C) belongs
    // to an address (a quoted local part).
    for (QStringView part : path.split(u',')) {
        const std::optional<QString> address = decode(part);
        if (!address)
            return fail(tr("invalid percent-encoding in the address"));
        if (!address->trimmed().isEmpty())
            url.to.append(address->trimmed());
    }
    bool haveSubject = false;
    bool haveBody = false;
    for (QStringView field : query.split(u'&')) {
        if (field.isEmpty())
            continue;
        const qsizetype equals = field.indexOf(u'=');
        const std::optional<QString> name = decode(equals >= 0 ? field.left(equals) : field);
        const std::optional<QString> value =
            decode(equals >= 0 ? field.mid(equals + 1) : QStringView());
        if (!name || !value)
            return fail(tr("invalid percent-encoding in a header field"));
        const QString key = name->toLower();
        if (key == u"to"_s) {
            if (!value->trimmed().isEmpty())
                url.to.append(value->trimmed());
        } else if (key == u"cc"_s) {
            if (!value->trimmed().isEmpty())
                url.cc.append(value->trimmed());
        } else if (key == u"bcc"_s) {
            if (!value->trimmed().isEmpty())
                url.bcc.append(value->trimmed());
        } else if (key == u"subject"_s && !haveSubject) {
            // A subject is one line; a link must not be able to smuggle in more.
            url.subject = normalizeLineBreaks(*value).replace(u'\n', u' ');
            haveSubject = true;
        } else if (key == u"body"_s && !haveBody) {
            url.body = normalizeLineBreaks(*value);
            haveBody = true;
        }
    }
    return url;
}

} // namespace hongyan
