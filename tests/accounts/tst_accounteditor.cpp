// The account editor as the user fills it in, through AccountsController: presets filled in
// from the address with the provider's note, settings typed by hand for a loopback server
// and checked with Test against aiosmtpd, Detect settings, validation, saving through
// AccountStore, and no keychain (no D-Bus session here): the user is told, and the password
// ends up nowhere.

#include "accounteditor.h"
#include "accountscontroller.h"
#include "accountsdialog.h"
#include "accountstore.h"
#include "aiosmtpdserver.h"
#include "diagnosiscontroller.h"
#include "diagnosiswindow.h"
#include "providerpresets.h"
#include "secretstore.h"
#include "testcertificates.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using hongyan::AccountEditor;
using hongyan::ProviderPresets;

class TestAccountEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void presetProviderFillsTheForm();
    void presetFollowsTheAddressUntilTheServerIsEdited();
    void suggestedValuesLeaveWithTheirDomain();
    void outlookNeedsAnOAuthToken();
    void unencryptedSecurityWarns();
    void loopbackServerByHandPassesTheTest();
    void detectSettingsProbes();
    void invalidFormIsNotSaved();
    void movingAnAccountDropsItsPin();
    void accountsListAddDefaultRemove();
    void withoutAccountsSetUpOpensTheForm();

private:
    AccountEditor* openEditor();
    template <typename T>
    T* child(QWidget* parent, const char* name)
    {
        return parent->findChild<T*>(QString::fromLatin1(name));
    }
    void type(AccountEditor* editor, const char* field, const QString& text);
    // Clicks Save and waits until the editor has closed.
    bool save(AccountEditor* editor);
    QMessageBox* messageBox() const;

    testsupport::TestCertificates m_certificates;
    QTemporaryDir m_dir;
    QString m_settingsFile;
    std::unique_ptr<hongyan::AccountStore> m_store;
    std::unique_ptr<hongyan::SecretStore> m_secrets;
    std::unique_ptr<hongyan::DiagnosisController> m_diagnosis;
    std::unique_ptr<hongyan::AccountsController> m_controller;
};

void TestAccountEditor::initTestCase()
{
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));
    QVERIFY(m_dir.isValid());
}

void TestAccountEditor::init()
{
    m_settingsFile = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".ini"_s);
    m_store = std::make_unique<hongyan::AccountStore>(m_settingsFile);
    m_secrets = std::make_unique<hongyan::SecretStore>();
    m_diagnosis = std::make_unique<hongyan::DiagnosisController>(*m_store, *m_secrets);
    m_diagnosis->setTimeouts(smtp::Timeouts::uniform(10s));
    m_controller =
        std::make_unique<hongyan::AccountsController>(*m_store, *m_secrets, *m_diagnosis);
}

void TestAccountEditor::cleanup()
{
    QList<QPointer<QWidget>> windows;
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget* widget : widgets)
        windows.append(widget);
    for (const QPointer<QWidget>& window : windows)
        delete window.data();
    m_controller.reset();
    m_diagnosis.reset();
    m_secrets.reset();
    m_store.reset();
}

AccountEditor* TestAccountEditor::openEditor()
{
    return m_controller->addAccount(nullptr);
}

void TestAccountEditor::type(AccountEditor* editor, const char* field, const QString& text)
{
    auto* edit = child<QLineEdit>(editor, field);
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    // QTest types ASCII only; other text arrives as an input method would commit it.
    bool ascii = true;
    for (const QChar c : text)
        ascii &= c.unicode() < 0x80;
    if (ascii) {
        QTest::keyClicks(edit, text);
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(edit, &commit);
}

bool TestAccountEditor::save(AccountEditor* editor)
{
    QPointer<AccountEditor> watched = editor;
    child<QDialogButtonBox>(editor, "buttonBox")->button(QDialogButtonBox::Save)->click();
    return QTest::qWaitFor([&] { return !watched || !watched->isVisible(); }, 10000);
}

QMessageBox* TestAccountEditor::messageBox() const
{
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget* widget : widgets) {
        if (auto* box = qobject_cast<QMessageBox*>(widget); box && box->isVisible())
            return box;
    }
    return nullptr;
}

