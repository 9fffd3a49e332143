#include "smtpsession.h"

#include <QIODevice>

using namespace std::chrono_literals;

namespace smtp {

namespace {

using State = SessionState::State;
using Direction = TranscriptRecord::Direction;
using Category = Outcome::Category;
using Reason = Outcome::Reason;

} // namespace

SmtpSession::SmtpSession(QObject* parent)
    : QObject(parent)
{
    connect(&m_deadline, &Deadline::expired, this, &SmtpSession::onTimeout);
    connect(&m_connection, &Connection::transcript, this, &SmtpSession::transcript);
    connect(&m_connection, &Connection::connected, this, [this] { m_handshake.onConnected(); });
    connect(&m_connection, &Connection::connectFailed, this,
            [this](Reason reason, const Note& detail) {
                fail(makeOutcome(Category::Connect, reason, nullptr, detail), Ending::Abort);
            });
    connect(&m_connection, &Connection::encrypted, this, [this] { m_handshake.onEncrypted(); });
    connect(&m_connection, &Connection::tlsFailed, this, &SmtpSession::onTlsFailed);
    connect(&m_connection, &Connection::replyReceived, this, &SmtpSession::onReply);
    connect(&m_connection, &Connection::malformedReply, this, &SmtpSession::onMalformedReply);
    connect(&m_connection, &Connection::lost, this, &SmtpSession::connectionLost);
    connect(&m_connection, &Connection::bytesWritten, this,
            [this] { m_transaction.onBytesWritten(); });
    connect(&m_connection, &Connection::timed, this, [this](const PhaseTiming& timing) {
        if (awaitsOutcome())
            m_timings.append(timing);
        emit timed(timing);
    });
}

SmtpSession::~SmtpSession()
{
    // An idle session destroyed with its owner (the application quitting) still says
    // goodbye: best effort, handed to the kernel without waiting for the reply.
    m_connection.abandon(isIdle());
}

void SmtpSession::setSettings(const SessionSettings& settings)
{
    Q_ASSERT(isDisconnected());
    if (isDisconnected())
        m_settings = settings;
}

bool SmtpSession::isBusy() const
{
    return m_transaction.isPrepared() || (!isDisconnected() && !isIdle());
}

// ---------------------------------------------------------------------------------------
// Public operations

void SmtpSession::open()
{
    if (isDisconnected())
        start(Mode::Engine);
}

void SmtpSession::openInteractive()
{
    if (isDisconnected())
        start(Mode::Console);
}

void SmtpSession::start(Mode mode)
{
    m_mode = mode;
    beginOperation();
    Note problem = m_settings.validate();
    if (problem.isEmpty())
        problem = m_connection.prepare(m_settings);
    if (!problem.isEmpty()) {
        const Outcome outcome =
            makeOutcome(Category::Usage, Reason::InvalidSettings, nullptr, std::move(problem));
        QMetaObject::invokeMethod(
            this, [this, outcome] { fail(outcome, Ending::Abort); }, Qt::QueuedConnection);
        return;
    }
    m_capabilities = {};
    m_awaiting.clear();
    m_authentication.reset();
    m_transaction.connectionOpened();
    m_answeredCommand.clear();
    m_deadline.setTimeouts(m_settings.timeouts);
    enter(State::Connecting);
    m_deadline.startConnection();
    m_connection.connectToServer();
}

void SmtpSession::send(const Envelope& envelope, QIODevice* message)
{
    if (m_transaction.isPrepared() || isClosing()) {
        const Outcome outcome = makeOutcome(
            Category::Usage, Reason::InvalidSettings, nullptr,
            Note::of(QT_TRANSLATE_NOOP("smtp", "send() called while the session is busy")));
        QMetaObject::invokeMethod(
            this, [this, outcome] { emit finished(outcome); }, Qt::QueuedConnection);
        return;
    }
    m_transaction.prepare(envelope, message);
    beginOperation();
    if (isDisconnected())
        start(Mode::Engine);
    else if (isIdle())
        m_transaction.start();
    // Otherwise the session is opening: becomeReady() starts the transaction.
}

void SmtpSession::refuseLater(Reason reason, Note why)
{
    const Outcome outcome = makeOutcome(Category::Usage, reason, nullptr, std::move(why));
    QMetaObject::invokeMethod(
        this, [this, outcome] { emit finished(outcome); }, Qt::QueuedConnection);
}

bool SmtpSession::consoleReady()
{
    if (isConsole() && isIdle() && !m_transaction.isPrepared())
        return true;
    refuseLater(Reason::InvalidSettings,
                Note::of(QT_TRANSLATE_NOOP(
                    "smtp", "the console is not connected or a command is under way")));
    return false;
}

void SmtpSession::sendLine(const QByteArray& line)
{
    if (!consoleReady())
        return;
    if (Note refusal = ConsoleStep::refusalFor(line); !refusal.isEmpty()) {
        refuseLater(Reason::InvalidSettings, std::move(refusal));
        return;
    }
    beginOperation();
    m_console.send(line);
}

void SmtpSession::startTlsInteractive()
{
    if (!consoleReady())
        return;
    if (isEncrypted()) {
        refuseLater(Reason::InvalidSettings,
                    Note::of(QT_TRANSLATE_NOOP("smtp", "the connection is already encrypted")));
        return;
    }
    beginOperation();
    m_handshake.startTls();
}

void SmtpSession::authenticateInteractive()
{
    if (!consoleReady())
        return;
    beginOperation();
    m_authentication.start();
}

void SmtpSession::sendDataInteractive(QIODevice* text)
{
    if (!consoleReady())
        return;
    if (!text || !text->isReadable()) {
        refuseLater(Reason::InvalidSettings,
                    Note::of(QT_TRANSLATE_NOOP("smtp", "the message text cannot be read")));
        return;
    }
    beginOperation();
    m_transaction.startConsoleData(text);
}

void SmtpSession::testSender(const QString& address)
{
    Note error;
    std::optional<QByteArray> wire;
    if (isIdle() && !m_transaction.isPrepared())
        wire = Envelope::wireAddress(address, m_capabilities.supportsSmtpUtf8(), nullptr, &error);
    else
        error =
            Note::of(QT_TRANSLATE_NOOP("smtp", "testSender() needs an established, idle session"));
    if (!wire) {
        refuseLater(Reason::InvalidAddress, std::move(error));
        return;
    }
    beginOperation();
    QByteArray parameters;
    if (Envelope::isInternational(address) && m_capabilities.supportsSmtpUtf8())
        parameters = "SMTPUTF8";
    m_senderProbe.start(*wire, parameters);
}

void SmtpSession::quit()
{
    if (isDisconnected() || isClosing())
        return;
    if (isBusy()) {
        cancel();
        return;
    }
    enter(State::Quitting);
    sendCommand(Command::quit(), {Expect::Quit});
}

void SmtpSession::cancel()
{
    if (isDisconnected() || isClosing())
        return;
    if (isIdle() && !m_transaction.isPrepared()) {
        quit();
        return;
    }
    record(Direction::Error, Note::of(QT_TRANSLATE_NOOP("smtp", "Cancelled")));
    const bool maybeDelivered = m_transaction.finalSent();
    fail(makeOutcome(maybeDelivered ? Category::Unknown : Category::Cancelled, Reason::Cancelled),
         Ending::Abort);
}

// ---------------------------------------------------------------------------------------
// The one place where the state changes

void SmtpSession::enter(State next)
{
    Q_ASSERT_X(!m_inTransition, "SmtpSession::enter", "state change from a slot of its signal");
    const State previous = m_state.current();
    if (next == previous)
        return;
    if (!m_state.enter(next)) {
        // A move the table does not know is a bug in the engine: stop here rather than go
        // on in a state nobody designed, and say so.
        qWarning("SmtpSession: illegal transition %s -> %s",
                 qPrintable(SessionState::name(previous)), qPrintable(SessionState::name(next)));
        Q_ASSERT_X(false, "SmtpSession::enter", "illegal transition");
        return;
    }
    m_inTransition = true;
    record(Direction::Info,
           Note::of(QT_TRANSLATE_NOOP("smtp", "state %1 → %2"), SessionState::name(previous),
                    SessionState::name(next)),
           TranscriptRecord::Level::Debug);
    m_inTransition = false;
    // Each operation announces its first phase, even when the last one ended in the same.
    updatePhase(previous == State::Ready);
}

Phase SmtpSession::currentPhase() const
{
    if (!m_awaiting.isEmpty() && state() != State::SendingBody)
        return phaseOf(m_awaiting.constFirst().expect);
    return SessionState::phaseOf(state());
}

void SmtpSession::updatePhase(bool announce)
{
    if (isIdle())
        return; // between operations: the last phase stands until the next one moves
    const Phase phase = isDisconnected() ? Phase::Setup : currentPhase();
    if (phase == m_phase && !announce)
        return;
    m_phase = phase;
    if (isDisconnected())
        return;
    emit phaseChanged(phase);
}

void SmtpSession::record(Direction direction, Note note, TranscriptRecord::Level level)
{
    m_connection.record(direction, std::move(note), level);
}

void SmtpSession::setCapabilities(const Capabilities& capabilities)
{
    m_capabilities = capabilities;
    emit capabilitiesReceived(m_capabilities, isEncrypted());
}

void SmtpSession::sendCommand(const Command& command, Pending pending)
{
    if (!m_connection.isConnected())
        return;
    if (!command.isValid()) {
        // Inputs are validated before they become commands; this is the last line of
        // defence against a CR or LF smuggling a second command onto the wire.
        fail(makeOutcome(Category::Usage, Reason::InvalidSettings, nullptr,
                         Note::of(QT_TRANSLATE_NOOP(
                             "smtp", "refusing to send a command containing CR, LF or NUL"))),
             Ending::Abort);
        return;
    }
    m_connection.writeCommand(command);
    pending.command = command.transcriptText();
    awaitReply(pending);
}

void SmtpSession::awaitReply(Pending pending)
{
    const bool wasIdle = m_awaiting.isEmpty();
    m_awaiting.append(pending);
    if (wasIdle && state() != State::SendingBody)
        m_deadline.startReply(pending.expect);
    updatePhase();
}

void SmtpSession::reportProgress(qint64 bytesSent, qint64 bytesTotal)
{
    emit progress(bytesSent, bytesTotal);
}

// ---------------------------------------------------------------------------------------
// Connection events

void SmtpSession::onTlsFailed(Reason reason, const Note& detail)
{
    fail(makeOutcome(Category::Tls, reason, nullptr, detail), Ending::Abort);
}

void SmtpSession::onMalformedReply(Reason reason, const Note& detail, const QString& offending)
{
    Outcome outcome = makeOutcome(Category::Protocol, reason, nullptr, detail);
    outcome.serverText = offending;
    fail(outcome, Ending::Abort);
}

void SmtpSession::onTimeout()
{
    if (isClosing()) { // QUIT unanswered: the outcome was reported already
        closeConnection(Connection::Closing::Abort);
        announceClosed();
        return;
    }
    const Deadline::Expiry expiry =
        m_deadline.expiry(m_transaction.finalSent(), m_connection.triedAddresses());
    record(Direction::Error, expiry.transcript);
    fail(makeOutcome(expiry.category, expiry.reason, nullptr, expiry.detail), Ending::Abort);
}

// ---------------------------------------------------------------------------------------
// Replies

void SmtpSession::onReply(const Reply& reply)
{
    if (handleServerClosing(reply))
        return;
    if (m_awaiting.isEmpty()) {
        onUnexpectedReply(reply);
        return;
    }
    const Pending pending = m_awaiting.takeFirst();
    m_answeredCommand = pending.command;
    if (state() != State::SendingBody) {
        if (m_awaiting.isEmpty())
            m_deadline.stop();
        else
            m_deadline.startReply(m_awaiting.constFirst().expect);
    }
    dispatch(pending, reply);
    updatePhase();
}

// RFC 5321 §3.8: a 421 shuts the channel down, whatever was asked. True when it was one.
bool SmtpSession::handleServerClosing(const Reply& reply)
{
    const bool answersQuit =
        !m_awaiting.isEmpty() && m_awaiting.constFirst().expect == Expect::Quit;
    if (reply.code() != 421 || answersQuit)
        return false;
    if (isIdle() && !m_transaction.isPrepared()) {
        // An idle session was closed by the server: nothing was under way, so there is no
        // outcome to report, only the end of the connection.
        record(Direction::Info,
               Note::of(QT_TRANSLATE_NOOP("smtp", "The server closed the idle connection")));
        closeConnection(Connection::Closing::Abort);
        announceClosed();
        return true;
    }
    // The reply answers the oldest command still waiting.
    m_answeredCommand = m_awaiting.isEmpty() ? QString() : m_awaiting.constFirst().command;
    record(Direction::Error,
           Note::of(QT_TRANSLATE_NOOP("smtp", "The server is closing the connection")));
    fail(outcomeForReply(reply, currentPhase(), Reason::ServerClosing), Ending::Abort);
    return true;
}

void SmtpSession::onUnexpectedReply(const Reply& reply)
{
    m_answeredCommand.clear();
    record(Direction::Error,
           Note::of(QT_TRANSLATE_NOOP("smtp", "Reply without a command outstanding")));
    Outcome outcome =
        state() == State::SendingBody
            ? outcomeForReply(reply, Phase::Body)
            : makeOutcome(Category::Protocol, Reason::UnexpectedReply, &reply,
                          Note::of(QT_TRANSLATE_NOOP(
                              "smtp", "a reply arrived although no command was sent")));
    if (outcome.category != Category::Temporary && outcome.category != Category::Rejected)
        outcome.category = Category::Protocol;
    fail(outcome, Ending::Abort);
}

void SmtpSession::dispatch(const Pending& pending, const Reply& reply)
{
    switch (pending.expect) {
    case Expect::Greeting:
    case Expect::Ehlo:
    case Expect::Helo:
    case Expect::StartTls:
        m_handshake.onReply(pending.expect, reply);
        return;
    case Expect::Auth:
        m_authentication.onReply(reply);
        return;
    case Expect::Mail:
    case Expect::Rcpt:
    case Expect::Data:
    case Expect::Bdat:
    case Expect::DataEnd:
    case Expect::Rset:
        m_transaction.onReply(pending, reply);
        return;
    case Expect::ProbeMail:
    case Expect::ProbeRset:
        m_senderProbe.onReply(pending.expect, reply);
        return;
    case Expect::Console:
        m_console.onReply(reply);
        return;
    case Expect::Quit:
        closeConnection(Connection::Closing::Flush);
        announceClosed();
        return;
    }
}

// ---------------------------------------------------------------------------------------
// Steps

void SmtpSession::handshakeDone()
{
    if (isConsole())
        becomeReady();
    else
        m_authentication.start();
}

void SmtpSession::becomeReady()
{
    enter(State::Ready);
    m_deadline.stop();
    // open() has its answer; a send() that opened the session goes on to its own.
    if (!m_transaction.isPrepared())
        m_outcomeOwed = false;
    emit established();
    if (isIdle() && m_transaction.isPrepared() && !m_transaction.hasStarted())
        m_transaction.start();
}

void SmtpSession::finishOperation(const Outcome& outcome)
{
    m_deadline.stop();
    enter(State::Ready);
    report(outcome);
}

void SmtpSession::beginOperation()
{
    m_outcomeOwed = true;
    m_operationStart = Timeline::now();
    m_timings.clear();
}

void SmtpSession::report(const Outcome& outcome)
{
    m_outcomeOwed = false;
    Outcome timed = outcome;
    timed.timings = Timeline::relativeTo(std::exchange(m_timings, {}), m_operationStart);
    emit finished(timed);
}

// ---------------------------------------------------------------------------------------
// Failures and closing

void SmtpSession::connectionLost(Reason reason, const Note& detail)
{
    if (!awaitsOutcome()) {
        closeConnection(Connection::Closing::Abort);
        announceClosed();
        return;
    }
    const bool maybeDelivered = m_transaction.finalSent();
    record(Direction::Error, Note::of(QT_TRANSLATE_NOOP("smtp", "Connection lost: %1"), detail));
    fail(makeOutcome(maybeDelivered ? Category::Unknown : Category::Temporary,
                     maybeDelivered ? Reason::LostAfterData : reason, nullptr, detail),
         Ending::Abort);
}

void SmtpSession::fail(const Outcome& failure, Ending ending)
{
    if (!awaitsOutcome()) {
        // The operation already has its outcome (a delivered message stays delivered when
        // the server garbles its answer to QUIT), or none was asked for: what goes wrong
        // now only ends the connection, and the transcript says why.
        closeConnection(Connection::Closing::Abort);
        announceClosed();
        return;
    }
    m_connection.endOpenSpans(); // the outcome's last spans: what the failure cut short
    Outcome outcome = failure;
    m_transaction.abandon(outcome);
    m_authentication.reset();
    if (ending == Ending::Quit && m_connection.isConnected()) {
        // RFC 5321 §4.1.1.10: say QUIT and wait for the 221 (or the QUIT timeout); the
        // outcome is known now, so it is reported at once and closed() follows.
        m_awaiting.clear();
        enter(State::Quitting);
        sendCommand(Command::quit(), {Expect::Quit});
        report(outcome);
        return;
    }
    closeConnection(ending == Ending::Abort ? Connection::Closing::Abort
                                            : Connection::Closing::Flush);
    report(outcome);
    announceClosed();
}

void SmtpSession::closeConnection(Connection::Closing closing)
{
    m_deadline.stop();
    m_awaiting.clear();
    m_authentication.reset();
    m_connection.close(closing);
    enter(State::Disconnected);
}

void SmtpSession::announceClosed()
{
    m_connection.whenClosed([this] { emit closed(); });
}

Outcome SmtpSession::makeOutcome(Category category, Reason reason, const Reply* reply,
                                 Note detail) const
{
    Outcome outcome;
    outcome.category = category;
    outcome.reason = reason;
    outcome.phase = currentPhase();
    outcome.detail = std::move(detail);
    outcome.tls = m_connection.tlsFacts();
    outcome.sizeLimit = m_capabilities.sizeLimit();
    outcome.port = m_settings.effectivePort();
    outcome.security = m_settings.security;
    outcome.offeredAuthMechanisms = m_capabilities.authMechanisms();
    // The command a failure answers: the one whose reply this is, or the one still waiting
    // for its reply (a timeout, a lost connection). A delivery names none.
    if (category != Category::Delivered) {
        if (reply)
            outcome.command = m_answeredCommand;
        else if (!m_awaiting.isEmpty())
            outcome.command = m_awaiting.constFirst().command;
    }
    if (reply) {
        outcome.code = reply->code();
        outcome.enhanced = reply->enhancedStatus();
        outcome.serverText = reply->text();
    }
    return outcome;
}

Outcome SmtpSession::outcomeForReply(const Reply& reply, Phase phase, Reason reason,
                                     std::optional<Category> category) const
{
    Category chosen = Category::Protocol;
    if (reply.isTransientFailure())
        chosen = Category::Temporary;
    else if (reply.isPermanentFailure())
        chosen = Category::Rejected;
    else
        reason = reason == Reason::ServerReply ? Reason::UnexpectedReply : reason;
    Outcome outcome = makeOutcome(category.value_or(chosen), reason, &reply);
    outcome.phase = phase;
    return outcome;
}

} // namespace smtp
