#include "outboxentry.h"

#include "enumnames.h"
#include "notejson.h"
#include "transcriptrecord.h"

#include <QJsonArray>

#include <algorithm>
#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

namespace {

// The entry's status is stored by its name, so a file stays readable when Status gains
// members.
template <typename Enum, typename NameOf>
Enum enumFromName(const QString& name, Enum last, NameOf nameOf, Enum fallback)
{
    for (int i = 0; i <= int(last); ++i) {
        if (nameOf(Enum(i)) == name)
            return Enum(i);
    }
    return fallback;
}

QJsonObject outcomeToJson(const smtp::Outcome& outcome)
{
    QJsonArray recipients;
    for (const smtp::RecipientResult& r : outcome.recipients) {
        recipients.append(QJsonObject{{u"address"_s, r.address},
                                      {u"accepted"_s, r.accepted},
                                      {u"code"_s, r.code},
                                      {u"enhanced"_s, r.enhanced.toString()},
                                      {u"serverText"_s, r.serverText}});
    }
    return QJsonObject{
        {u"category"_s, smtp::Outcome::categoryName(outcome.category)},
        {u"stage"_s, smtp::phaseName(outcome.phase)},
        {u"reason"_s, smtp::Outcome::reasonName(outcome.reason)},
        {u"code"_s, outcome.code},
        {u"enhanced"_s, outcome.enhanced.toString()},
        {u"serverText"_s, outcome.serverText},
        {u"detail"_s, outcome.detail.text()},
        {u"detailNote"_s, noteToJson(outcome.detail)},
        {u"recipients"_s, recipients},
        {u"messageBytes"_s, QString::number(outcome.messageBytes)},
        {u"sizeLimit"_s, QString::number(outcome.sizeLimit)},
    };
}

smtp::Outcome outcomeFromJson(const QJsonObject& object)
{
    using smtp::Outcome;
    Outcome outcome;
    // Enum values are stored by their stable names (enumnames.h), so a file stays readable
    // when enums gain members, and every value reads back.
    outcome.category =
        smtp::fromStableName<Outcome::Category>(object.value(u"category"_s).toString())
            .value_or(Outcome::Category::Unknown);
    outcome.phase =
        smtp::phaseFromName(object.value(u"stage"_s).toString()).value_or(smtp::Phase::Setup);
    outcome.reason = smtp::fromStableName<Outcome::Reason>(object.value(u"reason"_s).toString())
                         .value_or(Outcome::Reason::None);
    outcome.code = object.value(u"code"_s).toInt();
    outcome.enhanced = smtp::EnhancedStatus::fromString(object.value(u"enhanced"_s).toString());
    outcome.serverText = object.value(u"serverText"_s).toString();
    // "detail" is the English text, kept for people who read the file; the note is what is
    // shown (files from before notes have the text only).
    outcome.detail = noteFromJson(object.value(u"detailNote"_s).toObject());
    if (outcome.detail.isEmpty() && !object.value(u"detail"_s).toString().isEmpty())
        outcome.detail = smtp::Note::verbatim(
            smtp::TranscriptRecord::escapeForDisplay(object.value(u"detail"_s).toString()));
    const QJsonArray recipients = object.value(u"recipients"_s).toArray();
    for (const QJsonValue& value : recipients) {
        const QJsonObject r = value.toObject();
        smtp::RecipientResult result;
        result.address = r.value(u"address"_s).toString();
        result.accepted = r.value(u"accepted"_s).toBool();
        result.code = r.value(u"code"_s).toInt();
        result.enhanced = smtp::EnhancedStatus::fromString(r.value(u"enhanced"_s).toString());
        result.serverText = r.value(u"serverText"_s).toString();
        outcome.recipients.append(result);
    }
    outcome.messageBytes = object.value(u"messageBytes"_s).toString().toLongLong();
    outcome.sizeLimit = object.value(u"sizeLimit"_s).toString().toLongLong();
    return outcome;
}

QString timeToString(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QString OutboxEntry::statusName(Status status)
{
    switch (status) {
    case Status::Queued:
        return u"queued"_s;
    case Status::Failed:
        return u"failed"_s;
    case Status::Deferred:
        return u"deferred"_s;
    case Status::Unknown:
        return u"unknown"_s;
    }
    return u"queued"_s;
}

OutboxEntry::Status OutboxEntry::statusAfter(const smtp::Outcome& outcome)
{
    switch (outcome.category) {
    case smtp::Outcome::Category::Temporary:
    case smtp::Outcome::Category::Connect:
        return Status::Deferred;
    case smtp::Outcome::Category::Unknown:
        return Status::Unknown;
    case smtp::Outcome::Category::Cancelled:
        return Status::Queued;
    default:
        return Status::Failed;
    }
}

std::chrono::minutes OutboxEntry::retryDelay(int deferrals)
{
    using std::chrono::minutes;
    static constexpr minutes Schedule[] = {minutes(5), minutes(15), minutes(30), minutes(60)};
    constexpr int Steps = int(std::size(Schedule));
    return Schedule[std::clamp(deferrals - 1, 0, Steps - 1)];
}

void OutboxEntry::defer(const QDateTime& now)
{
    status = Status::Deferred;
    deferrals += 1;
    const QDateTime next = now.addDuration(retryDelay(deferrals));
    const QDateTime giveUp = (created.isValid() ? created : now).addDuration(RetryPeriod);
    nextAttempt = next <= giveUp ? next : QDateTime();
}

QJsonObject OutboxEntry::toJson() const
{
    QJsonObject object{
        {u"version"_s, 1},
        {u"id"_s, id},
        {u"accountId"_s, accountId},
        {u"sender"_s, envelope.sender},
        {u"recipients"_s, QJsonArray::fromStringList(envelope.recipients)},
        {u"requiresSmtpUtf8"_s, envelope.requiresSmtpUtf8},
        {u"requires8BitMime"_s, envelope.requires8BitMime},
        {u"subject"_s, subject},
        {u"to"_s, to},
        // As a string: JSON numbers are doubles, and sizes may pass 2^53 in theory.
        {u"size"_s, QString::number(size)},
        {u"status"_s, statusName(status)},
        {u"attempts"_s, attempts},
        {u"created"_s, timeToString(created)},
        {u"lastAttempt"_s, timeToString(lastAttempt)},
        {u"nextAttempt"_s, timeToString(nextAttempt)},
        {u"deferrals"_s, deferrals},
    };
    if (lastError) {
        object.insert(u"lastError"_s, outcomeToJson(*lastError));
        object.insert(u"lastErrorHost"_s, lastErrorHost);
    }
    if (draft)
        object.insert(u"draft"_s, draft->toJson(Draft::ImageData::Embedded));
    return object;
}

OutboxEntry OutboxEntry::fromJson(const QJsonObject& object)
{
    OutboxEntry entry;
    entry.id = object.value(u"id"_s).toString();
    entry.accountId = object.value(u"accountId"_s).toString();
    entry.envelope.sender = object.value(u"sender"_s).toString();
    const QJsonArray recipients = object.value(u"recipients"_s).toArray();
    for (const QJsonValue& r : recipients)
        entry.envelope.recipients.append(r.toString());
    entry.envelope.requiresSmtpUtf8 = object.value(u"requiresSmtpUtf8"_s).toBool();
    entry.envelope.requires8BitMime = object.value(u"requires8BitMime"_s).toBool();
    entry.subject = object.value(u"subject"_s).toString();
    entry.to = object.value(u"to"_s).toString();
    entry.size = object.value(u"size"_s).toString().toLongLong();
    entry.status = enumFromName(object.value(u"status"_s).toString(), Status::Unknown, &statusName,
                                Status::Queued);
    entry.attempts = object.value(u"attempts"_s).toInt();
    entry.created = QDateTime::fromString(object.value(u"created"_s).toString(), Qt::ISODateWithMs);
    entry.lastAttempt =
        QDateTime::fromString(object.value(u"lastAttempt"_s).toString(), Qt::ISODateWithMs);
    entry.nextAttempt =
        QDateTime::fromString(object.value(u"nextAttempt"_s).toString(), Qt::ISODateWithMs);
    entry.deferrals = object.value(u"deferrals"_s).toInt();
    if (object.contains(u"lastError"_s)) {
        entry.lastError = outcomeFromJson(object.value(u"lastError"_s).toObject());
        entry.lastErrorHost = object.value(u"lastErrorHost"_s).toString();
    }
    if (object.contains(u"draft"_s))
        entry.draft = Draft::fromJson(object.value(u"draft"_s).toObject());
    return entry;
}

} // namespace hongyan