void TestAccountEditor::presetProviderFillsTheForm()
{
    AccountEditor* editor = openEditor();
    type(editor, "addressEdit", u"zhang@163.com"_s);
    QCOMPARE(child<QLineEdit>(editor, "hostEdit")->text(), u"smtp.163.com"_s);
    QCOMPARE(child<QSpinBox>(editor, "portSpin")->value(), 465);
    QCOMPARE(child<QComboBox>(editor, "securityCombo")->currentIndex(), 0); // SSL/TLS
    QCOMPARE(child<QComboBox>(editor, "authCombo")->currentIndex(), 0);     // automatic
    QCOMPARE(child<QLineEdit>(editor, "userEdit")->text(), u"zhang@163.com"_s);
    QCOMPARE(child<QLineEdit>(editor, "nameEdit")->text(), u"zhang@163.com"_s);

    // The provider's note beside the password: NetEase wants the authorization code.
    auto* note = child<QLabel>(editor, "providerNoteLabel");
    QVERIFY(note->isVisible());
    const QString noteText = ProviderPresets::noteText(u"netease-authorization-code"_s);
    QVERIFY(note->text().contains(noteText.toHtmlEscaped()));
    QVERIFY(note->text().contains(u"授权码"_s));
    QVERIFY(note->text().contains(u"https://help.mail.163.com/"_s));
    QVERIFY(
        child<QLabel>(editor, "sourceLabel")->text().contains(u"built-in settings for 163.com"_s));
    QCOMPARE(child<QLineEdit>(editor, "passwordEdit")->echoMode(), QLineEdit::Password);

    // No keychain here: the editor says so before a password is typed.
    auto* keychain = child<QLabel>(editor, "keychainLabel");
    QVERIFY(QTest::qWaitFor([&] { return keychain->isVisible(); }, 5000));
    QVERIFY(keychain->text().contains(u"No keychain"_s));

    // A new account waits a minute for each reply; the person can change it.
    auto* wait = child<QSpinBox>(editor, "waitSpin");
    QCOMPARE(wait->value(), hongyan::Account::DefaultWaitSeconds);
    wait->setValue(30);

    type(editor, "displayNameEdit", u"张三"_s);
    const QString password = u"AuthCode-Zhang-1234"_s;
    type(editor, "passwordEdit", password);

    // Switching the language redoes every text and keeps every value.
    QEvent languageChange(QEvent::LanguageChange);
    QApplication::sendEvent(editor, &languageChange);
    QCOMPARE(child<QLineEdit>(editor, "hostEdit")->text(), u"smtp.163.com"_s);
    QCOMPARE(child<QLineEdit>(editor, "passwordEdit")->text(), password);
    QCOMPARE(child<QLineEdit>(editor, "displayNameEdit")->text(), u"张三"_s);
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(u"授权码"_s));
    QVERIFY(child<QLabel>(editor, "sourceLabel")->text().contains(u"163.com"_s));
    QVERIFY(keychain->isVisible());

    QVERIFY(save(editor));

    const QList<hongyan::Account> accounts = m_store->accounts();
    QCOMPARE(accounts.size(), 1);
    const hongyan::Account& account = accounts.first();
    QCOMPARE(account.host, u"smtp.163.com"_s);
    QCOMPARE(account.port, quint16(465));
    QCOMPARE(account.security, smtp::Security::ImplicitTls);
    QCOMPARE(account.user, u"zhang@163.com"_s);
    QCOMPARE(account.waitSeconds, 30);
    QCOMPARE(account.sessionSettings({}).timeouts.command, std::chrono::milliseconds(30000));
    QCOMPARE(account.displayName, u"张三"_s);
    QCOMPARE(account.settingsSource, u"preset:163.com"_s);
    QCOMPARE(m_store->defaultAccountId(), account.id);

    // The user is told the password was not kept, and it is in no file.
    QVERIFY(QTest::qWaitFor([&] { return messageBox() != nullptr; }, 5000));
    QVERIFY(messageBox()->text().contains(u"no keychain"_s));
    QFile settings(m_settingsFile);
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains(password.toUtf8()));
}

