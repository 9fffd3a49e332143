#include "passworddialog.h"

#include "ui_passworddialog.h"

#include <QPushButton>

namespace hongyan {

PasswordDialog::PasswordDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PasswordDialog>())
{
    m_ui->setupUi(this);
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, ok,
            [ok](const QString& text) { ok->setEnabled(!text.isEmpty()); });
}

PasswordDialog::~PasswordDialog()
{
    // Do not leave the secret in a widget's buffer longer than needed.
    m_ui->passwordEdit->clear();
}

void PasswordDialog::setRequest(Reason reason, const QString& keychainError, const QString& account,
                                const QString& server, const QString& user)
{
    m_reason = reason;
    m_keychainError = keychainError;
    m_ui->accountLabel->setText(account);
    m_ui->serverLabel->setText(server);
    m_ui->userLabel->setText(user);
    updateReason();
    m_ui->passwordEdit->setFocus();
    // Wrapped explanations would otherwise make a tall, narrow dialog.
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    adjustSize();
}

QString PasswordDialog::password() const
{
    return m_ui->passwordEdit->text();
}

void PasswordDialog::updateReason()
{
    switch (m_reason) {
    case Reason::NotStored:
        m_ui->reasonLabel->setText(
            tr("No password for this account is stored in the system keychain."));
        break;
    case Reason::KeychainUnavailable:
        m_ui->reasonLabel->setText(
            tr("The system keychain cannot be used, so the saved password cannot be read "
               "(%1).")
                .arg(m_keychainError));
        break;
    case Reason::KeychainFailed:
        m_ui->reasonLabel->setText(
            tr("The system keychain could not read the password (%1).").arg(m_keychainError));
        break;
    }
}

void PasswordDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateReason();
    }
    QDialog::changeEvent(event);
}

} // namespace hongyan
