#include "scriptedserver.h"

#include "sessionharness.h"

#include <QHostAddress>
#include <QSslCipher>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace testsupport {

namespace {

// QTcpServer hands out plain sockets; the script decides when (and whether) TLS starts, so
// every connection is a QSslSocket in unencrypted mode from the start.
class SslListener : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QSslSocket(this);
        if (socket->setSocketDescriptor(descriptor))
            addPendingConnection(socket);
        else
            delete socket;
    }
};

// Bounded so STALL really stops reading: once Qt's buffer is full it leaves the rest in the
// kernel and the client's writes stop making progress.
constexpr qint64 ReadBufferSize = 256 * 1024;

QString printable(QByteArrayView bytes)
{
    constexpr qsizetype Shown = 200;
    QByteArray out;
    for (qsizetype i = 0; i < std::min(bytes.size(), Shown); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == '\r')
            out += "\\r";
        else if (c == '\n')
            out += "\\n";
        else if (c < 0x20 || c == 0x7F)
            out += "\\x" + QByteArray::number(c, 16).rightJustified(2, '0');
        else
            out += char(c);
    }
    if (bytes.size() > Shown)
        out += "... (" + QByteArray::number(bytes.size()) + " bytes)";
    return QString::fromUtf8(out);
}

std::optional<QByteArray> unescape(QByteArrayView text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != '\\') {
            out += text[i];
            continue;
        }
        if (++i >= text.size())
            return std::nullopt;
        switch (text[i]) {
        case 'r':
            out += '\r';
            break;
        case 'n':
            out += '\n';
            break;
        case 't':
            out += '\t';
            break;
        case '\\':
            out += '\\';
            break;
        case 'x': {
            if (i + 2 >= text.size())
                return std::nullopt;
            bool ok = false;
            const int value = text.sliced(i + 1, 2).toByteArray().toInt(&ok, 16);
            if (!ok)
                return std::nullopt;
            out += static_cast<char>(value);
            i += 2;
            break;
        }
        default:
            return std::nullopt;
        }
    }
    return out;
}

} // namespace

ScriptedServer::ScriptedServer(QObject* parent)
    : QObject(parent)
    , m_server(new SslListener(this))
    , m_delay(new QTimer(this))
{
    m_delay->setSingleShot(true);
    connect(m_server, &QTcpServer::newConnection, this, &ScriptedServer::onNewConnection);
    connect(m_delay, &QTimer::timeout, this, [this] {
        m_delayRunning = false;
        m_delayDone = true;
        advance();
    });
}

ScriptedServer::~ScriptedServer()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

bool ScriptedServer::load(QByteArrayView script)
{
    m_steps.clear();
    int lineNumber = 0;
    for (QByteArrayView line : script.toByteArray().split('\n')) {
        ++lineNumber;
        while (!line.isEmpty() && (line.front() == ' ' || line.front() == '\t'))
            line = line.sliced(1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith('#'))
            continue;

        Step step;
        step.scriptLine = lineNumber;
        step.source = QString::fromUtf8(line);
        const auto rest = [&](qsizetype prefix) { return line.sliced(prefix).toByteArray(); };
        bool ok = true;
        if (line.startsWith("S: ")) {
            step.kind = Kind::Send;
            step.bytes = rest(3) + "\r\n";
        } else if (line.startsWith("S+: ")) {
            step.kind = Kind::SendPipelined;
            step.bytes = rest(4) + "\r\n";
        } else if (line.startsWith("C: ")) {
            step.kind = Kind::Expect;
            step.bytes = rest(3);
        } else if (line.startsWith("C~ ")) {
            step.kind = Kind::ExpectRegex;
            step.regex.setPattern(QRegularExpression::anchoredPattern(QString::fromUtf8(rest(3))));
            ok = step.regex.isValid();
        } else if (line.startsWith("SEND ")) {
            step.kind = Kind::SendRaw;
            const auto bytes = unescape(rest(5));
            ok = bytes.has_value();
            step.bytes = bytes.value_or(QByteArray());
        } else if (line.startsWith("REPEAT ")) {
            step.kind = Kind::SendRaw;
            const QByteArray arguments = rest(7);
            const qsizetype space = arguments.indexOf(' ');
            const int count = arguments.left(space).toInt(&ok);
            const auto bytes = unescape(arguments.mid(space + 1));
            ok = ok && space > 0 && count > 0 && bytes.has_value();
            step.bytes = bytes.value_or(QByteArray()).repeated(count);
        } else if (line.startsWith("CHALLENGE ")) {
            step.kind = Kind::Challenge;
            const QList<QByteArray> arguments = rest(10).split(' ');
            step.count = arguments.value(0).toInt(&ok);
            step.bytes = arguments.value(1);
            ok = ok && arguments.size() == 2 && step.count > 0;
        } else if (line.startsWith("DELAY ")) {
            step.kind = Kind::Delay;
            step.count = rest(6).toInt(&ok);
        } else if (line == "TLS") {
            step.kind = Kind::Tls;
        } else if (line == "BODY") {
            step.kind = Kind::Body;
        } else if (line == "PARTIAL-BODY") {
            step.kind = Kind::PartialBody;
        } else if (line == "BDAT") {
            step.kind = Kind::Bdat;
        } else if (line == "BDAT LAST") {
            step.kind = Kind::BdatLast;
        } else if (line == "BDAT*") {
            step.kind = Kind::BdatAll;
        } else if (line == "CLOSE") {
            step.kind = Kind::Close;
        } else if (line == "DROP") {
            step.kind = Kind::Drop;
        } else if (line == "STALL") {
            step.kind = Kind::Stall;
        } else if (line == "END") {
            step.kind = Kind::End;
        } else if (line == "CLOSED") {
            step.kind = Kind::Closed;
        } else {
            ok = false;
        }
        if (!ok) {
            m_failure =
                u"script line %1: cannot understand \"%2\""_s.arg(lineNumber).arg(step.source);
            m_finished = true;
            return false;
        }
        m_steps.append(step);
    }
    return true;
}

