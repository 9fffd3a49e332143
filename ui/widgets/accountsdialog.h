#pragma once

#include "accountlistentry.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class AccountsDialog;
}

namespace hongyan {

// The list of sending accounts with the default one marked. It shows what it is given and
// asks for everything else through signals; the controller adds, edits, removes and saves.
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccountsDialog(QWidget* parent = nullptr);
    ~AccountsDialog() override;

    // Replaces the list; keeps `selectId` (or the current row) selected.
    void setAccounts(const QList<AccountListEntry>& accounts, const QString& selectId = {});
    QString selectedId() const;

signals:
    void addRequested();
    void editRequested(const QString& id);
    void removeRequested(const QString& id);
    void setDefaultRequested(const QString& id);
    void diagnoseRequested(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateButtons();
    void fill();

    std::unique_ptr<Ui::AccountsDialog> m_ui;
    QList<AccountListEntry> m_accounts;
};

} // namespace hongyan
