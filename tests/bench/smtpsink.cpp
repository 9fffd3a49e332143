// smtpsink: the benchmarks' SMTP server. Implicit TLS only; EHLO offers PIPELINING, SIZE,
// 8BITMIME, AUTH PLAIN LOGIN and, with --chunking, CHUNKING. One user is accepted (without
// --user, mail is taken without AUTH, as the GUI benchmark's account sends it); message
// bytes (DATA or BDAT) are counted and discarded. It must never be the bottleneck: the body
// is scanned with memchr for '.', not byte by byte, and nothing is copied into a buffer.
//
// It counts round trips as the client experiences them: a "turn" is a write of replies
// after the server has read client bytes it had not answered yet. Replies to one read are
// written together, as a pipelining server does (RFC 2920 §3.2). The greeting is turn 1; a
// write that answers only QUIT is not counted (nobody needs to wait for it).
//
// A pipelining client may still write its commands in separate TCP segments (msmtp writes
// one TLS record per command), and the server answers the first before the next arrives.
// Behind a proxy that delays each direction (latency_proxy.py), bytes that the client sent
// after waiting for a reply arrive a whole round trip after that reply was written, while
// the rest of a pipelined batch arrives at once; --turn-gap-ms (half the round trip) tells
// the two apart, so only waits are counted. Without it every answered read is a turn.
//
// Prints "port N" once listening, then one JSON line per closed connection:
//   {"turns":5,"quit":true,"messages":1,"bodyBytes":123,"recipients":10,"authenticated":true}
// Stops by itself after --lifetime seconds.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

#include <cstdio>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qsizetype MaxLineLength = 4096;

struct Config
{
    bool chunking = false;
    bool trace = false;
    qint64 turnGapMs = 0;
    QByteArray user;
    QByteArray password;
};

class SinkConnection : public QObject
{
public:
    SinkConnection(QSslSocket* socket, const Config& config)
        : QObject(socket)
        , m_socket(socket)
        , m_config(config)
    {
        m_clock.start();
        connect(socket, &QSslSocket::encrypted, this, &SinkConnection::greet);
        connect(socket, &QSslSocket::readyRead, this, &SinkConnection::onReadyRead);
        connect(socket, &QSslSocket::disconnected, this, &SinkConnection::onDisconnected);
        if (socket->isEncrypted())
            greet();
    }

private:
    enum class Mode { Command, Data, Bdat, Closing };
    enum class AuthStep { None, PlainResponse, LoginUser, LoginPassword };

    void greet()
    {
        reply("220 sink.test ESMTP Hongyan benchmark sink");
        flush();
    }

    void onReadyRead()
    {
        const QByteArray input = m_socket->readAll();
        if (!m_unanswered)
            m_firstUnansweredMs = m_clock.elapsed();
        m_unanswered = true;
        QByteArrayView rest(input);
        while (!rest.isEmpty() && m_mode != Mode::Closing) {
            switch (m_mode) {
            case Mode::Command:
                rest = takeLine(rest);
                break;
            case Mode::Data:
                rest = scanData(rest);
                break;
            case Mode::Bdat: {
                const qsizetype take = qMin<qint64>(m_bdatRemaining, rest.size());
                m_bdatRemaining -= take;
                m_bodyBytes += take;
                rest = rest.sliced(take);
                if (m_bdatRemaining == 0)
                    endBdatChunk();
                break;
            }
            case Mode::Closing:
                break;
            }
        }
        flush();
    }

    QByteArrayView takeLine(QByteArrayView input)
    {
        const qsizetype newline = input.indexOf('\n');
        const qsizetype take = newline < 0 ? input.size() : newline + 1;
        m_line.append(input.first(take));
        if (m_line.size() > MaxLineLength) {
            reply("500 5.5.0 Line too long");
            close();
            return {};
        }
        if (newline >= 0) {
            QByteArray line = std::exchange(m_line, {});
            line.chop(line.endsWith("\r\n") ? 2 : 1);
            command(line);
        }
        return input.sliced(take);
    }

