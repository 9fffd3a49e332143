#include "appcontroller.h"

#include "accountstore.h"
#include "composecontroller.h"
#include "languagefont.h"
#include "mailtourl.h"
#include "mainwindow.h"
#include "notificationbar.h"
#include "outbox.h"
#include "outboxcontroller.h"
#include "outboxwindow.h"
#include "secretstore.h"
#include "translations.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

AppController::AppController(QObject* parent)
    : QObject(parent)
    , m_accounts(new AccountStore(this))
    , m_secrets(new SecretStore(this))
    , m_outbox(new Outbox(Outbox::defaultDirectory(), this))
    , m_completion(m_history.addresses())
    , m_outboxController(new OutboxController(this, this))
{
    // Windows are closed through their controllers, which ask about unsent work; the
    // application ends when the last one asked and agreed.
    qApp->setQuitOnLastWindowClosed(false);
    connect(m_outboxController, &OutboxController::windowClosed, this, [this] {
        if (!m_quitting && composers().isEmpty())
            requestQuit();
    });
}

AppController::~AppController()
{
    // Controllers own their windows; whatever is left goes without questions now.
    for (const QPointer<ComposeController>& composer : std::as_const(m_composers))
        delete composer.data();
}

bool AppController::start(const QStringList& arguments, QString* error)
{
    QStringList problems;
    ComposeController* first = nullptr;
    // Drafts left by a crash or by quitting come back first, oldest first.
    const QList<Draft> drafts = m_drafts.loadAll();
    for (const Draft& draft : drafts) {
        ComposeController* composer = createComposer();
        composer->loadDraft(draft, true, false);
        composer->window()->show();
        if (!first)
            first = composer;
    }
    for (const QString& argument : arguments) {
        if (MailtoUrl::isMailto(argument)) {
            QString why;
            const std::optional<MailtoUrl> url = MailtoUrl::parse(argument, &why);
            if (!url) {
                problems.append(tr("%1: %2").arg(argument, why));
                continue;
            }
            ComposeController* composer = openMailto(*url);
            first = first ? first : composer;
        } else {
            ComposeController* composer = openEml(argument);
            if (!composer) {
                problems.append(QDir::toNativeSeparators(argument));
                continue;
            }
            first = first ? first : composer;
        }
    }
    if (!first)
        first = newMessage();
    if (!drafts.isEmpty()) {
        first->window()->showStatus(
            tr("%n draft(s) from the last session opened again.", nullptr, int(drafts.size())));
    }
    announceOutbox(first);
    first->window()->raise();
    first->window()->activateWindow();
    if (error)
        *error = problems.join(u'\n');
    return problems.isEmpty();
}

void AppController::announceOutbox(ComposeController* composer)
{
    const int pending = int(m_outbox->entries().size());
    if (pending == 0)
        return;
    composer->window()->notificationBar()->showMessage(
        NotificationBar::Kind::Warning,
        [pending] {
            return tr("%n message(s) in the outbox have not been sent.", nullptr, pending);
        },
        [] { return tr("Open Outbox"); });
}

ComposeController* AppController::createComposer()
{
    auto* composer = new ComposeController(this, this);
    m_composers.append(composer);
    connect(composer, &ComposeController::closed, this,
            [this, composer] { onComposerClosed(composer); });
    return composer;
}

QList<ComposeController*> AppController::composers() const
{
    QList<ComposeController*> result;
    for (const QPointer<ComposeController>& composer : m_composers) {
        if (composer)
            result.append(composer);
    }
    return result;
}

ComposeController* AppController::newMessage()
{
    ComposeController* composer = createComposer();
    composer->loadDraft(Draft(), false, true);
    composer->window()->show();
    return composer;
}

ComposeController* AppController::openMailto(const MailtoUrl& url)
{
    Draft draft;
    draft.to = url.to.join(u", "_s);
    draft.cc = url.cc.join(u", "_s);
    draft.bcc = url.bcc.join(u", "_s);
    draft.subject = url.subject;
    draft.plain = url.body;
    ComposeController* composer = createComposer();
    composer->loadDraft(draft, false, true);
    composer->window()->show();
    return composer;
}

ComposeController* AppController::openEml(const QString& path, ComposeController* reuse)
{
    ComposeController* composer = reuse && reuse->isPristine() ? reuse : createComposer();
    QString error;
    if (!composer->openEml(path, &error)) {
        QWidget* parent = composer == reuse ? composer->window() : nullptr;
        if (composer != reuse)
            delete composer;
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Open Message"),
                                    tr("%1 cannot be opened.").arg(QDir::toNativeSeparators(path)),
                                    QMessageBox::Ok, parent);
        box->setInformativeText(error);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return nullptr;
    }
    composer->window()->show();
    composer->window()->raise();
    return composer;
}