void ScriptedServer::setCertificate(const QSslCertificate& certificate, const QSslKey& key)
{
    m_certificate = certificate;
    m_key = key;
}

bool ScriptedServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool ScriptedServer::listen(const QHostAddress& address, quint16 port)
{
    return m_server->listen(address, port);
}

quint16 ScriptedServer::port() const
{
    return m_server->serverPort();
}

bool ScriptedServer::waitForScript(int ms)
{
    if (!waitUntil([this] { return m_finished; }, ms))
        fail(u"timed out after %1 ms waiting for this step"_s.arg(ms));
    return m_failure.isEmpty();
}

QString ScriptedServer::report() const
{
    return m_failure + u"\nWhat the scripted server saw and did:\n"_s + m_log.join(u'\n');
}

void ScriptedServer::onNewConnection()
{
    while (QTcpSocket* pending = m_server->nextPendingConnection()) {
        auto* socket = qobject_cast<QSslSocket*>(pending);
        ++m_connections;
        if (m_socket) {
            // The scripts describe one connection; a client that reconnects is not following it.
            socket->abort();
            socket->deleteLater();
            fail(u"unexpected connection number %1"_s.arg(m_connections));
            continue;
        }
        m_socket = socket;
        m_socket->setReadBufferSize(ReadBufferSize);
        connect(m_socket, &QSslSocket::readyRead, this, &ScriptedServer::onReadyRead);
        connect(m_socket, &QSslSocket::disconnected, this, &ScriptedServer::onDisconnected);
        connect(m_socket, &QSslSocket::encrypted, this, [this] {
            m_tlsEstablished = true;
            log(u"-- TLS established (%1)"_s.arg(m_socket->sessionCipher().name()));
            advance();
        });
        connect(m_socket, &QSslSocket::errorOccurred, this,
                [this](QAbstractSocket::SocketError error) {
                    // A failed handshake leaves nothing to talk about: treat it as the end of
                    // the connection so the script can go on with END or CLOSED.
                    if (error == QAbstractSocket::SslHandshakeFailedError) {
                        log(u"-- TLS handshake failed: %1"_s.arg(m_socket->errorString()));
                        m_socket->abort();
                    }
                    if (m_socket->state() == QAbstractSocket::UnconnectedState)
                        onDisconnected();
                });
        log(u"-- connection accepted"_s);
        advance();
    }
}

void ScriptedServer::onReadyRead()
{
    if (m_stalled)
        return;
    if (m_finished) {
        // Too late for waitForScript(), but report() and failure() still show it.
        pull();
        if (!m_buffer.isEmpty() && m_failure.isEmpty()) {
            m_failure = u"after the script: the client sent \"%1\""_s.arg(printable(m_buffer));
            log(u"!! "_s + m_failure);
        }
        return;
    }
    advance();
}