void TestAccountEditor::presetFollowsTheAddressUntilTheServerIsEdited()
{
    AccountEditor* editor = openEditor();
    auto* host = child<QLineEdit>(editor, "hostEdit");
    type(editor, "addressEdit", u"a@qq.com"_s);
    QCOMPARE(host->text(), u"smtp.qq.com"_s);
    type(editor, "addressEdit", u"b@gmail.com"_s);
    QCOMPARE(host->text(), u"smtp.gmail.com"_s);
    QVERIFY(child<QLabel>(editor, "providerNoteLabel")->text().contains(u"app password"_s));
    QCOMPARE(child<QLineEdit>(editor, "userEdit")->text(), u"b@gmail.com"_s);

    // The user's own server stays, whatever address follows; the source says so.
    type(editor, "hostEdit", u"mail.example.org"_s);
    QCOMPARE(child<QLabel>(editor, "sourceLabel")->text(), u"Entered by hand."_s);
    type(editor, "addressEdit", u"c@126.com"_s);
    QCOMPARE(host->text(), u"mail.example.org"_s);

    // An address of no known provider takes the provider's note away.
    AccountEditor* second = editor;
    second->close();
    QTest::qWait(10);
    editor = openEditor();
    type(editor, "addressEdit", u"d@foxmail.com"_s);
    QCOMPARE(child<QLineEdit>(editor, "hostEdit")->text(), u"smtp.qq.com"_s);
    type(editor, "addressEdit", u"d@unknown.example"_s);
    QVERIFY(!child<QLabel>(editor, "providerNoteLabel")->isVisible());
    QCOMPARE(child<QLabel>(editor, "sourceLabel")->text(), u"Entered by hand."_s);
}

void TestAccountEditor::suggestedValuesLeaveWithTheirDomain()
{
    // Issue 18: an outlook.com address filled in server, user and OAuth2, and they stayed
    // when the address moved to another domain.
    AccountEditor* editor = openEditor();
    auto* host = child<QLineEdit>(editor, "hostEdit");
    auto* user = child<QLineEdit>(editor, "userEdit");
    auto* auth = child<QComboBox>(editor, "authCombo");
    type(editor, "addressEdit", u"x@hotmail.com"_s);
    QCOMPARE(host->text(), u"smtp-mail.outlook.com"_s);
    QCOMPARE(auth->currentIndex(), 4); // OAuth2 token
    QCOMPARE(user->text(), u"x@hotmail.com"_s);
    type(editor, "addressEdit", u"x@unknown.example"_s);
    QCOMPARE(host->text(), QString());
    QCOMPARE(child<QSpinBox>(editor, "portSpin")->value(), 465);
    QCOMPARE(child<QComboBox>(editor, "securityCombo")->currentIndex(), 0); // SSL/TLS
    QCOMPARE(auth->currentIndex(), 0);                                      // automatic
    QCOMPARE(user->text(), QString());
    QVERIFY(!child<QLabel>(editor, "providerNoteLabel")->isVisible());

    // A user name the person typed is theirs: it stays when the suggestion goes.
    type(editor, "addressEdit", u"y@qq.com"_s);
    QCOMPARE(host->text(), u"smtp.qq.com"_s);
    type(editor, "userEdit", u"my-login"_s);
    type(editor, "addressEdit", u"y@unknown.example"_s);
    QCOMPARE(host->text(), QString());
    QCOMPARE(user->text(), u"my-login"_s);
}

void TestAccountEditor::outlookNeedsAnOAuthToken()
{
    AccountEditor* editor = openEditor();
    type(editor, "addressEdit", u"x@hotmail.com"_s);
    QCOMPARE(child<QLineEdit>(editor, "hostEdit")->text(), u"smtp-mail.outlook.com"_s);
    QCOMPARE(child<QSpinBox>(editor, "portSpin")->value(), 587);
    QCOMPARE(child<QComboBox>(editor, "securityCombo")->currentIndex(), 1); // STARTTLS
    QCOMPARE(child<QComboBox>(editor, "authCombo")->currentIndex(), 4);     // OAuth2 token
    QCOMPARE(child<QLabel>(editor, "passwordLabel")->text(), u"Access &token:"_s);
    QVERIFY(child<QLabel>(editor, "providerNoteLabel")->text().contains(u"OAuth2"_s));
    type(editor, "passwordEdit", u"token"_s);
    QVERIFY(save(editor));
    QCOMPARE(m_store->accounts().first().secretKind, smtp::Credentials::Kind::OAuthToken);
    QCOMPARE(m_store->accounts().first().authMethod, smtp::AuthMethod::XOAuth2);
}

