#include "connection.h"

#include "hostconnector.h"

#include <QFile>
#include <QFuture>
#include <QHostAddress>
#include <QPromise>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace smtp {

namespace {

// How long a closing connection may take to flush its last bytes.
constexpr std::chrono::milliseconds LingerTimeout = 3s;

// Errors that depend only on which roots are trusted.
bool isUnanchored(const QSslError& error)
{
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
}

} // namespace

Connection::Connection(QObject* parent)
    : QObject(parent)
{}

Connection::~Connection() = default;

Note Connection::prepare(const SessionSettings& settings)
{
    m_settings = settings;
    m_trustedCertificates.clear();
    m_tls = {};
    m_parser.reset();
    if (m_settings.caFile.isEmpty())
        return {};
    QFile file(m_settings.caFile);
    if (!file.open(QIODevice::ReadOnly))
        return Note::of(QT_TRANSLATE_NOOP("smtp", "cannot read the CA file %1: %2"),
                        m_settings.caFile, file.errorString());
    const QList<QSslCertificate> extra = QSslCertificate::fromDevice(&file, QSsl::Pem);
    if (extra.isEmpty())
        return Note::of(QT_TRANSLATE_NOOP("smtp", "the CA file %1 holds no PEM certificate"),
                        m_settings.caFile);
    m_trustedCertificates = extra;
    return {};
}

void Connection::connectToServer()
{
    record(TranscriptRecord::Direction::Info, m_settings.connectingNote());
    m_connector = new HostConnector([this] { return createSocket(); }, this);
    connect(m_connector, &HostConnector::resolving, this,
            [this](const QString& host) { m_resolving = m_timeline.begin(Phase::Resolve, host); });
    connect(m_connector, &HostConnector::attempting, this,
            [this](const QHostAddress& address, quint16 attemptPort) {
                record(TranscriptRecord::Direction::Info,
                       Note::of(QT_TRANSLATE_NOOP("smtp", "Trying %1 port %2"), address.toString(),
                                attemptPort));
                endSpan(m_resolving);
                const QString endpoint = HostConnector::endpoint(address, attemptPort);
                m_attempts.insert(endpoint, m_timeline.begin(Phase::Connect, endpoint));
            });
    connect(m_connector, &HostConnector::attemptFailed, this,
            [this](const QHostAddress& address, quint16 attemptPort, const QString& error) {
                record(TranscriptRecord::Direction::Info,
                       Note::of(QT_TRANSLATE_NOOP("smtp", "%1 port %2: %3"), address.toString(),
                                attemptPort, error));
                Timeline::Span attempt =
                    m_attempts.take(HostConnector::endpoint(address, attemptPort));
                endSpan(attempt, false);
            });
    connect(m_connector, &HostConnector::connected, this, &Connection::adopt);
    connect(m_connector, &HostConnector::failed, this, &Connection::onConnectFailed);
    m_connector->start(m_settings.host, m_settings.connectAddress, m_settings.effectivePort());
}

QSslSocket* Connection::createSocket() const
{
    auto* socket = new QSslSocket;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // The CA file alone is the socket's trust list: the system roots are looked up on demand
    // only while no list is set, and listing them all costs ~80 ms of CPU per process, more
    // than a whole send. onSslErrors() consults them when the CA file does not anchor the
    // chain, so what is trusted is still the system store and the CA file together.
    if (!m_settings.caFile.isEmpty()) {
        configuration.setCaCertificates(m_trustedCertificates);
    }
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.setProtocol(QSsl::SecureProtocols);
    socket->setSslConfiguration(configuration);
    socket->setPeerVerifyName(m_settings.host);
    // The system store's verdict is taken off this thread (verifyWithSystemStore()): a
    // handshake whose errors are not settled in the sslErrors() slot pauses until then.
    if (!m_settings.caFile.isEmpty())
        socket->setPauseMode(QAbstractSocket::PauseOnSslErrors);
    return socket;
}

