#pragma once

#include "capabilities.h"
#include "command.h"
#include "envelope.h"
#include "outcome.h"
#include "replyparser.h"
#include "saslauthenticator.h"
#include "sessionsettings.h"
#include "tlsfacts.h"
#include "transcriptrecord.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

#include <memory>
#include <optional>

class QIODevice;
class QSslSocket;

namespace smtp {

class DataTransfer;
class HostConnector;

// One SMTP client session over a QSslSocket, driven by the caller's event loop: no threads,
// no nested event loops, no waitFor*. open() connects, secures and authenticates as the
// settings say; send() transfers one message (opening first when needed) and ends with
// finished(); several messages may be sent one after another on the same connection.
// Every state change goes through one transition function that records it in the
// transcript; every line exchanged becomes a TranscriptRecord, with secrets redacted.
class SmtpSession : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Disconnected,
        Connecting,
        TlsHandshake, // implicit TLS, before the greeting
        Greeting,
        Ehlo,
        Helo,
        StartTls,
        StartTlsHandshake,
        Authenticating,
        Ready,    // established; waiting for send() or quit()
        Envelope, // MAIL FROM / RCPT TO (and DATA or BDAT when pipelined)
        SendingBody,
        AwaitingFinalReply,
        Resetting,
        Quitting,
    };
    Q_ENUM(State)

    explicit SmtpSession(QObject* parent = nullptr);
    ~SmtpSession() override;

    // Only while Disconnected.
    void setSettings(const SessionSettings& settings);
    const SessionSettings& settings() const { return m_settings; }

    // Connects, reads the greeting, says EHLO, upgrades with STARTTLS and authenticates as
    // configured. Emits established() when ready for send(), or finished() on failure.
    void open();
    // Sends one message read from `message` (which must stay valid and open until
    // finished()). Opens the session first when needed. Ends with finished().
    void send(const Envelope& envelope, QIODevice* message);

    // The console: one command at a time, typed by a person. openInteractive() connects
    // (TLS first with ImplicitTls) and reads the greeting only, then emits established().
    // Each step below needs the session Ready and ends with finished(): Delivered when the
    // server answered 2xx or 3xx, otherwise the refusal; code and serverText hold the reply.
    // Refusals keep the session open; TLS failures and lost connections close it.
    void openInteractive();
    // Any command line except AUTH, STARTTLS, DATA, BDAT and QUIT, which must go through
    // the engine's own steps (so secrets stay redacted and TLS rules apply). Lines with CR,
    // LF or NUL are refused. An EHLO or HELO answer updates capabilities().
    void sendLine(const QByteArray& line);
    // STARTTLS with the engine's rules: injection check, certificate verification, and
    // everything learnt before TLS forgotten (send EHLO again).
    void startTlsInteractive();
    // AUTH with the configured credentials, redacted in the transcript.
    void authenticateInteractive();
    // DATA, then `text` dot-stuffed with CRLF line ends, then the final dot.
    void sendDataInteractive(QIODevice* text);

    // Diagnosis: MAIL FROM:<address> then RSET, without sending anything. Only when Ready.
    // Ends with finished(): Delivered when the server accepted the sender, otherwise the
    // refusal as for a send.
    void testSender(const QString& address);
    // Ends the session politely (QUIT) when idle; cancels first when busy.
    void quit();
    // Stops whatever is under way. A message whose final dot was already sent is reported
    // as Unknown: the server may have accepted it.
    void cancel();

    State state() const { return m_state; }
    bool isBusy() const;
    const Capabilities& capabilities() const { return m_capabilities; }
    const TlsFacts& tlsFacts() const { return m_tls; }
    bool isEncrypted() const;

signals:
    void stateChanged(smtp::SmtpSession::State previous, smtp::SmtpSession::State current);
    void transcript(const smtp::TranscriptRecord& record);
    void established();
    // The EHLO (or HELO) answer, before and again after STARTTLS.
    void capabilitiesReceived(const smtp::Capabilities& capabilities, bool encrypted);
    void progress(qint64 bytesSent, qint64 bytesTotal);
    void finished(const smtp::Outcome& outcome);
    void closed();

