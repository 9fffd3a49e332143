#include "outcome.h"

#include "enumnames.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace smtp {

int Outcome::acceptedRecipientCount() const
{
    int count = 0;
    for (const RecipientResult& recipient : recipients)
        count += recipient.accepted ? 1 : 0;
    return count;
}

QString Outcome::queueId() const
{
    if (!isSuccess())
        return {};
    // Postfix "queued as 4F2A1C", Exim "id=1qAbCd-0001", Sendmail "3AB4C5D6 Message accepted".
    static const QRegularExpression patterns[] = {
        QRegularExpression(u"queued as\\s+([A-Za-z0-9][A-Za-z0-9._@<>-]*[A-Za-z0-9>])"_s,
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(u"\\bid=([A-Za-z0-9][A-Za-z0-9._-]*)"_s,
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(u"^([A-Za-z0-9]{8,}) Message accepted"_s,
                           QRegularExpression::CaseInsensitiveOption),
    };
    for (const QRegularExpression& pattern : patterns) {
        const QRegularExpressionMatch match = pattern.match(serverText);
        if (match.hasMatch())
            return match.captured(1);
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
