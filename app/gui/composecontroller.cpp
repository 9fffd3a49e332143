#include "composecontroller.h"

#include "accountstore.h"
#include "appcontroller.h"
#include "attachmentlist.h"
#include "composeform.h"
#include "emldevice.h"
#include "emlreader.h"
#include "failuredialog.h"
#include "mainwindow.h"
#include "messagebuilder.h"
#include "messagedevice.h"
#include "messageerrortext.h"
#include "messagefilewriter.h"
#include "notificationbar.h"
#include "outbox.h"
#include "outboxdelivery.h"
#include "outboxmodel.h"
#include "richtexteditor.h"
#include "sendmonitor.h"
#include "sendprogresswidget.h"
#include "transcriptpane.h"
#include "translations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPushButton>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

namespace {

constexpr qint64 EmlPreviewBytes = 64 * 1024;
const QString LayoutKey = u"window/composeLayout"_s;

QString accountLabel(const Account& account)
{
    QString who = account.address;
    if (!account.displayName.isEmpty())
        who = account.displayName + u" <"_s + account.address + u'>';
    if (account.name.isEmpty() || account.name == account.address)
        return who;
    return account.name + u" — "_s + who;
}

// Direct delivery reached every domain: which server took it for each, with its queue id.
QString deliveredText(const QList<smtp::DirectDelivery::DomainResult>& domains)
{
    QStringList parts;
    for (const smtp::DirectDelivery::DomainResult& domain : domains) {
        const QString queueId = domain.outcome.queueId();
        parts.append(queueId.isEmpty()
                         ? ComposeController::tr("%1 by %2").arg(domain.domain, domain.host)
                         : ComposeController::tr("%1 by %2 (queue id %3)")
                               .arg(domain.domain, domain.host, queueId));
    }
    return ComposeController::tr("Message delivered directly to %n domain(s): %1.", nullptr,
                                 int(domains.size()))
        .arg(parts.join(ComposeController::tr("; ")));
}

} // namespace

// An .eml file (or an outbox message without its compose state) that goes as it is.
struct ComposeController::EmlMessage
{
    QString path;
    smtp::EmlReader reader;
    // For an outbox message: its envelope (Bcc recipients are no longer in the file).
    std::optional<smtp::Envelope> envelope;
};

ComposeController::ComposeController(AppController* app, QObject* parent)
    : QObject(parent)
    , m_app(app)
    , m_window(new MainWindow)
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(AutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, [this] {
        QString error;
        if (m_dirty && !saveDraft(&error))
            m_window->showStatus(tr("The draft could not be saved: %1").arg(error));
    });

    ComposeForm* form = m_window->composeForm();
    connect(form, &ComposeForm::contentChanged, this, &ComposeController::onContentChanged);
    connect(form, &ComposeForm::accountChanged, this, &ComposeController::onAccountChanged);
    connect(form, &ComposeForm::sendRequested, this, &ComposeController::send);
    connect(m_window->sendProgress(), &SendProgressWidget::cancelRequested, this, [this] {
        // While the message is being stored; the job's own monitor handles the rest.
        if (m_storing && !m_delivery) {
            m_window->sendProgress()->showCancelling();
            m_storingCancelled = true;
            m_storing->cancel();
        }
    });

    MainWindow* window = m_window;
    connect(window, &MainWindow::newMessageRequested, app, &AppController::newMessage);
    connect(window, &MainWindow::openRequested, this,
            [this](const QString& path) { m_app->openEml(path, this); });
    connect(window, &MainWindow::saveDraftRequested, this, [this] {
        QString error;
        if (saveDraft(&error))
            m_window->showStatus(tr("Draft saved."));
        else
            showSaveError(tr("The draft could not be saved."), error);
    });
    connect(window, &MainWindow::saveAsRequested, this, &ComposeController::saveAs);
    connect(window, &MainWindow::outboxRequested, app, [app] { app->showOutbox(); });
    connect(window, &MainWindow::keepSentMessagesChanged, app, &AppController::setKeepSentMessages);
    connect(window, &MainWindow::quitRequested, app, &AppController::requestQuit);
    connect(window, &MainWindow::closeRequested, this, &ComposeController::onCloseRequested);
    connect(window, &MainWindow::manageAccountsRequested, app,
            &AppController::manageAccountsRequested);
    connect(window, &MainWindow::diagnoseRequested, app, &AppController::diagnoseRequested);
    connect(window, &MainWindow::consoleRequested, app, &AppController::consoleRequested);
    connect(window, &QObject::destroyed, this, [this] {
        emit closed();
        deleteLater();
    });
    connect(window->notificationBar(), &NotificationBar::actionTriggered, this, [this] {
        if (m_window->notificationBar()->kind() == NotificationBar::Kind::Success)
            m_window->showTranscript();
        else
            m_app->showOutbox(m_outboxId);
    });
    connect(app, &AppController::sizeLimitChanged, this, [this](const QString& accountId) {
        if (accountId == m_window->composeForm()->accountId())
            updateSizeLimit();
    });
    connect(app->accounts(), &AccountStore::changed, this, &ComposeController::refreshAccounts);

    connect(window, &MainWindow::languageRequested, app, &AppController::setLanguage);
    window->setKeepSentMessages(app->sentFolder().isEnabled());
    window->restoreLayout(QSettings().value(LayoutKey).toByteArray());
    refreshLanguages();
    refreshAccounts();
    refreshCompletion();
}

