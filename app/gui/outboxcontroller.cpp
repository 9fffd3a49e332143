#include "outboxcontroller.h"

#include "accountstore.h"
#include "appcontroller.h"
#include "composecontroller.h"
#include "failuredialog.h"
#include "mainwindow.h"
#include "outbox.h"
#include "outboxmodel.h"
#include "outboxwindow.h"
#include "outcomeexplainer.h"
#include "sendjob.h"
#include "sendmonitor.h"
#include "sendprogresswidget.h"
#include "transcriptpane.h"

#include <QLocale>
#include <QMessageBox>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

OutboxController::OutboxController(AppController* app, QObject* parent)
    : QObject(parent)
    , m_app(app)
    , m_model(new OutboxModel(app->outbox(), this))
{
    connect(app, &AppController::sendingIdsChanged, m_model, &OutboxModel::setSending);
}

OutboxController::~OutboxController()
{
    delete m_window;
}

bool OutboxController::isWindowVisible() const
{
    return m_window && m_window->isVisible();
}

void OutboxController::show()
{
    if (!m_window) {
        m_window = new OutboxWindow;
        m_window->setModel(m_model);
        connect(m_window, &OutboxWindow::currentChanged, this, &OutboxController::updateDetails);
        connect(m_window, &OutboxWindow::retryRequested, this, &OutboxController::retry);
        connect(m_window, &OutboxWindow::editRequested, this, &OutboxController::edit);
        connect(m_window, &OutboxWindow::deleteRequested, this, &OutboxController::remove);
        connect(m_window, &OutboxWindow::closed, this, &OutboxController::windowClosed);
        connect(m_model, &QAbstractItemModel::dataChanged, this,
                [this] { updateDetails(m_window->currentId()); });
        updateDetails(m_window->currentId());
    }
    m_model->reload();
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void OutboxController::updateDetails(const QString& id)
{
    if (!m_window)
        return;
    if (m_model->entries().isEmpty()) {
        m_window->setDetails(u"<p>"_s + tr("The outbox is empty: every message was sent.") +
                             u"</p>"_s);
        return;
    }
    const std::optional<OutboxEntry> entry = m_app->outbox()->entry(id);
    if (!entry) {
        m_window->setDetails(QString());
        return;
    }
    const QLocale locale;
    const std::optional<Account> account = m_app->accounts()->account(entry->accountId);
    QString html = u"<p><b>%1</b></p>"_s.arg(
        OutboxModel::statusText(*entry, m_app->isSending(entry->id)).toHtmlEscaped());
    html += u"<table>"_s;
    auto row = [&html](const QString& caption, const QString& value) {
        html += u"<tr><td style=\"padding-right: 12px;\">%1</td><td>%2</td></tr>"_s.arg(
            caption.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Account:"),
        account ? (account->name.isEmpty() ? account->address : account->name) : tr("(removed)"));
    row(tr("From:"), entry->envelope.sender);
    row(tr("Recipients:"), entry->envelope.recipients.join(u", "_s));
    row(tr("Created:"), locale.toString(entry->created.toLocalTime(), QLocale::ShortFormat));
    if (entry->lastAttempt.isValid())
        row(tr("Last attempt:"),
            locale.toString(entry->lastAttempt.toLocalTime(), QLocale::ShortFormat));
    html += u"</table>"_s;
    if (entry->lastError) {
        const Explanation explanation =
            OutcomeExplainer::explain(*entry->lastError, entry->lastErrorHost);
        html += u"<h4>%1</h4><p>%2</p>"_s.arg(explanation.headline.toHtmlEscaped(),
                                              explanation.details.toHtmlEscaped());
        html += u"<p>%1 %2</p>"_s.arg(
            tr("Stage:").toHtmlEscaped(),
            OutcomeExplainer::stageText(entry->lastError->stage).toHtmlEscaped());
        if (!explanation.codeText.isEmpty())
            html += u"<p>%1 <tt>%2</tt></p>"_s.arg(tr("Reply code:").toHtmlEscaped(),
                                                   explanation.codeText.toHtmlEscaped());
        if (!explanation.serverText.isEmpty())
            html += u"<p>%1</p><pre>%2</pre>"_s.arg(tr("The server's own words:").toHtmlEscaped(),
                                                    explanation.serverText.toHtmlEscaped());
        if (!explanation.advice.isEmpty()) {
            html += u"<p>%1</p><ul>"_s.arg(tr("What to try next:").toHtmlEscaped());
            for (const QString& advice : explanation.advice)
                html += u"<li>%1</li>"_s.arg(advice.toHtmlEscaped());
            html += u"</ul>"_s;
        }
    }
    m_window->setDetails(html);
}

void OutboxController::retry(const QString& id)
{
    if (m_job || m_app->isSending(id))
        return;
    const std::optional<OutboxEntry> entry = m_app->outbox()->entry(id);
    if (!entry)
        return;
    const std::optional<Account> account = m_app->accounts()->account(entry->accountId);
    if (!account) {
        auto* box = new QMessageBox(
            QMessageBox::Warning, tr("Retry"),
            tr("The account this message was to be sent with no longer exists. Edit the message "
               "to choose another account."),
            QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    m_job = new SendJob(*account, *entry, m_app->outbox(), &m_app->sentFolder(), m_app->secrets(),
                        this);
    m_window->transcriptPane()->append(smtp::TranscriptRecord::make(
        smtp::TranscriptRecord::Direction::Info,
        account->kind == Account::Kind::DirectDelivery
            ? tr("Sending “%1” directly to the recipients' mail servers").arg(entry->subject)
            : tr("Sending “%1” through %2").arg(entry->subject, account->host),
        false));
    new SendMonitor(m_job, m_window->sendProgress(), m_window->transcriptPane(), m_window);
    const QString accountId = account->id;
    connect(m_job, &SendJob::sizeLimitLearned, this,
            [this, accountId](qint64 limit) { m_app->setSizeLimit(accountId, limit); });
    connect(m_job, &SendJob::finished, this, &OutboxController::onRetryFinished);
    m_window->setBusy(true);
    m_app->setSending(id, true);
    m_job->start();
}

void OutboxController::onRetryFinished(const smtp::Outcome& outcome)
{
    SendJob* job = m_job;
    const QString id = job->entryId();
    const QString host = job->host();
    job->deleteLater();
    m_job = nullptr;
    m_app->setSending(id, false);
    using Category = smtp::Outcome::Category;
    if (outcome.category == Category::Delivered) {
        for (ComposeController* composer : m_app->composers()) {
            if (composer->linkedOutboxId() == id)
                composer->linkedEntryDelivered(outcome, host);
        }
    }
    if (!m_window)
        return;
    m_window->setBusy(false);
    if (outcome.category == Category::Delivered || outcome.category == Category::Cancelled)
        return;
    const QString whereNow =
        outcome.category == Category::Partial
            ? tr("The other recipients have the message. It stays in the outbox for the "
                 "refused recipients only.")
            : tr("The message stays in the outbox.");
    FailureDialog* dialog = SendMonitor::showFailure(m_window, outcome, host, whereNow);
    dialog->setOutboxButtonVisible(false);
    // The outbox window shows the transcript already.
    connect(dialog, &FailureDialog::transcriptRequested, dialog, &QDialog::close);
}

void OutboxController::edit(const QString& id)
{
    if (m_app->isSending(id))
        return;
    m_app->editOutboxEntry(id);
}

void OutboxController::remove(const QString& id)
{
    if (m_app->isSending(id))
        return;
    m_app->outbox()->remove(id);
}

void OutboxController::stopForQuit()
{
    if (m_job) {
        m_app->setSending(m_job->entryId(), false);
        delete m_job;
    }
}

} // namespace hongyan