void Connection::adopt(QSslSocket* socket, qint64 elapsedMs)
{
    std::exchange(m_connector, nullptr)->deleteLater();
    m_socket = socket;
    m_socket->setParent(this);
    connect(m_socket, &QSslSocket::encrypted, this, &Connection::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &Connection::onSslErrors);
    connect(m_socket, &QSslSocket::readyRead, this, &Connection::onReadyRead);
    connect(m_socket, &QSslSocket::bytesWritten, this, &Connection::onBytesWritten);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &Connection::onBytesWritten);
    connect(m_socket, &QSslSocket::errorOccurred, this, &Connection::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &Connection::onDisconnected);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    record(TranscriptRecord::Direction::Info,
           Note::of(QT_TRANSLATE_NOOP("smtp", "Connected to %1 port %2 in %3 ms"),
                    m_socket->peerAddress().toString(), m_socket->peerPort(), elapsedMs));
    // The winner's race ends here; the others were abandoned, and the greeting is awaited.
    Timeline::Span winner =
        m_attempts.take(HostConnector::endpoint(m_socket->peerAddress(), m_socket->peerPort()));
    endSpan(winner);
    for (Timeline::Span& abandoned : m_attempts)
        endSpan(abandoned, false);
    m_attempts.clear();
    m_greeting = m_timeline.begin(Phase::Greeting);
    emit connected();
}

void Connection::onConnectFailed(bool hostNotFound, bool refused, const QString& error,
                                 const QString& tried)
{
    const Outcome::Reason reason = hostNotFound ? Outcome::Reason::HostNotFound
                                   : refused    ? Outcome::Reason::ConnectionRefused
                                                : Outcome::Reason::NetworkError;
    // The error is the resolver's or the socket's, in their words; the rest is ours.
    Note detail = Note::verbatim(error);
    if (hostNotFound && error.isEmpty())
        detail = Note::of(QT_TRANSLATE_NOOP("smtp", "%1 has no address"), m_settings.host);
    else if (!tried.isEmpty())
        detail = Note::of(QT_TRANSLATE_NOOP("smtp", "%1 (tried %2)"), error, tried);
    record(TranscriptRecord::Direction::Error,
           Note::of(QT_TRANSLATE_NOOP("smtp", "Could not connect: %1"), detail));
    endOpenSpans();
    emit connectFailed(reason, detail);
}

bool Connection::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool Connection::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

QHostAddress Connection::localAddress() const
{
    return m_socket ? m_socket->localAddress() : QHostAddress();
}

QString Connection::triedAddresses() const
{
    return m_connector ? m_connector->triedAddresses() : QString();
}

qint64 Connection::unreadBytes() const
{
    return m_parser.bufferedBytes() + (m_socket ? m_socket->bytesAvailable() : 0);
}

qint64 Connection::backlog() const
{
    return m_socket ? m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() : 0;
}

// ---------------------------------------------------------------------------------------
// TLS

void Connection::startTls()
{
    m_parser.reset();
    m_handshaking = true;
    // With implicit TLS the greeting comes after the handshake, and is timed from its end.
    m_greetingAfterTls = m_timeline.isOpen(m_greeting);
    m_timeline.discard(std::exchange(m_greeting, -1));
    m_handshake = m_timeline.begin(Phase::TlsHandshake);
    m_socket->startClientEncryption();
}

void Connection::onEncrypted()
{
    m_handshaking = false;
    collectTlsFacts();
    m_timeline.setDetail(m_handshake, m_tls.protocol);
    const CertificateSummary leaf = m_tls.peerChain.value(0);
    if (!m_settings.pinnedSha256.isEmpty()) {
        if (!pinMatches(leaf)) {
            endSpan(m_handshake, false);
            return;
        }
        m_tls.pinned = true;
    }
    endSpan(m_handshake);
    if (std::exchange(m_greetingAfterTls, false))
        m_greeting = m_timeline.begin(Phase::Greeting);
    recordTlsEstablished();
    emit encrypted();
}

bool Connection::pinMatches(const CertificateSummary& leaf)
{
    if (leaf.sha256 == m_settings.pinnedSha256)
        return true;
    const Note mismatch = Note::of(
        QT_TRANSLATE_NOOP("smtp", "The server's certificate (SHA-256 %1) is not the pinned one"),
        leaf.sha256Hex());
    record(TranscriptRecord::Direction::Error, mismatch);
    emit tlsFailed(Outcome::Reason::CertificatePinMismatch, mismatch);
    return false;
}

