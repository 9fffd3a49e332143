#pragma once

#include "authentication.h"
#include "capabilities.h"
#include "connection.h"
#include "consolestep.h"
#include "envelope.h"
#include "handshake.h"
#include "outcome.h"
#include "phase.h"
#include "senderprobe.h"
#include "sessioncore.h"
#include "sessionsettings.h"
#include "sessionstate.h"
#include "tlsfacts.h"
#include "transaction.h"
#include "transcriptrecord.h"

#include <QObject>

#include <optional>

class QIODevice;

namespace smtp {

// One SMTP client session over a QSslSocket, driven by the caller's event loop: no threads,
// no nested event loops, no waitFor*. open() connects, secures and authenticates as the
// settings say; send() transfers one message (opening first when needed) and ends with
// finished(); several messages may be sent one after another on the same connection.
// Every state change goes through one transition function that checks it against the
// table in sessionstate.cpp and records it in the transcript; every line exchanged becomes
// a TranscriptRecord, with secrets redacted.
//
// The session is the orchestrator: the connection core (Connection) owns the socket, TLS,
// the reading of replies and the one writer; the conversations (Handshake, Authentication,
// MailTransaction, ConsoleStep, SenderProbe) hold the protocol's logic and reach the
// session only through SessionCore.
class SmtpSession : public QObject, private SessionCore
{
    Q_OBJECT

public:
    explicit SmtpSession(QObject* parent = nullptr);
    ~SmtpSession() override;

    // Only while Disconnected.
    void setSettings(const SessionSettings& settings);
    const SessionSettings& settings() const override { return m_settings; }

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

    // Where the current operation is; Setup before the first connection.
    Phase phase() const { return m_phase; }
    // Established and waiting: send(), a console step, testSender() or quit() may follow.
    bool isIdle() const { return m_state.current() == SessionState::State::Ready; }
    bool isDisconnected() const { return m_state.current() == SessionState::State::Disconnected; }
    bool isClosing() const { return m_state.current() == SessionState::State::Quitting; }
    bool isBusy() const;
    const Capabilities& capabilities() const override { return m_capabilities; }
    const TlsFacts& tlsFacts() const { return m_connection.tlsFacts(); }
    bool isEncrypted() const { return m_connection.isEncrypted(); }

signals:
    // The operation under way moved to `phase` (connecting, each command, the body, …).
    void phaseChanged(smtp::Phase phase);
    void transcript(const smtp::TranscriptRecord& record);
    void established();
    // The EHLO (or HELO) answer, before and again after STARTTLS.
    void capabilitiesReceived(const smtp::Capabilities& capabilities, bool encrypted);
    void progress(qint64 bytesSent, qint64 bytesTotal);
    // A span of the session's time ended (Connection::timed): live, for a timing chart, the
    // QUIT after an outcome included.
    void timed(const smtp::PhaseTiming& timing);
    void finished(const smtp::Outcome& outcome);
    void closed();

private:
    // SessionCore, for the conversations.
    Connection& connection() override { return m_connection; }
    bool isConsole() const override { return m_mode == Mode::Console; }
    SessionState::State state() const override { return m_state.current(); }
    void enter(SessionState::State next) override;
    void setCapabilities(const Capabilities& capabilities) override;
    void forgetCapabilities() override { m_capabilities = {}; }
    void sendCommand(const Command& command, Pending pending) override;
    void awaitReply(Pending pending) override;
    bool awaitsReplies() const override { return !m_awaiting.isEmpty(); }
    Deadline& deadline() override { return m_deadline; }
    QString answeredCommand() const override { return m_answeredCommand; }
    Outcome makeOutcome(Outcome::Category category, Outcome::Reason reason,
                        const Reply* reply = nullptr, Note detail = {}) const override;
    Outcome outcomeForReply(const Reply& reply, Phase phase,
                            Outcome::Reason reason = Outcome::Reason::ServerReply,
                            std::optional<Outcome::Category> category = {}) const override;
    void handshakeDone() override;
    void authenticated() override { becomeReady(); }
    void finishOperation(const Outcome& outcome) override;
    void fail(const Outcome& outcome, Ending ending) override;
    void reportProgress(qint64 bytesSent, qint64 bytesTotal) override;

    // Who drives the session: the engine's own steps, or a person in the console.
    enum class Mode { Engine, Console };

    void start(Mode mode);
    Phase currentPhase() const;
    void updatePhase(bool announce = false);
    void record(TranscriptRecord::Direction direction, Note note,
                TranscriptRecord::Level level = TranscriptRecord::Level::Summary);
    // Reported from the event loop, so callers see the same order of events as for any
    // other end of an operation: the call returns first, finished() follows.
    void refuseLater(Outcome::Reason reason, Note why);
    bool consoleReady();

    // Connection events.
    void onTlsFailed(Outcome::Reason reason, const Note& detail);
    void onMalformedReply(Outcome::Reason reason, const Note& detail, const QString& offending);
    void onTimeout();

    // Replies, routed to the conversation that waits for them.
    void onReply(const Reply& reply);
    bool handleServerClosing(const Reply& reply);
    void onUnexpectedReply(const Reply& reply);
    void dispatch(const Pending& pending, const Reply& reply);
    void becomeReady();

    // An operation (open, send, console step, sender test) is under way and has not had
    // its one finished() (or, for open, established()) yet.
    bool awaitsOutcome() const { return m_outcomeOwed; }
    // An operation starts: it owes one outcome, and its spans are timed from now.
    void beginOperation();
    // The one place finished() is emitted for an operation: it ends what is owed.
    void report(const Outcome& outcome);
    void connectionLost(Outcome::Reason reason, const Note& detail);
    void closeConnection(Connection::Closing closing);
    // Emits closed() now, or once a socket still flushing its last bytes has closed.
    void announceClosed();

    SessionSettings m_settings;
    Connection m_connection;
    SessionState m_state;
    Phase m_phase = Phase::Setup;
    Mode m_mode = Mode::Engine;
    bool m_inTransition = false;
    Capabilities m_capabilities;
    QList<Pending> m_awaiting;
    Handshake m_handshake{*this};
    Authentication m_authentication{*this};
    MailTransaction m_transaction{*this};
    ConsoleStep m_console{*this};
    SenderProbe m_senderProbe{*this};
    bool m_outcomeOwed = false;   // see awaitsOutcome()
    qint64 m_operationStart = 0;  // Timeline::now() when the operation began
    QList<PhaseTiming> m_timings; // the operation's spans so far
    QString m_answeredCommand;    // the command whose reply is being handled
    Deadline m_deadline;
};

} // namespace smtp
