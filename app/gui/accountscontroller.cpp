#include "accountscontroller.h"

#include "accounteditor.h"
#include "accountformvalues.h"
#include "accountsdialog.h"
#include "accountstore.h"
#include "diagnosiscontroller.h"
#include "mailbox.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QMessageBox>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

namespace {

bool isOAuth(smtp::AuthMethod method)
{
    return method == smtp::AuthMethod::XOAuth2 || method == smtp::AuthMethod::OAuthBearer;
}

AccountFormValues formValues(const Account& account)
{
    AccountFormValues values;
    values.name = account.name;
    values.address = account.address;
    values.displayName = account.displayName;
    values.directDelivery = account.kind == Account::Kind::DirectDelivery;
    values.requireTls = account.requireTls;
    values.host = account.host;
    values.port =
        account.port != 0 ? account.port : smtp::SessionSettings::defaultPort(account.security);
    values.security = account.security;
    values.authMethod = account.authMethod;
    values.user = account.user;
    values.allowPlaintextAuth = account.allowPlaintextAuth;
    values.caFile = account.caFile;
    values.pinnedSha256 = account.pinnedSha256;
    values.waitSeconds = account.waitSeconds;
    return values;
}

} // namespace

AccountsController::AccountsController(AccountStore& accounts, SecretStore& secrets,
                                       DiagnosisController& diagnosis, QObject* parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_secrets(secrets)
    , m_diagnosis(diagnosis)
    , m_discovery(m_presets)
{
    connect(&m_accounts, &AccountStore::changed, this, &AccountsController::refreshList);
    connect(&m_discovery, &ServerDiscovery::progress, this, [this](const QString& text) {
        if (m_editor)
            m_editor->setSettingsSource(text);
    });
    connect(&m_discovery, &ServerDiscovery::found, this, &AccountsController::onDiscovered);
    connect(&m_discovery, &ServerDiscovery::failed, this, &AccountsController::onDiscoveryFailed);
}

AccountsController::~AccountsController() = default;

AccountsDialog* AccountsController::accountsDialog() const
{
    return m_dialog;
}

AccountEditor* AccountsController::editor() const
{
    return m_editor;
}

void AccountsController::showAccounts(QWidget* parent)
{
    // An empty list with an "Add…" button is one click too many: with no account yet, the
    // new-account form opens at once.
    if (!m_dialog && m_accounts.accounts().isEmpty()) {
        addAccount(parent);
        return;
    }
    if (!m_dialog) {
        m_dialog = new AccountsDialog(parent);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &AccountsDialog::addRequested, this, [this] { addAccount(m_dialog); });
        connect(m_dialog, &AccountsDialog::editRequested, this,
                [this](const QString& id) { editAccount(m_dialog, id); });
        connect(m_dialog, &AccountsDialog::removeRequested, this,
                &AccountsController::removeAccount);
        connect(m_dialog, &AccountsDialog::setDefaultRequested, &m_accounts,
                &AccountStore::setDefaultAccountId);
        connect(m_dialog, &AccountsDialog::diagnoseRequested, this,
                [this](const QString& id) { m_diagnosis.diagnose(m_dialog, id); });
        refreshList();
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void AccountsController::refreshList()
{
    if (!m_dialog)
        return;
    const QString defaultId = m_accounts.defaultAccountId();
    QList<AccountListEntry> entries;
    for (const Account& account : m_accounts.accounts()) {
        AccountListEntry entry;
        entry.id = account.id;
        entry.name = account.name;
        entry.address = account.address;
        entry.server = account.kind == Account::Kind::DirectDelivery
                           ? tr("direct delivery (MX)")
                           : u"%1:%2"_s.arg(account.host)
                                 .arg(account.port != 0
                                          ? account.port
                                          : smtp::SessionSettings::defaultPort(account.security));
        entry.isDefault = account.id == defaultId;
        entries.append(entry);
    }
    m_dialog->setAccounts(entries);
}

AccountEditor* AccountsController::addAccount(QWidget* parent)
{
    return openEditor(parent, std::nullopt);
}

AccountEditor* AccountsController::editAccount(QWidget* parent, const QString& accountId)
{
    const std::optional<Account> account = m_accounts.account(accountId);
    if (!account)
        return nullptr;
    return openEditor(parent, account);
}

AccountEditor* AccountsController::openEditor(QWidget* parent,
                                              const std::optional<Account>& account)
{
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return m_editor;
    }
    m_discovery.cancel();
    m_original = account;
    m_suggestion.reset();
    m_noteKey.clear();
    m_helpUrl.clear();
    m_autoName.clear();
    m_serverTouched = false;
    m_discoveryFailed = false;
    m_keychain.reset();

    auto* editor = new AccountEditor(parent);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowTitle(account ? tr("Edit account") : tr("New account"));
    m_editor = editor;
    if (account) {
        editor->setValues(formValues(*account));
        m_source = SettingsSource::fromKey(account->settingsSource);
        // A saved account still gets its provider's note, when its server is a preset's.
        if (const auto preset = m_presets.forAddress(account->address);
            preset && preset->host.compare(account->host, Qt::CaseInsensitive) == 0) {
            m_noteKey = preset->noteKey;
            m_helpUrl = preset->helpUrl;
        }
    } else {
        AccountFormValues fresh;
        fresh.waitSeconds = Account::DefaultWaitSeconds;
        editor->setValues(fresh);
        m_source = SettingsSource();
    }
    editor->setProviderNote(ProviderPresets::noteText(m_noteKey), m_helpUrl);
    showSource();

    connect(editor, &AccountEditor::addressEdited, this, &AccountsController::onAddressEdited);
    connect(editor, &AccountEditor::serverEdited, this, &AccountsController::onServerEdited);
    connect(editor, &AccountEditor::detectRequested, this, &AccountsController::detect);
    connect(editor, &AccountEditor::testRequested, this, &AccountsController::test);
    connect(editor, &AccountEditor::saveRequested, this, &AccountsController::save);
    connect(editor, &AccountEditor::retranslated, this, [this] {
        m_editor->setWindowTitle(m_original ? tr("Edit account") : tr("New account"));
        m_editor->setProviderNote(ProviderPresets::noteText(m_noteKey), m_helpUrl);
        showSource();
        showKeychainStatus();
    });
    connect(editor, &QObject::destroyed, this, [this] { m_discovery.cancel(); });
    checkKeychain();
    editor->show();
    return editor;
}

// Finds out early whether passwords can be kept, so the user knows before typing one.
void AccountsController::checkKeychain()
{
    // For a new account, an entry that cannot exist: NotFound means the keychain works.
    const QString id =
        m_original ? m_original->id
                   : u"availability-check-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QPointer<AccountEditor> editor = m_editor;
    QPointer<AccountsController> self = this;
    m_secrets.read(id, [self, this, editor](const SecretStore::Result& result) {
        if (!self || !editor || editor != m_editor)
            return;
        m_keychain = result;
        m_keychain->secret.clear(); // only the status is kept; the secret stays where it is
        showKeychainStatus();
    });
}

void AccountsController::showKeychainStatus()
{
    if (!m_editor || !m_keychain)
        return;
    const bool saved = m_original && m_keychain->status == SecretStore::Result::Status::Ok;
    m_editor->setPasswordPlaceholder(saved ? tr("Saved in the system keychain; type to replace it")
                                           : QString());
    switch (m_keychain->status) {
    case SecretStore::Result::Status::Ok:
    case SecretStore::Result::Status::NotFound:
        m_editor->setKeychainStatus({});
        break;
    case SecretStore::Result::Status::Unavailable:
        m_editor->setKeychainStatus(
            tr("No keychain is available on this computer, so the password will not be saved "
               "anywhere: Hongyan will ask for it when sending."));
        break;
    case SecretStore::Result::Status::Failed:
        m_editor->setKeychainStatus(
            tr("The system keychain did not answer (%1). If the password cannot be saved, "
               "Hongyan will ask for it when sending.")
                .arg(m_keychain->errorString));
        break;
    }
}

void AccountsController::onAddressEdited(const QString& address)
{
    if (!m_editor)
        return;
    const AccountFormValues values = m_editor->values();
    if (values.name.isEmpty() || values.name == m_autoName) {
        m_autoName = address.trimmed();
        m_editor->setAccountName(m_autoName);
    }
    // Presets fill in the server only where the user has not typed one of their own.
    const bool replaceable =
        !m_serverTouched &&
        (values.host.isEmpty() || (m_suggestion && values.host == m_suggestion->host));
    if (!replaceable)
        return;
    const std::optional<ProviderPreset> preset = m_presets.forAddress(address);
    if (preset) {
        applySuggestion(ProviderPresets::suggestion(
            *preset, address,
            SettingsSource(SettingsSource::Kind::Preset, ProviderPresets::domainOf(address))));
        return;
    }
    if (m_suggestion && ProviderPresets::domainOf(address) != m_suggestedDomain)
        withdrawSuggestion(values);
}

// The address left the domain the settings were suggested for (by a preset or by
// discovery): what the suggestion filled in goes with it — the server, its port and
// security, the sign-in method, the user name it set, the provider's note — so nothing of
// one provider stays with another's address. What the person typed stays.
void AccountsController::withdrawSuggestion(const AccountFormValues& values)
{
    const AccountFormValues fresh;
    m_editor->applyServer(QString(), fresh.port, fresh.security, fresh.authMethod,
                          values.user == m_suggestedUser ? QString() : values.user);
    m_suggestion.reset();
    m_suggestedUser.clear();
    m_suggestedDomain.clear();
    m_noteKey.clear();
    m_helpUrl.clear();
    m_editor->setProviderNote({});
    m_source = SettingsSource();
    m_discoveryFailed = false;
    showSource();
}

void AccountsController::onServerEdited()
{
    m_serverTouched = true;
    if (m_source.kind() != SettingsSource::Kind::Manual) {
        m_source = SettingsSource();
        showSource();
    }
}

void AccountsController::detect()
{
    if (!m_editor)
        return;
    const AccountFormValues values = m_editor->values();
    if (ProviderPresets::domainOf(values.address).isEmpty()) {
        m_editor->showError(tr("Enter the email address first: the settings are looked up "
                               "for its domain."));
        return;
    }
    m_editor->showError({});
    m_editor->setDetecting(true);
    m_discoveryFailed = false;
    m_detectedAddress = values.address;
    m_editor->setSettingsSource(tr("Looking up the settings for %1…").arg(values.address));
    m_discovery.setCaFile(values.caFile);
    m_discovery.start(values.address);
}

void AccountsController::onDiscovered(const DiscoveredServer& server)
{
    if (!m_editor)
        return;
    m_editor->setDetecting(false);
    applySuggestion(server);
}

void AccountsController::onDiscoveryFailed()
{
    if (!m_editor)
        return;
    m_editor->setDetecting(false);
    m_discoveryFailed = true;
    showSource();
}

void AccountsController::applySuggestion(const DiscoveredServer& server)
{
    const QString address = m_editor->values().address;
    m_suggestedUser = server.user.isEmpty() ? address : server.user;
    m_suggestedDomain = ProviderPresets::domainOf(address);
    m_editor->applyServer(server.host, server.port, server.security, server.authMethod,
                          m_suggestedUser);
    m_suggestion = server;
    m_source = server.source;
    m_discoveryFailed = false;
    m_serverTouched = false;
    m_noteKey = server.noteKey;
    m_helpUrl = server.helpUrl;
    m_editor->setProviderNote(ProviderPresets::noteText(m_noteKey), m_helpUrl);
    showSource();
}

// Where the settings came from or, while a search runs and after it found nothing, what it
// tried: made in the present language each time, so a language switch tells it again.
void AccountsController::showSource()
{
    if (!m_editor)
        return;
    if (m_discovery.isRunning()) {
        const QString progress = m_discovery.progressText();
        m_editor->setSettingsSource(
            progress.isEmpty() ? tr("Looking up the settings for %1…").arg(m_detectedAddress)
                               : progress);
    } else if (m_discoveryFailed) {
        m_editor->setSettingsSource(
            tr("No settings were found; please enter them by hand. Tried:") + u'\n' +
            m_discovery.triedTexts().join(u'\n'));
    } else {
        m_editor->setSettingsSource(m_source.description());
    }
}

Account AccountsController::accountFromEditor(const AccountFormValues& values) const
{
    Account account = m_original.value_or(Account{});
    account.name = values.name.isEmpty() ? values.address : values.name;
    account.address = values.address;
    account.displayName = values.displayName;
    account.kind =
        values.directDelivery ? Account::Kind::DirectDelivery : Account::Kind::Submission;
    account.requireTls = values.requireTls;
    account.host = values.host;
    account.port = values.port;
    account.security = values.security;
    account.authMethod = values.authMethod;
    account.user = values.user;
    account.secretKind = isOAuth(values.authMethod) ? smtp::Credentials::Kind::OAuthToken
                                                    : smtp::Credentials::Kind::Password;
    account.allowPlaintextAuth = values.allowPlaintextAuth;
    account.caFile = values.caFile;
    account.pinnedSha256 = values.pinnedSha256;
    account.waitSeconds = values.waitSeconds;
    // A pin accepts one certificate for one host and port; it means nothing for another.
    if (m_original &&
        (m_original->host.compare(values.host, Qt::CaseInsensitive) != 0 ||
         m_original->port != values.port) &&
        values.pinnedSha256 == m_original->pinnedSha256)
        account.pinnedSha256.clear();
    account.settingsSource = m_source.key();
    return account;
}

QString AccountsController::validate(const AccountFormValues& values) const
{
    if (values.address.isEmpty())
        return tr("Enter the email address.");
    if (!smtp::Mailbox::create(values.displayName, values.address))
        return tr("“%1” is not a valid email address.").arg(values.address);
    if (!values.caFile.isEmpty() && !QFileInfo(values.caFile).isReadable())
        return tr("The CA file %1 cannot be read.").arg(values.caFile);
    // Direct delivery finds its servers per recipient; nothing else to check.
    if (values.directDelivery)
        return {};
    if (values.host.isEmpty())
        return tr("Enter the server name (for example smtp.example.com), or use Detect settings.");
    smtp::SessionSettings settings;
    settings.host = values.host;
    if (!settings.validate().isEmpty() ||
        (QHostAddress(values.host).isNull() && QUrl::toAce(values.host).isEmpty()))
        return tr("“%1” is not a valid server name.").arg(values.host);
    if (values.authMethod != smtp::AuthMethod::None && values.user.isEmpty())
        return tr("Enter the user name for signing in, or choose “None” as the method.");
    return {};
}

void AccountsController::test()
{
    if (!m_editor)
        return;
    const AccountFormValues values = m_editor->values();
    if (values.host.isEmpty() && !values.directDelivery) {
        m_editor->showError(tr("Enter the server name first, or use Detect settings."));
        return;
    }
    m_editor->showError({});
    const Account account = accountFromEditor(values);
    QPointer<AccountEditor> editor = m_editor;
    auto pinned = [editor](const QByteArray& sha256) {
        if (!editor)
            return;
        AccountFormValues current = editor->values();
        current.pinnedSha256 = sha256;
        editor->setValues(current);
    };
    if (!values.password.isEmpty() || !m_original || !account.needsSecret()) {
        m_diagnosis.diagnoseUnsaved(m_editor, account, values.password, pinned);
        return;
    }
    // The saved password, unless the user typed a new one.
    QPointer<AccountsController> self = this;
    m_secrets.read(
        m_original->id, [self, this, editor, account, pinned](const SecretStore::Result& r) {
            if (self && editor)
                m_diagnosis.diagnoseUnsaved(
                    editor, account,
                    r.status == SecretStore::Result::Status::Ok ? r.secret : QString(), pinned);
        });
}

void AccountsController::save()
{
    if (!m_editor)
        return;
    const AccountFormValues values = m_editor->values();
    const QString problem = validate(values);
    m_editor->showError(problem);
    if (!problem.isEmpty())
        return;
    const bool first = m_accounts.accounts().isEmpty();
    const Account account = accountFromEditor(values);
    const QString id = m_accounts.save(account);
    if (first)
        m_accounts.setDefaultAccountId(id);

    if (!account.needsSecret()) {
        // Nothing to sign in with any more: nothing stays in the keychain.
        m_secrets.remove(id, [](const SecretStore::Result&) {});
        finishSave(id, {});
        return;
    }
    finishSave(id, values.password);
}

void AccountsController::finishSave(const QString& accountId, const QString& password)
{
    QPointer<AccountEditor> editor = m_editor;
    const auto close = [this, editor, accountId] {
        if (editor)
            editor->accept();
        refreshList();
        emit accountSaved(accountId);
    };
    if (password.isEmpty()) {
        close();
        return;
    }
    if (editor)
        editor->setEnabled(false);
    // The keychain answers later; the controller may be gone by then (application quit).
    QPointer<AccountsController> self = this;
    m_secrets.write(accountId, password, [self, this, close, editor](const SecretStore::Result& r) {
        if (!self)
            return;
        if (editor)
            editor->setEnabled(true);
        switch (r.status) {
        case SecretStore::Result::Status::Ok:
        case SecretStore::Result::Status::NotFound:
            break;
        case SecretStore::Result::Status::Unavailable:
            showMessage(tr("No keychain"),
                        tr("The account was saved, but no keychain is available on this "
                           "computer (%1), so the password was not saved anywhere. Hongyan "
                           "will ask for it when sending.")
                            .arg(r.errorString),
                        false);
            break;
        case SecretStore::Result::Status::Failed:
            showMessage(tr("Password not saved"),
                        tr("The account was saved, but the system keychain refused the "
                           "password (%1). Hongyan will ask for it when sending.")
                            .arg(r.errorString),
                        true);
            break;
        }
        close();
    });
}

void AccountsController::removeAccount(const QString& accountId)
{
    const std::optional<Account> account = m_accounts.account(accountId);
    if (!account)
        return;
    auto* question = new QMessageBox(
        QMessageBox::Question, tr("Remove account"),
        tr("Remove the account “%1”? Its password is removed from the keychain too.")
            .arg(account->name),
        QMessageBox::Yes | QMessageBox::Cancel, m_dialog);
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->setDefaultButton(QMessageBox::Cancel);
    connect(question, &QMessageBox::finished, this, [this, accountId](int result) {
        if (result != QMessageBox::Yes)
            return;
        m_accounts.remove(accountId);
        QPointer<AccountsController> self = this;
        m_secrets.remove(accountId, [self, this](const SecretStore::Result& r) {
            if (self && r.status == SecretStore::Result::Status::Failed)
                showMessage(tr("Password not removed"),
                            tr("The account was removed, but its password could not be removed "
                               "from the system keychain (%1).")
                                .arg(r.errorString),
                            true);
        });
    });
    question->open();
}

void AccountsController::showMessage(const QString& title, const QString& text, bool warning)
{
    QWidget* parent = m_dialog ? static_cast<QWidget*>(m_dialog)
                               : (m_editor ? m_editor->parentWidget() : nullptr);
    auto* box = new QMessageBox(warning ? QMessageBox::Warning : QMessageBox::Information, title,
                                text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace hongyan