void TestAccountEditor::unencryptedSecurityWarns()
{
    AccountEditor* editor = openEditor();
    // The server details have a page of their own (issue 18, item 4), chosen as a person does.
    child<QTabWidget>(editor, "pages")->setCurrentWidget(child<QWidget>(editor, "serverPage"));
    auto* warning = child<QLabel>(editor, "securityWarning");
    auto* plaintext = child<QCheckBox>(editor, "plaintextAuthCheck");
    QVERIFY(!warning->isVisible());
    auto* security = child<QComboBox>(editor, "securityCombo");
    QCOMPARE(child<QSpinBox>(editor, "portSpin")->value(), 465);
    security->setCurrentIndex(1);
    QCOMPARE(child<QSpinBox>(editor, "portSpin")->value(), 587);
    security->setCurrentIndex(2);
    QVERIFY(warning->isVisible());
    QVERIFY(plaintext->isVisible());
    QCOMPARE(child<QSpinBox>(editor, "portSpin")->value(), 25);
    // A port typed by hand is the user's and does not follow the security mode.
    child<QSpinBox>(editor, "portSpin")->setValue(2525);
    security->setCurrentIndex(1);
    QCOMPARE(child<QSpinBox>(editor, "portSpin")->value(), 2525);
    QVERIFY(!warning->isVisible());
    QVERIFY(!plaintext->isVisible());
}

void TestAccountEditor::loopbackServerByHandPassesTheTest()
{
    testsupport::AiosmtpdServer server;
    QVERIFY2(server.start(u"starttls"_s, m_certificates.certificatePath(u"server"_s),
                          m_certificates.keyPath(u"server"_s), u"tester"_s, u"pa55-word"_s),
             qPrintable(server.errorString()));
    AccountEditor* editor = openEditor();
    type(editor, "nameEdit", u"Loopback"_s);
    type(editor, "addressEdit", u"tester@loopback.test"_s);
    type(editor, "hostEdit", u"127.0.0.1"_s);
    child<QComboBox>(editor, "securityCombo")->setCurrentIndex(1);
    auto* port = child<QSpinBox>(editor, "portSpin");
    port->selectAll();
    QTest::keyClicks(port, QString::number(server.port()));
    QCOMPARE(port->value(), int(server.port()));
    type(editor, "userEdit", u"tester"_s);
    type(editor, "passwordEdit", u"pa55-word"_s);
    type(editor, "caFileEdit", m_certificates.caFile());

    child<QPushButton>(editor, "testButton")->click();
    auto* window = editor->findChild<hongyan::DiagnosisWindow*>();
    QVERIFY(window);
    auto* runButton = child<QPushButton>(window, "runButton");
    auto* tree = child<QTreeWidget>(window, "stepTree");
    QVERIFY(QTest::qWaitFor(
        [&] {
            return runButton->isEnabled() && tree->topLevelItemCount() > 0 &&
                   !child<QLabel>(window, "headlineLabel")->text().isEmpty();
        },
        30000));
    QCOMPARE(tree->topLevelItemCount(), 6); // DNS, TCP, EHLO, STARTTLS, AUTH, MAIL FROM
    for (int row = 0; row < tree->topLevelItemCount(); ++row)
        QCOMPARE(tree->topLevelItem(row)->text(1),
                 hongyan::DiagnosisWindow::resultText(smtp::Diagnosis::StepResult::Passed));
    QVERIFY(child<QLabel>(window, "headlineLabel")->text().contains(u"Every check passed"_s));
    window->close();

    QVERIFY(save(editor));
    const auto account = m_store->findByName(u"Loopback"_s);
    QVERIFY(account);
    QCOMPARE(account->host, u"127.0.0.1"_s);
    QCOMPARE(account->port, server.port());
    QCOMPARE(account->security, smtp::Security::StartTls);
    QCOMPARE(account->caFile, m_certificates.caFile());
    QCOMPARE(account->settingsSource, u"manual"_s);
}