void ScriptedServer::onDisconnected()
{
    if (m_disconnected)
        return;
    m_disconnected = true;
    log(u"-- connection closed"_s);
    advance();
}

bool ScriptedServer::connected() const
{
    return m_socket && !m_disconnected && m_socket->state() == QAbstractSocket::ConnectedState;
}

void ScriptedServer::advance()
{
    if (m_advancing) {
        m_again = true;
        return;
    }
    m_advancing = true;
    do {
        m_again = false;
        while (!m_finished && m_socket && m_index < m_steps.size()) {
            if (!perform(m_steps[m_index]))
                break;
            ++m_index;
        }
        if (!m_finished && m_socket && m_index >= m_steps.size())
            complete();
    } while (m_again && !m_finished);
    m_advancing = false;
}

bool ScriptedServer::perform(Step& step)
{
    switch (step.kind) {
    case Kind::Send:
        return sendStep(step, step.bytes, true);
    case Kind::SendPipelined:
    case Kind::SendRaw:
        return sendStep(step, step.bytes, false);
    case Kind::Expect:
    case Kind::ExpectRegex:
        return expectLine(step);
    case Kind::Tls:
        if (!m_tlsStarted) {
            pull();
            if (!m_buffer.isEmpty()) {
                fail(u"the client sent \"%1\" before the TLS handshake"_s.arg(printable(m_buffer)));
                return false;
            }
            if (!connected())
                return true;
            m_tlsStarted = true;
            m_socket->setLocalCertificate(m_certificate);
            m_socket->setPrivateKey(m_key);
            m_socket->setPeerVerifyMode(QSslSocket::VerifyNone);
            m_socket->setProtocol(QSsl::TlsV1_2OrLater);
            log(u"-- TLS handshake started"_s);
            m_socket->startServerEncryption();
        }
        if (m_socket->isEncrypted() || !connected()) {
            m_tlsStarted = false;
            return true;
        }
        return false;
    case Kind::Body:
        return readBody(false);
    case Kind::PartialBody:
        return readBody(true);
    case Kind::Bdat:
    case Kind::BdatLast:
    case Kind::BdatAll:
        return readBdat(step);
    case Kind::Challenge:
        return challenge(step);
    case Kind::Delay:
        if (m_delayDone) {
            m_delayDone = false;
            return true;
        }
        if (!m_delayRunning) {
            m_delayRunning = true;
            m_delay->start(step.count);
        }
        return false;
    case Kind::Close:
        if (connected()) {
            log(u"-- server closes the connection"_s);
            m_socket->disconnectFromHost();
        }
        return true;
    case Kind::Drop:
        if (connected()) {
            log(u"-- server drops the connection"_s);
            m_socket->flush();
            m_socket->abort();
        }
        return true;
    case Kind::Stall:
        log(u"-- server stops reading"_s);
        m_stalled = true;
        return true;
    case Kind::End:
        return endStep(true);
    case Kind::Closed:
        return endStep(false);
    }
    return false;
}

bool ScriptedServer::sendStep(const Step& step, const QByteArray& bytes, bool strict)
{
    pull();
    if (strict && !m_buffer.isEmpty()) {
        fail(u"the client sent \"%1\" before the server's reply \"%2\"; it must wait for it"_s.arg(
            printable(m_buffer), step.source));
        return false;
    }
    if (!connected()) {
        fail(u"the client closed the connection before the server could send \"%1\""_s.arg(
            step.source));
        return false;
    }
    write(bytes);
    return true;
}

bool ScriptedServer::expectLine(const Step& step)
{
    pull();
    const std::optional<QByteArray> line = takeLine();
    if (m_finished)
        return false;
    if (!line) {
        if (!connected())
            fail(u"the client closed the connection; expected \"%1\""_s.arg(step.source));
        return false;
    }
    const bool matches = step.kind == Kind::Expect
                             ? *line == step.bytes
                             : step.regex.match(QString::fromUtf8(*line)).hasMatch();
    if (!matches) {
        fail(u"expected \"%1\", the client sent \"%2\""_s.arg(step.source, printable(*line)));
        return false;
    }
    return true;
}