    // The end of DATA is CRLF "." CRLF; the stream is seen as if a CRLF preceded the body,
    // so an empty body (".\r\n" at once) ends too. m_tail holds the last bytes seen, for a
    // terminator split across reads.
    QByteArrayView scanData(QByteArrayView input)
    {
        static constexpr QByteArrayView Terminator("\r\n.\r\n");
        const qsizetype size = input.size();
        qsizetype end = -1;
        // Terminators that start in earlier reads: k of their bytes are in this one.
        for (qsizetype k = 1; k <= 4 && k <= size && end < 0; ++k) {
            if (m_tail.endsWith(Terminator.first(5 - k)) && input.startsWith(Terminator.last(k)))
                end = k;
        }
        const char* data = input.data();
        for (qsizetype i = 2; end < 0 && i + 2 < size;) {
            const void* dot = std::memchr(data + i, '.', size_t(size - 2 - i));
            if (!dot)
                break;
            i = static_cast<const char*>(dot) - data;
            if (data[i - 2] == '\r' && data[i - 1] == '\n' && data[i + 1] == '\r' &&
                data[i + 2] == '\n')
                end = i + 3;
            ++i;
        }
        const qsizetype consumed = end < 0 ? size : end;
        m_bodyBytes += consumed;
        m_tail.append(input.first(consumed).last(qMin<qsizetype>(consumed, 4)));
        m_tail = m_tail.right(4);
        if (end >= 0) {
            ++m_messages;
            m_mode = Mode::Command;
            reply("250 2.0.0 Message accepted");
            resetTransaction();
        }
        return input.sliced(consumed);
    }

    void endBdatChunk()
    {
        m_mode = Mode::Command;
        if (m_bdatLast) {
            ++m_messages;
            reply("250 2.0.0 Message accepted");
            resetTransaction();
        } else {
            reply("250 2.0.0 Chunk accepted");
        }
    }

    void command(const QByteArray& line)
    {
        if (m_config.trace)
            std::fprintf(stderr, "C: %s\n", line.left(80).constData());
        if (m_auth != AuthStep::None) {
            authStep(line);
            return;
        }
        const QByteArray upper = line.toUpper();
        const QByteArray verb = upper.split(' ').constFirst();
        if (verb == "EHLO") {
            QByteArray ehlo = "250-sink.test\r\n250-PIPELINING\r\n250-SIZE 2000000000\r\n"
                              "250-8BITMIME\r\n250-AUTH PLAIN LOGIN\r\n";
            if (m_config.chunking)
                ehlo += "250-CHUNKING\r\n";
            ehlo += "250 ENHANCEDSTATUSCODES";
            reply(ehlo);
        } else if (verb == "HELO") {
            reply("250 sink.test");
        } else if (verb == "AUTH") {
            startAuth(line.split(' '));
        } else if (verb == "MAIL") {
            if (!m_authenticated && !m_config.user.isEmpty())
                reply("530 5.7.0 Authentication required");
            else if (m_mailGiven)
                reply("503 5.5.1 Nested MAIL command");
            else {
                m_mailGiven = true;
                reply("250 2.1.0 Sender OK");
            }
        } else if (verb == "RCPT") {
            if (!m_mailGiven) {
                reply("503 5.5.1 MAIL first");
            } else {
                ++m_recipients;
                ++m_transactionRecipients;
                reply("250 2.1.5 Recipient OK");
            }
        } else if (verb == "DATA") {
            if (m_transactionRecipients == 0) {
                reply("554 5.5.1 No valid recipients");
            } else {
                m_mode = Mode::Data;
                m_tail = "\r\n";
                reply("354 End data with <CR><LF>.<CR><LF>");
            }
        } else if (verb == "BDAT" && m_config.chunking) {
            const QList<QByteArray> words = upper.split(' ');
            bool ok = false;
            m_bdatRemaining = words.value(1).toLongLong(&ok);
            m_bdatLast = words.value(2) == "LAST";
            if (!ok || m_bdatRemaining < 0) {
                reply("501 5.5.4 BDAT needs a size");
                close();
            } else {
                m_mode = Mode::Bdat;
                if (m_bdatRemaining == 0)
                    endBdatChunk();
            }
        } else if (verb == "RSET") {
            resetTransaction();
            reply("250 2.0.0 OK");
        } else if (verb == "NOOP") {
            reply("250 2.0.0 OK");
        } else if (verb == "QUIT") {
            m_quit = true;
            m_answersOnlyQuit = m_out.isEmpty();
            reply("221 2.0.0 Bye");
            close();
        } else {
            reply("502 5.5.2 Command not implemented");
        }
    }