void TestAccountEditor::detectSettingsProbes()
{
    testsupport::AiosmtpdServer server;
    QVERIFY2(server.start(u"implicit"_s, m_certificates.certificatePath(u"server"_s),
                          m_certificates.keyPath(u"server"_s), u"tester"_s, u"pw"_s),
             qPrintable(server.errorString()));
    hongyan::ServerDiscovery& discovery = m_controller->discovery();
    discovery.setAutoconfigUrls({u"http://127.0.0.1:1/{domain}"_s});
    discovery.setNameserver(QHostAddress(u"127.0.0.1"_s));
    discovery.setProbeTargets({{u"127.0.0.1"_s, server.port(), smtp::Security::ImplicitTls}});
    discovery.setStepTimeout(5s);

    AccountEditor* editor = openEditor();
    type(editor, "addressEdit", u"me@own-server.test"_s);
    type(editor, "caFileEdit", m_certificates.caFile());
    QVERIFY(child<QLineEdit>(editor, "hostEdit")->text().isEmpty());
    child<QPushButton>(editor, "detectButton")->click();
    QVERIFY(!child<QPushButton>(editor, "detectButton")->isEnabled());
    QVERIFY(QTest::qWaitFor([&] { return child<QPushButton>(editor, "detectButton")->isEnabled(); },
                            30000));
    QCOMPARE(child<QLineEdit>(editor, "hostEdit")->text(), u"127.0.0.1"_s);
    QCOMPARE(child<QSpinBox>(editor, "portSpin")->value(), int(server.port()));
    QCOMPARE(child<QComboBox>(editor, "securityCombo")->currentIndex(), 0);
    QCOMPARE(child<QLineEdit>(editor, "userEdit")->text(), u"me@own-server.test"_s);
    const QString source = child<QLabel>(editor, "sourceLabel")->text();
    QVERIFY2(source.contains(u"127.0.0.1:%1"_s.arg(server.port())), qPrintable(source));
    QVERIFY2(source.contains(u"No provider confirmed"_s), qPrintable(source));

    type(editor, "passwordEdit", u"pw"_s);
    QVERIFY(save(editor));
    QCOMPARE(m_store->accounts().first().settingsSource,
             u"probe:127.0.0.1:%1"_s.arg(server.port()));
}

void TestAccountEditor::invalidFormIsNotSaved()
{
    AccountEditor* editor = openEditor();
    auto* error = child<QLabel>(editor, "errorLabel");
    child<QDialogButtonBox>(editor, "buttonBox")->button(QDialogButtonBox::Save)->click();
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"email address"_s));
    type(editor, "addressEdit", u"not an address"_s);
    child<QDialogButtonBox>(editor, "buttonBox")->button(QDialogButtonBox::Save)->click();
    QVERIFY(error->text().contains(u"not a valid email address"_s));
    type(editor, "addressEdit", u"me@example.org"_s);
    child<QDialogButtonBox>(editor, "buttonBox")->button(QDialogButtonBox::Save)->click();
    QVERIFY(error->text().contains(u"server name"_s));
    type(editor, "hostEdit", u"smtp.example.org"_s);
    child<QDialogButtonBox>(editor, "buttonBox")->button(QDialogButtonBox::Save)->click();
    QVERIFY(error->text().contains(u"user name"_s));
    type(editor, "userEdit", u"me"_s);
    type(editor, "caFileEdit", m_dir.filePath(u"missing.pem"_s));
    child<QDialogButtonBox>(editor, "buttonBox")->button(QDialogButtonBox::Save)->click();
    QVERIFY(error->text().contains(u"cannot be read"_s));
    QVERIFY(editor->isVisible());
    QVERIFY(m_store->accounts().isEmpty());
}

void TestAccountEditor::movingAnAccountDropsItsPin()
{
    hongyan::Account account;
    account.name = u"Pinned"_s;
    account.address = u"p@example.org"_s;
    account.host = u"smtp.example.org"_s;
    account.port = 465;
    account.security = smtp::Security::ImplicitTls;
    account.authMethod = smtp::AuthMethod::None;
    account.pinnedSha256 = QByteArray(32, '\x11');
    const QString id = m_store->save(account);

    AccountEditor* editor = m_controller->editAccount(nullptr, id);
    QVERIFY(child<QLabel>(editor, "pinLabel")->text().contains(u"11:11"_s));
    QVERIFY(child<QPushButton>(editor, "forgetPinButton")->isEnabled());
    // Same server, other name: the pin stays.
    type(editor, "nameEdit", u"Pinned still"_s);
    QVERIFY(save(editor));
    QCOMPARE(m_store->account(id)->pinnedSha256, account.pinnedSha256);

    // Another host: a pin for smtp.example.org:465 means nothing there.
    editor = m_controller->editAccount(nullptr, id);
    type(editor, "hostEdit", u"smtp2.example.org"_s);
    QVERIFY(save(editor));
    QVERIFY(m_store->account(id)->pinnedSha256.isEmpty());
}

