#pragma once

#include "accountformvalues.h"

#include <QDialog>
#include <QUrl>

#include <memory>

namespace Ui {
class AccountEditor;
}

namespace hongyan {

// The form for one sending account. It shows and returns values and keeps its own fields
// consistent (default port per security mode, the warning for an unencrypted connection,
// the label of the secret field, the fields that apply to submission or to direct
// delivery); presets, discovery, saving and testing are the controller's, asked for
// through signals.
class AccountEditor : public QDialog
{
    Q_OBJECT

public:
    explicit AccountEditor(QWidget* parent = nullptr);
    ~AccountEditor() override;

    void setValues(const AccountFormValues& values);
    AccountFormValues values() const;

    void setAccountName(const QString& name);
    // Fills the server and sign-in fields from a suggestion (preset, autoconfig, ...), or
    // empties them when it is withdrawn, without counting as an edit by the user.
    void applyServer(const QString& host, quint16 port, smtp::Security security,
                     smtp::AuthMethod authMethod, const QString& user);
    // The provider's note beside the password field; empty text hides it.
    void setProviderNote(const QString& text, const QUrl& helpUrl = {});
    // Where the server settings came from, in words.
    void setSettingsSource(const QString& text);
    // What happens to the password: kept in the keychain, or asked when sending.
    void setKeychainStatus(const QString& text);
    void setPasswordPlaceholder(const QString& text);
    void setDetecting(bool detecting);
    // A problem that keeps the account from being saved; empty hides it.
    void showError(const QString& text);

signals:
    // The user typed in the address field.
    void addressEdited(const QString& address);
    // The user changed the server, port or security by hand.
    void serverEdited();
    void detectRequested();
    void testRequested();
    // Save was pressed; the controller validates, saves and closes the editor.
    void saveRequested();
    // The language changed: texts set by the controller (note, source) need setting again.
    void retranslated();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void updateKind();
    void onSecurityChanged(int index);
    void updateSecurityWarning();
    void updateAuthFields();
    void updatePin();
    void updateServerSummary();
    void chooseCaFile();
    void fitToContents();

    std::unique_ptr<Ui::AccountEditor> m_ui;
    QByteArray m_pinnedSha256;
    smtp::Security m_security = smtp::Security::ImplicitTls;
    bool m_applying = false;
};

} // namespace hongyan