bool ScriptedServer::readBody(bool partial)
{
    pull();
    qsizetype dotLine = -1;
    if (m_buffer.startsWith(".\r\n")) {
        dotLine = 0;
    } else {
        const qsizetype found =
            m_buffer.indexOf("\r\n.\r\n", std::max<qsizetype>(0, m_bodyScanFrom - 4));
        if (found >= 0)
            dotLine = found + 2;
    }
    if (dotLine >= 0) {
        if (partial) {
            fail(u"the client ended the message with the final dot after %1 bytes"_s.arg(dotLine));
            return false;
        }
        m_bodies.append(m_buffer.left(dotLine));
        log(u"C: [message body, %1 bytes]"_s.arg(dotLine));
        log(u"C: ."_s);
        m_buffer.remove(0, dotLine + 3);
        m_bufferStart += dotLine + 3;
        m_bodyScanFrom = 0;
        return true;
    }
    m_bodyScanFrom = m_buffer.size();
    if (connected())
        return false;
    if (!partial) {
        fail(u"the client closed the connection in the middle of the body, after %1 bytes"_s.arg(
            m_buffer.size()));
        return false;
    }
    log(u"C: [partial message body, %1 bytes]"_s.arg(m_buffer.size()));
    m_bodies.append(m_buffer);
    m_bufferStart += m_buffer.size();
    m_buffer.clear();
    m_bodyScanFrom = 0;
    return true;
}

bool ScriptedServer::readBdat(const Step& step)
{
    static const QRegularExpression command(u"^BDAT (\\d+)( LAST)?$"_s);
    for (;;) {
        pull();
        const qsizetype lineEnd = m_buffer.indexOf('\n');
        if (lineEnd < 0) {
            if (!connected())
                fail(u"the client closed the connection; expected a BDAT chunk"_s);
            return false;
        }
        const bool crlf = lineEnd > 0 && m_buffer[lineEnd - 1] == '\r';
        const QRegularExpressionMatch match =
            command.match(QString::fromLatin1(m_buffer.left(crlf ? lineEnd - 1 : lineEnd)));
        if (!crlf || !match.hasMatch()) {
            fail(u"expected \"BDAT <size>[ LAST]\", the client sent \"%1\""_s.arg(
                printable(m_buffer.left(lineEnd + 1))));
            return false;
        }
        const qint64 size = match.captured(1).toLongLong();
        const bool last = match.hasCaptured(2);
        if (m_buffer.size() < lineEnd + 1 + size) {
            if (!connected())
                fail(u"the client closed the connection in a BDAT chunk of %1 bytes"_s.arg(size));
            return false;
        }
        takeLine();
        m_currentBdat += m_buffer.left(size);
        m_buffer.remove(0, size);
        m_bufferStart += size;
        m_bdatChunks.append({size, last});
        log(u"C: [BDAT chunk, %1 bytes]"_s.arg(size));
        if (last) {
            m_bodies.append(m_currentBdat);
            m_currentBdat.clear();
        }
        if (step.kind == Kind::Bdat && last) {
            fail(u"expected a BDAT chunk that is not the last one, got LAST"_s);
            return false;
        }
        if (step.kind == Kind::BdatLast && !last) {
            fail(u"expected the LAST BDAT chunk, got one without LAST"_s);
            return false;
        }
        if (step.kind != Kind::BdatAll || last)
            return true;
        write("250 2.0.0 " + QByteArray::number(size) + " octets received\r\n");
    }
}

bool ScriptedServer::challenge(const Step& step)
{
    for (;;) {
        if (!m_challengeOpen) {
            if (m_challengesInStep == step.count || !connected()) {
                m_challengesInStep = 0;
                return true;
            }
            if (!sendStep(step, "334 " + step.bytes + "\r\n", true))
                return false;
            m_challengeOpen = true;
        }
        pull();
        const std::optional<QByteArray> line = takeLine();
        if (m_finished)
            return false;
        if (!line) {
            if (connected())
                return false;
            m_challengeOpen = false;
            continue;
        }
        m_challengeOpen = false;
        if (*line == "*" || *line == "QUIT") {
            if (*line == "*") {
                write("501 5.7.0 Authentication cancelled\r\n");
            } else {
                write("221 2.0.0 Bye\r\n");
                m_socket->disconnectFromHost();
            }
            m_challengesInStep = 0;
            return true;
        }
        ++m_challengesInStep;
        ++m_challengesAnswered;
    }
}

