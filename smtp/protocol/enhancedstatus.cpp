#include "enhancedstatus.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace smtp {

namespace {

// Reads 1 to `maxDigits` decimal digits at `pos`; -1 when there are none or too many.
int readNumber(QByteArrayView text, qsizetype& pos, int maxDigits)
{
    int value = 0;
    int digits = 0;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
        if (++digits > maxDigits)
            return -1;
        value = value * 10 + (text[pos] - '0');
        ++pos;
    }
    return digits == 0 ? -1 : value;
}

} // namespace

EnhancedStatus::EnhancedStatus(int statusClass, int subject, int detail)
    : m_class(statusClass)
    , m_subject(subject)
    , m_detail(detail)
{}

EnhancedStatus EnhancedStatus::parsePrefix(QByteArrayView text, int replyClass, qsizetype* length)
{
    // RFC 3463 §2: class "." subject "." detail; class is 2, 4 or 5, subject and detail
    // have 1 to 3 digits.
    qsizetype pos = 0;
    const int statusClass = readNumber(text, pos, 1);
    if (statusClass != replyClass || (statusClass != 2 && statusClass != 4 && statusClass != 5))
        return {};
    if (pos >= text.size() || text[pos] != '.')
        return {};
    ++pos;
    const int subject = readNumber(text, pos, 3);
    if (subject < 0 || pos >= text.size() || text[pos] != '.')
        return {};
    ++pos;
    const int detail = readNumber(text, pos, 3);
    if (detail < 0)
        return {};
    if (pos < text.size() && text[pos] != ' ' && text[pos] != '\t')
        return {};
    if (length)
        *length = pos;
    return EnhancedStatus(statusClass, subject, detail);
}

EnhancedStatus EnhancedStatus::fromString(QStringView text)
{
    const QByteArray latin = text.toLatin1();
    if (latin.isEmpty())
        return {};
    qsizetype length = 0;
    const EnhancedStatus status = parsePrefix(latin, latin[0] - '0', &length);
    return length == latin.size() ? status : EnhancedStatus();
}

QString EnhancedStatus::toString() const
{
    if (!isValid())
        return {};
    return u"%1.%2.%3"_s.arg(m_class).arg(m_subject).arg(m_detail);
}

} // namespace smtp
