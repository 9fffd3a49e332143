#include "accountsdialog.h"

#include "ui_accountsdialog.h"

#include <QEvent>
#include <QStyle>

namespace hongyan {

namespace {

constexpr int IdRole = Qt::UserRole;

} // namespace

AccountsDialog::AccountsDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountsDialog>())
{
    m_ui->setupUi(this);
    m_ui->accountList->header()->setStretchLastSection(true);

    const auto withSelection = [this](void (AccountsDialog::*signal)(const QString&)) {
        return [this, signal] {
            const QString id = selectedId();
            if (!id.isEmpty())
                emit(this->*signal)(id);
        };
    };
    connect(m_ui->addButton, &QPushButton::clicked, this, &AccountsDialog::addRequested);
    connect(m_ui->editButton, &QPushButton::clicked, this,
            withSelection(&AccountsDialog::editRequested));
    connect(m_ui->removeButton, &QPushButton::clicked, this,
            withSelection(&AccountsDialog::removeRequested));
    connect(m_ui->defaultButton, &QPushButton::clicked, this,
            withSelection(&AccountsDialog::setDefaultRequested));
    connect(m_ui->diagnoseButton, &QPushButton::clicked, this,
            withSelection(&AccountsDialog::diagnoseRequested));
    connect(m_ui->accountList, &QTreeWidget::itemActivated, this,
            withSelection(&AccountsDialog::editRequested));
    connect(m_ui->accountList, &QTreeWidget::itemSelectionChanged, this,
            &AccountsDialog::updateButtons);
    fill();
}

AccountsDialog::~AccountsDialog() = default;

void AccountsDialog::setAccounts(const QList<AccountListEntry>& accounts, const QString& selectId)
{
    const QString keep = selectId.isEmpty() ? selectedId() : selectId;
    m_accounts = accounts;
    fill();
    for (int row = 0; row < m_ui->accountList->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_ui->accountList->topLevelItem(row);
        if (item->data(0, IdRole).toString() == keep)
            m_ui->accountList->setCurrentItem(item);
    }
    if (!m_ui->accountList->currentItem() && m_ui->accountList->topLevelItemCount() > 0)
        m_ui->accountList->setCurrentItem(m_ui->accountList->topLevelItem(0));
    updateButtons();
}

void AccountsDialog::fill()
{
    m_ui->accountList->clear();
    for (const AccountListEntry& account : std::as_const(m_accounts)) {
        auto* item = new QTreeWidgetItem(m_ui->accountList);
        item->setText(0, account.isDefault ? tr("%1 (default)").arg(account.name) : account.name);
        item->setText(1, account.address);
        item->setText(2, account.server);
        item->setData(0, IdRole, account.id);
        if (account.isDefault) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
        }
    }
    m_ui->emptyLabel->setVisible(m_accounts.isEmpty());
    // Every column readable without scrolling sideways, whatever the language.
    QTreeWidget* list = m_ui->accountList;
    for (int column = 0; column < list->columnCount(); ++column)
        list->resizeColumnToContents(column);
    list->setMinimumWidth(list->header()->length() + 2 * list->frameWidth() +
                          list->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    updateButtons();
}

QString AccountsDialog::selectedId() const
{
    const QTreeWidgetItem* item = m_ui->accountList->currentItem();
    return item && item->isSelected() ? item->data(0, IdRole).toString() : QString();
}

void AccountsDialog::updateButtons()
{
    const QString id = selectedId();
    const bool selected = !id.isEmpty();
    m_ui->editButton->setEnabled(selected);
    m_ui->removeButton->setEnabled(selected);
    m_ui->diagnoseButton->setEnabled(selected);
    bool isDefault = false;
    for (const AccountListEntry& account : std::as_const(m_accounts))
        isDefault |= account.id == id && account.isDefault;
    m_ui->defaultButton->setEnabled(selected && !isDefault);
}

void AccountsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        const QString keep = selectedId();
        m_ui->retranslateUi(this);
        setAccounts(m_accounts, keep);
    }
    QDialog::changeEvent(event);
}

} // namespace hongyan
