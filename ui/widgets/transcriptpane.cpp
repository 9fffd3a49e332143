#include "transcriptpane.h"

#include "timingchart.h"
#include "transcriptfiltermodel.h"
#include "transcriptmodel.h"
#include "ui_transcriptpane.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollBar>
#include <QShortcut>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

namespace {

using Direction = smtp::TranscriptRecord::Direction;
using Level = smtp::TranscriptRecord::Level;

constexpr Direction AllDirections[] = {Direction::Client, Direction::Server, Direction::Info,
                                       Direction::Error};

} // namespace

TranscriptPane::TranscriptPane(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TranscriptPane>())
    , m_model(new TranscriptModel(this))
    , m_filter(new TranscriptFilterModel(this))
{
    m_ui->setupUi(this);
    connect(m_ui->timingChart, &TimingChart::changed, this, &TranscriptPane::updateTimingTitle);
    m_filter->setSourceModel(m_model);
    m_ui->view->setModel(m_filter);

    // Fixed row heights and fixed column widths: the view never measures 100,000 rows.
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QFontMetrics metrics(fixed);
    QHeaderView* rows = m_ui->view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(metrics.height() + 4);
    QHeaderView* columns = m_ui->view->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->resizeSection(TranscriptModel::TimeColumn,
                           metrics.horizontalAdvance(u"00:00:00.000"_s) + 16);
    columns->resizeSection(
        TranscriptModel::DirectionColumn,
        std::max(
            metrics.horizontalAdvance(u"<~"_s),
            columns->fontMetrics().horizontalAdvance(
                m_model->headerData(TranscriptModel::DirectionColumn, Qt::Horizontal).toString())) +
            20);

    auto* menu = new QMenu(this);
    for (Direction direction : AllDirections) {
        QAction* action = menu->addAction(QString());
        action->setCheckable(true);
        action->setChecked(true);
        connect(action, &QAction::toggled, this, [this, direction](bool on) {
            m_filter->setDirectionVisible(direction, on);
            updateCount();
        });
        m_directionActions.append(action);
    }
    m_ui->directionsButton->setMenu(menu);

    connect(m_ui->levelCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filter->setLevel(index == 1 ? Level::Debug : Level::Summary);
        updateCount();
    });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (m_ui->onlyMatchingCheck->isChecked())
            m_filter->setTextFilter(text);
        updateCount();
    });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &TranscriptPane::findNext);
    connect(m_ui->onlyMatchingCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setTextFilter(on ? m_ui->searchEdit->text() : QString());
        updateCount();
    });
    connect(m_ui->findNextButton, &QToolButton::clicked, this, &TranscriptPane::findNext);
    connect(m_ui->findPreviousButton, &QToolButton::clicked, this, &TranscriptPane::findPrevious);
    connect(m_ui->copyButton, &QToolButton::clicked, this, &TranscriptPane::copy);
    connect(m_ui->saveButton, &QToolButton::clicked, this, &TranscriptPane::save);
    connect(m_ui->clearButton, &QToolButton::clicked, this, &TranscriptPane::clear);

    new QShortcut(QKeySequence::FindNext, this, this, &TranscriptPane::findNext,
                  Qt::WidgetWithChildrenShortcut);
    new QShortcut(QKeySequence::FindPrevious, this, this, &TranscriptPane::findPrevious,
                  Qt::WidgetWithChildrenShortcut);
    new QShortcut(QKeySequence::Copy, m_ui->view, this, &TranscriptPane::copy, Qt::WidgetShortcut);

    // Follow the end while the user has not scrolled away from it.
    QScrollBar* scrollBar = m_ui->view->verticalScrollBar();
    connect(scrollBar, &QScrollBar::valueChanged, this,
            [this, scrollBar](int value) { m_follow = value >= scrollBar->maximum(); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        followIfAtEnd();
        updateCount();
    });
    connect(m_filter, &QAbstractItemModel::modelReset, this, &TranscriptPane::updateCount);

    retranslate();
    updateCount();
}

TranscriptPane::~TranscriptPane() = default;

void TranscriptPane::append(const smtp::TranscriptRecord& record)
{
    m_model->append(record);
}

void TranscriptPane::appendTold(const smtp::TranscriptRecord& record, std::function<QString()> tell)
{
    m_model->appendTold(record, std::move(tell));
}

void TranscriptPane::clear()
{
    m_model->clear();
    m_ui->timingChart->clear();
    m_follow = true;
}

void TranscriptPane::clearTiming()
{
    m_ui->timingChart->clear();
}

void TranscriptPane::addTiming(const smtp::PhaseTiming& timing)
{
    m_ui->timingChart->addTiming(timing);
}

