#include "maildate.h"

namespace smtp {

namespace {

constexpr const char* DayNames[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr const char* MonthNames[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

QByteArray twoDigits(int value)
{
    return QByteArray::number(value).rightJustified(2, '0');
}

} // namespace

QByteArray MailDate::format(const QDateTime& dateTime)
{
    const int offset = dateTime.offsetFromUtc();
    // Seconds are dropped from the offset: RFC 5322 zones are hours and minutes.
    const QDateTime local = dateTime.toOffsetFromUtc(offset / 60 * 60);
    const QDate date = local.date();
    const QTime time = local.time();
    const int minutes = qAbs(offset) / 60;
    QByteArray out;
    out += DayNames[date.dayOfWeek() - 1];
    out += ", ";
    out += QByteArray::number(date.day());
    out += ' ';
    out += MonthNames[date.month() - 1];
    out += ' ';
    out += QByteArray::number(date.year()).rightJustified(4, '0');
    out += ' ';
    out += twoDigits(time.hour()) + ':' + twoDigits(time.minute()) + ':' + twoDigits(time.second());
    out += ' ';
    out += offset < 0 ? '-' : '+';
    out += twoDigits(minutes / 60) + twoDigits(minutes % 60);
    return out;
}

} // namespace smtp
