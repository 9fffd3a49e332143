#include "smtpsession.h"

#include "datatransfer.h"
#include "hostconnector.h"

#include <QFile>
#include <QHostAddress>
#include <QIODevice>
#include <QMetaEnum>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QSysInfo>
#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace smtp {

namespace {

// Enough queued bytes to keep the connection busy between two event-loop turns (the kernel's
// socket buffer holds more) without holding much of the message in memory. Each queued
// byte is copied three times inside QSslSocket; 512 KiB keeps those copies in the CPU's
// caches: a 100 MB send takes 10 % less CPU and 5 MB less memory than with 1 MiB.
constexpr qint64 WriteHighWater = 512 * 1024;
// QUIT is a courtesy: a server that does not answer it quickly is not waited for.
constexpr std::chrono::milliseconds QuitTimeout = 10s;
// How long a closing connection may take to flush its last bytes.
constexpr std::chrono::milliseconds LingerTimeout = 3s;

QString stateName(SmtpSession::State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<SmtpSession::State>().valueToKey(int(state)));
}

QString securityName(Security security)
{
    switch (security) {
    case Security::ImplicitTls:
        return u"implicit TLS"_s;
    case Security::StartTls:
        return u"STARTTLS required"_s;
    case Security::Opportunistic:
        return u"opportunistic STARTTLS"_s;
    case Security::Plain:
        return u"no encryption"_s;
    }
    return {};
}

bool isValidHostName(const QString& name)
{
    if (!name.contains(u'.') || name.startsWith(u'.') || name.endsWith(u'.'))
        return false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                        (u >= u'0' && u <= u'9') || u == u'-' || u == u'.';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

struct SmtpSession::Transaction
{
    bool interactive = false; // console DATA: no envelope, the reply is the result
    Envelope envelope;
    QPointer<QIODevice> source;
    qint64 size = -1; // -1 when the source cannot tell
    QByteArray wireSender;
    QList<QByteArray> wireRecipients;
    QByteArray mailParameters;
    QList<RecipientResult> recipients;
    bool pipelined = false;
    bool chunked = false;       // BDAT instead of DATA
    bool bodyPipelined = false; // DATA or the first BDAT sent right after the RCPTs
    bool mailSent = false;
    bool mailAccepted = false;
    bool finalSent = false; // the final dot or BDAT LAST is on its way
    std::unique_ptr<DataTransfer> transfer;
    std::optional<Outcome> verdict;  // decided early; reported once every reply is in
    std::optional<Reply> finalReply; // the server accepted the message
    QString lastRefusedRcpt;         // the last RCPT refused, as the transcript shows it

    int acceptedCount() const
    {
        int count = 0;
        for (const RecipientResult& recipient : recipients)
            count += recipient.accepted ? 1 : 0;
        return count;
    }
};

SmtpSession::SmtpSession(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SmtpSession::onTimeout);
}

SmtpSession::~SmtpSession()
{
    if (m_socket) {
        m_socket->disconnect(this);
        if (m_state == State::Ready && m_socket->state() == QAbstractSocket::ConnectedState) {
            // An idle session destroyed with its owner (the application quitting) still says
            // goodbye: best effort, handed to the kernel without waiting for the reply.
            m_socket->write(Command::quit().wire());
            m_socket->flush();
        }
        m_socket->abort();
    }
}

void SmtpSession::setSettings(const SessionSettings& settings)
{
    Q_ASSERT(m_state == State::Disconnected);
    if (m_state == State::Disconnected)
        m_settings = settings;
}

bool SmtpSession::isBusy() const
{
    return m_transaction || (m_state != State::Disconnected && m_state != State::Ready);
}

bool SmtpSession::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

// ---------------------------------------------------------------------------------------
// Public operations

void SmtpSession::open()
{
    if (m_state != State::Disconnected)
        return;
    m_interactive = false;
    m_outcomeOwed = true;
    connectToServer();
}

void SmtpSession::openInteractive()
{
    if (m_state != State::Disconnected)
        return;
    m_interactive = true;
    m_outcomeOwed = true;
    connectToServer();
}

void SmtpSession::connectToServer()
{

    QString problem = m_settings.validate();
    if (problem.isEmpty())
        problem = loadTrustedCertificates();
    if (!problem.isEmpty()) {
        // Reported from the event loop so callers see the same order of events as for
        // any other failure: open() or send() returns first, finished() follows.
        const Outcome outcome = makeOutcome(Outcome::Category::Usage,
                                            Outcome::Reason::InvalidSettings, nullptr, problem);
        QMetaObject::invokeMethod(
            this, [this, outcome] { reportAndClose(outcome, Closing::Abort); },
            Qt::QueuedConnection);
        return;
    }

    m_tls = {};
    m_capabilities = {};
    m_parser.reset();
    m_awaiting.clear();
    m_sasl.reset();
    m_needsReset = false;
    m_startTlsDone = false;
    m_senderTest.reset();
    m_answeredCommand.clear();

    const quint16 port = m_settings.effectivePort();
    const QString where =
        m_settings.connectAddress.isNull()
            ? m_settings.host
            : u"%1 [%2]"_s.arg(m_settings.host, m_settings.connectAddress.toString());
    record(TranscriptRecord::Direction::Info,
           u"Connecting to %1 port %2 (%3)"_s.arg(where).arg(port).arg(
               securityName(m_settings.security)));
    enter(State::Connecting);
    armTimer(m_settings.timeouts.connect);
    m_connectClock.start();
    m_connector = new HostConnector([this] { return createSocket(); }, this);
    connect(m_connector, &HostConnector::attempting, this,
            [this](const QHostAddress& address, quint16 attemptPort) {
                record(TranscriptRecord::Direction::Info,
                       u"Trying %1 port %2"_s.arg(address.toString()).arg(attemptPort));
            });
    connect(m_connector, &HostConnector::attemptFailed, this,
            [this](const QHostAddress& address, quint16 attemptPort, const QString& error) {
                record(TranscriptRecord::Direction::Info,
                       u"%1 port %2: %3"_s.arg(address.toString()).arg(attemptPort).arg(error));
            });
    connect(m_connector, &HostConnector::connected, this, &SmtpSession::adoptSocket);
    connect(m_connector, &HostConnector::failed, this, &SmtpSession::onConnectFailed);
    m_connector->start(m_settings.host, m_settings.connectAddress, port);
}

QSslSocket* SmtpSession::createSocket() const
{
    auto* socket = new QSslSocket;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // The CA file alone is the socket's trust list: the system roots are looked up on demand
    // only while no list is set, and listing them all costs ~80 ms of CPU per process, more
    // than a whole send. onSslErrors() consults them when the CA file does not anchor the
    // chain, so what is trusted is still the system store and the CA file together.
    if (!m_settings.caFile.isEmpty())
        configuration.setCaCertificates(m_trustedCertificates);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.setProtocol(QSsl::SecureProtocols);
    socket->setSslConfiguration(configuration);
    socket->setPeerVerifyName(m_settings.host);
    return socket;
}

void SmtpSession::adoptSocket(QSslSocket* socket)
{
    std::exchange(m_connector, nullptr)->deleteLater();
    m_socket = socket;
    m_socket->setParent(this);
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpSession::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &SmtpSession::onSslErrors);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpSession::onReadyRead);
    connect(m_socket, &QSslSocket::bytesWritten, this, &SmtpSession::onBytesWritten);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &SmtpSession::onBytesWritten);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpSession::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &SmtpSession::onDisconnected);
    onConnected();
}

void SmtpSession::onConnectFailed(bool hostNotFound, bool refused, const QString& detail)
{
    const Outcome::Reason reason = hostNotFound ? Outcome::Reason::HostNotFound
                                   : refused    ? Outcome::Reason::ConnectionRefused
                                                : Outcome::Reason::NetworkError;
    record(TranscriptRecord::Direction::Error, u"Could not connect: %1"_s.arg(detail));
    reportAndClose(makeOutcome(Outcome::Category::Connect, reason, nullptr, detail),
                   Closing::Abort);
}