ComposeController::~ComposeController()
{
    if (m_window) {
        m_window->disconnect(this);
        delete m_window;
    }
}

void ComposeController::refreshAccounts()
{
    ComposeForm* form = m_window->composeForm();
    QString current = form->accountId();
    QList<ComposeForm::AccountChoice> choices;
    const QList<Account> accounts = m_app->accounts()->accounts();
    for (const Account& account : accounts)
        choices.append({account.id, accountLabel(account)});
    if (current.isEmpty() || !m_app->accounts()->account(current))
        current = m_app->accounts()->defaultAccountId();
    if (current.isEmpty() && !accounts.isEmpty())
        current = accounts.first().id;
    form->setAccounts(choices, current);
    updateSizeLimit();
    clearAccountProblem();
}

void ComposeController::refreshLanguages()
{
    const QStringList codes = Translations::availableLanguages();
    QStringList names;
    for (const QString& code : codes)
        names.append(Translations::nativeName(code));
    m_window->setLanguages(codes, names, Translations::currentLanguage());
}

void ComposeController::refreshCompletion()
{
    m_window->composeForm()->setCompletionAddresses(m_app->completionAddresses());
}

void ComposeController::updateSizeLimit()
{
    ComposeForm* form = m_window->composeForm();
    form->attachments()->setSizeLimit(m_app->sizeLimit(form->accountId()));
}

void ComposeController::applySignature(const QString& accountId)
{
    const std::optional<Account> account = m_app->accounts()->account(accountId);
    m_window->composeForm()->editor()->setSignature(account ? account->signature : QString());
}

void ComposeController::loadDraft(const Draft& draft, bool stored, bool withSignature)
{
    ComposeForm* form = m_window->composeForm();
    m_draftId = draft.id;
    m_draftStored = stored;
    m_dirty = false;
    m_outboxId = draft.replacesOutboxId;
    if (!m_outboxId.isEmpty() && !m_app->outbox()->entry(m_outboxId))
        m_outboxId.clear();
    if (!draft.accountId.isEmpty())
        form->setAccountId(draft.accountId);
    form->setRecipients(draft.to, draft.cc, draft.bcc);
    form->setSubject(draft.subject);
    QList<RichTextEditor::InlineImage> images;
    for (const Draft::InlineImage& image : draft.inlineImages)
        images.append({image.name, image.mimeType, image.data});
    form->editor()->setContent(draft.plainText, draft.html, draft.plain, images);
    form->attachments()->setPaths(draft.attachments);
    if (withSignature)
        applySignature(form->accountId());
    updateSizeLimit();
    form->focusFirstEmptyField();
}

