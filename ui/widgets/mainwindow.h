#pragma once

#include <QMainWindow>

#include <memory>

class QActionGroup;
class QLabel;

namespace Ui {
class MainWindow;
}

namespace hongyan {

class ComposeForm;
class NotificationBar;
class SendProgressWidget;
class TranscriptPane;

// The compose window, which is the application's main window (one per message): the
// compose form, a notification bar, the send progress, and the live transcript in a dock.
// The body gets the room: on first start the dock is folded to one line in the status bar
// (the exchange's latest step and a Transcript button); it opens on demand, and by itself
// when a send fails (ComposeController).
// Menus: File (New Message, Open .eml…, Save Draft, Save As .eml…, Outbox, Keep Copies of
// Sent Messages, Close Window, Quit), Account (Manage Accounts…, Diagnose…, SMTP
// Console…), View (Transcript), Help (About). Every menu command is a signal; closing is
// decided by the controller (closeRequested(), then approveClose()). Files dropped anywhere
// on the window are attached.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    ComposeForm* composeForm() const;
    TranscriptPane* transcriptPane() const;
    SendProgressWidget* sendProgress() const;
    NotificationBar* notificationBar() const;

    void setKeepSentMessages(bool keep);
    // View ▸ Language: each language by its own name ("简体中文", "English").
    void setLanguages(const QStringList& codes, const QStringList& nativeNames,
                      const QString& current);
    // While sending: Send, Save As and Open are unavailable and the progress shows.
    void setSending(bool sending);
    void showTranscript();
    // The status bar's line: the latest summary step of the exchange, as the pane shows it.
    QString exchangeLine() const { return m_exchangeLine; }
    // Closes the window for real; closeEvent() only asks the controller.
    void approveClose();
    void showStatus(const QString& text);
    // Window geometry and dock layout, to restore the next time (opaque bytes).
    QByteArray saveLayout() const;
    // Restores what saveLayout() returned; with nothing saved, a size that suits the screen.
    void restoreLayout(const QByteArray& layout);

signals:
    void newMessageRequested();
    void openRequested(const QString& path);
    void saveDraftRequested();
    void saveAsRequested(const QString& path);
    void outboxRequested();
    void keepSentMessagesChanged(bool keep);
    void languageRequested(const QString& code);
    void quitRequested();
    void closeRequested();
    void manageAccountsRequested();
    void diagnoseRequested(const QString& accountId);
    void consoleRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // Icons in the palette's colours (themedicon.h): at start and when the palette changes.
    void applyIcons();
    // The toolbar's short texts: the menu's without mnemonic or ellipsis ("新建邮件", not
    // "新建邮件(N)").
    void updateToolbarTexts();
    void chooseEmlToOpen();
    void chooseSaveAsPath();
    void showAbout();
    void onTranscriptRows(int last);
    void showExchangeLine();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QLabel* m_exchangeLabel = nullptr;
    QString m_exchangeLine;
    QActionGroup* m_languages = nullptr;
    bool m_closeApproved = false;
};

} // namespace hongyan