private:
    // What the next reply in the queue answers. Replies are matched strictly in order.
    enum class Expect {
        Greeting,
        Ehlo,
        Helo,
        StartTls,
        Auth,
        Mail,
        Rcpt,
        Data,
        Bdat,
        DataEnd,
        Rset,
        TestMail,
        TestRset,
        Raw,
        Quit
    };
    struct Pending
    {
        Expect expect;
        int recipient = -1;   // for Rcpt
        bool last = false;    // for Bdat: the LAST chunk
        QString command = {}; // as the transcript shows it (secrets redacted), for outcomes
    };
    struct Transaction;

    // How a failing session leaves the server: at once (hostile or broken peers), after a
    // QUIT (a healthy connection we cannot use), or after QUIT was already answered.
    enum class Closing { Abort, Quit, Graceful };

    void enter(State next);
    void record(TranscriptRecord::Direction direction, const QString& text,
                TranscriptRecord::Level level = TranscriptRecord::Level::Summary);
    void sendCommand(const Command& command, Pending pending);
    void armTimer(std::chrono::milliseconds limit);
    std::chrono::milliseconds timeoutFor(Expect expect) const;
    static Outcome::Stage stageFor(Expect expect);
    Outcome::Stage currentStage() const;
    QByteArray ehloName() const;

    // Connecting (HostConnector races the server's addresses) and socket events.
    QSslSocket* createSocket() const;
    void adoptSocket(QSslSocket* socket);
    void onConnectFailed(bool hostNotFound, bool refused, const QString& detail);
    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError>& handshakeErrors);
    void onReadyRead();
    void onBytesWritten();
    void onSocketError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void onTimeout();

    // Replies, by what they answer.
    void onReply(const Reply& reply);
    void onGreeting(const Reply& reply);
    void onEhlo(const Reply& reply);
    void onHelo(const Reply& reply);
    void onStartTls(const Reply& reply);
    void onAuth(const Reply& reply);
    void onMail(const Reply& reply);
    void onRcpt(const Reply& reply, int recipient);
    void onData(const Reply& reply);
    void onBdat(const Reply& reply, bool last);
    void onDataEnd(const Reply& reply);
    void onRset(const Reply& reply);
    void onTestMail(const Reply& reply);
    void onTestRset(const Reply& reply);
    void onRaw(const Reply& reply);
    // Ends a console step: finished() with the reply (or local refusal), session Ready.
    void finishInteractiveStep(const Outcome& outcome);
    bool refuseInteractive(const QString& why);

    // Steps of the session.
    void connectToServer();
    void expectGreeting();
    void sendEhlo();
    void afterEhlo();
    void authenticate();
    void becomeReady();
    void startTransaction();
    void sendEnvelope();
    void afterRecipients();
    void startBody();
    void pumpBody();
    void finishBody();
    void settleTransaction();
    void finishTransaction(Outcome outcome);
    Outcome recipientsRejected() const;
    void collectTlsFacts();
    // Loads the configured CA file; an error message when it fails.
    QString loadTrustedCertificates();
    // The certificate errors of the handshake as the system store and the CA file together
    // judge them (the socket itself trusts the CA file alone); empty when trusted.
    QList<QSslError> withSystemStore(const QList<QSslError>& errors) const;

    // An operation (open, send, console step, sender test) is under way and has not had
    // its one finished() (or, for open, established()) yet.
    bool awaitsOutcome() const { return m_outcomeOwed; }
    // The one place finished() is emitted for an operation: it ends what is owed.
    void report(const Outcome& outcome);
    // Ends the session: emits finished(outcome) when an operation awaits it (exactly one
    // outcome per operation), closes the connection, emits closed().
    void reportAndClose(Outcome outcome, Closing closing);
    void connectionLost(Outcome::Reason reason, const QString& detail);
    void closeConnection(Closing closing);
    // Emits closed() now, or once a socket still flushing its last bytes has closed.
    void announceClosed();
    void onLingeringClosed();
    Outcome makeOutcome(Outcome::Category category, Outcome::Reason reason,
                        const Reply* reply = nullptr, const QString& detail = {}) const;
    // 4xx → Temporary, 5xx → Rejected, anything else → Protocol, unless `category` says.
    Outcome outcomeForReply(const Reply& reply, Outcome::Stage stage,
                            Outcome::Reason reason = Outcome::Reason::ServerReply,
                            std::optional<Outcome::Category> category = {}) const;
    qint64 socketBacklog() const;

    SessionSettings m_settings;
    HostConnector* m_connector = nullptr; // while connecting
    QSslSocket* m_socket = nullptr;
    ReplyParser m_parser;
    State m_state = State::Disconnected;
    bool m_inTransition = false;
    bool m_startTlsDone = false;
    Capabilities m_capabilities;
    TlsFacts m_tls;
    QList<QSslCertificate> m_trustedCertificates;
    QList<Pending> m_awaiting;
    std::optional<SaslAuthenticator> m_sasl;
    std::unique_ptr<Transaction> m_transaction;
    bool m_needsReset = false;
    bool m_outcomeOwed = false; // see awaitsOutcome()
    bool m_interactive = false;
    QByteArray m_rawVerb;                 // upper-case verb of the console line awaiting its reply
    std::optional<Reply> m_startTlsReply; // reported once the TLS handshake is done
    std::optional<Outcome> m_senderTest;  // testSender() result, reported after its RSET
    QString m_answeredCommand;            // the command whose reply is being handled
    QPointer<QSslSocket> m_lingering;     // closed by us, still flushing
    bool m_closedPending = false;
    QTimer m_timer;
    QElapsedTimer m_connectClock;
};

} // namespace smtp
