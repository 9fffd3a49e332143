#include "outboxcontroller.h"

#include "accountstore.h"
#include "appcontroller.h"
#include "composecontroller.h"
#include "failuredialog.h"
#include "mainwindow.h"
#include "notificationbar.h"
#include "outbox.h"
#include "outboxdelivery.h"
#include "outboxmodel.h"
#include "outboxwindow.h"
#include "outcomeexplainer.h"
#include "sendmonitor.h"
#include "sendprogresswidget.h"
#include "transcriptpane.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>

#include <chrono>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace hongyan {

namespace {

Q_LOGGING_CATEGORY(lcOutbox, "hongyan.outbox")

// Long waits are re-checked now and then: the clock may jump (suspend, time zone changes),
// and a timer set for hours would not notice.
constexpr std::chrono::milliseconds LongestWait = 10min;

bool isScheduled(const OutboxEntry& entry)
{
    return entry.status == OutboxEntry::Status::Deferred && entry.nextAttempt.isValid();
}

} // namespace

OutboxController::OutboxController(AppController* app, QObject* parent)
    : QObject(parent)
    , m_app(app)
    , m_model(new OutboxModel(app->outbox(), this))
{
    connect(app, &AppController::sendingIdsChanged, m_model, &OutboxModel::setSending);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &OutboxController::retryDue);
    // Any change (a send deferred, an entry edited or deleted, a send started or ended) may
    // move the next attempt. The schedule is read from the model's copy of the outbox, which
    // reads a burst of changes once, for the table and the schedule both (each read takes
    // every sidecar; a flush writes two per message). Sends starting and ending are gathered
    // the same way.
    m_rescheduleTimer.setSingleShot(true);
    m_rescheduleTimer.setInterval(50ms);
    connect(&m_rescheduleTimer, &QTimer::timeout, this, &OutboxController::scheduleRetries);
    const auto reschedule = [this] {
        if (!m_rescheduleTimer.isActive())
            m_rescheduleTimer.start();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutboxController::scheduleRetries);
    connect(app, &AppController::sendingIdsChanged, this, reschedule);
    // From the event loop: the application is still being constructed around this object.
    QMetaObject::invokeMethod(this, &OutboxController::scheduleRetries, Qt::QueuedConnection);
}

OutboxController::~OutboxController()
{
    delete m_window;
}

bool OutboxController::isWindowVisible() const
{
    return m_window && m_window->isVisible();
}

void OutboxController::ensureWindow()
{
    if (m_window)
        return;
    m_window = new OutboxWindow;
    m_window->setModel(m_model);
    connect(m_window, &OutboxWindow::currentChanged, this, &OutboxController::updateDetails);
    // Only the person's choice replaces the pane: a reload after a delivery moves the current
    // row too, and must not wipe the exchange just shown.
    connect(m_window, &OutboxWindow::messageChosen, this, &OutboxController::showLastTranscript);
    connect(m_window, &OutboxWindow::retryRequested, this, &OutboxController::retry);
    connect(m_window, &OutboxWindow::sendAllRequested, this, &OutboxController::sendAll);
    connect(m_window, &OutboxWindow::editRequested, this, &OutboxController::edit);
    connect(m_window, &OutboxWindow::deleteRequested, this, &OutboxController::remove);
    connect(m_window, &OutboxWindow::closed, this, &OutboxController::windowClosed);
    // Headers, statuses and the details are written in code: again in the new language.
    connect(m_window, &OutboxWindow::retranslated, m_model, &OutboxModel::retranslate);
    connect(m_window, &OutboxWindow::retranslated, this,
            [this] { updateDetails(m_window->currentId()); });
    // A status change (two rows for each message of a flush) is shown at most every 50 ms:
    // each showing reads the entry and lays out its details again.
    m_detailsRefresh.setSingleShot(true);
    m_detailsRefresh.setInterval(50ms);
    connect(&m_detailsRefresh, &QTimer::timeout, this, [this] {
        if (m_window)
            updateDetails(m_window->currentId());
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_detailsRefresh.isActive())
            m_detailsRefresh.start();
    });
    updateDetails(m_window->currentId());
    showLastTranscript(m_window->currentId());
    m_detailsClock.setInterval(30s);
    connect(&m_detailsClock, &QTimer::timeout, this, [this] {
        if (isWindowVisible())
            updateDetails(m_window->currentId());
    });
    m_detailsClock.start();
}