void Connection::recordTlsEstablished()
{
    record(TranscriptRecord::Direction::Info,
           Note::of(QT_TRANSLATE_NOOP("smtp", "TLS established: %1, cipher %2 (%3 bits)"),
                    m_tls.protocol, m_tls.cipher, m_tls.cipherBits));
    if (!m_tls.peerChain.isEmpty()) {
        const CertificateSummary& leaf = m_tls.peerChain.constFirst();
        record(
            TranscriptRecord::Direction::Info,
            Note::of(QT_TRANSLATE_NOOP(
                         "smtp",
                         "Server certificate: subject %1; issuer %2; valid until %3; SHA-256 %4"),
                     leaf.subject, leaf.issuer, leaf.notAfter.toString(Qt::ISODate),
                     leaf.sha256Hex()));
    }
    if (m_tls.pinned)
        record(TranscriptRecord::Direction::Info,
               Note::of(QT_TRANSLATE_NOOP("smtp",
                                          "Certificate accepted: it matches the pinned SHA-256")));
    else if (m_tls.verified)
        record(TranscriptRecord::Direction::Info,
               Note::of(QT_TRANSLATE_NOOP("smtp", "Certificate verified for %1"), m_settings.host));
    else
        record(
            TranscriptRecord::Direction::Error,
            Note::of(QT_TRANSLATE_NOOP(
                "smtp", "Certificate NOT verified; continuing because TLS is opportunistic here")));
}

void Connection::onSslErrors(const QList<QSslError>& handshakeErrors)
{
    collectTlsFacts();
    // With a CA file the socket trusts that file alone. Errors that only say "not anchored
    // there" are for the system store to settle; any other error (host name, dates,
    // signatures) stands whatever the store.
    if (!m_settings.caFile.isEmpty() &&
        std::any_of(handshakeErrors.cbegin(), handshakeErrors.cend(), isUnanchored)) {
        verifyWithSystemStore();
        return;
    }
    judge(handshakeErrors, Handshake::InSlot);
}

void Connection::verifyWithSystemStore()
{
    // QSslCertificate::verify() reads the whole system store, ~90 ms of CPU: never on the
    // thread that runs the event loop (the GUI's). The CA file's certificates go along as
    // intermediates, so a chain may still pass through one of them to a system root.
    const QList<QSslCertificate> chain = m_socket->peerCertificateChain() + m_trustedCertificates;
    const QString host = m_settings.host;
    auto promise = std::make_shared<QPromise<QList<QSslError>>>();
    QFuture<QList<QSslError>> verdict = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, chain, host] {
        promise->addResult(QSslCertificate::verify(chain, host));
        promise->finish();
    });
    // The continuation runs on this object's thread, and not at all once it is gone; a
    // connection closed meanwhile has another socket (or none) and ignores the verdict.
    verdict.then(this,
                 [this, socket = QPointer<QSslSocket>(m_socket)](const QList<QSslError>& errors) {
                     if (socket && socket == m_socket)
                         judge(errors, Handshake::Paused);
                 });
}

void Connection::acceptDespiteErrors(Handshake handshake)
{
    m_socket->ignoreSslErrors();
    if (handshake == Handshake::Paused)
        m_socket->resume();
}

