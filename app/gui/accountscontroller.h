#pragma once

#include "account.h"
#include "discoveredserver.h"
#include "providerpresets.h"
#include "secretstore.h"
#include "serverdiscovery.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QWidget;

namespace hongyan {

class AccountEditor;
class AccountStore;
class AccountsDialog;
class DiagnosisController;
struct AccountFormValues;

// Account setup: the accounts list and the account editor, wired to AccountStore and
// SecretStore. Typing an address fills in a known provider's settings with its note;
// Detect settings asks ServerDiscovery for unknown ones; Test runs the diagnosis on the
// editor's values. Passwords go to the system keychain only; without one the user is told
// that the password will be asked for when sending.
class AccountsController : public QObject
{
    Q_OBJECT

public:
    AccountsController(AccountStore& accounts, SecretStore& secrets, DiagnosisController& diagnosis,
                       QObject* parent = nullptr);
    ~AccountsController() override;

    // Opens (or raises) the accounts list; with no account yet, the new-account form.
    void showAccounts(QWidget* parent);
    // Opens the editor for a new account, or for a saved one. One editor at a time.
    AccountEditor* addAccount(QWidget* parent);
    AccountEditor* editAccount(QWidget* parent, const QString& accountId);

    AccountsDialog* accountsDialog() const;
    AccountEditor* editor() const;
    // Where Detect settings looks (tests point it at local servers).
    ServerDiscovery& discovery() { return m_discovery; }

signals:
    // An account was saved (added or changed); `accountId` is its id.
    void accountSaved(const QString& accountId);

private:
    AccountEditor* openEditor(QWidget* parent, const std::optional<Account>& account);
    void refreshList();
    void onAddressEdited(const QString& address);
    void onServerEdited();
    void detect();
    void onDiscovered(const DiscoveredServer& server);
    void onDiscoveryFailed();
    void applySuggestion(const DiscoveredServer& server);
    void withdrawSuggestion(const AccountFormValues& values);
    void showSource();
    void test();
    void save();
    void finishSave(const QString& accountId, const QString& password);
    void checkKeychain();
    void showKeychainStatus();
    void showMessage(const QString& title, const QString& text, bool warning);
    void removeAccount(const QString& accountId);
    // The editor's values as an account (id and other fields kept from the original).
    Account accountFromEditor(const AccountFormValues& values) const;
    QString validate(const AccountFormValues& values) const;

    AccountStore& m_accounts;
    SecretStore& m_secrets;
    DiagnosisController& m_diagnosis;
    ProviderPresets m_presets;
    ServerDiscovery m_discovery;
    QPointer<AccountsDialog> m_dialog;
    QPointer<AccountEditor> m_editor;

    // The editor's state.
    std::optional<Account> m_original;
    SettingsSource m_source;
    // The last search found nothing; showSource() lists what it tried.
    bool m_discoveryFailed = false;
    QString m_detectedAddress;
    std::optional<DiscoveredServer> m_suggestion; // the one shown, if any
    QString m_suggestedUser;                      // the user name it filled in
    QString m_suggestedDomain;                    // the address's domain it was made for
    QString m_noteKey;
    QUrl m_helpUrl;
    QString m_autoName; // the account name filled in from the address
    bool m_serverTouched = false;
    std::optional<SecretStore::Result> m_keychain; // what reading the secret found
};

} // namespace hongyan
