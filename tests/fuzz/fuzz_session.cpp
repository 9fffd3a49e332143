// A whole send against a server that says whatever the input says: the input is the
// server's side, cut at 0xFF bytes into segments; the server sends the first segment on
// connection and the next one after each line the client sends, then closes. Whatever it
// sends, one send() ends in exactly one finished() (found by fuzzing: a garbled answer to
// QUIT after the message was accepted made a second, failing outcome), the session then
// closes, and no transcript record holds an unescaped character.

#include "envelope.h"
#include "fuzzcheck.h"
#include "smtpsession.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstddef>
#include <cstdint>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Plays the segments on the one connection it accepts.
class SegmentServer : public QObject
{
public:
    explicit SegmentServer(QList<QByteArray> segments)
        : m_segments(std::move(segments))
    {
        connect(&server(), &QTcpServer::newConnection, this, &SegmentServer::accept);
    }

    ~SegmentServer() override
    {
        server().disconnect(this);
        while (QTcpSocket* pending = server().nextPendingConnection())
            delete pending;
        delete m_socket;
    }

    static QTcpServer& server()
    {
        static QTcpServer* listening = [] {
            auto* created = new QTcpServer;
            created->listen(QHostAddress::LocalHost);
            return created;
        }();
        return *listening;
    }

private:
    void accept()
    {
        if (m_socket)
            return;
        m_socket = server().nextPendingConnection();
        connect(m_socket, &QTcpSocket::readyRead, this, &SegmentServer::onReadyRead);
        sendNext();
    }

    void onReadyRead()
    {
        m_received += m_socket->readAll();
        qsizetype lf;
        while ((lf = m_received.indexOf('\n')) >= 0) {
            m_received.remove(0, lf + 1);
            sendNext();
        }
    }

    void sendNext()
    {
        if (m_next < m_segments.size())
            m_socket->write(m_segments[m_next++]);
        else
            m_socket->disconnectFromHost();
    }

    QList<QByteArray> m_segments;
    qsizetype m_next = 0;
    QTcpSocket* m_socket = nullptr;
    QByteArray m_received;
};

QCoreApplication& application()
{
    static int argc = 1;
    static char name[] = "fuzz_session";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = new QCoreApplication(argc, argv);
    return *app;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    application();
    if (size == 0)
        return 0;
    const QByteArray input(reinterpret_cast<const char*>(data) + 1, qsizetype(size) - 1);
    SegmentServer segments(input.split('\xff'));

    smtp::SessionSettings settings;
    settings.host = u"127.0.0.1"_s;
    settings.port = SegmentServer::server().serverPort();
    settings.security = smtp::Security::Plain;
    settings.ehloName = u"client.test"_s;
    settings.timeouts = smtp::Timeouts::uniform(30ms);
    if (data[0] & 1) {
        settings.credentials = {u"user"_s, u"secret"_s, smtp::Credentials::Kind::Password};
        settings.allowPlaintextAuth = true;
    }
    settings.usePipelining = data[0] & 2;
    settings.useChunking = data[0] & 4;

    smtp::SmtpSession session;
    session.setSettings(settings);
    int outcomes = 0;
    bool closed = false;
    QEventLoop loop;
    QObject::connect(&session, &smtp::SmtpSession::finished, &session, [&] {
        ++outcomes;
        // As hongyan-cli does: goodbye once the send is over.
        QTimer::singleShot(0, &session, [&session] { session.quit(); });
    });
    QObject::connect(&session, &smtp::SmtpSession::closed, &loop, [&] {
        closed = true;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
    });
    QObject::connect(&session, &smtp::SmtpSession::transcript, &session,
                     [](const smtp::TranscriptRecord& record) {
                         FUZZ_CHECK(!fuzz::hasUnsafeCharacter(record.text), record.text);
                     });
    smtp::Envelope envelope;
    envelope.sender = u"sender@example.test"_s;
    envelope.recipients = {u"a@example.test"_s, u"b@example.test"_s};
    QBuffer message;
    message.setData("Subject: fuzz\r\n\r\nbody\r\n.\r\n");
    message.open(QIODevice::ReadOnly);
    session.send(envelope, &message);
    QTimer::singleShot(3000, &loop, &QEventLoop::quit);
    loop.exec();
    FUZZ_CHECK(outcomes == 1, QString::number(outcomes));
    FUZZ_CHECK(closed, u"the session never closed"_s);
    return 0;
}
