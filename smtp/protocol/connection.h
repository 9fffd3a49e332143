#pragma once

#include "command.h"
#include "outcome.h"
#include "replyparser.h"
#include "sessionsettings.h"
#include "timeline.h"
#include "tlsfacts.h"
#include "transcriptrecord.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSslCertificate>
#include <QSslError>

class QSslSocket;

namespace smtp {

class HostConnector;

// The connection core of a session: the socket, TLS and its verification, the reading of
// replies, and the single writer every byte goes through (commands, the message's bytes,
// BDAT chunk headers, the final dot, QUIT), each with its transcript text. It knows
// nothing of SMTP's conversation: what a reply means is the session's business.
class Connection : public QObject
{
    Q_OBJECT

public:
    // How a connection ends: at once (hostile or broken peers), or after the bytes already
    // queued (a courtesy QUIT) have been flushed.
    enum class Closing { Abort, Flush };

    explicit Connection(QObject* parent = nullptr);
    ~Connection() override;

    // Before connect(): reads the settings' CA file. Empty, or what went wrong.
    Note prepare(const SessionSettings& settings);
    // Races the server's addresses (HostConnector) and emits connected() or connectFailed().
    void connectToServer();
    // The TLS handshake on the connected socket: implicit TLS, or after STARTTLS's 220.
    // Replies are not read until it ends with encrypted() or tlsFailed().
    void startTls();
    bool isConnected() const;
    bool isEncrypted() const;
    bool isHandshaking() const { return m_handshaking; }
    const TlsFacts& tlsFacts() const { return m_tls; }
    QHostAddress localAddress() const;
    QString triedAddresses() const;
    // Bytes received but not yet read as replies: after STARTTLS's 220 there must be none
    // (RFC 3207 §5, CVE-2011-0411).
    qint64 unreadBytes() const;
    // Bytes handed to the socket that the kernel has not taken yet.
    qint64 backlog() const;

    // The single writer. A command's reply is shown at the command's level: the 250 to a
    // BDAT chunk that is not the last is as detailed as that BDAT.
    void writeCommand(const Command& command,
                      TranscriptRecord::Level level = TranscriptRecord::Level::Summary);
    // How much of the message a writeMessageBytes() call ends: the last BDAT chunk (its
    // BDAT … LAST went before it), or the last bytes of DATA with the final "." (the
    // transcript shows that dot).
    enum class MessageEnd { NotYet, LastChunk, LastWithDot };
    // The message as the DataEncoder made it.
    void writeMessageBytes(const QByteArray& bytes, MessageEnd end);
    // A "." alone: the empty message that ends a transaction nobody will receive.
    void writeFinalDot();

    // Closes the connection (nothing more is read or written). whenClosed() tells when a
    // flushing socket has really gone.
    void close(Closing closing);
    // Calls `done` once no socket of this connection is still flushing: at once, or later.
    void whenClosed(const std::function<void()>& done);
    // The owner is going away: a best-effort QUIT when `sayQuit`, then abort.
    void abandon(bool sayQuit);

    // A line of the engine's own (Info, Error) for the transcript.
    void record(TranscriptRecord::Direction direction, Note note,
                TranscriptRecord::Level level = TranscriptRecord::Level::Summary);
    // What went to the server, as the transcript shows it.
    void recordSent(const QString& text,
                    TranscriptRecord::Level level = TranscriptRecord::Level::Summary);

    // The spans still under way end now, cut short (the operation ended before them), and
    // are emitted by timed() before this returns.
    void endOpenSpans();

signals:
    void transcript(const smtp::TranscriptRecord& record);
    void connected();
    void connectFailed(smtp::Outcome::Reason reason, const smtp::Note& detail);
    // TLS is up and trusted as the settings require (or tolerated, for opportunistic TLS).
    void encrypted();
    void tlsFailed(smtp::Outcome::Reason reason, const smtp::Note& detail);
    void replyReceived(const smtp::Reply& reply);
    // The server broke the reply syntax; `offending` is its line, escaped for display.
    void malformedReply(smtp::Outcome::Reason reason, const smtp::Note& detail,
                        const QString& offending);
    // The connection dropped (or failed) outside a TLS handshake.
    void lost(smtp::Outcome::Reason reason, const smtp::Note& detail);
    void bytesWritten();
    // A span of this connection's time ended (monotonic clock): the name's lookup, each
    // address tried, the TLS handshake, the greeting, each command until its reply, the
    // message's bytes until the socket took the last, the wait for the final reply.
    void timed(const smtp::PhaseTiming& timing);

private:
    QSslSocket* createSocket() const;
    void adopt(QSslSocket* socket, qint64 elapsedMs);
    void onConnectFailed(bool hostNotFound, bool refused, const QString& error,
                         const QString& tried);
    void onEncrypted();
    bool pinMatches(const CertificateSummary& leaf);
    void recordTlsEstablished();
    void recordCertificateProblems(TranscriptRecord::Direction direction, Note verdict);
    void onSslErrors(const QList<QSslError>& handshakeErrors);
    // Where the handshake waits for a verdict on its certificate errors: inside the
    // sslErrors() slot, or paused (PauseOnSslErrors) until resume().
    enum class Handshake { InSlot, Paused };
    // The handshake's errors, final: accept the certificate or fail as the settings say.
    void judge(const QList<QSslError>& errors, Handshake handshake);
    // Lets the handshake go on despite errors that the settings tolerate.
    void acceptDespiteErrors(Handshake handshake);
    // The chain is not anchored in the CA file: the system store judges it, on a worker
    // thread, while the handshake waits (interrupted, not blocked).
    void verifyWithSystemStore();
    void onReadyRead();
    void onSocketError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void collectTlsFacts();
    void write(const QByteArray& bytes);
    void onBytesWritten();
    // The message's span ends once the socket has taken its last byte; the wait for the
    // final reply begins then.
    void endMessageSpan();
    void endSpan(Timeline::Span& span, bool succeeded = true);

    SessionSettings m_settings;
    QList<QSslCertificate> m_trustedCertificates;
    HostConnector* m_connector = nullptr; // while connecting
    QSslSocket* m_socket = nullptr;
    bool m_handshaking = false;
    ReplyParser m_parser;
    // Each reply still awaited, in the order the commands went out (replies come in that
    // order, RFC 2920 §3.1): its transcript level and the span it ends. The greeting has
    // none and is a summary.
    struct AwaitedReply
    {
        TranscriptRecord::Level level = TranscriptRecord::Level::Summary;
        Timeline::Span span = -1;
    };
    QQueue<AwaitedReply> m_awaitedReplies;
    Timeline m_timeline;
    Timeline::Span m_resolving = -1;
    QHash<QString, Timeline::Span> m_attempts; // by endpoint, while racing
    Timeline::Span m_handshake = -1;
    Timeline::Span m_greeting = -1;
    bool m_greetingAfterTls = false; // implicit TLS: awaited once the handshake is done
    Timeline::Span m_message = -1;
    bool m_messageQueued = false; // its last byte is with the socket, not yet taken
    TlsFacts m_tls;
    QPointer<QSslSocket> m_lingering; // closed by us, still flushing
};

} // namespace smtp