void SmtpSession::send(const Envelope& envelope, QIODevice* message)
{
    if (m_transaction || m_state == State::Quitting) {
        const Outcome outcome =
            makeOutcome(Outcome::Category::Usage, Outcome::Reason::InvalidSettings, nullptr,
                        u"send() called while the session is busy"_s);
        QMetaObject::invokeMethod(
            this, [this, outcome] { emit finished(outcome); }, Qt::QueuedConnection);
        return;
    }
    m_transaction = std::make_unique<Transaction>();
    m_outcomeOwed = true;
    m_transaction->envelope = envelope;
    m_transaction->source = message;
    for (const QString& address : envelope.recipients)
        m_transaction->recipients.append(RecipientResult{address, false, 0, {}, {}});

    if (m_state == State::Disconnected)
        open();
    else if (m_state == State::Ready)
        startTransaction();
    // Otherwise the session is opening: becomeReady() starts the transaction.
}

bool SmtpSession::refuseInteractive(const QString& why)
{
    // Reported from the event loop, like every other end of a step.
    const Outcome outcome =
        makeOutcome(Outcome::Category::Usage, Outcome::Reason::InvalidSettings, nullptr, why);
    QMetaObject::invokeMethod(
        this, [this, outcome] { emit finished(outcome); }, Qt::QueuedConnection);
    return false;
}

void SmtpSession::sendLine(const QByteArray& line)
{
    if (!m_interactive || m_state != State::Ready) {
        refuseInteractive(u"the console is not connected or a command is under way"_s);
        return;
    }
    if (containsLineBreakOrNul(line)) {
        refuseInteractive(u"the line contains CR, LF or NUL"_s);
        return;
    }
    const QByteArray verb = line.trimmed().split(' ').value(0).toUpper();
    if (verb == "AUTH" || verb == "STARTTLS" || verb == "DATA" || verb == "BDAT" ||
        verb == "QUIT") {
        refuseInteractive(u"%1 goes through the console's own command, not as a raw line"_s.arg(
            QString::fromLatin1(verb)));
        return;
    }
    m_rawVerb = verb;
    m_outcomeOwed = true;
    enter(State::Envelope);
    sendCommand(Command::raw(line), {Expect::Raw});
}

void SmtpSession::startTlsInteractive()
{
    if (!m_interactive || m_state != State::Ready) {
        refuseInteractive(u"the console is not connected or a command is under way"_s);
        return;
    }
    if (isEncrypted()) {
        refuseInteractive(u"the connection is already encrypted"_s);
        return;
    }
    m_outcomeOwed = true;
    enter(State::StartTls);
    sendCommand(Command::startTls(), {Expect::StartTls});
}

void SmtpSession::authenticateInteractive()
{
    if (!m_interactive || m_state != State::Ready) {
        refuseInteractive(u"the console is not connected or a command is under way"_s);
        return;
    }
    m_outcomeOwed = true;
    authenticate();
}

void SmtpSession::sendDataInteractive(QIODevice* text)
{
    if (!m_interactive || m_state != State::Ready || m_transaction) {
        refuseInteractive(u"the console is not connected or a command is under way"_s);
        return;
    }
    if (!text || !text->isReadable()) {
        refuseInteractive(u"the message text cannot be read"_s);
        return;
    }
    m_transaction = std::make_unique<Transaction>();
    m_outcomeOwed = true;
    Transaction& t = *m_transaction;
    t.interactive = true;
    t.source = text;
    t.size = text->isSequential() ? -1 : text->size() - text->pos();
    t.mailSent = true;
    t.transfer = std::make_unique<DataTransfer>(text, DataEncoder::Mode::DotStuffed);
    enter(State::Envelope);
    sendCommand(Command::data(), {Expect::Data});
}

void SmtpSession::onRaw(const Reply& reply)
{
    if (reply.isPositiveCompletion() && (m_rawVerb == "EHLO" || m_rawVerb == "HELO")) {
        m_capabilities = m_rawVerb == "EHLO" ? Capabilities::fromEhloReply(reply) : Capabilities();
        emit capabilitiesReceived(m_capabilities, isEncrypted());
    }
    m_rawVerb.clear();
    Outcome outcome = reply.isPositiveCompletion() || reply.isPositiveIntermediate()
                          ? makeOutcome(Outcome::Category::Delivered, Outcome::Reason::None, &reply)
                          : outcomeForReply(reply, Outcome::Stage::Setup);
    finishInteractiveStep(outcome);
}

void SmtpSession::finishInteractiveStep(const Outcome& outcome)
{
    m_timer.stop();
    enter(State::Ready);
    report(outcome);
}

void SmtpSession::report(const Outcome& outcome)
{
    m_outcomeOwed = false;
    emit finished(outcome);
}

void SmtpSession::testSender(const QString& address)
{
    QString error;
    std::optional<QByteArray> wire;
    if (m_state == State::Ready && !m_transaction)
        wire = Envelope::wireAddress(address, m_capabilities.supportsSmtpUtf8(), nullptr, &error);
    else
        error = u"testSender() needs an established, idle session"_s;
    if (!wire) {
        const Outcome outcome =
            makeOutcome(Outcome::Category::Usage, Outcome::Reason::InvalidAddress, nullptr, error);
        QMetaObject::invokeMethod(
            this, [this, outcome] { emit finished(outcome); }, Qt::QueuedConnection);
        return;
    }
    m_outcomeOwed = true;
    enter(State::Envelope);
    QByteArray parameters;
    if (Envelope::isInternational(address) && m_capabilities.supportsSmtpUtf8())
        parameters = "SMTPUTF8";
    sendCommand(Command::mailFrom(*wire, parameters), {Expect::TestMail});
}

void SmtpSession::quit()
{
    if (m_state == State::Disconnected || m_state == State::Quitting)
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
    if (m_state == State::Disconnected || m_state == State::Quitting)
        return;
    if (m_state == State::Ready && !m_transaction) {
        quit();
        return;
    }
    record(TranscriptRecord::Direction::Error, u"Cancelled"_s);
    const bool maybeDelivered = m_transaction && m_transaction->finalSent;
    reportAndClose(
        makeOutcome(maybeDelivered ? Outcome::Category::Unknown : Outcome::Category::Cancelled,
                    Outcome::Reason::Cancelled),
        Closing::Abort);
}

// ---------------------------------------------------------------------------------------
// The one place where the state changes

void SmtpSession::enter(State next)
{
    Q_ASSERT_X(!m_inTransition, "SmtpSession::enter", "state change from a stateChanged slot");
    if (next == m_state)
        return;
    m_inTransition = true;
    const State previous = m_state;
    m_state = next;
    record(TranscriptRecord::Direction::Info,
           u"state %1 → %2"_s.arg(stateName(previous), stateName(next)),
           TranscriptRecord::Level::Debug);
    emit stateChanged(previous, next);
    m_inTransition = false;
}

void SmtpSession::record(TranscriptRecord::Direction direction, const QString& text,
                         TranscriptRecord::Level level)
{
    emit transcript(TranscriptRecord::make(direction, text, isEncrypted(), level));
}

void SmtpSession::sendCommand(const Command& command, Pending pending)
{
    if (!m_socket)
        return;
    if (!command.isValid()) {
        // Inputs are validated before they become commands; this is the last line of
        // defence against a CR or LF smuggling a second command onto the wire.
        reportAndClose(makeOutcome(Outcome::Category::Usage, Outcome::Reason::InvalidSettings,
                                   nullptr,
                                   u"refusing to send a command containing CR, LF or NUL"_s),
                       Closing::Abort);
        return;
    }
    record(TranscriptRecord::Direction::Client, command.transcriptText());
    m_socket->write(command.wire());
    const bool wasIdle = m_awaiting.isEmpty();
    pending.command = command.transcriptText();
    m_awaiting.append(pending);
    if (wasIdle && m_state != State::SendingBody)
        armTimer(timeoutFor(pending.expect));
}

void SmtpSession::armTimer(std::chrono::milliseconds limit)
{
    m_timer.start(limit);
}