void Connection::judge(const QList<QSslError>& errors, Handshake handshake)
{
    if (errors.isEmpty()) {
        acceptDespiteErrors(handshake);
        return;
    }
    m_tls.problems = CertificateProblem::fromErrors(errors, m_socket->peerCertificateChain());
    m_tls.verified = false;
    const Note detail = m_tls.problemsNote();

    if (!m_settings.pinnedSha256.isEmpty()) {
        if (m_tls.peerChain.value(0).sha256 == m_settings.pinnedSha256) {
            recordCertificateProblems(
                TranscriptRecord::Direction::Info,
                Note::of(QT_TRANSLATE_NOOP(
                    "smtp", "Certificate problems overridden: the certificate matches the pin:")));
            m_tls.pinned = true;
            acceptDespiteErrors(handshake);
            return;
        }
        recordCertificateProblems(
            TranscriptRecord::Direction::Error,
            Note::of(QT_TRANSLATE_NOOP(
                "smtp", "Certificate problems, and it is not the pinned certificate:")));
        emit tlsFailed(Outcome::Reason::CertificatePinMismatch, detail);
        return;
    }
    if (m_settings.security == Security::Opportunistic) {
        recordCertificateProblems(TranscriptRecord::Direction::Error,
                                  Note::of(QT_TRANSLATE_NOOP("smtp", "Certificate problems:")));
        acceptDespiteErrors(handshake);
        return;
    }
    recordCertificateProblems(TranscriptRecord::Direction::Error,
                              Note::of(QT_TRANSLATE_NOOP("smtp", "Certificate not trusted:")));
    emit tlsFailed(Outcome::Reason::CertificateUntrusted, detail);
}

// The verdict, then each problem on a line of its own: each a sentence to translate.
void Connection::recordCertificateProblems(TranscriptRecord::Direction direction, Note verdict)
{
    record(direction, std::move(verdict));
    for (const CertificateProblem& problem : std::as_const(m_tls.problems))
        record(direction, problem.description);
}

void Connection::collectTlsFacts()
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

// ---------------------------------------------------------------------------------------
// Reading

void Connection::onReadyRead()
{
    if (!m_socket)
        return;
    m_parser.append(m_socket->readAll());
    Reply reply;
    // A reply handler may close the connection or start a handshake: check after each.
    while (m_socket && !m_handshaking) {
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
            const Note error = m_parser.errorDescription();
            record(TranscriptRecord::Direction::Error,
                   Note::of(QT_TRANSLATE_NOOP("smtp", "Protocol error: %1"), error));
            emit malformedReply(tooLong ? Outcome::Reason::ReplyTooLong
                                        : Outcome::Reason::MalformedReply,
                                error, TranscriptRecord::escapeForDisplay(offending));
            return;
        }
        case ReplyParser::Status::ReplyReady: {
            // A server may answer the end of the message before the socket told us it took
            // the last byte.
            if (m_messageQueued)
                endMessageSpan();
            const bool commandAnswered = !m_awaitedReplies.isEmpty();
            AwaitedReply awaited = commandAnswered ? m_awaitedReplies.dequeue() : AwaitedReply{};
            endSpan(commandAnswered ? awaited.span : m_greeting,
                    reply.isPositiveCompletion() || reply.isPositiveIntermediate());
            for (const QByteArray& line : reply.wireLines())
                emit transcript(TranscriptRecord::fromServer(line, isEncrypted(), awaited.level));
            emit replyReceived(reply);
            break;
        }
        }
    }
}

void Connection::onSocketError(QAbstractSocket::SocketError error)
{
    if (!m_socket)
        return;
    const QString detail = m_socket->errorString();
    if (m_handshaking) {
        m_handshaking = false;
        endSpan(m_handshake, false);
        record(TranscriptRecord::Direction::Error,
               Note::of(QT_TRANSLATE_NOOP("smtp", "TLS handshake failed: %1"), detail));
        emit tlsFailed(Outcome::Reason::TlsHandshakeFailed, Note::verbatim(detail));
        return;
    }
    emit lost(error == QAbstractSocket::RemoteHostClosedError ? Outcome::Reason::ConnectionClosed
                                                              : Outcome::Reason::NetworkError,
              Note::verbatim(detail));
}

void Connection::onDisconnected()
{
    if (!m_socket)
        return;
    if (m_handshaking) {
        onSocketError(QAbstractSocket::SslHandshakeFailedError);
        return;
    }
    emit lost(Outcome::Reason::ConnectionClosed,
              Note::of(QT_TRANSLATE_NOOP("smtp", "the server closed the connection")));
}

// ---------------------------------------------------------------------------------------
// Writing

void Connection::record(TranscriptRecord::Direction direction, Note note,
                        TranscriptRecord::Level level)
{
    emit transcript(TranscriptRecord::make(direction, std::move(note), isEncrypted(), level));
}