bool ComposeController::openEml(const QString& path, QString* error)
{
    auto eml = std::make_unique<EmlMessage>();
    smtp::MessageError messageError;
    if (!eml->reader.open(path, &messageError)) {
        if (error)
            *error = MessageErrorText::describe(messageError);
        return false;
    }
    eml->path = path;
    QFile file(path);
    QString preview;
    if (file.open(QIODevice::ReadOnly)) {
        preview = QString::fromUtf8(file.read(EmlPreviewBytes));
        if (file.size() > EmlPreviewBytes)
            preview += u"\n\n"_s + tr("[The first %1 of %2 are shown.]")
                                       .arg(QLocale().formattedDataSize(EmlPreviewBytes),
                                            QLocale().formattedDataSize(file.size()));
    }
    ComposeForm* form = m_window->composeForm();
    const smtp::EmlReader& reader = eml->reader;
    form->setRecipients(reader.to().toString(), reader.cc().toString(), reader.bcc().toString());
    form->setSubject(reader.subject());
    form->editor()->setContent(true, QString(), preview, {});
    // The account whose address the message is from, when there is one.
    const QString sender = reader.envelopeSender();
    const QList<Account> accounts = m_app->accounts()->accounts();
    for (const Account& account : accounts) {
        if (account.address.compare(sender, Qt::CaseInsensitive) == 0) {
            form->setAccountId(account.id);
            break;
        }
    }
    form->setFieldsEditable(false);
    m_window->setWindowTitle(QFileInfo(path).fileName());
    m_window->notificationBar()->showMessage(NotificationBar::Kind::Information, [path] {
        return tr("This message is sent exactly as it is in %1; its fields and text cannot be "
                  "changed here. Choose the account to send it with.")
            .arg(QDir::toNativeSeparators(path));
    });
    m_eml = std::move(eml);
    m_dirty = false;
    m_draftStored = false;
    updateSizeLimit();
    return true;
}

void ComposeController::editOutboxEntry(const OutboxEntry& entry)
{
    if (entry.draft) {
        Draft draft = *entry.draft;
        draft.id.clear();
        draft.accountId = entry.accountId;
        draft.replacesOutboxId = entry.id;
        // The message as it was written, signature included.
        loadDraft(draft, false, false);
        return;
    }
    QString error;
    if (!openEml(m_app->outbox()->messagePath(entry.id), &error)) {
        m_window->notificationBar()->showMessage(NotificationBar::Kind::Error, error);
        return;
    }
    m_eml->envelope = entry.envelope;
    m_window->composeForm()->setAccountId(entry.accountId);
    m_window->setWindowTitle(entry.subject.isEmpty() ? tr("Outbox message") : entry.subject);
    m_window->notificationBar()->showMessage(NotificationBar::Kind::Information, [] {
        return tr("This message from the outbox is sent exactly as it was composed. Choose the "
                  "account to send it with.");
    });
    m_outboxId = entry.id;
}

Draft ComposeController::draft() const
{
    const ComposeForm* form = m_window->composeForm();
    Draft draft;
    draft.id = m_draftId;
    draft.accountId = form->accountId();
    draft.to = form->to();
    draft.cc = form->cc();
    draft.bcc = form->bcc();
    draft.subject = form->subject();
    draft.plainText = form->editor()->isPlainText();
    draft.html = form->editor()->html();
    draft.plain = form->editor()->plainText();
    draft.attachments = form->attachments()->paths();
    const QList<RichTextEditor::InlineImage> images = form->editor()->inlineImages();
    for (const RichTextEditor::InlineImage& image : images)
        draft.inlineImages.append({image.name, image.mimeType, image.data});
    draft.replacesOutboxId = m_outboxId;
    return draft;
}

bool ComposeController::hasUnsavedWork() const
{
    return m_dirty || m_draftStored;
}

bool ComposeController::isPristine() const
{
    return !m_dirty && !m_draftStored && !m_sending && !m_eml && m_outboxId.isEmpty();
}

bool ComposeController::saveDraft(QString* error)
{
    m_autosave.stop();
    if (m_eml)
        return true;
    Draft current = draft();
    if (!m_app->drafts().save(current, error))
        return false;
    m_draftId = current.id;
    m_draftStored = true;
    m_dirty = false;
    return true;
}