std::chrono::milliseconds SmtpSession::timeoutFor(Expect expect) const
{
    const Timeouts& t = m_settings.timeouts;
    switch (expect) {
    case Expect::Greeting:
        return t.greeting;
    case Expect::Data:
        return t.dataInitiation;
    case Expect::DataEnd:
        return t.dataTermination;
    case Expect::Bdat:
        return t.dataTermination;
    case Expect::Quit:
        return std::min(QuitTimeout, t.command);
    default:
        return t.command;
    }
}

Outcome::Stage SmtpSession::stageFor(Expect expect)
{
    switch (expect) {
    case Expect::Greeting:
        return Outcome::Stage::Greeting;
    case Expect::Ehlo:
    case Expect::Helo:
        return Outcome::Stage::Ehlo;
    case Expect::StartTls:
        return Outcome::Stage::StartTls;
    case Expect::Auth:
        return Outcome::Stage::Auth;
    case Expect::Rset:
    case Expect::Mail:
    case Expect::TestMail:
    case Expect::TestRset:
        return Outcome::Stage::MailFrom;
    case Expect::Raw:
        return Outcome::Stage::Setup;
    case Expect::Rcpt:
        return Outcome::Stage::RcptTo;
    case Expect::Data:
        return Outcome::Stage::Data;
    case Expect::Bdat:
        return Outcome::Stage::Body;
    case Expect::DataEnd:
        return Outcome::Stage::DataEnd;
    case Expect::Quit:
        return Outcome::Stage::Quit;
    }
    return Outcome::Stage::Setup;
}

Outcome::Stage SmtpSession::currentStage() const
{
    if (!m_awaiting.isEmpty() && m_state != State::SendingBody)
        return stageFor(m_awaiting.constFirst().expect);
    switch (m_state) {
    case State::Disconnected:
        return Outcome::Stage::Setup;
    case State::Connecting:
        return Outcome::Stage::Connect;
    case State::TlsHandshake:
        return Outcome::Stage::TlsHandshake;
    case State::Greeting:
        return Outcome::Stage::Greeting;
    case State::Ehlo:
    case State::Helo:
        return Outcome::Stage::Ehlo;
    case State::StartTls:
    case State::StartTlsHandshake:
        return Outcome::Stage::StartTls;
    case State::Authenticating:
        return Outcome::Stage::Auth;
    case State::Ready:
    case State::Envelope:
    case State::Resetting:
        return Outcome::Stage::MailFrom;
    case State::SendingBody:
        return Outcome::Stage::Body;
    case State::AwaitingFinalReply:
        return Outcome::Stage::DataEnd;
    case State::Quitting:
        return Outcome::Stage::Quit;
    }
    return Outcome::Stage::Setup;
}

// ---------------------------------------------------------------------------------------
// Socket events

void SmtpSession::onConnected()
{
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    record(TranscriptRecord::Direction::Info,
           u"Connected to %1 port %2 in %3 ms"_s.arg(m_socket->peerAddress().toString())
               .arg(m_socket->peerPort())
               .arg(m_connectClock.elapsed()));
    if (m_settings.security == Security::ImplicitTls) {
        enter(State::TlsHandshake);
        armTimer(m_settings.timeouts.tlsHandshake);
        m_socket->startClientEncryption();
        return;
    }
    expectGreeting();
}

void SmtpSession::expectGreeting()
{
    enter(State::Greeting);
    m_awaiting.append({Expect::Greeting});
    armTimer(m_settings.timeouts.greeting);
}

void SmtpSession::onEncrypted()
{
    collectTlsFacts();
    const CertificateSummary leaf = m_tls.peerChain.value(0);
    if (!m_settings.pinnedSha256.isEmpty()) {
        if (leaf.sha256 != m_settings.pinnedSha256) {
            record(TranscriptRecord::Direction::Error,
                   u"The server's certificate (SHA-256 %1) is not the pinned one"_s.arg(
                       leaf.sha256Hex()));
            reportAndClose(makeOutcome(Outcome::Category::Tls,
                                       Outcome::Reason::CertificatePinMismatch, nullptr,
                                       u"the server's certificate (SHA-256 %1) is not the "
                                       "pinned one"_s.arg(leaf.sha256Hex())),
                           Closing::Abort);
            return;
        }
        m_tls.pinned = true;
    }

    record(TranscriptRecord::Direction::Info,
           u"TLS established: %1, cipher %2 (%3 bits)"_s.arg(m_tls.protocol, m_tls.cipher)
               .arg(m_tls.cipherBits));
    if (!m_tls.peerChain.isEmpty()) {
        record(
            TranscriptRecord::Direction::Info,
            u"Server certificate: subject %1; issuer %2; valid until %3; SHA-256 %4"_s.arg(
                leaf.subject, leaf.issuer, leaf.notAfter.toString(Qt::ISODate), leaf.sha256Hex()));
    }
    if (m_tls.pinned)
        record(TranscriptRecord::Direction::Info,
               u"Certificate accepted: it matches the pinned SHA-256"_s);
    else if (m_tls.verified)
        record(TranscriptRecord::Direction::Info,
               u"Certificate verified for %1"_s.arg(m_settings.host));
    else
        record(TranscriptRecord::Direction::Error,
               u"Certificate NOT verified; continuing because TLS is opportunistic here"_s);

    if (m_state == State::TlsHandshake) {
        expectGreeting();
    } else if (m_state == State::StartTlsHandshake) {
        // RFC 3207 §4.2: everything learnt before TLS may have been forged; start over.
        m_capabilities = {};
        if (m_interactive) {
            record(TranscriptRecord::Direction::Info,
                   u"Everything the server announced before TLS is forgotten: send EHLO again"_s);
            Outcome outcome = makeOutcome(Outcome::Category::Delivered, Outcome::Reason::None,
                                          m_startTlsReply ? &*m_startTlsReply : nullptr);
            m_startTlsReply.reset();
            finishInteractiveStep(outcome);
            return;
        }
        record(TranscriptRecord::Direction::Info,
               u"Discarding what the server announced before TLS; asking again"_s,
               TranscriptRecord::Level::Debug);
        sendEhlo();
    }
}

void SmtpSession::onSslErrors(const QList<QSslError>& handshakeErrors)
{
    collectTlsFacts();
    const QList<QSslError> errors = withSystemStore(handshakeErrors);
    if (errors.isEmpty()) {
        m_socket->ignoreSslErrors();
        return;
    }
    m_tls.problems.clear();
    for (const QSslError& error : errors) {
        int index = -1;
        const QList<QSslCertificate> chain = m_socket->peerCertificateChain();
        if (!error.certificate().isNull())
            index = int(chain.indexOf(error.certificate()));
        m_tls.problems.append(CertificateProblem{error.error(), error.errorString(), index});
    }
    m_tls.verified = false;
    QStringList descriptions;
    for (const CertificateProblem& problem : std::as_const(m_tls.problems))
        descriptions.append(problem.description);
    const QString detail = descriptions.join(u"; "_s);

    const QByteArray leafDigest = m_tls.peerChain.value(0).sha256;
    if (!m_settings.pinnedSha256.isEmpty()) {
        if (leafDigest == m_settings.pinnedSha256) {
            record(TranscriptRecord::Direction::Info,
                   u"Certificate problems (%1) overridden: the certificate matches the pin"_s.arg(
                       detail));
            m_tls.pinned = true;
            m_socket->ignoreSslErrors();
            return;
        }
        record(TranscriptRecord::Direction::Error,
               u"Certificate problems (%1), and it is not the pinned certificate"_s.arg(detail));
        reportAndClose(makeOutcome(Outcome::Category::Tls, Outcome::Reason::CertificatePinMismatch,
                                   nullptr, detail),
                       Closing::Abort);
        return;
    }
    if (m_settings.security == Security::Opportunistic) {
        record(TranscriptRecord::Direction::Error, u"Certificate problems: %1"_s.arg(detail));
        m_socket->ignoreSslErrors();
        return;
    }
    record(TranscriptRecord::Direction::Error, u"Certificate not trusted: %1"_s.arg(detail));
    reportAndClose(
        makeOutcome(Outcome::Category::Tls, Outcome::Reason::CertificateUntrusted, nullptr, detail),
        Closing::Abort);
}

