#include "outboxwindow.h"

#include "sendprogresswidget.h"
#include "transcriptpane.h"
#include "ui_outboxwindow.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QScreen>
#include <QShortcut>

namespace hongyan {

OutboxWindow::OutboxWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::OutboxWindow>())
{
    m_ui->setupUi(this);
    m_ui->sendProgress->hide();
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setStretchFactor(2, 2);
    // Room for the list, the explanation and the transcript at once.
    const QRect available = screen()->availableGeometry();
    resize(std::min(available.width() * 3 / 4, 1100), std::min(available.height() * 4 / 5, 850));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QWidget::close);
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            emit retryRequested(currentId());
    });
    connect(m_ui->editButton, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            emit editRequested(currentId());
    });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &OutboxWindow::confirmDelete);
    connect(m_ui->sendAllButton, &QPushButton::clicked, this, &OutboxWindow::sendAllRequested);
    connect(m_ui->table, &QTableView::doubleClicked, this, [this] {
        if (!m_busy && !currentId().isEmpty())
            emit editRequested(currentId());
    });
    new QShortcut(QKeySequence::Delete, m_ui->table, this, &OutboxWindow::confirmDelete,
                  Qt::WidgetShortcut);
    updateButtons();
}

OutboxWindow::~OutboxWindow() = default;

void OutboxWindow::setModel(QAbstractItemModel* model)
{
    m_ui->table->setModel(model);
    QHeaderView* header = m_ui->table->horizontalHeader();
    header->setStretchLastSection(true);
    // Columns fit their contents when the list is read again, not on every change of a row:
    // measuring every row for each change made sending a long outbox quadratic.
    m_ui->table->resizeColumnsToContents();
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        emit currentChanged(currentId());
        if (!m_reloading)
            emit messageChosen(currentId());
    });
    // A reset (the outbox changed on disk) loses the selection; the first row is the
    // natural one to show.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_reloading = true; });
    connect(model, &QAbstractItemModel::modelReset, this, [this, model] {
        m_ui->table->resizeColumnsToContents();
        if (model->rowCount() > 0 && !m_ui->table->currentIndex().isValid())
            m_ui->table->setCurrentIndex(model->index(0, 0));
        m_reloading = false;
        updateButtons();
        emit currentChanged(currentId());
    });
    if (model->rowCount() > 0)
        m_ui->table->setCurrentIndex(model->index(0, 0));
    updateButtons();
}

QString OutboxWindow::currentId() const
{
    const QModelIndex current = m_ui->table->currentIndex();
    if (!current.isValid())
        return {};
    return current.siblingAtColumn(0).data(IdRole).toString();
}

void OutboxWindow::selectId(const QString& id)
{
    QAbstractItemModel* model = m_ui->table->model();
    if (!model)
        return;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(IdRole).toString() == id) {
            m_ui->table->setCurrentIndex(model->index(row, 0));
            return;
        }
    }
}

void OutboxWindow::setDetails(const QString& html)
{
    m_ui->detailsBrowser->setHtml(html);
}

void OutboxWindow::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->sendProgress->setVisible(busy);
    updateButtons();
}

SendProgressWidget* OutboxWindow::sendProgress() const
{
    return m_ui->sendProgress;
}

TranscriptPane* OutboxWindow::transcriptPane() const
{
    return m_ui->transcriptPane;
}

void OutboxWindow::updateButtons()
{
    const bool selected = !currentId().isEmpty();
    m_ui->retryButton->setEnabled(selected && !m_busy);
    m_ui->editButton->setEnabled(selected && !m_busy);
    m_ui->deleteButton->setEnabled(selected && !m_busy);
    const QAbstractItemModel* model = m_ui->table->model();
    m_ui->sendAllButton->setEnabled(model && model->rowCount() > 0 && !m_busy);
}

void OutboxWindow::confirmDelete()
{
    const QString id = currentId();
    if (id.isEmpty() || m_busy)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete Message"),
        tr("Delete this message from the outbox? It has not been sent and cannot be recovered."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        emit deleteRequested(id);
}

void OutboxWindow::closeEvent(QCloseEvent* event)
{
    QWidget::closeEvent(event);
    emit closed();
}

void OutboxWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        emit retranslated();
    }
    QWidget::changeEvent(event);
}

} // namespace hongyan
