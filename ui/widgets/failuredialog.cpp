#include "failuredialog.h"

#include "outcomeexplainer.h"
#include "ui_failuredialog.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLayout>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

FailureDialog::FailureDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FailureDialog>())
{
    m_ui->setupUi(this);
    QFont headline = m_ui->headlineLabel->font();
    headline.setBold(true);
    headline.setPointSizeF(headline.pointSizeF() * 1.2);
    m_ui->headlineLabel->setFont(headline);
    m_ui->serverTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const int icon = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->iconLabel->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(icon, icon));
    m_ui->recipientsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->recipientsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->domainsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->domainsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->domainsGroup->hide();

    m_transcriptButton =
        m_ui->buttonBox->addButton(tr("Show Transcript"), QDialogButtonBox::ActionRole);
    m_outboxButton = m_ui->buttonBox->addButton(tr("Open Outbox"), QDialogButtonBox::ActionRole);
    m_certificateButton =
        m_ui->buttonBox->addButton(tr("Show &Certificate…"), QDialogButtonBox::ActionRole);
    m_certificateButton->setObjectName(u"certificateButton"_s);
    m_certificateButton->hide();
    connect(m_transcriptButton, &QPushButton::clicked, this, &FailureDialog::transcriptRequested);
    connect(m_outboxButton, &QPushButton::clicked, this, &FailureDialog::outboxRequested);
    connect(m_certificateButton, &QPushButton::clicked, this, &FailureDialog::certificateRequested);
}

FailureDialog::~FailureDialog() = default;

void FailureDialog::setOutcome(const smtp::Outcome& outcome, const Explanation& explanation,
                               const QString& stageText, const QString& host,
                               const QString& whereNow)
{
    m_outcome = outcome;
    m_host = host;
    m_whereNow = whereNow;
    const bool partial = outcome.category == smtp::Outcome::Category::Partial;
    setWindowTitle(partial ? tr("The message reached only some recipients")
                           : tr("The message was not sent"));
    const int icon = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->iconLabel->setPixmap(
        style()
            ->standardIcon(partial ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxCritical,
                           nullptr, this)
            .pixmap(icon, icon));
    m_ui->headlineLabel->setText(explanation.headline);
    m_ui->detailsLabel->setText(explanation.details);
    m_ui->detailsLabel->setVisible(!explanation.details.isEmpty());
    m_ui->stageLabel->setText(stageText);
    m_ui->serverLabel->setText(host);
    m_ui->serverCaption->setVisible(!host.isEmpty());
    m_ui->serverLabel->setVisible(!host.isEmpty());
    m_ui->commandLabel->setText(explanation.command);
    m_ui->commandCaption->setVisible(!explanation.command.isEmpty());
    m_ui->commandLabel->setVisible(!explanation.command.isEmpty());
    m_ui->codeLabel->setText(explanation.codeText);
    m_ui->codeCaption->setVisible(!explanation.codeText.isEmpty());
    m_ui->codeLabel->setVisible(!explanation.codeText.isEmpty());

    m_ui->serverTextEdit->setPlainText(explanation.serverText);
    // As tall as the server's reply, up to six lines; longer replies scroll.
    const int lines = std::clamp(int(explanation.serverText.count(u'\n')) + 1, 2, 6);
    const QFontMetrics serverMetrics(m_ui->serverTextEdit->font());
    m_ui->serverTextEdit->setFixedHeight(
        serverMetrics.lineSpacing() * lines + 2 * m_ui->serverTextEdit->frameWidth() +
        int(2 * m_ui->serverTextEdit->document()->documentMargin()));
    m_ui->serverTextGroup->setVisible(!explanation.serverText.isEmpty());

    QString advice;
    for (const QString& item : explanation.advice)
        advice += u"<li>"_s + item.toHtmlEscaped() + u"</li>"_s;
    m_ui->adviceLabel->setText(u"<ul style=\"margin-left: 0px; -qt-list-indent: 1;\">"_s + advice +
                               u"</ul>"_s);
    m_ui->adviceGroup->setVisible(!explanation.advice.isEmpty());

    QTableWidget* table = m_ui->recipientsTable;
    table->setRowCount(int(outcome.recipients.size()));
    for (int row = 0; row < int(outcome.recipients.size()); ++row) {
        const smtp::RecipientResult& r = outcome.recipients[row];
        QString status;
        if (r.accepted)
            status = tr("Accepted");
        else if (r.code == 0)
            status = tr("Not tried");
        else if (r.code / 100 == 4)
            status = tr("Refused for now");
        else
            status = tr("Refused");
        QString code = r.code ? QString::number(r.code) : QString();
        if (r.enhanced.isValid())
            code += u' ' + r.enhanced.toString();
        const QString cells[] = {r.address, status, code, r.serverText};
        for (int column = 0; column < 4; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column == 1)
                item->setForeground(r.accepted ? QColor(0x26, 0xa2, 0x69)
                                               : QColor(0xe0, 0x1b, 0x24));
            table->setItem(row, column, item);
        }
    }
    table->resizeRowsToContents();
    fitTable(table);
    // Recipients matter once the server has answered for at least one of them; before
    // that (a refused password) they would all read "not tried".
    const bool answered = std::any_of(outcome.recipients.cbegin(), outcome.recipients.cend(),
                                      [](const smtp::RecipientResult& r) { return r.code != 0; });
    m_ui->recipientsGroup->setVisible(answered);

    m_ui->outboxLabel->setText(whereNow);
    m_ui->outboxLabel->setVisible(!whereNow.isEmpty());
    fitToText();
}