void SmtpSession::onReadyRead()
{
    if (!m_socket)
        return;
    m_parser.append(m_socket->readAll());
    Reply reply;
    while (m_socket && m_state != State::StartTlsHandshake) {
        switch (m_parser.next(reply)) {
        case ReplyParser::Status::NeedMoreData:
            return;
        case ReplyParser::Status::Error: {
            const bool tooLong = m_parser.error() == ReplyParser::Error::LineTooLong ||
                                 m_parser.error() == ReplyParser::Error::TooManyLines;
            // The broken line is the server's own words: show it, escaped, with the error.
            const QByteArray offending = m_parser.offendingLine();
            if (!offending.isEmpty())
                emit transcript(TranscriptRecord::fromServer(offending, isEncrypted()));
            record(TranscriptRecord::Direction::Error,
                   u"Protocol error: %1"_s.arg(m_parser.errorString()));
            Outcome outcome = makeOutcome(Outcome::Category::Protocol,
                                          tooLong ? Outcome::Reason::ReplyTooLong
                                                  : Outcome::Reason::MalformedReply,
                                          nullptr, m_parser.errorString());
            outcome.serverText = TranscriptRecord::escapeForDisplay(offending);
            reportAndClose(outcome, Closing::Abort);
            return;
        }
        case ReplyParser::Status::ReplyReady:
            for (const QByteArray& line : reply.wireLines())
                emit transcript(TranscriptRecord::fromServer(line, isEncrypted()));
            onReply(reply);
            break;
        }
    }
}

void SmtpSession::onBytesWritten()
{
    if (m_state != State::SendingBody || !m_transaction || m_transaction->finalSent)
        return;
    // Progress on the wire: the upload is not stalled.
    armTimer(m_settings.timeouts.dataBlock);
    pumpBody();
}

void SmtpSession::onSocketError(QAbstractSocket::SocketError error)
{
    if (!m_socket)
        return;
    const QString detail = m_socket->errorString();
    switch (m_state) {
    case State::TlsHandshake:
    case State::StartTlsHandshake:
        record(TranscriptRecord::Direction::Error, u"TLS handshake failed: %1"_s.arg(detail));
        reportAndClose(makeOutcome(Outcome::Category::Tls, Outcome::Reason::TlsHandshakeFailed,
                                   nullptr, detail),
                       Closing::Abort);
        return;
    default:
        connectionLost(error == QAbstractSocket::RemoteHostClosedError
                           ? Outcome::Reason::ConnectionClosed
                           : Outcome::Reason::NetworkError,
                       detail);
        return;
    }
}

void SmtpSession::onDisconnected()
{
    if (!m_socket)
        return;
    if (m_state == State::TlsHandshake || m_state == State::StartTlsHandshake) {
        onSocketError(QAbstractSocket::SslHandshakeFailedError);
        return;
    }
    connectionLost(Outcome::Reason::ConnectionClosed, u"the server closed the connection"_s);
}

void SmtpSession::onTimeout()
{
    if (!m_socket && !m_connector)
        return;
    const auto seconds = [](std::chrono::milliseconds limit) {
        return QString::number(double(limit.count()) / 1000.0);
    };
    switch (m_state) {
    case State::Connecting:
        record(TranscriptRecord::Direction::Error,
               u"No connection within %1 s (tried %2)"_s.arg(seconds(m_settings.timeouts.connect),
                                                             m_connector->triedAddresses()));
        reportAndClose(makeOutcome(Outcome::Category::Connect, Outcome::Reason::ConnectTimeout,
                                   nullptr, u"connection timed out"_s),
                       Closing::Abort);
        return;
    case State::TlsHandshake:
    case State::StartTlsHandshake:
        record(TranscriptRecord::Direction::Error,
               u"No TLS handshake within %1 s"_s.arg(seconds(m_settings.timeouts.tlsHandshake)));
        reportAndClose(makeOutcome(Outcome::Category::Tls, Outcome::Reason::Timeout, nullptr,
                                   u"TLS handshake timed out"_s),
                       Closing::Abort);
        return;
    case State::Quitting:
        closeConnection(Closing::Abort);
        announceClosed();
        return;
    default:
        break;
    }
    const bool maybeDelivered = m_transaction && m_transaction->finalSent;
    const QString detail =
        m_state == State::SendingBody
            ? u"the upload made no progress within %1 s"_s.arg(
                  seconds(m_settings.timeouts.dataBlock))
            : u"no reply within %1 s"_s.arg(seconds(m_timer.intervalAsDuration()));
    record(TranscriptRecord::Direction::Error, u"Timeout: %1"_s.arg(detail));
    reportAndClose(
        makeOutcome(maybeDelivered ? Outcome::Category::Unknown : Outcome::Category::Temporary,
                    Outcome::Reason::Timeout, nullptr, detail),
        Closing::Abort);
}

// ---------------------------------------------------------------------------------------
// Replies

void SmtpSession::onReply(const Reply& reply)
{
    const bool answersQuit =
        !m_awaiting.isEmpty() && m_awaiting.constFirst().expect == Expect::Quit;
    if (reply.code() == 421 && !answersQuit && m_state == State::Ready && !m_transaction) {
        // An idle session was closed by the server: nothing was under way, so there is no
        // outcome to report, only the end of the connection.
        record(TranscriptRecord::Direction::Info, u"The server closed the idle connection"_s);
        closeConnection(Closing::Abort);
        announceClosed();
        return;
    }
    if (reply.code() == 421 && !answersQuit) {
        // RFC 5321 §3.8: the server is shutting the channel down, whatever was asked; the
        // reply answers the oldest command still waiting.
        m_answeredCommand = m_awaiting.isEmpty() ? QString() : m_awaiting.constFirst().command;
        record(TranscriptRecord::Direction::Error, u"The server is closing the connection"_s);
        reportAndClose(outcomeForReply(reply, currentStage(), Outcome::Reason::ServerClosing),
                       Closing::Abort);
        return;
    }
    if (m_awaiting.isEmpty()) {
        m_answeredCommand.clear();
        record(TranscriptRecord::Direction::Error, u"Reply without a command outstanding"_s);
        Outcome outcome =
            m_state == State::SendingBody
                ? outcomeForReply(reply, Outcome::Stage::Body)
                : makeOutcome(Outcome::Category::Protocol, Outcome::Reason::UnexpectedReply, &reply,
                              u"a reply arrived although no command was sent"_s);
        if (outcome.category != Outcome::Category::Temporary &&
            outcome.category != Outcome::Category::Rejected)
            outcome.category = Outcome::Category::Protocol;
        reportAndClose(outcome, Closing::Abort);
        return;
    }
    const Pending pending = m_awaiting.takeFirst();
    m_answeredCommand = pending.command;
    if (!m_awaiting.isEmpty() && m_state != State::SendingBody)
        armTimer(timeoutFor(m_awaiting.constFirst().expect));
    else if (m_awaiting.isEmpty() && m_state != State::SendingBody)
        m_timer.stop();

    switch (pending.expect) {
    case Expect::Greeting:
        onGreeting(reply);
        break;
    case Expect::Ehlo:
        onEhlo(reply);
        break;
    case Expect::Helo:
        onHelo(reply);
        break;
    case Expect::StartTls:
        onStartTls(reply);
        break;
    case Expect::Auth:
        onAuth(reply);
        break;
    case Expect::Mail:
        onMail(reply);
        break;
    case Expect::Rcpt:
        onRcpt(reply, pending.recipient);
        break;
    case Expect::Data:
        onData(reply);
        break;
    case Expect::Bdat:
        onBdat(reply, pending.last);
        break;
    case Expect::DataEnd:
        onDataEnd(reply);
        break;
    case Expect::Rset:
        onRset(reply);
        break;
    case Expect::TestMail:
        onTestMail(reply);
        break;
    case Expect::TestRset:
        onTestRset(reply);
        break;
    case Expect::Raw:
        onRaw(reply);
        break;
    case Expect::Quit:
        closeConnection(Closing::Graceful);
        announceClosed();
        break;
    }
}

