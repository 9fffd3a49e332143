#include "diagnosiswindow.h"

#include "outcomeexplainer.h"
#include "transcriptpane.h"
#include "translations.h"
#include "ui_diagnosiswindow.h"

#include <QEvent>
#include <QLocale>
#include <QPixmap>
#include <QScreen>
#include <QStyle>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

namespace {

enum Column { StepColumn, ResultColumn, TimeColumn, DetailColumn };

QString paragraphs(const QString& text)
{
    QString html;
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (const QString& line : lines)
        html += u"<p>"_s + line.toHtmlEscaped() + u"</p>"_s;
    return html;
}

} // namespace

DiagnosisWindow::DiagnosisWindow(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DiagnosisWindow>())
{
    m_ui->setupUi(this);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    QHeaderView* header = m_ui->stepTree->header();
    header->setSectionResizeMode(StepColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ResultColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    // Details wrap to the column's width: a long reason is read whole, never cut with "…".
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (column == DetailColumn)
            fitStepTree();
    });
    // A certificate chain or a long server reply needs room: most of the screen, not
    // Qt's default of a few hundred pixels.
    const QRect available = screen()->availableGeometry();
    resize(std::min(available.width() * 3 / 4, 1000), std::min(available.height() * 9 / 10, 820));
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->headlineLabel->hide();
    m_ui->explanationView->hide();

    connect(m_ui->runButton, &QPushButton::clicked, this, &DiagnosisWindow::runRequested);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &DiagnosisWindow::cancelRequested);
    connect(m_ui->certificateButton, &QPushButton::clicked, this,
            &DiagnosisWindow::certificateRequested);
    setRunning(false);
    setCertificateAvailable(false);
}

DiagnosisWindow::~DiagnosisWindow() = default;

TranscriptPane* DiagnosisWindow::transcript() const
{
    return m_ui->transcriptPane;
}

QString DiagnosisWindow::resultText(smtp::Diagnosis::StepResult result)
{
    using Result = smtp::Diagnosis::StepResult;
    switch (result) {
    case Result::Passed:
        return tr("Passed");
    case Result::Failed:
        return tr("Failed");
    case Result::Skipped:
        return tr("Not reached");
    }
    return {};
}

void DiagnosisWindow::setTarget(const QString& text)
{
    m_ui->targetLabel->setText(text);
}

void DiagnosisWindow::setPlannedSteps(const QList<smtp::Phase>& steps)
{
    m_steps = steps;
    m_reports.clear();
    m_running.reset();
    m_explanation.reset();
    m_ui->stepTree->clear();
    for (const smtp::Phase step : steps) {
        auto* item = new QTreeWidgetItem(m_ui->stepTree);
        item->setData(StepColumn, Qt::UserRole, int(step));
    }
    retranslateSteps();
    renderExplanation();
}

// Exactly as tall as its steps, leaving the room to the explanation. Measured again whenever
// the rows change: icons and another language's font change their height.
void DiagnosisWindow::fitStepTree()
{
    QTreeWidget* tree = m_ui->stepTree;
    // The view measures rows without the column's width, so a wrapped detail would keep one
    // line's height: each row is told the height its detail needs at the present width.
    const int textMargin =
        2 * (tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1);
    const int detailWidth = std::max(1, tree->header()->sectionSize(DetailColumn) - textMargin);
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = tree->topLevelItem(row);
        const QRect needed = tree->fontMetrics().boundingRect(
            QRect(0, 0, detailWidth, std::numeric_limits<int>::max() / 2), Qt::TextWordWrap,
            item->text(DetailColumn));
        item->setSizeHint(DetailColumn, QSize(needed.width(), needed.height() + textMargin));
    }
    int height = tree->header()->sizeHint().height() + 2 * tree->frameWidth();
    for (int row = 0; row < tree->topLevelItemCount(); ++row)
        height += tree->sizeHintForRow(row);
    if (tree->topLevelItemCount() == 0)
        height += tree->fontMetrics().height();
    tree->setFixedHeight(height);
}

// Waiting steps get a blank icon of the same size, so no row changes height or indent when
// its result arrives.
QIcon DiagnosisWindow::blankIcon() const
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    QPixmap blank(size, size);
    blank.fill(Qt::transparent);
    return QIcon(blank);
}

QTreeWidgetItem* DiagnosisWindow::itemFor(smtp::Phase step) const
{
    for (int row = 0; row < m_ui->stepTree->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_ui->stepTree->topLevelItem(row);
        if (item->data(StepColumn, Qt::UserRole).toInt() == int(step))
            return item;
    }
    return nullptr;
}

