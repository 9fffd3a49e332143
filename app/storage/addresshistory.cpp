#include "addresshistory.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

namespace {

const QString EntriesKey = u"addressHistory/entries"_s;
const QString KeysKey = u"addressHistory/keys"_s;

} // namespace

QStringList AddressHistory::addresses() const
{
    return QSettings().value(EntriesKey).toStringList();
}

void AddressHistory::remember(const QStringList& mailboxes, const QStringList& keys)
{
    QSettings settings;
    QStringList entries = settings.value(EntriesKey).toStringList();
    QStringList known = settings.value(KeysKey).toStringList();
    if (known.size() != entries.size()) {
        entries.clear();
        known.clear();
    }
    for (qsizetype i = mailboxes.size() - 1; i >= 0 && i < keys.size(); --i) {
        const QString key = keys[i].toCaseFolded();
        const qsizetype existing = known.indexOf(key);
        if (existing >= 0) {
            entries.removeAt(existing);
            known.removeAt(existing);
        }
        entries.prepend(mailboxes[i]);
        known.prepend(key);
    }
    while (entries.size() > MaxEntries) {
        entries.removeLast();
        known.removeLast();
    }
    settings.setValue(EntriesKey, entries);
    settings.setValue(KeysKey, known);
}

} // namespace hongyan
