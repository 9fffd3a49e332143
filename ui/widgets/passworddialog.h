#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PasswordDialog;
}

namespace hongyan {

// Asks for an account's password when the system keychain has none or cannot be used. The
// password serves the one send that asked for it; nothing here stores it.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Reason {
        NotStored,           // the keychain works but holds no password for the account
        KeychainUnavailable, // no keychain (no Secret Service, access denied, ...)
        KeychainFailed,      // the keychain reported an error
    };

    explicit PasswordDialog(QWidget* parent = nullptr);
    ~PasswordDialog() override;

    // keychainError: the keychain's own words, shown for the last two reasons.
    void setRequest(Reason reason, const QString& keychainError, const QString& account,
                    const QString& server, const QString& user);
    QString password() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateReason();

    std::unique_ptr<Ui::PasswordDialog> m_ui;
    Reason m_reason = Reason::NotStored;
    QString m_keychainError;
};

} // namespace hongyan
