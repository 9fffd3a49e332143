#pragma once

#include "addresshistory.h"
#include "draftstore.h"
#include "sentfolder.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace hongyan {

class AccountStore;
class ComposeController;
class MailtoUrl;
class Outbox;
class OutboxController;
class SecretStore;

// The application: its stores (accounts, keychain, drafts, outbox, Sent folder, address
// history), its compose windows and the outbox window. On start it reopens the drafts a
// crash or a quit left, opens what the command line names (mailto: URLs, .eml files), and
// says when the outbox holds unsent messages. Quitting with unsent work asks first.
// Account dialogs belong elsewhere: their requests leave through the signals below.
class AppController : public QObject
{
    Q_OBJECT

public:
    // Stores at their default places (QStandardPaths; tests point XDG_* elsewhere).
    explicit AppController(QObject* parent = nullptr);
    ~AppController() override;

    // Opens windows for the arguments (mailto: URLs, .eml paths), restores drafts, and
    // makes sure one compose window is shown. Returns false with *error listing arguments
    // that could not be opened (the rest are opened all the same).
    bool start(const QStringList& arguments, QString* error = nullptr);

    ComposeController* newMessage();
    ComposeController* openMailto(const MailtoUrl& url);
    // In `reuse` when it is pristine, otherwise in a new window.
    ComposeController* openEml(const QString& path, ComposeController* reuse = nullptr);
    // Edit from the outbox: the window already showing that entry, or a new one.
    ComposeController* editOutboxEntry(const QString& outboxId);
    // Shows the outbox window, with that message selected when one is given.
    void showOutbox(const QString& selectId = {});
    // Asks first when there is unsent work; quits when the user agrees.
    void requestQuit();
    void quitNow();

    AccountStore* accounts() const { return m_accounts; }
    SecretStore* secrets() const { return m_secrets; }
    Outbox* outbox() const { return m_outbox; }
    const DraftStore& drafts() const { return m_drafts; }
    SentFolder& sentFolder() { return m_sentFolder; }
    QList<ComposeController*> composers() const;
    OutboxController* outboxController() const { return m_outboxController; }

    // What the server of an account accepts (its SIZE), learnt from sessions; 0 if unknown.
    qint64 sizeLimit(const QString& accountId) const { return m_sizeLimits.value(accountId); }
    void setSizeLimit(const QString& accountId, qint64 limit);
    QStringList completionAddresses() const { return m_completion; }
    void rememberAddresses(const QStringList& mailboxes, const QStringList& keys);
    // Outbox entries being sent right now (by any window or the outbox).
    void setSending(const QString& outboxId, bool sending);
    bool isSending(const QString& outboxId) const { return m_sendingIds.contains(outboxId); }
    void setKeepSentMessages(bool keep);
    // The language chosen in View ▸ Language, or the system's.
    static QString preferredLanguage();
    // Installs the translations (every window retranslates) and remembers the choice.
    void setLanguage(const QString& code);

signals:
    void manageAccountsRequested();
    void diagnoseRequested(const QString& accountId);
    void consoleRequested();
    void sizeLimitChanged(const QString& accountId, qint64 limit);
    void sendingIdsChanged(const QSet<QString>& ids);

private:
    ComposeController* createComposer();
    void onComposerClosed(ComposeController* composer);
    void announceOutbox(ComposeController* composer);
    int visibleWindowCount() const;

    AccountStore* m_accounts;
    SecretStore* m_secrets;
    Outbox* m_outbox;
    DraftStore m_drafts;
    SentFolder m_sentFolder;
    AddressHistory m_history;
    QStringList m_completion;
    OutboxController* m_outboxController;
    QList<QPointer<ComposeController>> m_composers;
    QHash<QString, qint64> m_sizeLimits;
    QSet<QString> m_sendingIds;
    bool m_quitting = false;
};

} // namespace hongyan
