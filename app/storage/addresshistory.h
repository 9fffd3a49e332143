#pragma once

#include <QString>
#include <QStringList>

namespace hongyan {

// The addresses the user has sent to, most recent first, for completion in the recipient
// fields. Kept in QSettings (the application's settings file, shared with the accounts).
class AddressHistory
{
public:
    static constexpr int MaxEntries = 1000;

    // Each entry as the user wrote it ("张三 <zhang@example.com>" or "zhang@example.com").
    QStringList addresses() const;
    // Puts the mailboxes first; an address already known (compared case-insensitively by
    // `keys`, the bare addr-specs) is moved rather than repeated.
    void remember(const QStringList& mailboxes, const QStringList& keys);
};

} // namespace hongyan