void SmtpSession::onGreeting(const Reply& reply)
{
    if (reply.code() == 220) {
        if (m_interactive)
            becomeReady(); // the person types EHLO themselves
        else
            sendEhlo();
        return;
    }
    // 554 means "no service here" (RFC 5321 §3.1); the polite answer is QUIT.
    reportAndClose(outcomeForReply(reply, Outcome::Stage::Greeting), Closing::Quit);
}

void SmtpSession::sendEhlo()
{
    enter(State::Ehlo);
    sendCommand(Command::ehlo(ehloName()), {Expect::Ehlo});
}

QByteArray SmtpSession::ehloName() const
{
    if (!m_settings.ehloName.isEmpty())
        return m_settings.ehloName.toLatin1();
    const QString machine = QSysInfo::machineHostName();
    if (isValidHostName(machine))
        return machine.toLatin1();
    // RFC 5321 §4.1.4: without a fully qualified name, the address literal of this end.
    const QHostAddress local = m_socket ? m_socket->localAddress() : QHostAddress();
    if (local.protocol() == QAbstractSocket::IPv6Protocol) {
        bool isV4 = false;
        const quint32 v4 = local.toIPv4Address(&isV4);
        if (isV4)
            return '[' + QHostAddress(v4).toString().toLatin1() + ']';
        return "[IPv6:" + local.toString().toLatin1() + ']';
    }
    return '[' + local.toString().toLatin1() + ']';
}

void SmtpSession::onEhlo(const Reply& reply)
{
    if (reply.isPositiveCompletion()) {
        m_capabilities = Capabilities::fromEhloReply(reply);
        emit capabilitiesReceived(m_capabilities, isEncrypted());
        afterEhlo();
        return;
    }
    const bool tlsRequired = m_settings.security == Security::StartTls;
    const bool heloAllowed = !m_startTlsDone && !tlsRequired && reply.isPermanentFailure();
    if (heloAllowed) {
        record(TranscriptRecord::Direction::Info,
               u"The server refused EHLO; falling back to HELO (no extensions)"_s);
        enter(State::Helo);
        sendCommand(Command::helo(ehloName()), {Expect::Helo});
        return;
    }
    if (tlsRequired && !m_startTlsDone && reply.isPermanentFailure()) {
        reportAndClose(outcomeForReply(reply, Outcome::Stage::Ehlo,
                                       Outcome::Reason::StartTlsNotOffered, Outcome::Category::Tls),
                       Closing::Quit);
        return;
    }
    reportAndClose(outcomeForReply(reply, Outcome::Stage::Ehlo), Closing::Quit);
}

void SmtpSession::onHelo(const Reply& reply)
{
    if (!reply.isPositiveCompletion()) {
        reportAndClose(outcomeForReply(reply, Outcome::Stage::Ehlo), Closing::Quit);
        return;
    }
    m_capabilities = {};
    emit capabilitiesReceived(m_capabilities, isEncrypted());
    afterEhlo();
}

void SmtpSession::afterEhlo()
{
    const bool wantsStartTls =
        m_settings.security == Security::StartTls || m_settings.security == Security::Opportunistic;
    if (wantsStartTls && !m_startTlsDone) {
        if (m_capabilities.supportsStartTls()) {
            enter(State::StartTls);
            sendCommand(Command::startTls(), {Expect::StartTls});
            return;
        }
        if (m_settings.security == Security::StartTls) {
            record(TranscriptRecord::Direction::Error,
                   u"The server does not offer STARTTLS, which these settings require"_s);
            reportAndClose(makeOutcome(Outcome::Category::Tls, Outcome::Reason::StartTlsNotOffered,
                                       nullptr, u"STARTTLS is not in the EHLO reply"_s),
                           Closing::Quit);
            return;
        }
        record(TranscriptRecord::Direction::Info,
               u"The server does not offer STARTTLS: continuing WITHOUT encryption"_s);
    }
    authenticate();
}

void SmtpSession::onStartTls(const Reply& reply)
{
    if (reply.code() == 220) {
        const qint64 early = m_parser.bufferedBytes() + m_socket->bytesAvailable();
        if (early > 0) {
            // RFC 3207 §5 / CVE-2011-0411: anything sent before the handshake would be
            // read as if it had come through TLS.
            record(TranscriptRecord::Direction::Error,
                   u"%1 bytes arrived after the 220 reply and before TLS: possible response "
                   "injection; closing"_s.arg(early));
            reportAndClose(
                makeOutcome(Outcome::Category::Tls, Outcome::Reason::StartTlsResponseInjection,
                            &reply, u"%1 unexpected bytes before the TLS handshake"_s.arg(early)),
                Closing::Abort);
            return;
        }
        m_startTlsDone = true;
        m_parser.reset();
        if (m_interactive)
            m_startTlsReply = reply;
        enter(State::StartTlsHandshake);
        armTimer(m_settings.timeouts.tlsHandshake);
        m_socket->startClientEncryption();
        return;
    }
    if (m_interactive) {
        // The person sees the refusal and decides; the connection stays as it was.
        finishInteractiveStep(outcomeForReply(reply, Outcome::Stage::StartTls,
                                              Outcome::Reason::StartTlsRefused,
                                              Outcome::Category::Tls));
        return;
    }
    if (m_settings.security == Security::Opportunistic &&
        (reply.isTransientFailure() || reply.isPermanentFailure())) {
        m_startTlsDone = true;
        record(TranscriptRecord::Direction::Info,
               u"The server refused STARTTLS: continuing WITHOUT encryption"_s);
        authenticate();
        return;
    }
    reportAndClose(outcomeForReply(reply, Outcome::Stage::StartTls,
                                   Outcome::Reason::StartTlsRefused, Outcome::Category::Tls),
                   Closing::Quit);
}

void SmtpSession::authenticate()
{
    const Credentials& credentials = m_settings.credentials;
    if (!m_interactive && (m_settings.authMethod == AuthMethod::None || credentials.isEmpty())) {
        becomeReady();
        return;
    }
    enter(State::Authenticating);
    const auto refuse = [this](Outcome::Reason reason, const QString& message,
                               const QString& detail) {
        record(TranscriptRecord::Direction::Error, message);
        const Outcome outcome = makeOutcome(Outcome::Category::Auth, reason, nullptr, detail);
        if (m_interactive)
            finishInteractiveStep(outcome);
        else
            reportAndClose(outcome, Closing::Quit);
    };
    if (credentials.isEmpty() || m_settings.authMethod == AuthMethod::None) {
        refuse(Outcome::Reason::InvalidSettings, u"No credentials are configured"_s,
               u"no user name or secret"_s);
        return;
    }
    if (!isEncrypted() && !m_settings.allowPlaintextAuth) {
        refuse(Outcome::Reason::PlaintextAuthRefused,
               u"Refusing to send credentials over an unencrypted connection"_s,
               u"the connection is not encrypted"_s);
        return;
    }
    const QStringList offered = m_capabilities.authMechanisms();
    if (offered.isEmpty()) {
        refuse(Outcome::Reason::AuthNotOffered,
               u"Credentials are configured but the server offers no AUTH"_s,
               u"AUTH is not in the EHLO reply"_s);
        return;
    }
    const auto mechanism =
        SaslAuthenticator::choose(m_settings.authMethod, offered, credentials.kind, isEncrypted());
    if (!mechanism) {
        refuse(Outcome::Reason::AuthMechanismUnavailable,
               u"No authentication method both sides support"_s,
               u"the server offers %1"_s.arg(offered.join(u' ')));
        return;
    }
    m_sasl.emplace(*mechanism, credentials, m_settings.host, m_settings.effectivePort());
    sendCommand(m_sasl->initialCommand(), {Expect::Auth});
}

