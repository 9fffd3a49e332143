#include "outcome.h"

#include "enumnames.h"

using namespace Qt::Literals::StringLiterals;

namespace smtp {

int Outcome::acceptedRecipientCount() const
{
    int count = 0;
    for (const RecipientResult& recipient : recipients)
        count += recipient.accepted ? 1 : 0;
    return count;
}

namespace {

// As the regular expressions read them before (QRegularExpression without
// UseUnicodePropertiesOption): \s, \w and so \b are ASCII only.
bool isAsciiAlnum(QChar c)
{
    return c.unicode() < 128 && (c.isLetter() || c.isDigit());
}

bool isAsciiSpace(QChar c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

bool isWordCharacter(QChar c)
{
    return isAsciiAlnum(c) || c == u'_';
}

// From `start`, the longest run of characters that `inRun` takes.
template <typename Predicate>
qsizetype runEnd(QStringView text, qsizetype start, Predicate inRun)
{
    while (start < text.size() && inRun(text[start]))
        ++start;
    return start;
}

// Postfix: "queued as 4F2A1C"; the id starts with a letter or digit, may hold "._@<>-", and
// ends with a letter, a digit or ">", so a full stop after it is not part of it.
QString postfixQueueId(QStringView text)
{
    static constexpr QStringView Marker = u"queued as";
    for (qsizetype at = text.indexOf(Marker, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(Marker, at + 1, Qt::CaseInsensitive)) {
        const qsizetype afterMarker = at + Marker.size();
        const qsizetype start = runEnd(text, afterMarker, isAsciiSpace);
        if (start == afterMarker || start >= text.size() || !isAsciiAlnum(text[start]))
            continue;
        qsizetype end = runEnd(text, start + 1, [](QChar c) {
            return isAsciiAlnum(c) || QStringView(u"._@<>-").contains(c);
        });
        while (end > start + 1 && !isAsciiAlnum(text[end - 1]) && text[end - 1] != u'>')
            --end;
        if (end > start + 1)
            return text.sliced(start, end - start).toString();
    }
    return {};
}

// Exim: "id=1qAbCd-0001Xy-2Z", where "id" starts a word.
QString eximQueueId(QStringView text)
{
    static constexpr QStringView Marker = u"id=";
    for (qsizetype at = text.indexOf(Marker, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(Marker, at + 1, Qt::CaseInsensitive)) {
        const qsizetype start = at + Marker.size();
        if ((at > 0 && isWordCharacter(text[at - 1])) || start >= text.size() ||
            !isAsciiAlnum(text[start]))
            continue;
        const qsizetype end = runEnd(text, start + 1, [](QChar c) {
            return isAsciiAlnum(c) || c == u'.' || c == u'_' || c == u'-';
        });
        return text.sliced(start, end - start).toString();
    }
    return {};
}

// Sendmail: "3AB4C5D6 Message accepted for delivery": eight or more letters and digits first.
QString sendmailQueueId(QStringView text)
{
    const qsizetype end = runEnd(text, 0, isAsciiAlnum);
    if (end >= 8 && text.sliced(end).startsWith(u" Message accepted", Qt::CaseInsensitive))
        return text.first(end).toString();
    return {};
}

} // namespace

// Read by a small scanner, not QRegularExpression: compiling three patterns cost about a
// quarter of a millisecond in every hongyan-cli invocation (issue 17: cost per message).
QString Outcome::queueId() const
{
    if (!isSuccess())
        return {};
    for (const auto find : {postfixQueueId, eximQueueId, sendmailQueueId}) {
        if (QString id = find(serverText); !id.isEmpty())
            return id;
    }
    return {};
}

QString Outcome::categoryName(Category category)
{
    return stableName(category);
}

QString Outcome::reasonName(Reason reason)
{
    return stableName(reason);
}

Outcome Outcome::beforeSending(Category category, Reason reason, Note detail)
{
    Outcome outcome;
    outcome.category = category;
    outcome.reason = reason;
    outcome.detail = std::move(detail);
    return outcome;
}

int Outcome::exitStatus(Category category)
{
    switch (category) {
    case Category::Delivered:
    case Category::Passed:
        return 0;
    case Category::Partial:
        return 1;
    case Category::Usage:
        return 2;
    case Category::Connect:
        return 3;
    case Category::Tls:
        return 4;
    case Category::Auth:
        return 5;
    case Category::Rejected:
        return 6;
    case Category::Temporary:
    case Category::Cancelled:
        return 7;
    case Category::Protocol:
        return 8;
    case Category::Unknown:
        return 9;
    }
    return 9;
}

} // namespace smtp
