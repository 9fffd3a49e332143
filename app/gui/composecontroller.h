#pragma once

#include "draft.h"
#include "envelope.h"
#include "mainwindow.h"
#include "outcome.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace hongyan {

class AppController;
class MessageFileWriter;
class OutboxDelivery;
struct OutboxEntry;

// One compose window and the message in it: fills the form, saves the draft at most
// AutosaveDelayMs after the first unsaved change (so a crash loses only the last seconds
// of typing), composes the message with the engine's MessageBuilder, hands it to the
// outbox and sends it, and tells the user what happened. The window is the main window;
// closing it asks what to do with unsaved work.
class ComposeController : public QObject
{
    Q_OBJECT

public:
    static constexpr int AutosaveDelayMs = 2000;

    explicit ComposeController(AppController* app, QObject* parent = nullptr);
    ~ComposeController() override;

    MainWindow* window() const { return m_window; }

    // A message to show: `stored` when it is in the draft store (restored after a crash or
    // a quit); `withSignature` for new messages (the account's signature is added).
    void loadDraft(const Draft& draft, bool stored, bool withSignature);
    // An .eml file, sent exactly as it is; false with an error for people when it cannot be
    // read.
    bool openEml(const QString& path, QString* error);
    // "Edit" from the outbox: the window shows the entry and sending replaces it.
    void editOutboxEntry(const OutboxEntry& entry);
    QString linkedOutboxId() const { return m_outboxId; }

    Draft draft() const;
    bool isSending() const { return m_sending; }
    // Typed work that would be lost or is kept only as a draft.
    bool hasUnsavedWork() const;
    // A window nobody has typed into: a new message can take its place.
    bool isPristine() const;
    bool saveDraft(QString* error = nullptr);

    void send();
    void cancelSend();
    // The application is quitting: typed work is saved as a draft, a running send is
    // stopped (the message stays in the outbox, unconfirmed) and the window closes.
    void closeForQuit();
    // The outbox entry this window shows was sent from the outbox window.
    void linkedEntryDelivered(const smtp::Outcome& outcome, const QString& host);
    void refreshAccounts();
    void refreshCompletion();
    void refreshLanguages();

signals:
    void closed();
    void sendingChanged(bool sending);

private:
    struct EmlMessage;

    void onContentChanged();
    void onAccountChanged(const QString& accountId);
    void onCloseRequested();
    void closeNow();
    void applySignature(const QString& accountId);
    void updateSizeLimit();
    void saveAs(const QString& path);
    void startSend(std::shared_ptr<QIODevice> message, const smtp::Envelope& envelope,
                   const QString& accountId, const std::optional<Draft>& draft);
    void onStored(const OutboxEntry& entry);
    void onSendFinished(const smtp::Outcome& outcome);
    void showAccountProblem(const QString& text);
    void clearAccountProblem();
    void setSending(bool sending);
    void resetToNewMessage();
    void rememberRecipients();
    std::shared_ptr<QIODevice> composeMessage(smtp::Envelope* envelope, QString* problem) const;
    void showSaveError(const QString& what, const QString& error);

    AppController* m_app;
    QPointer<MainWindow> m_window;
    QString m_draftId;
    bool m_draftStored = false;
    bool m_dirty = false;
    QTimer m_autosave;
    QString m_outboxId; // the outbox entry the window's message is (or replaces)
    std::unique_ptr<EmlMessage> m_eml;
    bool m_sending = false;
    bool m_accountProblemShown = false; // the problem line asks for an account
    bool m_closeAfterSend = false;
    bool m_quitting = false;
    QPointer<MessageFileWriter> m_storing;
    bool m_storingCancelled = false;
    QPointer<OutboxDelivery> m_delivery;
};

} // namespace hongyan