void SmtpSession::onAuth(const Reply& reply)
{
    if (reply.code() == 334 && m_sasl) {
        const QByteArray challenge = reply.lines().value(0).trimmed();
        record(TranscriptRecord::Direction::Info,
               u"Server challenge: %1"_s.arg(SaslAuthenticator::describeChallenge(challenge)));
        const std::optional<Command> response = m_sasl->respond(challenge);
        if (!response) {
            reportAndClose(
                makeOutcome(Outcome::Category::Auth, Outcome::Reason::AuthChallengeLimit, &reply,
                            u"gave up after %1 challenges"_s.arg(m_sasl->challengesAnswered())),
                Closing::Abort);
            return;
        }
        sendCommand(*response, {Expect::Auth});
        return;
    }
    if (reply.code() == 235) {
        record(TranscriptRecord::Direction::Info,
               u"Authenticated as %1 (%2)"_s.arg(
                   m_settings.credentials.user,
                   QString::fromLatin1(SaslAuthenticator::name(m_sasl->mechanism()))));
        m_sasl.reset();
        if (m_interactive)
            finishInteractiveStep(
                makeOutcome(Outcome::Category::Delivered, Outcome::Reason::None, &reply));
        else
            becomeReady();
        return;
    }
    if (m_interactive) {
        m_sasl.reset();
        Outcome outcome = outcomeForReply(reply, Outcome::Stage::Auth);
        if (reply.isPermanentFailure())
            outcome.category = Outcome::Category::Auth;
        finishInteractiveStep(outcome);
        return;
    }
    reportAndClose(outcomeForReply(reply, Outcome::Stage::Auth, Outcome::Reason::ServerReply,
                                   reply.isPermanentFailure() ? Outcome::Category::Auth
                                                              : std::optional<Outcome::Category>{}),
                   Closing::Quit);
}

void SmtpSession::becomeReady()
{
    enter(State::Ready);
    m_timer.stop();
    // open() has its answer; a send() that opened the session goes on to its own.
    if (!m_transaction)
        m_outcomeOwed = false;
    emit established();
    if (m_state == State::Ready && m_transaction && !m_transaction->mailSent)
        startTransaction();
}

// ---------------------------------------------------------------------------------------
// The mail transaction

void SmtpSession::startTransaction()
{
    Transaction& t = *m_transaction;
    if (t.envelope.recipients.isEmpty()) {
        finishTransaction(makeOutcome(Outcome::Category::Usage, Outcome::Reason::NoRecipients,
                                      nullptr, u"the message has no recipients"_s));
        return;
    }
    if (!t.source || !t.source->isReadable()) {
        finishTransaction(makeOutcome(Outcome::Category::Usage, Outcome::Reason::MessageUnreadable,
                                      nullptr, u"the message is not open for reading"_s));
        return;
    }
    t.size = t.source->isSequential() ? -1 : t.source->size() - t.source->pos();

    const bool utf8Offered = m_capabilities.supportsSmtpUtf8();
    bool international = t.envelope.requiresSmtpUtf8;
    if (t.envelope.requiresSmtpUtf8 && !utf8Offered) {
        finishTransaction(makeOutcome(Outcome::Category::Usage, Outcome::Reason::SmtpUtf8Required,
                                      nullptr,
                                      u"the message has UTF-8 headers and the server does not "
                                      "offer SMTPUTF8"_s));
        return;
    }
    QStringList addresses{t.envelope.sender};
    addresses += t.envelope.recipients;
    QList<QByteArray> wire;
    for (const QString& address : std::as_const(addresses)) {
        bool needsUtf8 = false;
        QString error;
        const std::optional<QByteArray> encoded =
            Envelope::wireAddress(address, utf8Offered, &needsUtf8, &error);
        if (!encoded) {
            finishTransaction(makeOutcome(Outcome::Category::Usage,
                                          needsUtf8 ? Outcome::Reason::SmtpUtf8Required
                                                    : Outcome::Reason::InvalidAddress,
                                          nullptr, error));
            return;
        }
        international = international || Envelope::isInternational(address);
        wire.append(*encoded);
    }
    if (t.envelope.requires8BitMime && !m_capabilities.supports8BitMime()) {
        finishTransaction(makeOutcome(Outcome::Category::Usage,
                                      Outcome::Reason::EightBitMimeRequired, nullptr,
                                      u"the message has 8-bit content and the server does not "
                                      "offer 8BITMIME"_s));
        return;
    }
    const qint64 limit = m_capabilities.sizeLimit();
    if (t.size >= 0 && limit > 0 && t.size > limit) {
        record(TranscriptRecord::Direction::Error,
               u"The message (%1 bytes) is larger than the server's limit (%2 bytes)"_s.arg(t.size)
                   .arg(limit));
        finishTransaction(makeOutcome(Outcome::Category::Rejected, Outcome::Reason::MessageTooLarge,
                                      nullptr, u"%1 bytes > SIZE %2"_s.arg(t.size).arg(limit)));
        return;
    }

    t.wireSender = wire.takeFirst();
    t.wireRecipients = wire;
    QList<QByteArray> parameters;
    if (m_capabilities.supportsSize() && t.size >= 0)
        parameters.append("SIZE=" + QByteArray::number(t.size));
    if (t.envelope.requires8BitMime)
        parameters.append("BODY=8BITMIME");
    if (international && utf8Offered)
        parameters.append("SMTPUTF8");
    t.mailParameters = parameters.join(' ');
    t.pipelined = m_settings.usePipelining && m_capabilities.supportsPipelining();
    t.chunked = m_settings.useChunking && t.pipelined && m_capabilities.supportsChunking();
    t.transfer = std::make_unique<DataTransfer>(
        t.source, t.chunked ? DataEncoder::Mode::Chunked : DataEncoder::Mode::DotStuffed);
    t.transfer->setCollectBody(m_settings.bodyTranscript == SessionSettings::BodyTranscript::Full);
    sendEnvelope();
}

void SmtpSession::sendEnvelope()
{
    Transaction& t = *m_transaction;
    enter(State::Envelope);
    if (m_needsReset) {
        // The previous transaction left state on the server (RFC 5321 §4.1.1.5).
        m_needsReset = false;
        sendCommand(Command::rset(), {Expect::Rset});
        if (!t.pipelined)
            return; // onRset() continues
    }
    t.mailSent = true;
    sendCommand(Command::mailFrom(t.wireSender, t.mailParameters), {Expect::Mail});
    if (!t.pipelined)
        return;
    // RFC 2920: MAIL, every RCPT and DATA (or the first BDAT) go out in one write.
    for (int i = 0; i < t.wireRecipients.size(); ++i)
        sendCommand(Command::rcptTo(t.wireRecipients[i]), {Expect::Rcpt, i});
    if (m_settings.recipientPolicy == SessionSettings::RecipientPolicy::DeliverToAccepted) {
        t.bodyPipelined = true;
        if (t.chunked)
            startBody();
        else
            sendCommand(Command::data(), {Expect::Data});
    }
}

void SmtpSession::onRset(const Reply& reply)
{
    if (!reply.isPositiveCompletion()) {
        reportAndClose(outcomeForReply(reply, Outcome::Stage::MailFrom), Closing::Quit);
        return;
    }
    if (m_transaction && !m_transaction->mailSent)
        sendEnvelope();
}

void SmtpSession::onTestMail(const Reply& reply)
{
    if (reply.isPositiveCompletion()) {
        m_senderTest = makeOutcome(Outcome::Category::Delivered, Outcome::Reason::None, &reply);
        m_senderTest->stage = Outcome::Stage::MailFrom;
    } else {
        m_senderTest = outcomeForReply(reply, Outcome::Stage::MailFrom);
    }
    // Whatever the answer, leave the server without an open transaction.
    sendCommand(Command::rset(), {Expect::TestRset});
}

void SmtpSession::onTestRset(const Reply& reply)
{
    if (!reply.isPositiveCompletion()) {
        reportAndClose(outcomeForReply(reply, Outcome::Stage::MailFrom), Closing::Quit);
        return;
    }
    enter(State::Ready);
    report(*std::exchange(m_senderTest, std::nullopt));
}

void SmtpSession::onMail(const Reply& reply)
{
    Transaction& t = *m_transaction;
    if (reply.isPositiveCompletion()) {
        t.mailAccepted = true;
        if (!t.pipelined)
            sendCommand(Command::rcptTo(t.wireRecipients.constFirst()), {Expect::Rcpt, 0});
    } else if (!t.verdict) {
        t.verdict = outcomeForReply(reply, Outcome::Stage::MailFrom);
    }
    settleTransaction();
}