ComposeController* AppController::editOutboxEntry(const QString& outboxId)
{
    for (ComposeController* composer : composers()) {
        if (composer->linkedOutboxId() == outboxId) {
            composer->window()->show();
            composer->window()->raise();
            composer->window()->activateWindow();
            return composer;
        }
    }
    const std::optional<OutboxEntry> entry = m_outbox->entry(outboxId);
    if (!entry)
        return nullptr;
    ComposeController* composer = createComposer();
    composer->editOutboxEntry(*entry);
    composer->window()->show();
    return composer;
}

void AppController::showOutbox(const QString& selectId)
{
    m_outboxController->show();
    if (!selectId.isEmpty())
        m_outboxController->window()->selectId(selectId);
}

void AppController::setSizeLimit(const QString& accountId, qint64 limit)
{
    if (m_sizeLimits.value(accountId) == limit)
        return;
    m_sizeLimits.insert(accountId, limit);
    emit sizeLimitChanged(accountId, limit);
}

void AppController::rememberAddresses(const QStringList& mailboxes, const QStringList& keys)
{
    m_history.remember(mailboxes, keys);
    m_completion = m_history.addresses();
    for (ComposeController* composer : composers())
        composer->refreshCompletion();
}

void AppController::setSending(const QString& outboxId, bool sending)
{
    if (outboxId.isEmpty() || sending == m_sendingIds.contains(outboxId))
        return;
    if (sending)
        m_sendingIds.insert(outboxId);
    else
        m_sendingIds.remove(outboxId);
    emit sendingIdsChanged(m_sendingIds);
}

void AppController::setKeepSentMessages(bool keep)
{
    m_sentFolder.setEnabled(keep);
    for (ComposeController* composer : composers())
        composer->window()->setKeepSentMessages(keep);
}

QString AppController::preferredLanguage()
{
    const QString chosen = QSettings().value(u"ui/language"_s).toString();
    return Translations::availableLanguages().contains(chosen) ? chosen
                                                               : Translations::systemLanguage();
}

void AppController::setLanguage(const QString& code)
{
    QSettings().setValue(u"ui/language"_s, code);
    Translations::install(code);
    LanguageFont::follow(code);
    // Window managers show it after every window title.
    QGuiApplication::setApplicationDisplayName(tr("Hongyan"));
    for (ComposeController* composer : composers())
        composer->refreshLanguages();
}

int AppController::visibleWindowCount() const
{
    int count = int(composers().size());
    if (m_outboxController->isWindowVisible())
        ++count;
    return count;
}

void AppController::onComposerClosed(ComposeController* composer)
{
    m_composers.removeAll(composer);
    if (m_quitting || visibleWindowCount() > 0)
        return;
    // The last window was closed after its own questions: what remains is the outbox.
    requestQuit();
}

void AppController::requestQuit()
{
    if (m_quitting)
        return;
    int sending = 0;
    int unsaved = 0;
    for (ComposeController* composer : composers()) {
        if (composer->isSending())
            ++sending;
        else if (composer->hasUnsavedWork())
            ++unsaved;
    }
    if (m_outboxController->isRetrying())
        ++sending;
    const int waiting = int(m_outbox->entries().size()) - sending;
    if (sending == 0 && unsaved == 0 && waiting <= 0) {
        quitNow();
        return;
    }
    QStringList lines;
    if (sending > 0)
        lines.append(tr("%n message(s) being sent will be stopped and stay in the outbox.", nullptr,
                        sending));
    if (unsaved > 0)
        lines.append(tr("%n message(s) being written will be kept as drafts and opened again "
                        "next time.",
                        nullptr, unsaved));
    if (waiting > 0)
        lines.append(tr("%n message(s) in the outbox have not been sent; they stay there.", nullptr,
                        waiting));

    QWidget* parent = nullptr;
    const QList<ComposeController*> open = composers();
    if (!open.isEmpty())
        parent = open.first()->window();
    auto* box = new QMessageBox(QMessageBox::Question, tr("Quit Hongyan"),
                                tr("Some mail has not been sent."), QMessageBox::NoButton, parent);
    box->setInformativeText(lines.join(u'\n'));
    QPushButton* quit = box->addButton(tr("&Quit"), QMessageBox::AcceptRole);
    QPushButton* outboxButton = waiting > 0 || sending > 0
                                    ? box->addButton(tr("Open &Outbox"), QMessageBox::ActionRole)
                                    : nullptr;
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(quit);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, quit, outboxButton] {
        if (box->clickedButton() == quit) {
            quitNow();
            return;
        }
        // Not quitting with no window left would leave the user nothing to see.
        if (box->clickedButton() == outboxButton || visibleWindowCount() == 0)
            showOutbox();
    });
    box->open();
}

void AppController::quitNow()
{
    m_quitting = true;
    m_outboxController->stopForQuit();
    for (ComposeController* composer : composers())
        composer->closeForQuit();
    QApplication::quit();
}

} // namespace hongyan
