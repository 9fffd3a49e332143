#pragma once

#include "consolewindow.h"
#include "outcome.h"
#include "secretstore.h"
#include "sessionsettings.h"
#include "smtpsession.h"
#include "transcriptrecord.h"

#include <QBuffer>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace hongyan {

class AccountStore;

// The SMTP console (issue #10): a ConsoleWindow wired to one interactive SmtpSession. Typed
// lines are checked for CR, LF and NUL, then routed like hongyan-cli console does: STARTTLS,
// AUTH, DATA and QUIT go through the engine's own steps (certificate verification and the
// injection check, SASL with the account's credentials redacted, dot-stuffing, a polite
// QUIT); every other line goes out as it is. Each reply is explained in the transcript from
// the reply-code catalogue. Closing the window sends QUIT. The password comes from the
// keychain (or a prompt) when connecting, because the engine takes credentials with the
// settings; it is never shown and never stored.
class ConsoleController : public QObject
{
    Q_OBJECT

public:
    ConsoleController(AccountStore& accounts, SecretStore& secrets, QObject* parent = nullptr);
    ~ConsoleController() override;

    // Opens the console window, or raises the one already open.
    ConsoleWindow* show();
    ConsoleWindow* window() const { return m_window; }
    // The session of the window, while one is open.
    smtp::SmtpSession* session() const { return m_session; }

    // How long the console waits for each step. A person is watching: a server that does
    // not answer should say so within a minute, not after RFC 5321's minutes.
    void setTimeouts(const smtp::Timeouts& timeouts) { m_timeouts = timeouts; }
    static smtp::Timeouts defaultTimeouts();

private:
    void refreshAccounts();
    void connectToServer();
    void connectWithAccount(const QString& accountId);
    void openSession(const smtp::SessionSettings& settings);
    void disconnectFromServer();
    void onCommand(const QString& line);
    void onData(const QString& text);
    void onSessionMoved();
    bool isConnecting() const;
    void onStepFinished(const smtp::Outcome& outcome);
    void onClosed(smtp::SmtpSession* session);
    void onWindowClosed();
    // A line of the console's own in the transcript (an explanation, a refusal), in the UI
    // language, told again when the language changes.
    void note(smtp::TranscriptRecord::Direction direction, std::function<QString()> tell);
    void explainReply(const smtp::Outcome& outcome);
    void showStatus();
    QString dataTemplate() const;

    AccountStore& m_accounts;
    SecretStore& m_secrets;
    smtp::Timeouts m_timeouts = defaultTimeouts();
    QPointer<ConsoleWindow> m_window;
    QPointer<smtp::SmtpSession> m_session;
    smtp::SessionSettings m_settings; // of the session being opened or open
    QString m_sender;                 // the account's address, for MAIL FROM and DATA
    QByteArray m_pendingVerb;         // the verb whose answer is awaited
    QStringList m_recipients;         // RCPT TO addresses of the transaction, for DATA
    QString m_mailFrom;               // MAIL FROM address of the transaction, for DATA
    bool m_asking = false;            // waiting for the keychain or the password prompt
    QBuffer m_data;
};

} // namespace hongyan