void SmtpSession::onRcpt(const Reply& reply, int recipient)
{
    Transaction& t = *m_transaction;
    RecipientResult& result = t.recipients[recipient];
    result.accepted = reply.isPositiveCompletion();
    result.code = reply.code();
    result.enhanced = reply.enhancedStatus();
    result.serverText = reply.text();
    if (!result.accepted)
        t.lastRefusedRcpt = m_answeredCommand;
    const bool lastRecipient = recipient + 1 == t.wireRecipients.size();
    if (!t.pipelined && t.mailAccepted && !lastRecipient)
        sendCommand(Command::rcptTo(t.wireRecipients[recipient + 1]),
                    {Expect::Rcpt, recipient + 1});
    else if (lastRecipient && !t.bodyPipelined)
        afterRecipients();
    settleTransaction();
}

Outcome SmtpSession::recipientsRejected() const
{
    const Transaction& t = *m_transaction;
    bool allTransient = true;
    const RecipientResult* last = nullptr;
    for (const RecipientResult& recipient : t.recipients) {
        if (recipient.accepted)
            continue;
        last = &recipient;
        allTransient = allTransient && recipient.code / 100 == 4;
    }
    Outcome outcome =
        makeOutcome(allTransient ? Outcome::Category::Temporary : Outcome::Category::Rejected,
                    Outcome::Reason::RecipientsRejected);
    outcome.stage = Outcome::Stage::RcptTo;
    outcome.command = t.lastRefusedRcpt;
    if (last) {
        outcome.code = last->code;
        outcome.enhanced = last->enhanced;
        outcome.serverText = last->serverText;
    }
    return outcome;
}

void SmtpSession::afterRecipients()
{
    Transaction& t = *m_transaction;
    if (t.verdict)
        return;
    const int accepted = t.acceptedCount();
    if (accepted == 0) {
        t.verdict = recipientsRejected();
        return;
    }
    if (accepted < t.recipients.size() &&
        m_settings.recipientPolicy == SessionSettings::RecipientPolicy::AllOrNothing) {
        record(TranscriptRecord::Direction::Info,
               u"Not sending: %1 of %2 recipients were refused and every recipient is "
               "required"_s.arg(t.recipients.size() - accepted)
                   .arg(t.recipients.size()));
        t.verdict = recipientsRejected();
        t.verdict->category = Outcome::Category::Rejected;
        return;
    }
    if (t.chunked)
        startBody();
    else
        sendCommand(Command::data(), {Expect::Data});
}

void SmtpSession::onData(const Reply& reply)
{
    Transaction& t = *m_transaction;
    if (t.interactive) {
        if (reply.code() == 354) {
            startBody();
            return;
        }
        m_transaction.reset();
        finishInteractiveStep(outcomeForReply(reply, Outcome::Stage::Data));
        return;
    }
    if (reply.code() == 354) {
        if (t.verdict || t.acceptedCount() == 0) {
            // RFC 2920 §3.1: DATA was accepted although nothing can be delivered; an
            // empty message ends the transaction without delivering anything.
            if (!t.verdict)
                t.verdict = recipientsRejected();
            record(TranscriptRecord::Direction::Client, u"."_s);
            m_socket->write(".\r\n");
            m_awaiting.append({Expect::DataEnd, -1, false, u"."_s});
            armTimer(m_settings.timeouts.dataTermination);
            return;
        }
        startBody();
        return;
    }
    if (!t.verdict) {
        if (t.acceptedCount() == 0)
            t.verdict = recipientsRejected();
        else
            t.verdict = outcomeForReply(reply, Outcome::Stage::Data);
    }
    settleTransaction();
}

void SmtpSession::startBody()
{
    enter(State::SendingBody);
    armTimer(m_settings.timeouts.dataBlock);
    pumpBody();
}

void SmtpSession::pumpBody()
{
    Transaction& t = *m_transaction;
    while (m_socket && !t.finalSent && !t.verdict && socketBacklog() < WriteHighWater) {
        const QByteArray chunk = t.transfer->nextChunk();
        if (t.transfer->failed()) {
            // Never end a half-read message with the final dot: the server would deliver it
            // truncated. Dropping the connection makes it discard the transaction.
            record(TranscriptRecord::Direction::Error,
                   u"Reading the message failed: %1"_s.arg(t.transfer->errorString()));
            reportAndClose(makeOutcome(Outcome::Category::Usage, Outcome::Reason::MessageUnreadable,
                                       nullptr, t.transfer->errorString()),
                           Closing::Abort);
            return;
        }
        for (const QByteArray& line : t.transfer->takeTranscriptLines())
            record(TranscriptRecord::Direction::Client, TranscriptRecord::escapeForDisplay(line),
                   TranscriptRecord::Level::Debug);
        const bool last = t.transfer->atEnd();
        if (t.chunked) {
            const Command bdat = Command::bdat(chunk.size(), last);
            record(TranscriptRecord::Direction::Client, bdat.transcriptText(),
                   last ? TranscriptRecord::Level::Summary : TranscriptRecord::Level::Debug);
            m_socket->write(bdat.wire());
            m_awaiting.append({Expect::Bdat, -1, last, bdat.transcriptText()});
        }
        m_socket->write(chunk);
        emit progress(t.transfer->sourceBytesRead(), t.size);
        if (last)
            finishBody();
    }
}

void SmtpSession::finishBody()
{
    Transaction& t = *m_transaction;
    t.finalSent = true;
    if (m_settings.bodyTranscript == SessionSettings::BodyTranscript::Summary)
        record(TranscriptRecord::Direction::Info,
               u"Message of %1 bytes sent (body not shown)"_s.arg(t.transfer->sourceBytesRead()));
    if (!t.chunked) {
        record(TranscriptRecord::Direction::Client, u"."_s);
        m_awaiting.append({Expect::DataEnd, -1, false, u"."_s});
    }
    enter(State::AwaitingFinalReply);
    armTimer(m_settings.timeouts.dataTermination);
}

void SmtpSession::onBdat(const Reply& reply, bool last)
{
    Transaction& t = *m_transaction;
    if (!reply.isPositiveCompletion()) {
        if (!t.verdict) {
            t.verdict =
                t.acceptedCount() == 0 && t.recipients.size() > 0 && t.mailAccepted
                    ? recipientsRejected()
                    : outcomeForReply(reply, last ? Outcome::Stage::DataEnd : Outcome::Stage::Body);
        }
    } else if (last && !t.verdict) {
        t.finalReply = reply;
    }
    settleTransaction();
}

void SmtpSession::onDataEnd(const Reply& reply)
{
    Transaction& t = *m_transaction;
    if (t.interactive) {
        m_transaction.reset();
        finishInteractiveStep(
            reply.isPositiveCompletion()
                ? makeOutcome(Outcome::Category::Delivered, Outcome::Reason::None, &reply)
                : outcomeForReply(reply, Outcome::Stage::DataEnd));
        return;
    }
    if (!t.verdict) {
        if (reply.isPositiveCompletion())
            t.finalReply = reply;
        else
            t.verdict = outcomeForReply(reply, Outcome::Stage::DataEnd);
    }
    settleTransaction();
}

void SmtpSession::settleTransaction()
{
    if (!m_transaction)
        return;
    Transaction& t = *m_transaction;
    // Replies are matched strictly in order: the transaction ends only when every reply
    // to its pipelined commands is in, so none is mistaken for the next command's.
    if (!m_awaiting.isEmpty())
        return;
    if (t.verdict) {
        finishTransaction(*t.verdict);
        return;
    }
    if (!t.finalReply)
        return; // still sending
    if (t.acceptedCount() == 0) {
        // A server that took the message without accepting any recipient delivered nothing.
        finishTransaction(recipientsRejected());
        return;
    }
    const Reply& reply = *t.finalReply;
    const bool everyone = t.acceptedCount() == t.recipients.size();
    Outcome outcome =
        makeOutcome(everyone ? Outcome::Category::Delivered : Outcome::Category::Partial,
                    everyone ? Outcome::Reason::None : Outcome::Reason::RecipientsRejected, &reply);
    outcome.stage = Outcome::Stage::DataEnd;
    record(TranscriptRecord::Direction::Info,
           everyone ? u"Message accepted for %1 recipient(s)"_s.arg(t.recipients.size())
                    : u"Message accepted for %1 of %2 recipients"_s.arg(t.acceptedCount())
                          .arg(t.recipients.size()));
    finishTransaction(outcome);
}