void DiagnosisWindow::markStarted(smtp::Phase step)
{
    m_running = step;
    retranslateSteps();
    if (QTreeWidgetItem* item = itemFor(step))
        m_ui->stepTree->scrollToItem(item);
}

void DiagnosisWindow::markFinished(const smtp::Diagnosis::StepReport& report)
{
    if (m_running == report.phase)
        m_running.reset();
    m_reports.append(report);
    retranslateSteps();
}

// Fills every row from the plan and the reports, in the current language.
void DiagnosisWindow::retranslateSteps()
{
    using Result = smtp::Diagnosis::StepResult;
    for (const smtp::Phase step : std::as_const(m_steps)) {
        QTreeWidgetItem* item = itemFor(step);
        if (!item)
            continue;
        item->setText(StepColumn, OutcomeExplainer::diagnosisStepText(step));
        const auto report =
            std::find_if(m_reports.cbegin(), m_reports.cend(),
                         [step](const smtp::Diagnosis::StepReport& r) { return r.phase == step; });
        if (report == m_reports.cend()) {
            const bool running = m_running == step;
            item->setText(ResultColumn, running ? tr("Running…") : tr("Waiting"));
            item->setIcon(ResultColumn,
                          running ? style()->standardIcon(QStyle::SP_BrowserReload) : blankIcon());
            item->setText(TimeColumn, {});
            item->setText(DetailColumn, {});
            continue;
        }
        item->setText(ResultColumn, resultText(report->result));
        const QStyle::StandardPixmap icon =
            report->result == Result::Passed   ? QStyle::SP_DialogApplyButton
            : report->result == Result::Failed ? QStyle::SP_MessageBoxCritical
                                               : QStyle::SP_MediaSkipForward;
        item->setIcon(ResultColumn, style()->standardIcon(icon));
        item->setText(TimeColumn, report->result == Result::Skipped
                                      ? QString()
                                      : tr("%1 ms").arg(QLocale().toString(report->elapsedMs)));
        const QString detail = Translations::noteText(report->facts);
        item->setText(DetailColumn, detail);
        item->setToolTip(DetailColumn, detail);
    }
    fitStepTree();
}

void DiagnosisWindow::setRunning(bool running)
{
    m_ui->runButton->setEnabled(!running);
    m_ui->cancelButton->setEnabled(running);
}

void DiagnosisWindow::showExplanation(const Explanation& explanation, bool success)
{
    m_explanation = explanation;
    m_success = success;
    renderExplanation();
}

void DiagnosisWindow::renderExplanation()
{
    if (!m_explanation) {
        m_ui->headlineLabel->hide();
        m_ui->explanationView->hide();
        m_ui->explanationView->clear();
        return;
    }
    const Explanation& explanation = *m_explanation;
    QPalette palette = m_ui->headlineLabel->palette();
    palette.setColor(QPalette::WindowText,
                     m_success ? QColor(0x1e, 0x84, 0x49) : QColor(0xc0, 0x39, 0x2b));
    m_ui->headlineLabel->setPalette(palette);
    QFont bold = m_ui->headlineLabel->font();
    bold.setBold(true);
    m_ui->headlineLabel->setFont(bold);
    m_ui->headlineLabel->setText(explanation.headline);
    m_ui->headlineLabel->show();

    QString html = paragraphs(explanation.details);
    if (!explanation.advice.isEmpty()) {
        html += u"<p><b>"_s + tr("What to try:").toHtmlEscaped() + u"</b></p><ul>"_s;
        for (const QString& advice : explanation.advice) {
            if (!advice.isEmpty())
                html += u"<li>"_s + advice.toHtmlEscaped() + u"</li>"_s;
        }
        html += u"</ul>"_s;
    }
    if (!explanation.serverText.isEmpty() || !explanation.codeText.isEmpty()) {
        const QString words =
            QStringList{explanation.codeText, explanation.serverText}.join(u' ').trimmed();
        html += u"<p><b>"_s + tr("The server said:").toHtmlEscaped() + u"</b></p><pre>"_s +
                words.toHtmlEscaped() + u"</pre>"_s;
    }
    m_ui->explanationView->setHtml(html);
    m_ui->explanationView->setVisible(!html.isEmpty());
}

void DiagnosisWindow::setCertificateAvailable(bool available)
{
    m_ui->certificateButton->setEnabled(available);
}

void DiagnosisWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateSteps();
        emit retranslated();
    }
    QDialog::changeEvent(event);
}

} // namespace hongyan
