#pragma once

#include <QByteArray>
#include <QDateTime>

namespace smtp {

// The Date header's value (RFC 5322 §3.3): "Thu, 26 Nov 2026 20:48:35 +0800", with the
// offset of the given time and English names whatever the user's locale.
class MailDate
{
public:
    static QByteArray format(const QDateTime& dateTime);
};

} // namespace smtp