// As tall as its rows, up to eight; more scroll. An empty stretch below the last row would
// only push the rest of the dialog down.
void FailureDialog::fitTable(QTableWidget* table)
{
    constexpr int MostRows = 8;
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < std::min(table->rowCount(), MostRows); ++row)
        height += table->rowHeight(row);
    if (table->horizontalScrollBar()->isVisible())
        height += table->horizontalScrollBar()->sizeHint().height();
    table->setMaximumHeight(height);
}

void FailureDialog::fitToText()
{
    // Wrapped labels report a narrow size hint; a width of about 80 characters reads well
    // in English and Chinese, and the height follows from the text at that width.
    const int width = std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 90);
    layout()->activate();
    const int height =
        layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width) : sizeHint().height();
    // Not the size hint's height: it is measured for the narrow width the hint assumes.
    resize(width, height);
}

void FailureDialog::setDomainResults(const QList<smtp::DirectDelivery::DomainResult>& domains)
{
    m_domains = domains;
    showDomains();
    fitToText();
}

void FailureDialog::showDomains()
{
    QTableWidget* table = m_ui->domainsTable;
    table->setRowCount(int(m_domains.size()));
    for (int row = 0; row < int(m_domains.size()); ++row) {
        const smtp::DirectDelivery::DomainResult& domain = m_domains[row];
        const smtp::Outcome& outcome = domain.outcome;
        QString server = domain.host;
        if (server.isEmpty())
            server = tr("none reached");
        else if (domain.hopsTried > 1)
            server = tr("%1 (after trying %n server address(es))", nullptr, domain.hopsTried)
                         .arg(domain.host);
        QString code = outcome.code ? QString::number(outcome.code) : QString();
        if (outcome.enhanced.isValid())
            code += u' ' + outcome.enhanced.toString();
        // The server's own words when it gave some, otherwise what the explanation says.
        const QString what = outcome.serverText.isEmpty()
                                 ? OutcomeExplainer::explain(outcome, domain.host).headline
                                 : outcome.serverText;
        const QString cells[] = {domain.domain, server,
                                 OutcomeExplainer::categoryText(outcome.category), code, what};
        for (int column = 0; column < 5; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column == 2)
                item->setForeground(outcome.isSuccess() ? QColor(0x26, 0xa2, 0x69)
                                                        : QColor(0xe0, 0x1b, 0x24));
            table->setItem(row, column, item);
        }
    }
    table->resizeRowsToContents();
    fitTable(table);
    m_ui->domainsGroup->setVisible(!m_domains.isEmpty());
}

void FailureDialog::setWhereNow(const QString& whereNow)
{
    m_whereNow = whereNow;
    m_ui->outboxLabel->setText(whereNow);
    m_ui->outboxLabel->setVisible(!whereNow.isEmpty());
    fitToText();
}

void FailureDialog::setOutboxButtonVisible(bool visible)
{
    m_outboxButton->setVisible(visible);
}

void FailureDialog::setCertificateButtonVisible(bool visible)
{
    m_certificateButton->setVisible(visible);
}

void FailureDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_transcriptButton->setText(tr("Show Transcript"));
        m_outboxButton->setText(tr("Open Outbox"));
        m_certificateButton->setText(tr("Show &Certificate…"));
        showDomains();
        // The explanation is made from the outcome, as SendMonitor::showFailure() makes it.
        if (m_outcome) {
            setOutcome(*m_outcome, OutcomeExplainer::explain(*m_outcome, m_host),
                       OutcomeExplainer::phaseText(m_outcome->phase), m_host, m_whereNow);
            emit retranslated();
        }
    }
    QDialog::changeEvent(event);
}

} // namespace hongyan
