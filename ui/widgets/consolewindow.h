#pragma once

#include "consoletarget.h"

#include <QList>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <memory>

class QCompleter;
class QStringListModel;

namespace Ui {
class ConsoleWindow;
}

namespace hongyan {

class ConsoleDataDialog;
class TranscriptPane;

// The SMTP console: connect with a saved account or a server typed in, then one command at a
// time, the exchange live in the transcript pane. Commands are typed (with history on ↑/↓
// and completion of the SMTP verbs) or chosen with buttons; buttons whose command needs an
// argument (MAIL FROM, RCPT TO, VRFY, EXPN) put a template on the command line. The window
// only shows and asks: every command line leaves through commandEntered(), connecting and
// closing through signals, and the controller says what state the session is in.
class ConsoleWindow : public QWidget
{
    Q_OBJECT

public:
    struct AccountChoice
    {
        QString id;
        QString label;
    };
    enum class Connection {
        Disconnected,
        Connecting, // connecting, or getting the password first
        Ready,      // waiting for the next command
        Busy,       // a command is waiting for its reply
    };

    explicit ConsoleWindow(QWidget* parent = nullptr);
    ~ConsoleWindow() override;

    // The saved accounts that have a server of their own; "another server" is always there.
    void setAccounts(const QList<AccountChoice>& accounts, const QString& currentId);
    ConsoleTarget target() const;
    // The password field is emptied once the controller has taken it.
    void clearPassword();

    void setConnection(Connection connection);
    Connection connection() const { return m_connection; }
    // Where the session is, in words ("Connected to … port 587, not encrypted").
    void setStatus(const QString& text);
    // The extensions of the last EHLO answer; `known` false when none is known (before
    // EHLO, or forgotten after STARTTLS).
    void setCapabilities(const QStringList& keywords, bool known);
    // The name EHLO and HELO send, and the address the MAIL FROM button proposes.
    void setCommandDefaults(const QString& ehloName, const QString& sender);
    // Puts `text` on the command line, cursor at the end (or before a closing '>').
    void editCommand(const QString& text);
    // The editor for the text after DATA, window-modal; Send emits dataEntered().
    void openDataEditor(const QString& initialText);

    TranscriptPane* transcriptPane() const;
    // Every command line sent, oldest first.
    const QStringList& history() const { return m_history; }

signals:
    void connectRequested();
    void disconnectRequested();
    // A command line, exactly as typed or made by a button.
    void commandEntered(const QString& line);
    void dataEntered(const QString& text);
    // The window was closed (the controller ends the session with QUIT).
    void closed();
    // The language changed: the controller sets the status text again.
    void retranslated();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void submit(const QString& line);
    void sendTyped();
    void updateFields();
    void updateCompletion();
    void showCapabilities();
    void browseHistory(int step);
    void retranslate();

    std::unique_ptr<Ui::ConsoleWindow> m_ui;
    Connection m_connection = Connection::Disconnected;
    QStringList m_history;
    int m_historyIndex = 0; // m_history.size(): the line being typed
    QString m_typed;        // what was typed before browsing the history
    QStringList m_capabilities;
    bool m_capabilitiesKnown = false;
    QString m_ehloName;
    QString m_sender;
    QCompleter* m_completer = nullptr;
    QStringListModel* m_completions = nullptr;
    QPointer<ConsoleDataDialog> m_dataDialog;
};

} // namespace hongyan