    void startAuth(const QList<QByteArray>& words)
    {
        const QByteArray mechanism = words.value(1).toUpper();
        if (m_authenticated) {
            reply("503 5.5.1 Already authenticated");
        } else if (mechanism == "PLAIN") {
            if (words.size() > 2)
                checkPlain(words[2]);
            else {
                m_auth = AuthStep::PlainResponse;
                reply("334 ");
            }
        } else if (mechanism == "LOGIN") {
            if (words.size() > 2) {
                m_loginUser = QByteArray::fromBase64(words[2]);
                m_auth = AuthStep::LoginPassword;
                reply("334 UGFzc3dvcmQ6");
            } else {
                m_auth = AuthStep::LoginUser;
                reply("334 VXNlcm5hbWU6");
            }
        } else {
            reply("504 5.5.4 Mechanism not supported");
        }
    }

    void authStep(const QByteArray& line)
    {
        const AuthStep step = std::exchange(m_auth, AuthStep::None);
        if (line == "*") {
            reply("501 5.7.0 Authentication cancelled");
        } else if (step == AuthStep::PlainResponse) {
            checkPlain(line);
        } else if (step == AuthStep::LoginUser) {
            m_loginUser = QByteArray::fromBase64(line);
            m_auth = AuthStep::LoginPassword;
            reply("334 UGFzc3dvcmQ6");
        } else {
            verify(m_loginUser, QByteArray::fromBase64(line));
        }
    }

    void checkPlain(const QByteArray& base64)
    {
        const QList<QByteArray> parts = QByteArray::fromBase64(base64).split('\0');
        if (parts.size() != 3)
            reply("501 5.5.2 Malformed PLAIN response");
        else
            verify(parts[1], parts[2]);
    }

    void verify(const QByteArray& user, const QByteArray& password)
    {
        m_authenticated = user == m_config.user && password == m_config.password;
        reply(m_authenticated ? "235 2.7.0 Authentication successful"
                              : "535 5.7.8 Authentication credentials invalid");
    }

    void resetTransaction()
    {
        m_mailGiven = false;
        m_transactionRecipients = 0;
    }

    void reply(QByteArrayView text)
    {
        m_out.append(text);
        m_out.append("\r\n");
    }

    void flush()
    {
        if (m_out.isEmpty())
            return;
        m_socket->write(m_out);
        m_out.clear();
        const bool waited =
            m_turns == 0 || m_firstUnansweredMs - m_lastFlushMs >= m_config.turnGapMs;
        if (m_unanswered && waited && !m_answersOnlyQuit)
            ++m_turns;
        m_lastFlushMs = m_clock.elapsed();
        if (m_config.trace)
            std::fprintf(stderr, "S: turn %d\n", m_turns);
        m_unanswered = false;
        if (m_mode == Mode::Closing)
            m_socket->disconnectFromHost();
    }

    void close() { m_mode = Mode::Closing; }