void TestAccountEditor::accountsListAddDefaultRemove()
{
    hongyan::Account first;
    first.name = u"First"_s;
    first.address = u"first@163.com"_s;
    first.host = u"smtp.163.com"_s;
    first.port = 465;
    const QString firstId = m_store->save(first);
    hongyan::Account second = first;
    second.name = u"Second"_s;
    second.address = u"second@qq.com"_s;
    second.host = u"smtp.qq.com"_s;
    const QString secondId = m_store->save(second);
    m_store->setDefaultAccountId(firstId);

    m_controller->showAccounts(nullptr);
    hongyan::AccountsDialog* dialog = m_controller->accountsDialog();
    QVERIFY(dialog && dialog->isVisible());
    auto* list = child<QTreeWidget>(dialog, "accountList");
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(0), u"First (default)"_s);
    QCOMPARE(list->topLevelItem(1)->text(0), u"Second"_s);
    QCOMPARE(list->topLevelItem(1)->text(2), u"smtp.qq.com:465"_s);

    list->setCurrentItem(list->topLevelItem(1));
    child<QPushButton>(dialog, "defaultButton")->click();
    QCOMPARE(m_store->defaultAccountId(), secondId);
    QCOMPARE(list->topLevelItem(1)->text(0), u"Second (default)"_s);
    QVERIFY(!child<QPushButton>(dialog, "defaultButton")->isEnabled());

    // Edit opens the editor on that account.
    child<QPushButton>(dialog, "editButton")->click();
    QVERIFY(m_controller->editor());
    QCOMPARE(child<QLineEdit>(m_controller->editor(), "addressEdit")->text(), u"second@qq.com"_s);
    QVERIFY(child<QLabel>(m_controller->editor(), "providerNoteLabel")->text().contains(u"QQ"_s));
    m_controller->editor()->close();

    // Remove asks first; Cancel keeps it, Yes removes it.
    child<QPushButton>(dialog, "removeButton")->click();
    QVERIFY(QTest::qWaitFor([&] { return messageBox() != nullptr; }, 5000));
    messageBox()->button(QMessageBox::Cancel)->click();
    QTest::qWait(10);
    QCOMPARE(m_store->accounts().size(), 2);
    child<QPushButton>(dialog, "removeButton")->click();
    QVERIFY(QTest::qWaitFor([&] { return messageBox() != nullptr; }, 5000));
    messageBox()->button(QMessageBox::Yes)->click();
    QVERIFY(QTest::qWaitFor([&] { return m_store->accounts().size() == 1; }, 5000));
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(m_store->accounts().first().id, firstId);
    QCOMPARE(m_store->defaultAccountId(), firstId);

    // Diagnose opens the diagnosis window for the selected account.
    list->setCurrentItem(list->topLevelItem(0));
    child<QPushButton>(dialog, "diagnoseButton")->click();
    QVERIFY(dialog->findChild<hongyan::DiagnosisWindow*>());
}

void TestAccountEditor::withoutAccountsSetUpOpensTheForm()
{
    // Issue 18: "Set Up an Account…" with no account opened an empty list where a second
    // click on Add… was needed; the form opens at once, and the list once there is one.
    QVERIFY(m_store->accounts().isEmpty());
    m_controller->showAccounts(nullptr);
    QVERIFY(!m_controller->accountsDialog());
    AccountEditor* editor = m_controller->editor();
    QVERIFY(editor && QTest::qWaitForWindowExposed(editor));
    type(editor, "addressEdit", u"zhang@163.com"_s);
    type(editor, "passwordEdit", u"AuthCode-1234"_s);
    QVERIFY(save(editor));
    QCOMPARE(m_store->accounts().size(), 1);
    m_controller->showAccounts(nullptr);
    QVERIFY(m_controller->accountsDialog() && m_controller->accountsDialog()->isVisible());
}

QTEST_MAIN(TestAccountEditor)
#include "tst_accounteditor.moc"