void OutboxController::show()
{
    ensureWindow();
    m_model->reload();
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void OutboxController::showLastTranscript(const QString& id)
{
    if (!m_window || m_delivery || id == m_transcriptEntry)
        return;
    m_transcriptEntry = id;
    TranscriptPane* pane = m_window->transcriptPane();
    pane->clear();
    const std::optional<OutboxEntry> entry = m_app->outbox()->entry(id);
    const QList<smtp::TranscriptRecord> records = m_app->outbox()->transcript(id);
    if (!entry || records.isEmpty())
        return;
    pane->append(smtp::TranscriptRecord::make(
        smtp::TranscriptRecord::Direction::Info,
        smtp::Note::of(QT_TRANSLATE_NOOP("smtp", "The last attempt to send “%1”, %2:"),
                       entry->subject,
                       QLocale().toString(entry->lastAttempt.toLocalTime(), QLocale::LongFormat)),
        false));
    for (const smtp::TranscriptRecord& record : records)
        pane->append(record);
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
    const bool sending = m_app->isSending(entry->id);
    const std::optional<Account> account = m_app->accounts()->account(entry->accountId);
    QString html =
        u"<p><b>%1</b></p>"_s.arg(OutboxModel::statusText(*entry, sending).toHtmlEscaped());
    html += u"<table>"_s;
    auto row = [&html](const QString& caption, const QString& value) {
        html += u"<tr><td style=\"padding-right: 12px;\">%1</td><td>%2</td></tr>"_s.arg(
            caption.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Account:"),
        account ? (account->name.isEmpty() ? account->address : account->name) : tr("(removed)"));
    if (account && account->kind == Account::Kind::DirectDelivery)
        row(tr("Delivery:"), tr("directly to the recipients' mail servers (port 25)"));
    row(tr("From:"), entry->envelope.sender);
    row(tr("Recipients:"), entry->envelope.recipients.join(u", "_s));
    row(tr("Created:"), locale.toString(entry->created.toLocalTime(), QLocale::ShortFormat));
    if (entry->lastAttempt.isValid())
        row(tr("Last attempt:"),
            locale.toString(entry->lastAttempt.toLocalTime(), QLocale::ShortFormat));
    if (entry->status == OutboxEntry::Status::Deferred && !sending) {
        const QString next = OutboxModel::nextAttemptText(*entry, QDateTime::currentDateTimeUtc());
        row(tr("Next attempt:"), next.isEmpty() ? tr("none scheduled: use Retry") : next);
    }
    html += u"</table>"_s;
    if (entry->status == OutboxEntry::Status::Deferred && !sending) {
        html += u"<p>%1</p>"_s.arg(
            tr("The message was refused for now. Hongyan tries again on its own after 5, 15 "
               "and 30 minutes, then every hour, for up to %n day(s) while it runs; Retry "
               "sends it at once.",
               nullptr,
               int(std::chrono::duration_cast<std::chrono::days>(OutboxEntry::RetryPeriod).count()))
                .toHtmlEscaped());
    }
    if (entry->lastError) {
        const Explanation explanation =
            OutcomeExplainer::explain(*entry->lastError, entry->lastErrorHost);
        html += u"<h4>%1</h4><p>%2</p>"_s.arg(explanation.headline.toHtmlEscaped(),
                                              explanation.details.toHtmlEscaped());
        html += u"<p>%1 %2</p>"_s.arg(
            tr("Stage:").toHtmlEscaped(),
            OutcomeExplainer::phaseText(entry->lastError->phase).toHtmlEscaped());
        if (!explanation.codeText.isEmpty())
            html += u"<p>%1 <tt>%2</tt></p>"_s.arg(tr("Reply code:").toHtmlEscaped(),
                                                   explanation.codeText.toHtmlEscaped());
        if (!explanation.serverText.isEmpty())
            html += u"<p>%1</p><pre>%2</pre>"_s.arg(tr("The server's own words:").toHtmlEscaped(),
                                                    explanation.serverText.toHtmlEscaped());
        // Each recipient still waiting, with the answer it got (per domain for direct
        // delivery: a domain that was never reached has no code). The server's words are
        // shown verbatim, as everywhere else: they are not ours to translate.
        QStringList waiting;
        for (const smtp::RecipientResult& r : entry->lastError->recipients) {
            if (!entry->envelope.recipients.contains(r.address))
                continue;
            QString code = r.code ? QString::number(r.code) : u"---"_s;
            if (r.enhanced.isValid())
                code += u' ' + r.enhanced.toString();
            waiting.append(u"%1  %2  %3"_s.arg(r.address, code, r.serverText).trimmed());
        }
        if (!waiting.isEmpty())
            html += u"<p>%1</p><pre>%2</pre>"_s.arg(tr("Waiting recipients:").toHtmlEscaped(),
                                                    waiting.join(u'\n').toHtmlEscaped());
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
    if (m_delivery || m_app->isSending(id))
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
    startDelivery(*account, {*entry}, false);
}

// Every waiting message, one connection per account, one account after the other. Messages
// whose account was removed stay for the user to edit.
void OutboxController::sendAll()
{
    if (m_delivery)
        return;
    QList<OutboxEntry> waiting;
    const QList<OutboxEntry> entries = m_app->outbox()->entries();
    for (const OutboxEntry& entry : entries) {
        if (!m_app->isSending(entry.id) && m_app->accounts()->account(entry.accountId))
            waiting.append(entry);
    }
    m_queuedIds.clear();
    while (!waiting.isEmpty()) {
        const QString accountId = waiting.constFirst().accountId;
        QStringList ids;
        for (auto it = waiting.begin(); it != waiting.end();) {
            if (it->accountId == accountId) {
                ids.append(it->id);
                it = waiting.erase(it);
            } else {
                ++it;
            }
        }
        m_queuedIds.append(ids);
    }
    startQueued();
}

// The next account's messages of Send All, read again from the outbox: a message may have
// been edited, deleted or sent in the meantime.
void OutboxController::startQueued()
{
    while (!m_delivery && !m_queuedIds.isEmpty()) {
        const QStringList ids = m_queuedIds.takeFirst();
        QList<OutboxEntry> entries;
        for (const QString& id : ids) {
            if (std::optional<OutboxEntry> entry = m_app->outbox()->entry(id);
                entry && !m_app->isSending(id))
                entries.append(*entry);
        }
        if (entries.isEmpty())
            continue;
        if (const std::optional<Account> account =
                m_app->accounts()->account(entries.constFirst().accountId))
            startDelivery(*account, entries, false);
    }
}

void OutboxController::startDelivery(const Account& account, const QList<OutboxEntry>& entries,
                                     bool automatic)
{
    ensureWindow();
    m_automatic = automatic;
    m_delivery = new OutboxDelivery(account, entries, m_app->outbox(), &m_app->sentFolder(),
                                    m_app->secrets(), this);
    m_delivery->setAutomatic(automatic);
    TranscriptPane* transcript = m_window->transcriptPane();
    for (const OutboxEntry& entry : entries) {
        transcript->append(smtp::TranscriptRecord::make(
            smtp::TranscriptRecord::Direction::Info,
            OutboxDelivery::startNote(account, entry.subject, automatic), false));
    }
    if (automatic) {
        // No monitor: it would ask for a password, and nobody asked for this attempt.
        SendProgressWidget* progress = m_window->sendProgress();
        OutboxDelivery* delivery = m_delivery;
        progress->showPreparing();
        progress->setCancelEnabled(true);
        connect(delivery, &OutboxDelivery::transcript, transcript, &TranscriptPane::append);
        transcript->clearTiming();
        connect(delivery, &OutboxDelivery::timed, transcript, &TranscriptPane::addTiming);
        connect(delivery, &OutboxDelivery::phaseChanged, progress,
                [progress, delivery](smtp::Phase phase) {
                    progress->showPhase(phase, delivery->host());
                });
        connect(delivery, &OutboxDelivery::progress, progress,
                &SendProgressWidget::showBodyProgress);
        connect(progress, &SendProgressWidget::cancelRequested, delivery, [progress, delivery] {
            progress->showCancelling();
            delivery->cancel();
        });
    } else {
        new SendMonitor(m_delivery, m_window->sendProgress(), transcript, m_window);
    }
    const QString accountId = account.id;
    connect(m_delivery, &OutboxDelivery::sizeLimitLearned, this,
            [this, accountId](qint64 limit) { m_app->setSizeLimit(accountId, limit); });
    connect(m_delivery, &OutboxDelivery::entryFinished, this, &OutboxController::onEntryFinished);
    connect(m_delivery, &OutboxDelivery::finished, this, &OutboxController::onDeliveryFinished);
    m_window->setBusy(true);
    for (const OutboxEntry& entry : entries)
        m_app->setSending(entry.id, true);
    m_delivery->start();
}

void OutboxController::onEntryFinished(const QString& id, const smtp::Outcome& outcome)
{
    const QString host = m_delivery ? m_delivery->host() : QString();
    using Category = smtp::Outcome::Category;
    if (outcome.category == Category::Delivered) {
        for (ComposeController* composer : m_app->composers()) {
            if (composer->linkedOutboxId() == id)
                composer->linkedEntryDelivered(outcome, host);
        }
    }
    const std::optional<OutboxEntry> after = m_app->outbox()->entry(id);
    m_app->setSending(id, false);
    if (m_automatic && !(m_delivery && m_delivery->stoppedForPassword()))
        reportAutomaticResult(outcome, after ? after->subject : QString(), host);
    if (m_automatic || !m_window || outcome.category == Category::Delivered ||
        outcome.category == Category::Cancelled || !m_delivery || m_delivery->entryIds().size() > 1)
        return;
    showFailure(id, after, outcome, host);
}

// Retry of one message failed: the dialog explains it. Send All leaves its failures in
// the list, each with its explanation in the details.
void OutboxController::showFailure(const QString& id, const std::optional<OutboxEntry>& after,
                                   const smtp::Outcome& outcome, const QString& host)
{
    using Category = smtp::Outcome::Category;
    // A function, so the failure dialog can say it again in another language.
    const auto whereNowText = [after, category = outcome.category] {
        if (after && isScheduled(*after))
            return tr("The message stays in the outbox; it is tried again on its own at %1.")
                .arg(OutboxModel::nextAttemptText(*after, QDateTime::currentDateTimeUtc()));
        if (category == Category::Partial)
            return tr("The other recipients have the message. It stays in the outbox for the "
                      "refused recipients only.");
        return tr("The message stays in the outbox.");
    };
    FailureDialog* dialog = SendMonitor::showFailure(m_window, outcome, host, whereNowText(),
                                                     &m_delivery->account(), m_app->accounts());
    dialog->setDomainResults(m_delivery->domainResults(id));
    connect(dialog, &FailureDialog::retranslated, dialog,
            [dialog, whereNowText] { dialog->setWhereNow(whereNowText()); });
    dialog->setOutboxButtonVisible(false);
    // The outbox window shows the transcript already.
    connect(dialog, &FailureDialog::transcriptRequested, dialog, &QDialog::close);
}

void OutboxController::onDeliveryFinished()
{
    OutboxDelivery* delivery = m_delivery;
    const bool automatic = std::exchange(m_automatic, false);
    const bool needsPassword = delivery->stoppedForPassword();
    const QStringList ids = delivery->entryIds();
    delivery->release();
    m_delivery = nullptr;
    // The pane keeps the exchange just written, until another message is chosen.
    if (m_window)
        m_transcriptEntry = m_window->currentId();
    if (m_window)
        m_window->setBusy(false);
    if (automatic && needsPassword) {
        for (const QString& id : ids) {
            const std::optional<OutboxEntry> entry = m_app->outbox()->entry(id);
            const QString subject = entry ? entry->subject : QString();
            for (ComposeController* composer : m_app->composers())
                composer->window()->notificationBar()->showMessage(
                    NotificationBar::Kind::Warning,
                    [subject] {
                        return tr("“%1” is waiting in the outbox: trying it again needs the "
                                  "account's password, which is not in the keychain. Press "
                                  "Retry there to enter it.")
                            .arg(subject);
                    },
                    [] { return tr("Open Outbox"); });
        }
    }
    if (!m_queuedIds.isEmpty()) {
        startQueued();
        return;
    }
    // Last: it re-arms the schedule, which may start the next due message at once.
    scheduleRetries();
}

// An automatic attempt interrupts nobody: its result shows in the outbox, and in the
// compose windows' notification bars when it changes something for the user.
void OutboxController::reportAutomaticResult(const smtp::Outcome& outcome, const QString& subject,
                                             const QString& host)
{
    using Category = smtp::Outcome::Category;
    NotificationBar::Text text;
    NotificationBar::Kind kind = NotificationBar::Kind::Warning;
    switch (outcome.category) {
    case Category::Delivered:
        return; // the linked window, if any, said so already
    case Category::Temporary:
    case Category::Connect:
    case Category::Cancelled:
        return; // still waiting, as before
    case Category::Partial:
        text = [subject] {
            return tr("“%1” was retried from the outbox and reached only some recipients.")
                .arg(subject);
        };
        break;
    default:
        kind = NotificationBar::Kind::Error;
        text = [subject, outcome, host] {
            return tr("“%1” was retried from the outbox and not sent: %2")
                .arg(subject, OutcomeExplainer::explain(outcome, host).headline);
        };
        break;
    }
    for (ComposeController* composer : m_app->composers())
        composer->window()->notificationBar()->showMessage(kind, text,
                                                           [] { return tr("Open Outbox"); });
}

QDateTime OutboxController::nextScheduledRetry()
{
    // Changes to the outbox or sends started or ended are waiting to be looked at.
    if (m_rescheduleTimer.isActive() || m_model->hasChangesToRead())
        scheduleRetries();
    return m_nextRetry;
}

void OutboxController::scheduleRetries()
{
    m_rescheduleTimer.stop();
    // Changes written a moment ago (a retry that just ended) are read first: scheduled from
    // the model's older copy, a finished retry looked due again at once, and retryDue() and
    // this function turned each other over until the copy was read.
    m_model->reloadIfChanged();
    QDateTime earliest;
    const QList<OutboxEntry>& entries = m_model->entries();
    for (const OutboxEntry& entry : entries) {
        if (!isScheduled(entry) || m_app->isSending(entry.id))
            continue;
        if (!earliest.isValid() || entry.nextAttempt < earliest)
            earliest = entry.nextAttempt;
    }
    m_nextRetry = earliest;
    if (!earliest.isValid()) {
        m_retryTimer.stop();
        return;
    }
    const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(earliest);
    m_retryTimer.start(std::clamp(std::chrono::milliseconds(wait), 0ms, LongestWait));
}

// The messages that are due and share the first one's account go together, over one
// connection.
void OutboxController::retryDue()
{
    if (m_delivery)
        return; // its end re-arms the schedule
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<OutboxEntry> entries = m_app->outbox()->entries();
    std::optional<Account> account;
    QList<OutboxEntry> due;
    for (const OutboxEntry& entry : entries) {
        if (!isScheduled(entry) || entry.nextAttempt > now || m_app->isSending(entry.id) ||
            (account && entry.accountId != account->id))
            continue;
        if (m_startedFor.value(entry.id) == entry.nextAttempt) {
            qCWarning(lcOutbox, "Not retrying %s again: its schedule could not be updated",
                      qUtf8Printable(entry.id));
            continue;
        }
        if (!account)
            account = m_app->accounts()->account(entry.accountId);
        if (!account) {
            // Nothing to send it with: it waits for the user to edit it.
            OutboxEntry waiting = entry;
            waiting.nextAttempt = QDateTime();
            m_app->outbox()->update(waiting);
            continue;
        }
        m_startedFor.insert(entry.id, entry.nextAttempt);
        due.append(entry);
    }
    if (!due.isEmpty()) {
        startDelivery(*account, due, true);
        return;
    }
    scheduleRetries();
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
    m_queuedIds.clear();
    if (m_delivery) {
        const QStringList ids = m_delivery->entryIds();
        delete m_delivery;
        for (const QString& id : ids)
            m_app->setSending(id, false);
    }
    // After the job: its end would have re-armed the schedule, and so would the model's next
    // reading of the outbox.
    m_app->outbox()->disconnect(this);
    m_app->disconnect(this);
    m_model->disconnect(this);
    m_retryTimer.stop();
    m_rescheduleTimer.stop();
    m_detailsRefresh.stop();
}

} // namespace hongyan
