#pragma once

#include "account.h"

#include <QList>
#include <QObject>
#include <QSettings>

#include <optional>

namespace hongyan {

// The saved accounts, in QSettings (shared by the GUI and hongyan-cli). Secrets are never
// stored here; see SecretStore.
class AccountStore : public QObject
{
    Q_OBJECT

public:
    // Uses the application's default QSettings location unless a file is given (tests).
    explicit AccountStore(QObject* parent = nullptr);
    explicit AccountStore(const QString& settingsFile, QObject* parent = nullptr);

    QList<Account> accounts() const;
    std::optional<Account> account(const QString& id) const;
    // By name, case-insensitively, or by id (hongyan-cli --account NAME).
    std::optional<Account> findByName(const QString& nameOrId) const;
    QString defaultAccountId() const;
    std::optional<Account> defaultAccount() const;

    // Saves (adds or replaces) an account; gives it an id when it has none. Returns the id.
    QString save(Account account);
    void remove(const QString& id);
    void setDefaultAccountId(const QString& id);

signals:
    void changed();

private:
    Account read(const QString& id) const;
    QStringList ids() const;

    mutable QSettings m_settings;
};

} // namespace hongyan