    void onDisconnected()
    {
        const QJsonObject stats{
            {u"turns"_s, m_turns},           {u"quit"_s, m_quit},
            {u"messages"_s, m_messages},     {u"bodyBytes"_s, m_bodyBytes},
            {u"recipients"_s, m_recipients}, {u"authenticated"_s, m_authenticated}};
        std::printf("%s\n", QJsonDocument(stats).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        m_socket->deleteLater();
    }

    QSslSocket* m_socket;
    const Config& m_config;
    QElapsedTimer m_clock;
    qint64 m_lastFlushMs = 0;
    qint64 m_firstUnansweredMs = 0;
    Mode m_mode = Mode::Command;
    AuthStep m_auth = AuthStep::None;
    QByteArray m_line;
    QByteArray m_out;
    QByteArray m_tail;
    QByteArray m_loginUser;
    qint64 m_bdatRemaining = 0;
    bool m_bdatLast = false;
    bool m_unanswered = true; // the greeting answers the connection itself
    bool m_answersOnlyQuit = false;
    bool m_authenticated = false;
    bool m_mailGiven = false;
    bool m_quit = false;
    int m_turns = 0;
    int m_messages = 0;
    int m_recipients = 0;
    int m_transactionRecipients = 0;
    qint64 m_bodyBytes = 0;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"TLS SMTP sink for the benchmarks"_s);
    parser.addHelpOption();
    const QCommandLineOption portOption(u"port"_s, u"Port (0: any free port)"_s, u"N"_s, u"0"_s);
    const QCommandLineOption certOption(u"cert"_s, u"Server certificate (PEM)"_s, u"FILE"_s);
    const QCommandLineOption keyOption(u"key"_s, u"Private key (PEM)"_s, u"FILE"_s);
    const QCommandLineOption userOption(u"user"_s, u"The one user name accepted"_s, u"NAME"_s);
    const QCommandLineOption passwordOption(u"password"_s, u"Its password"_s, u"TEXT"_s);
    const QCommandLineOption chunkingOption(u"chunking"_s, u"Offer CHUNKING (BDAT)"_s);
    const QCommandLineOption gapOption(
        u"turn-gap-ms"_s, u"Input this long after a reply is a new turn"_s, u"MS"_s, u"0"_s);
    const QCommandLineOption traceOption(u"trace"_s, u"Print commands and turns on stderr"_s);
    const QCommandLineOption lifetimeOption(u"lifetime"_s, u"Exit after this many seconds"_s,
                                            u"S"_s, u"3600"_s);
    parser.addOptions({portOption, certOption, keyOption, userOption, passwordOption,
                       chunkingOption, gapOption, traceOption, lifetimeOption});
    parser.process(app);

    QFile certFile(parser.value(certOption));
    QFile keyFile(parser.value(keyOption));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "smtpsink: cannot read --cert or --key\n");
        return 2;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromDevice(&certFile, QSsl::Pem);
    const QSslKey key(&keyFile, QSsl::Ec, QSsl::Pem);
    if (chain.isEmpty() || key.isNull()) {
        std::fprintf(stderr, "smtpsink: --cert needs a PEM certificate, --key an EC key\n");
        return 2;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);

    Config config;
    config.chunking = parser.isSet(chunkingOption);
    config.trace = parser.isSet(traceOption);
    config.turnGapMs = parser.value(gapOption).toLongLong();
    config.user = parser.value(userOption).toUtf8();
    config.password = parser.value(passwordOption).toUtf8();

    QSslServer server;
    server.setSslConfiguration(tls);
    QObject::connect(&server, &QSslServer::pendingConnectionAvailable, &server, [&server, &config] {
        while (server.hasPendingConnections()) {
            auto* socket = qobject_cast<QSslSocket*>(server.nextPendingConnection());
            if (!socket)
                break;
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            new SinkConnection(socket, config);
        }
    });
    if (!server.listen(QHostAddress::LocalHost, quint16(parser.value(portOption).toUInt()))) {
        std::fprintf(stderr, "smtpsink: %s\n", qPrintable(server.errorString()));
        return 2;
    }
    std::printf("port %u\n", unsigned(server.serverPort()));
    std::fflush(stdout);
    QTimer::singleShot(std::chrono::seconds(parser.value(lifetimeOption).toInt()), &app,
                       &QCoreApplication::quit);
    return app.exec();
}
