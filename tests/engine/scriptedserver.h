#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

#include <optional>

class QHostAddress;
class QSslSocket;
class QTcpServer;
class QTimer;

namespace testsupport {

// An SMTP server that plays a script, in process and on the caller's thread, for the engine
// tests (../shared/DESIGN.md §6). It listens on 127.0.0.1 on a free port (or where it is told)
// and serves exactly one connection. A script is text, one step per line (blank lines and
// lines starting with '#' are ignored, leading blanks are dropped):
//
//   S: <text>         send <text> CRLF in one write. The client must not have sent anything
//                     the script has not consumed yet: a client that does not wait for a
//                     reply (a body before 354, EHLO before the STARTTLS 220) fails here.
//   S+: <text>        the same, but the client may already have sent more (pipelining)
//   SEND <bytes>      send bytes exactly, in one write; escapes \r \n \t \\ \xNN
//   REPEAT <n> <bytes>  send the bytes n times in one write
//   C: <line>         the next client line must be exactly <line> (and end with CRLF)
//   C~ <regex>        the next client line must match the regular expression as a whole
//   TLS               start the server side of a TLS handshake and wait for it; implicit TLS
//                     is a script whose first step is TLS. If the client gives up the
//                     handshake, the script goes on with the next step (END or CLOSED).
//   BODY              read a DATA body up to CRLF "." CRLF; bodies() keeps it as it was on the
//                     wire (dot-stuffed) up to and including the CRLF before the final dot
//   PARTIAL-BODY      read body bytes until the client closes; the final dot must never come
//   BDAT              read one "BDAT <n>" chunk that is not the last (no reply)
//   BDAT LAST         read one "BDAT <n> LAST" chunk (no reply)
//   BDAT*             read chunks until the LAST one, answering every other one with 250
//   CHALLENGE <n> <base64>  send "334 <base64>" and read the answer, up to n times; stops early
//                     when the client cancels ("*", answered 501), says QUIT (221) or closes
//   DELAY <ms>        wait
//   CLOSE             close the connection after sending what is pending
//   DROP              abort the connection
//   STALL             stop reading from the client; the script ends here
//   END               the client may still send QUIT (answered 221), RSET (250) or "*"
//                     (501) and must then close; anything else fails
//   CLOSED            the client must close without sending anything at all
//
// The first deviation fails the script: failure() names the step, what was expected and
// what the client did, and the connection is aborted so the client does not hang.
class ScriptedServer : public QObject
{
    Q_OBJECT

public:
    struct BdatChunk
    {
        qint64 size = 0;
        bool last = false;
    };

    explicit ScriptedServer(QObject* parent = nullptr);
    ~ScriptedServer() override;

    // False on a syntax error (see failure()).
    bool load(QByteArrayView script);
    void setCertificate(const QSslCertificate& certificate, const QSslKey& key);
    bool listen();
    // On `address` and `port` (0: a free one): the MX delivery tests give each server a
    // loopback address of its own on port 25.
    bool listen(const QHostAddress& address, quint16 port);
    quint16 port() const;

    // Every step done, or the script failed.
    bool isFinished() const { return m_finished; }
    QString failure() const { return m_failure; }
    // Runs the event loop until the script is finished or `ms` have passed. True when every
    // step was done as written; otherwise failure() says why (a timeout names the step).
    bool waitForScript(int ms);
    // The failure, followed by what the server saw and did, for test messages.
    QString report() const;

    int connectionCount() const { return m_connections; }
    bool tlsEstablished() const { return m_tlsEstablished; }
    // Client lines (commands and challenge answers) in order, without CRLF.
    const QList<QByteArray>& receivedLines() const { return m_lines; }
    // For each received line, the number of the socket read that completed it.
    const QList<int>& lineReads() const { return m_lineReads; }
    const QList<QByteArray>& bodies() const { return m_bodies; }
    const QList<BdatChunk>& bdatChunks() const { return m_bdatChunks; }
    // Everything the client sent to authenticate: AUTH initial responses and the lines
    // answering 334 challenges. The transcript must never show any of them.
    const QList<QByteArray>& authPayloads() const { return m_authPayloads; }
    int challengesAnswered() const { return m_challengesAnswered; }

signals:
    void finished();

private:
    enum class Kind {
        Send,
        SendPipelined,
        SendRaw,
        Expect,
        ExpectRegex,
        Tls,
        Body,
        PartialBody,
        Bdat,
        BdatLast,
        BdatAll,
        Challenge,
        Delay,
        Close,
        Drop,
        Stall,
        End,
        Closed,
    };
    struct Step
    {
        Kind kind = Kind::Send;
        QByteArray bytes;
        QRegularExpression regex;
        int count = 0;
        int scriptLine = 0;
        QString source;
    };

    void onNewConnection();
    void onReadyRead();
    void onDisconnected();
    void advance();
    // Performs the current step; true when it is complete.
    bool perform(Step& step);
    bool sendStep(const Step& step, const QByteArray& bytes, bool strict);
    bool expectLine(const Step& step);
    bool readBody(bool partial);
    bool readBdat(const Step& step);
    bool challenge(const Step& step);
    bool endStep(bool allowClosingCommands);

    void pull();
    // The next complete line, or nothing. A line that does not end in CRLF fails the script.
    std::optional<QByteArray> takeLine();
    void write(const QByteArray& bytes);
    void fail(const QString& why);
    void complete();
    void log(const QString& entry);
    bool connected() const;

    QTcpServer* m_server = nullptr;
    QSslSocket* m_socket = nullptr;
    QTimer* m_delay = nullptr;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QList<Step> m_steps;
    qsizetype m_index = 0;
    bool m_advancing = false;
    bool m_again = false;
    bool m_finished = false;
    bool m_stalled = false;
    bool m_disconnected = false;
    bool m_tlsStarted = false;
    bool m_tlsEstablished = false;
    bool m_delayRunning = false;
    bool m_delayDone = false;
    bool m_challengeOpen = false;
    int m_challengesInStep = 0;
    int m_challengesAnswered = 0;
    bool m_lastSentWasChallenge = false;
    int m_connections = 0;
    QString m_failure;

    QByteArray m_buffer;      // received, not yet consumed
    qint64 m_bufferStart = 0; // stream offset of m_buffer[0]
    QList<qint64> m_readEnds; // stream offset where each socket read ended
    qsizetype m_bodyScanFrom = 0;
    QByteArray m_currentBdat;

    QList<QByteArray> m_lines;
    QList<int> m_lineReads;
    QList<QByteArray> m_bodies;
    QList<BdatChunk> m_bdatChunks;
    QList<QByteArray> m_authPayloads;
    QStringList m_log;
};

} // namespace testsupport