void SmtpSession::finishTransaction(Outcome outcome)
{
    std::unique_ptr<Transaction> t = std::move(m_transaction);
    outcome.recipients = t->recipients;
    outcome.messageBytes = t->transfer ? t->transfer->sourceBytesRead() : qMax<qint64>(t->size, 0);
    outcome.sizeLimit = m_capabilities.sizeLimit();
    // Anything but a completed delivery may leave a transaction open on the server.
    m_needsReset = t->mailSent && !t->finalReply;
    m_timer.stop();
    enter(State::Ready);
    report(outcome);
}

// ---------------------------------------------------------------------------------------
// Failures and closing

void SmtpSession::connectionLost(Outcome::Reason reason, const QString& detail)
{
    if (!awaitsOutcome()) {
        closeConnection(Closing::Abort);
        announceClosed();
        return;
    }
    const bool maybeDelivered = m_transaction && m_transaction->finalSent;
    record(TranscriptRecord::Direction::Error, u"Connection lost: %1"_s.arg(detail));
    reportAndClose(
        makeOutcome(maybeDelivered ? Outcome::Category::Unknown : Outcome::Category::Temporary,
                    maybeDelivered ? Outcome::Reason::LostAfterData : reason, nullptr, detail),
        Closing::Abort);
}

void SmtpSession::reportAndClose(Outcome outcome, Closing closing)
{
    if (!awaitsOutcome()) {
        // The operation already has its outcome (a delivered message stays delivered when
        // the server garbles its answer to QUIT), or none was asked for: what goes wrong
        // now only ends the connection, and the transcript says why.
        closeConnection(Closing::Abort);
        announceClosed();
        return;
    }
    if (m_transaction) {
        outcome.recipients = m_transaction->recipients;
        if (m_transaction->transfer)
            outcome.messageBytes = m_transaction->transfer->sourceBytesRead();
        m_transaction.reset();
    }
    if (closing == Closing::Quit && m_socket &&
        m_socket->state() == QAbstractSocket::ConnectedState) {
        // RFC 5321 §4.1.1.10: say QUIT and wait for the 221 (or the QUIT timeout); the
        // outcome is known now, so it is reported at once and closed() follows.
        m_awaiting.clear();
        m_sasl.reset();
        enter(State::Quitting);
        sendCommand(Command::quit(), {Expect::Quit});
        report(outcome);
        return;
    }
    closeConnection(closing);
    report(outcome);
    announceClosed();
}

void SmtpSession::closeConnection(Closing closing)
{
    m_timer.stop();
    if (HostConnector* connector = std::exchange(m_connector, nullptr)) {
        connector->disconnect(this);
        connector->abort();
        connector->deleteLater();
    }
    m_awaiting.clear();
    m_sasl.reset();
    m_parser.reset();
    if (QSslSocket* socket = std::exchange(m_socket, nullptr)) {
        socket->disconnect(this);
        if (closing != Closing::Abort && socket->state() == QAbstractSocket::ConnectedState) {
            // The socket flushes what is queued (a courtesy QUIT) before it closes; closed()
            // waits for that, so a caller that exits on closed() does not cut it off.
            socket->disconnectFromHost();
            if (socket->state() == QAbstractSocket::UnconnectedState) {
                socket->deleteLater();
            } else {
                m_lingering = socket;
                connect(socket, &QAbstractSocket::disconnected, this,
                        &SmtpSession::onLingeringClosed);
                QTimer::singleShot(LingerTimeout, socket, [socket] { socket->abort(); });
            }
        } else {
            socket->abort();
            socket->deleteLater();
        }
    }
    enter(State::Disconnected);
}

void SmtpSession::onLingeringClosed()
{
    if (QSslSocket* socket = std::exchange(m_lingering, nullptr))
        socket->deleteLater();
    if (std::exchange(m_closedPending, false))
        emit closed();
}

void SmtpSession::announceClosed()
{
    if (m_lingering) {
        m_closedPending = true; // onLingeringClosed() emits it
        return;
    }
    emit closed();
}

Outcome SmtpSession::makeOutcome(Outcome::Category category, Outcome::Reason reason,
                                 const Reply* reply, const QString& detail) const
{
    Outcome outcome;
    outcome.category = category;
    outcome.reason = reason;
    outcome.stage = currentStage();
    outcome.detail = detail;
    outcome.tls = m_tls;
    outcome.sizeLimit = m_capabilities.sizeLimit();
    outcome.port = m_settings.effectivePort();
    outcome.security = m_settings.security;
    outcome.offeredAuthMechanisms = m_capabilities.authMechanisms();
    // The command a failure answers: the one whose reply this is, or the one still waiting
    // for its reply (a timeout, a lost connection). A delivery names none.
    if (category != Outcome::Category::Delivered) {
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

Outcome SmtpSession::outcomeForReply(const Reply& reply, Outcome::Stage stage,
                                     Outcome::Reason reason,
                                     std::optional<Outcome::Category> category) const
{
    Outcome::Category chosen = Outcome::Category::Protocol;
    if (reply.isTransientFailure())
        chosen = Outcome::Category::Temporary;
    else if (reply.isPermanentFailure())
        chosen = Outcome::Category::Rejected;
    else
        reason = reason == Outcome::Reason::ServerReply ? Outcome::Reason::UnexpectedReply : reason;
    Outcome outcome = makeOutcome(category.value_or(chosen), reason, &reply);
    outcome.stage = stage;
    return outcome;
}

qint64 SmtpSession::socketBacklog() const
{
    return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
}

QList<QSslError> SmtpSession::withSystemStore(const QList<QSslError>& errors) const
{
    if (m_settings.caFile.isEmpty())
        return errors;
    // Only these depend on which roots are trusted; any other error (host name, dates,
    // signatures) stands whatever the store.
    const auto unanchored = [](const QSslError& error) {
        switch (error.error()) {
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateRejected:
            return true;
        default:
            return false;
        }
    };
    if (std::none_of(errors.cbegin(), errors.cend(), unanchored))
        return errors; // the chain ends in the CA file: its verdict is the final one
    // Not anchored in the CA file: the verdict is the system store's (QSslCertificate::verify
    // uses it). The CA file's certificates go along as intermediates, so a chain may still
    // pass through one of them on its way to a system root.
    return QSslCertificate::verify(m_socket->peerCertificateChain() + m_trustedCertificates,
                                   m_settings.host);
}

QString SmtpSession::loadTrustedCertificates()
{
    m_trustedCertificates.clear();
    if (m_settings.caFile.isEmpty())
        return {};
    QFile file(m_settings.caFile);
    if (!file.open(QIODevice::ReadOnly))
        return u"cannot read the CA file %1: %2"_s.arg(m_settings.caFile, file.errorString());
    const QList<QSslCertificate> extra = QSslCertificate::fromDevice(&file, QSsl::Pem);
    if (extra.isEmpty())
        return u"the CA file %1 holds no PEM certificate"_s.arg(m_settings.caFile);
    m_trustedCertificates = extra;
    return {};
}

void SmtpSession::collectTlsFacts()
{
    if (!m_socket)
        return;
    m_tls.encrypted = m_socket->isEncrypted();
    const QSslCipher cipher = m_socket->sessionCipher();
    m_tls.protocol = TlsFacts::protocolName(int(m_socket->sessionProtocol()));
    m_tls.cipher = cipher.name();
    m_tls.cipherBits = cipher.usedBits();
    m_tls.peerChain.clear();
    for (const QSslCertificate& certificate : m_socket->peerCertificateChain())
        m_tls.peerChain.append(CertificateSummary::fromCertificate(certificate));
    if (m_tls.peerChain.isEmpty() && !m_socket->peerCertificate().isNull())
        m_tls.peerChain.append(CertificateSummary::fromCertificate(m_socket->peerCertificate()));
    m_tls.verified = m_tls.encrypted && m_tls.problems.isEmpty();
}

} // namespace smtp