void ComposeController::onContentChanged()
{
    m_dirty = true;
    // Not restarted by each keystroke: the draft is at most AutosaveDelayMs behind.
    if (!m_autosave.isActive())
        m_autosave.start();
}

void ComposeController::onAccountChanged(const QString& accountId)
{
    if (!m_eml)
        applySignature(accountId);
    updateSizeLimit();
    clearAccountProblem();
}

void ComposeController::showAccountProblem(const QString& text)
{
    m_window->composeForm()->showProblem(text);
    m_accountProblemShown = true;
}

// "Choose the account…" goes once there is an account to send with; other problems stay
// until the next attempt.
void ComposeController::clearAccountProblem()
{
    ComposeForm* form = m_window->composeForm();
    if (m_accountProblemShown && m_app->accounts()->account(form->accountId())) {
        form->showProblem(QString());
        m_accountProblemShown = false;
    }
}

void ComposeController::showSaveError(const QString& what, const QString& error)
{
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Hongyan"), what, QMessageBox::Ok, m_window);
    box->setInformativeText(error);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

std::shared_ptr<QIODevice> ComposeController::composeMessage(smtp::Envelope* envelope,
                                                             QString* problem) const
{
    const ComposeForm* form = m_window->composeForm();
    const std::optional<Account> account = m_app->accounts()->account(form->accountId());
    if (!account) {
        *problem = tr("Choose the account the message is from.");
        return {};
    }
    smtp::MessageError error;
    smtp::MessageBuilder builder;
    const std::optional<smtp::Mailbox> from =
        smtp::Mailbox::create(account->displayName, account->address, &error, u"From"_s);
    if (!from) {
        *problem = MessageErrorText::describe(error);
        return {};
    }
    builder.setFrom(*from);
    const struct
    {
        QString text;
        QString field;
        void (smtp::MessageBuilder::*set)(const smtp::AddressList&);
    } fields[] = {{form->to(), u"To"_s, &smtp::MessageBuilder::setTo},
                  {form->cc(), u"Cc"_s, &smtp::MessageBuilder::setCc},
                  {form->bcc(), u"Bcc"_s, &smtp::MessageBuilder::setBcc}};
    for (const auto& field : fields) {
        if (field.text.trimmed().isEmpty())
            continue;
        const std::optional<smtp::AddressList> list =
            smtp::AddressList::parse(field.text, &error, field.field);
        if (!list) {
            *problem = MessageErrorText::describe(error);
            return {};
        }
        (builder.*field.set)(*list);
    }
    builder.setSubject(form->subject());
    const RichTextEditor* editor = form->editor();
    builder.setText(editor->plainText());
    if (!editor->isPlainText()) {
        builder.setHtml(editor->html());
        const QList<RichTextEditor::InlineImage> images = editor->inlineImages();
        static const QMimeDatabase mimeTypes;
        int number = 0;
        for (const RichTextEditor::InlineImage& image : images) {
            const QString suffix = mimeTypes.mimeTypeForName(image.mimeType).preferredSuffix();
            const QString fileName = u"image%1.%2"_s.arg(++number).arg(suffix);
            // The body refers to "cid:<id>"; the part's Content-ID is <id>.
            builder.addInlineImageData(image.data, fileName, image.name.mid(4));
        }
    }
    const QStringList attachments = form->attachments()->paths();
    for (const QString& path : attachments)
        builder.addAttachmentFile(path);
    std::unique_ptr<smtp::MessageDevice> device = builder.compose(&error);
    if (!device) {
        *problem = MessageErrorText::describe(error);
        return {};
    }
    envelope->sender = builder.envelopeSender();
    envelope->recipients = builder.envelopeRecipients();
    envelope->requiresSmtpUtf8 = builder.requiresSmtpUtf8();
    envelope->requires8BitMime = builder.requires8BitMime();
    return std::shared_ptr<QIODevice>(device.release());
}

void ComposeController::send()
{
    if (m_sending)
        return;
    ComposeForm* form = m_window->composeForm();
    form->showProblem(QString());
    m_accountProblemShown = false;
    const QString accountId = form->accountId();
    if (!m_app->accounts()->account(accountId)) {
        showAccountProblem(
            tr("Choose the account to send from, or set one up (Account ▸ Manage Accounts…)."));
        return;
    }

    if (m_eml) {
        smtp::Envelope envelope;
        std::shared_ptr<QIODevice> device;
        smtp::Note failure;
        if (m_eml->envelope) {
            envelope = *m_eml->envelope;
            device = std::make_shared<QFile>(m_eml->path);
        } else {
            envelope.sender = m_eml->reader.envelopeSender();
            envelope.recipients = m_eml->reader.envelopeRecipients();
            envelope.requiresSmtpUtf8 = m_eml->reader.requiresSmtpUtf8();
            envelope.requires8BitMime = m_eml->reader.requires8BitMime();
            device = std::shared_ptr<QIODevice>(m_eml->reader.createDevice(&failure).release());
        }
        if (!device) {
            form->showProblem(tr("The message cannot be sent: %1").arg(failure.localized()));
            return;
        }
        if (envelope.recipients.isEmpty()) {
            form->showProblem(tr("The message has no recipients (To, Cc or Bcc)."));
            return;
        }
        startSend(device, envelope, accountId, std::nullopt);
        return;
    }

    if (!form->checkRecipients())
        return;
    const QStringList missing = form->attachments()->missingPaths();
    if (!missing.isEmpty()) {
        form->showProblem(tr("This attachment cannot be read: %1")
                              .arg(QDir::toNativeSeparators(missing.first())));
        return;
    }
    smtp::Envelope envelope;
    QString problem;
    const std::shared_ptr<QIODevice> device = composeMessage(&envelope, &problem);
    if (!device) {
        form->showProblem(problem);
        return;
    }
    // The server said how much it takes; a bigger message would only be refused after
    // being written to the outbox.
    const qint64 limit = m_app->sizeLimit(accountId);
    if (limit > 0 && device->size() > limit) {
        const QLocale locale;
        form->showProblem(
            tr("The message is %1 when sent; the server accepts at most %2. Remove "
               "or shrink attachments, or share large files by link.")
                .arg(locale.formattedDataSize(device->size()), locale.formattedDataSize(limit)));
        return;
    }
    startSend(device, envelope, accountId, draft());
}

void ComposeController::startSend(std::shared_ptr<QIODevice> message,
                                  const smtp::Envelope& envelope, const QString& accountId,
                                  const std::optional<Draft>& draft)
{
    const ComposeForm* form = m_window->composeForm();
    OutboxEntry entry;
    entry.accountId = accountId;
    entry.envelope = envelope;
    entry.subject = form->subject();
    entry.to = form->to();
    entry.draft = draft;
    setSending(true);
    m_window->notificationBar()->dismiss();
    SendProgressWidget* progress = m_window->sendProgress();
    progress->setCancelEnabled(true);
    progress->showSavingToOutbox(0, message->size());
    m_storingCancelled = false;

    QPointer<ComposeController> self(this);
    m_storing = m_app->outbox()->add(
        entry, message, [self](const std::optional<OutboxEntry>& stored, const QString& error) {
            if (!self || self->m_quitting)
                return;
            self->m_storing = nullptr;
            if (stored) {
                self->onStored(*stored);
                return;
            }
            self->setSending(false);
            if (self->m_storingCancelled) {
                self->m_window->showStatus(tr("Sending cancelled."));
                return;
            }
            self->showSaveError(tr("The message could not be saved to the outbox, so it was "
                                   "not sent."),
                                error);
        });
    if (m_storing)
        connect(m_storing, &MessageFileWriter::progress, progress,
                &SendProgressWidget::showSavingToOutbox);
}

void ComposeController::onStored(const OutboxEntry& entry)
{
    // From here the outbox holds the message: the draft it was made from, and the older
    // outbox entry it replaces, are no longer needed.
    m_autosave.stop();
    if (m_draftStored && !m_draftId.isEmpty())
        m_app->drafts().remove(m_draftId);
    m_draftStored = false;
    m_dirty = false;
    if (!m_outboxId.isEmpty() && m_outboxId != entry.id && !m_app->isSending(m_outboxId))
        m_app->outbox()->remove(m_outboxId);
    m_outboxId = entry.id;
    // A message from the outbox is now this entry's file.
    if (m_eml && m_eml->envelope)
        m_eml->path = m_app->outbox()->messagePath(entry.id);

    const std::optional<Account> account = m_app->accounts()->account(entry.accountId);
    if (!account) {
        setSending(false);
        m_window->composeForm()->showProblem(
            tr("The account was removed while the message was being prepared. It is kept in "
               "the outbox."));
        return;
    }
    TranscriptPane* transcript = m_window->transcriptPane();
    transcript->append(
        smtp::TranscriptRecord::make(smtp::TranscriptRecord::Direction::Info,
                                     OutboxDelivery::startNote(*account, entry.subject), false));

    m_delivery = new OutboxDelivery(*account, {entry}, m_app->outbox(), &m_app->sentFolder(),
                                    m_app->secrets(), this);
    new SendMonitor(m_delivery, m_window->sendProgress(), transcript, m_window);
    const QString accountId = entry.accountId;
    connect(m_delivery, &OutboxDelivery::sizeLimitLearned, this,
            [this, accountId](qint64 limit) { m_app->setSizeLimit(accountId, limit); });
    connect(m_delivery, &OutboxDelivery::entryFinished, this,
            [this](const QString&, const smtp::Outcome& outcome) { onSendFinished(outcome); });
    m_app->setSending(entry.id, true);
    m_delivery->start();
}

void ComposeController::onSendFinished(const smtp::Outcome& outcome)
{
    using Category = smtp::Outcome::Category;
    OutboxDelivery* delivery = m_delivery;
    const QString host = delivery ? delivery->host() : QString();
    const std::optional<Account> account =
        delivery ? std::optional<Account>(delivery->account()) : std::nullopt;
    const QList<smtp::DirectDelivery::DomainResult> domains =
        delivery ? delivery->domainResults(m_outboxId)
                 : QList<smtp::DirectDelivery::DomainResult>();
    if (delivery)
        delivery->release();
    m_delivery = nullptr;
    m_app->setSending(m_outboxId, false);
    setSending(false);
    if (m_quitting)
        return;

    NotificationBar* bar = m_window->notificationBar();
    if (outcome.category == Category::Delivered) {
        rememberRecipients();
        const QString queueId = outcome.queueId();
        bar->showMessage(
            NotificationBar::Kind::Success,
            [domains, host, queueId] {
                if (!domains.isEmpty())
                    return deliveredText(domains);
                return queueId.isEmpty() ? tr("Message sent: %1 accepted it.").arg(host)
                                         : tr("Message sent: %1 accepted it with queue id %2.")
                                               .arg(host, queueId);
            },
            [] { return tr("Show Transcript"); });
        m_outboxId.clear();
        resetToNewMessage();
    } else if (outcome.category == Category::Cancelled) {
        // Nothing was delivered: the message goes back to where it came from. A typed
        // message becomes a draft again (saved before the outbox lets go of it); an .eml
        // file is still on disk; an outbox message stays in the outbox.
        QString error;
        if (m_eml && m_eml->envelope) {
            bar->showMessage(NotificationBar::Kind::Information, [] {
                return tr("Sending was cancelled. The message stays in the outbox.");
            });
        } else if (m_eml) {
            m_app->outbox()->remove(m_outboxId);
            m_outboxId.clear();
            bar->showMessage(NotificationBar::Kind::Information,
                             [] { return tr("Sending was cancelled."); });
        } else {
            const QString cancelledEntry = m_outboxId;
            m_outboxId.clear();
            if (saveDraft(&error)) {
                m_app->outbox()->remove(cancelledEntry);
                bar->showMessage(NotificationBar::Kind::Information, [] {
                    return tr("Sending was cancelled. The message is kept as a draft.");
                });
            } else {
                m_outboxId = cancelledEntry;
                bar->showMessage(
                    NotificationBar::Kind::Warning,
                    [error] {
                        return tr("Sending was cancelled. The message stays in the outbox (the "
                                  "draft could not be saved: %1).")
                            .arg(error);
                    },
                    [] { return tr("Open Outbox"); });
            }
        }
    } else {
        if (outcome.category == Category::Partial)
            rememberRecipients();
        const std::optional<OutboxEntry> entry = m_app->outbox()->entry(m_outboxId);
        const bool deferred =
            entry && entry->status == OutboxEntry::Status::Deferred && entry->nextAttempt.isValid();
        // A function, so the failure dialog can say it again in another language.
        const auto whereNowText = [category = outcome.category, deferred, entry] {
            const QString next =
                deferred ? OutboxModel::nextAttemptText(*entry, QDateTime::currentDateTimeUtc())
                         : QString();
            if (category == Category::Partial && deferred)
                return tr("The other recipients have the message. The refused recipients were "
                          "refused only for now: the message waits in the outbox for them and "
                          "is tried again on its own at %1.")
                    .arg(next);
            if (deferred)
                return tr("The message waits in the outbox and is tried again on its own at "
                          "%1. Retry it there to try at once.")
                    .arg(next);
            if (category == Category::Partial)
                return tr("The other recipients have the message. It stays in the outbox for "
                          "the refused recipients only.");
            if (category == Category::Unknown)
                return tr("The server may have accepted the message before the connection "
                          "ended. It is kept in the outbox: check with the recipients before "
                          "sending it again.");
            return tr("The message is kept in the outbox. Retry it there, or change it here "
                      "and send it again.");
        };
        const QString whereNow = whereNowText();
        m_window->showTranscript(); // the server's own words, at once
        bar->showMessage(outcome.category == Category::Partial || deferred
                             ? NotificationBar::Kind::Warning
                             : NotificationBar::Kind::Error,
                         whereNowText, [] { return tr("Open Outbox"); });
        if (!m_closeAfterSend) {
            FailureDialog* dialog =
                SendMonitor::showFailure(m_window, outcome, host, whereNow,
                                         account ? &*account : nullptr, m_app->accounts());
            dialog->setDomainResults(domains);
            connect(dialog, &FailureDialog::retranslated, dialog,
                    [dialog, whereNowText] { dialog->setWhereNow(whereNowText()); });
            connect(dialog, &FailureDialog::transcriptRequested, m_window,
                    &MainWindow::showTranscript);
            connect(dialog, &FailureDialog::outboxRequested, this,
                    [this] { m_app->showOutbox(m_outboxId); });
        }
    }
    if (m_closeAfterSend)
        closeNow();
}

void ComposeController::linkedEntryDelivered(const smtp::Outcome& outcome, const QString& host)
{
    m_outboxId.clear();
    const QString queueId = outcome.queueId();
    m_window->notificationBar()->showMessage(
        NotificationBar::Kind::Success,
        [host, queueId] {
            return queueId.isEmpty()
                       ? tr("This message was sent from the outbox: %1 accepted it.").arg(host)
                       : tr("This message was sent from the outbox: %1 accepted it with queue "
                            "id %2.")
                             .arg(host, queueId);
        },
        [] { return tr("Show Transcript"); });
    // Changes made here since are a new message; an unchanged window has nothing left.
    if (!hasUnsavedWork())
        resetToNewMessage();
}

void ComposeController::cancelSend()
{
    if (m_delivery) {
        m_delivery->cancel();
    } else if (m_storing) {
        m_storingCancelled = true;
        m_storing->cancel();
    }
}

void ComposeController::setSending(bool sending)
{
    if (m_sending == sending)
        return;
    m_sending = sending;
    m_window->setSending(sending);
    if (m_eml && !sending)
        m_window->composeForm()->setFieldsEditable(false);
    emit sendingChanged(sending);
}

void ComposeController::resetToNewMessage()
{
    m_eml.reset();
    m_window->composeForm()->setFieldsEditable(true);
    Draft fresh;
    fresh.accountId = m_window->composeForm()->accountId();
    loadDraft(fresh, false, true);
    m_window->setWindowTitle(tr("New Message"));
}

void ComposeController::rememberRecipients()
{
    const ComposeForm* form = m_window->composeForm();
    QStringList mailboxes;
    QStringList keys;
    for (const QString& text : {form->to(), form->cc(), form->bcc()}) {
        const std::optional<smtp::AddressList> list = smtp::AddressList::parse(text);
        if (!list)
            continue;
        const QList<smtp::Mailbox> all = list->mailboxes();
        for (const smtp::Mailbox& mailbox : all) {
            mailboxes.append(mailbox.toString());
            keys.append(mailbox.address());
        }
    }
    if (!mailboxes.isEmpty())
        m_app->rememberAddresses(mailboxes, keys);
}

void ComposeController::saveAs(const QString& path)
{
    std::shared_ptr<QIODevice> device;
    if (m_eml) {
        if (m_eml->envelope) {
            device = std::make_shared<QFile>(m_eml->path);
        } else {
            smtp::Note failure;
            device = std::shared_ptr<QIODevice>(m_eml->reader.createDevice(&failure).release());
            if (!device) {
                showSaveError(tr("The message could not be saved."), failure.localized());
                return;
            }
        }
    } else {
        if (!m_app->accounts()->account(m_window->composeForm()->accountId())) {
            showAccountProblem(
                tr("Choose the account the message is from, or set one up (Account ▸ Manage "
                   "Accounts…)."));
            return;
        }
        QString problem;
        smtp::Envelope envelope;
        device = composeMessage(&envelope, &problem);
        if (!device) {
            m_window->composeForm()->showProblem(problem);
            return;
        }
    }
    auto* writer = new MessageFileWriter(device, path, this);
    m_window->showStatus(tr("Saving %1…").arg(QDir::toNativeSeparators(path)));
    connect(writer, &MessageFileWriter::finished, this,
            [this, writer, path](bool ok, const QString& error) {
                writer->deleteLater();
                if (ok)
                    m_window->showStatus(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
                else
                    showSaveError(tr("The message could not be saved."), error);
            });
    writer->start();
}

void ComposeController::onCloseRequested()
{
    if (m_quitting) {
        closeNow();
        return;
    }
    if (m_sending) {
        auto* box =
            new QMessageBox(QMessageBox::Question, tr("Close Window"),
                            tr("This message is being sent."), QMessageBox::NoButton, m_window);
        box->setInformativeText(tr("Stop sending and close the window? A message that was not "
                                   "sent yet is kept as a draft."));
        QPushButton* stop = box->addButton(tr("Stop and Close"), QMessageBox::AcceptRole);
        box->addButton(tr("Keep Sending"), QMessageBox::RejectRole);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this, box, stop] {
            if (box->clickedButton() != stop)
                return;
            m_closeAfterSend = true;
            cancelSend();
        });
        box->open();
        return;
    }
    if (!hasUnsavedWork()) {
        closeNow();
        return;
    }
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Close Window"), tr("Keep this message as a draft?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box->setInformativeText(tr("Drafts are opened again the next time Hongyan starts."));
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box] {
        const QMessageBox::StandardButton answer = box->standardButton(box->clickedButton());
        if (answer == QMessageBox::Save) {
            QString error;
            if (!saveDraft(&error)) {
                showSaveError(tr("The draft could not be saved."), error);
                return;
            }
        } else if (answer == QMessageBox::Discard) {
            m_autosave.stop();
            if (!m_draftId.isEmpty())
                m_app->drafts().remove(m_draftId);
            m_draftStored = false;
            m_dirty = false;
        } else {
            return;
        }
        closeNow();
    });
    box->open();
}

void ComposeController::closeForQuit()
{
    m_quitting = true;
    m_autosave.stop();
    if (m_dirty) {
        QString error;
        saveDraft(&error);
    }
    if (m_storing)
        m_storing->cancel();
    if (m_delivery) {
        m_app->setSending(m_outboxId, false);
        delete m_delivery;
    }
    closeNow();
}

void ComposeController::closeNow()
{
    m_autosave.stop();
    if (m_window) {
        QSettings().setValue(LayoutKey, m_window->saveLayout());
        m_window->approveClose();
    }
}

} // namespace hongyan