void Connection::recordSent(const QString& text, TranscriptRecord::Level level)
{
    emit transcript(
        TranscriptRecord::make(TranscriptRecord::Direction::Client, text, isEncrypted(), level));
}

void Connection::write(const QByteArray& bytes)
{
    if (m_socket)
        m_socket->write(bytes);
}

void Connection::writeCommand(const Command& command, TranscriptRecord::Level level)
{
    recordSent(command.transcriptText(), level);
    const std::optional<Phase> phase = command.timedPhase();
    m_awaitedReplies.enqueue(
        {level, phase ? m_timeline.begin(*phase, command.transcriptText()) : Timeline::Span(-1)});
    write(command.wire());
}

void Connection::writeMessageBytes(const QByteArray& bytes, MessageEnd end)
{
    if (m_message < 0)
        m_message = m_timeline.begin(Phase::Body);
    m_timeline.addBytes(m_message, bytes.size());
    write(bytes);
    if (end == MessageEnd::LastWithDot) {
        recordSent(u"."_s);
        m_awaitedReplies.enqueue({});
    }
    m_messageQueued = end != MessageEnd::NotYet;
}

void Connection::writeFinalDot()
{
    recordSent(u"."_s);
    m_awaitedReplies.enqueue({TranscriptRecord::Level::Summary, m_timeline.begin(Phase::DataEnd)});
    write(".\r\n");
}

void Connection::onBytesWritten()
{
    if (m_messageQueued && backlog() == 0)
        endMessageSpan();
    emit bytesWritten();
}

void Connection::endMessageSpan()
{
    m_messageQueued = false;
    endSpan(m_message);
    // The reply to the final "." or to BDAT … LAST is the last one awaited.
    if (!m_awaitedReplies.isEmpty() && m_awaitedReplies.last().span < 0)
        m_awaitedReplies.last().span = m_timeline.begin(Phase::DataEnd);
}

void Connection::endSpan(Timeline::Span& span, bool succeeded)
{
    if (const std::optional<PhaseTiming> timing =
            m_timeline.end(std::exchange(span, -1), succeeded))
        emit timed(*timing);
}

void Connection::endOpenSpans()
{
    m_resolving = m_handshake = m_greeting = m_message = -1;
    m_attempts.clear();
    m_greetingAfterTls = false;
    m_messageQueued = false;
    for (const PhaseTiming& timing : m_timeline.endAll())
        emit timed(timing);
}

// ---------------------------------------------------------------------------------------
// Closing

void Connection::close(Closing closing)
{
    m_handshaking = false;
    m_awaitedReplies.clear();
    endOpenSpans();
    if (HostConnector* connector = std::exchange(m_connector, nullptr)) {
        connector->disconnect(this);
        connector->abort();
        connector->deleteLater();
    }
    m_parser.reset();
    QSslSocket* socket = std::exchange(m_socket, nullptr);
    if (!socket)
        return;
    socket->disconnect(this);
    if (closing == Closing::Flush && socket->state() == QAbstractSocket::ConnectedState) {
        // The socket flushes what is queued (a courtesy QUIT) before it closes; whenClosed()
        // waits for that, so a caller that exits then does not cut it off.
        socket->disconnectFromHost();
        if (socket->state() != QAbstractSocket::UnconnectedState) {
            m_lingering = socket;
            connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(LingerTimeout, socket, [socket] { socket->abort(); });
            return;
        }
    } else {
        socket->abort();
    }
    socket->deleteLater();
}

void Connection::whenClosed(const std::function<void()>& done)
{
    if (!m_lingering) {
        done();
        return;
    }
    connect(m_lingering, &QAbstractSocket::disconnected, this, done, Qt::SingleShotConnection);
}

void Connection::abandon(bool sayQuit)
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    if (sayQuit && m_socket->state() == QAbstractSocket::ConnectedState) {
        // Handed to the kernel without waiting for the reply.
        m_socket->write(Command::quit().wire());
        m_socket->flush();
    }
    m_socket->abort();
}

} // namespace smtp