TimingChart* TranscriptPane::timingChart() const
{
    return m_ui->timingChart;
}

void TranscriptPane::updateTimingTitle()
{
    const int index = m_ui->viewTabs->indexOf(m_ui->timingTab);
    if (m_ui->timingChart->rowCount() == 0)
        m_ui->viewTabs->setTabText(index, tr("Timing"));
    else
        m_ui->viewTabs->setTabText(
            index, tr("Timing: %1").arg(TimingChart::durationText(m_ui->timingChart->totalMs())));
}

void TranscriptPane::setLevel(smtp::TranscriptRecord::Level level)
{
    m_ui->levelCombo->setCurrentIndex(level == Level::Debug ? 1 : 0);
}

smtp::TranscriptRecord::Level TranscriptPane::level() const
{
    return m_filter->level();
}

void TranscriptPane::followIfAtEnd()
{
    if (m_follow)
        m_ui->view->scrollToBottom();
}

void TranscriptPane::updateCount()
{
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    const QLocale locale;
    m_ui->countLabel->setText(
        shown == total ? tr("%n line(s)", nullptr, total)
                       : tr("%1 of %2 lines").arg(locale.toString(shown), locale.toString(total)));
}

void TranscriptPane::findNext()
{
    find(1);
}

void TranscriptPane::findPrevious()
{
    find(-1);
}

void TranscriptPane::find(int step)
{
    const QString needle = m_ui->searchEdit->text();
    m_model->flush();
    const int rows = m_filter->rowCount();
    if (needle.isEmpty() || rows == 0)
        return;
    const QModelIndex current = m_ui->view->currentIndex();
    int start = current.isValid() ? current.row() : (step > 0 ? -1 : rows);
    for (int i = 1; i <= rows; ++i) {
        const int row = ((start + step * i) % rows + rows) % rows;
        const QModelIndex index = m_filter->index(row, TranscriptModel::TextColumn);
        if (index.data().toString().contains(needle, Qt::CaseInsensitive)) {
            m_ui->view->setCurrentIndex(index);
            m_ui->view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
            m_ui->view->scrollTo(index, QAbstractItemView::PositionAtCenter);
            m_follow = false;
            return;
        }
    }
    QApplication::beep();
}

QStringList TranscriptPane::visibleLines() const
{
    m_model->flush();
    QStringList lines;
    const int rows = m_filter->rowCount();
    lines.reserve(rows);
    for (int row = 0; row < rows; ++row)
        lines.append(m_filter->index(row, 0).data(TranscriptModel::LineRole).toString());
    return lines;
}

void TranscriptPane::copy()
{
    const QModelIndexList selected = m_ui->view->selectionModel()->selectedRows();
    QStringList lines;
    if (selected.isEmpty()) {
        lines = visibleLines();
    } else {
        QList<int> rows;
        for (const QModelIndex& index : selected)
            rows.append(index.row());
        std::sort(rows.begin(), rows.end());
        for (int row : rows)
            lines.append(m_filter->index(row, 0).data(TranscriptModel::LineRole).toString());
    }
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
}

bool TranscriptPane::saveTo(const QString& path, QString* error) const
{
    QSaveFile file(path);
    const QByteArray bytes = (visibleLines().join(u'\n') + u'\n').toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void TranscriptPane::save()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              u"/smtp-transcript-"_s +
                              QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s) +
                              u".txt"_s;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Transcript"), suggested,
                                                      tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error)) {
        QMessageBox::warning(this, tr("Save Transcript"),
                             tr("The transcript could not be saved to %1:\n%2")
                                 .arg(QDir::toNativeSeparators(path), error));
    }
}

void TranscriptPane::retranslate()
{
    const QString names[] = {tr("Sent by Hongyan (->, ~>)"),
                             tr("Received from the server (<-, <~)"), tr("Information (==)"),
                             tr("Errors (**)")};
    for (qsizetype i = 0; i < m_directionActions.size(); ++i)
        m_directionActions[i]->setText(names[i]);
    m_model->retranslate();
    updateCount();
    updateTimingTitle();
    fitSearchField();
}

// Wide enough for the start of its placeholder in the present language and font: with
// every tool on one line, the layout squeezed it to "S…".
void TranscriptPane::fitSearchField()
{
    QLineEdit* edit = m_ui->searchEdit;
    const int words = edit->fontMetrics().horizontalAdvance(edit->placeholderText().left(16));
    edit->setMinimumWidth(std::min(words, edit->fontMetrics().averageCharWidth() * 24) +
                          edit->fontMetrics().averageCharWidth() * 4);
}

void TranscriptPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    } else if (event->type() == QEvent::FontChange) {
        fitSearchField();
    }
    QWidget::changeEvent(event);
}

} // namespace hongyan