bool ScriptedServer::endStep(bool allowClosingCommands)
{
    static const QList<QByteArray> closingCommands = {"QUIT\r\n", "RSET\r\n", "*\r\n"};
    pull();
    while (!m_buffer.isEmpty()) {
        if (!allowClosingCommands) {
            fail(u"the client must close without sending anything; it sent \"%1\""_s.arg(
                printable(m_buffer)));
            return false;
        }
        const bool canBecomeClosingCommand = std::any_of(
            closingCommands.cbegin(), closingCommands.cend(), [this](const QByteArray& c) {
                return c.startsWith(m_buffer) || m_buffer.startsWith(c);
            });
        if (!canBecomeClosingCommand) {
            fail(u"after the script's last reply the client may only send QUIT, RSET or \"*\" "
                 u"and close; it sent \"%1\""_s.arg(printable(m_buffer)));
            return false;
        }
        const std::optional<QByteArray> line = takeLine();
        if (m_finished)
            return false;
        if (!line)
            break;
        if (*line == "QUIT") {
            write("221 2.0.0 Bye\r\n");
            m_socket->disconnectFromHost();
        } else if (*line == "RSET") {
            write("250 2.0.0 Ok\r\n");
        } else {
            write("501 5.7.0 Authentication cancelled\r\n");
        }
    }
    if (!connected() && !m_buffer.isEmpty()) {
        fail(u"the client closed the connection after sending \"%1\""_s.arg(printable(m_buffer)));
        return false;
    }
    return !connected();
}

void ScriptedServer::pull()
{
    if (m_stalled || !m_socket)
        return;
    const QByteArray data = m_socket->readAll();
    if (data.isEmpty())
        return;
    m_buffer += data;
    m_readEnds.append(m_bufferStart + m_buffer.size());
}

std::optional<QByteArray> ScriptedServer::takeLine()
{
    const qsizetype end = m_buffer.indexOf('\n');
    if (end < 0)
        return std::nullopt;
    if (end == 0 || m_buffer[end - 1] != '\r') {
        fail(u"the client ended a line with a bare LF: \"%1\""_s.arg(
            printable(m_buffer.left(end + 1))));
        return std::nullopt;
    }
    const QByteArray line = m_buffer.left(end - 1);
    const qint64 lastByte = m_bufferStart + end;
    const auto read = std::upper_bound(m_readEnds.cbegin(), m_readEnds.cend(), lastByte);
    m_lines.append(line);
    m_lineReads.append(int(read - m_readEnds.cbegin()));
    m_buffer.remove(0, end + 1);
    m_bufferStart += end + 1;
    log(u"C: "_s + printable(line));

    if (m_lastSentWasChallenge) {
        if (line != "*" && line != "QUIT")
            m_authPayloads.append(line);
    } else if (line.startsWith("AUTH ")) {
        const QList<QByteArray> words = line.split(' ');
        if (words.size() >= 3)
            m_authPayloads.append(words[2]);
    }
    m_lastSentWasChallenge = false;
    return line;
}

void ScriptedServer::write(const QByteArray& bytes)
{
    m_lastSentWasChallenge = bytes.startsWith("334");
    m_socket->write(bytes);
    // Out now, as one write: a SEND step is one segment on the wire.
    m_socket->flush();
    for (const QByteArray& line : bytes.split('\n')) {
        if (!line.isEmpty())
            log(u"S: "_s + printable(line.endsWith('\r') ? line.chopped(1) : line));
    }
}

void ScriptedServer::fail(const QString& why)
{
    if (m_finished)
        return;
    const Step* step = m_index < m_steps.size() ? &m_steps[m_index] : nullptr;
    m_failure = step ? u"script step %1 (line %2: \"%3\"): %4"_s.arg(m_index + 1)
                           .arg(step->scriptLine)
                           .arg(step->source, why)
                     : u"after the script: %1"_s.arg(why);
    m_finished = true;
    log(u"!! "_s + m_failure);
    if (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    emit finished();
}

void ScriptedServer::complete()
{
    m_finished = true;
    log(u"-- script complete"_s);
    emit finished();
}

void ScriptedServer::log(const QString& entry)
{
    m_log.append(entry);
}

} // namespace testsupport
