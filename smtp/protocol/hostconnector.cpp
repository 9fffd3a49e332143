#include "hostconnector.h"

#include <QHostInfo>
#include <QSslSocket>

using namespace Qt::Literals::StringLiterals;

namespace smtp {

QString HostConnector::endpoint(const QHostAddress& address, quint16 port)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol
               ? u"[%1]:%2"_s.arg(address.toString()).arg(port)
               : u"%1:%2"_s.arg(address.toString()).arg(port);
}

HostConnector::HostConnector(SocketFactory factory, QObject* parent)
    : QObject(parent)
    , m_factory(std::move(factory))
{
    m_nextAttempt.setSingleShot(true);
    m_nextAttempt.setInterval(AttemptDelayMs);
    connect(&m_nextAttempt, &QTimer::timeout, this, &HostConnector::startNextAttempt);
}

HostConnector::~HostConnector()
{
    abort();
}

void HostConnector::start(const QString& host, const QHostAddress& address, quint16 port)
{
    abort();
    m_host = host;
    m_port = port;
    m_tried.clear();
    m_failures = 0;
    m_refusals = 0;
    m_lastError.clear();
    m_clock.start();
    QHostAddress literal = address;
    if (literal.isNull() && !literal.setAddress(host))
        literal.clear();
    if (!literal.isNull()) {
        // Reported from the event loop, as a resolved name would be, unless abort() or
        // another start() came first.
        const int generation = m_generation;
        QMetaObject::invokeMethod(
            this,
            [this, literal, generation] {
                if (generation == m_generation)
                    onLookup({literal}, {});
            },
            Qt::QueuedConnection);
        return;
    }
    // getaddrinfo() with AF_UNSPEC: AAAA and A are asked together and come back sorted by
    // the RFC 6724 preferences of this machine.
    emit resolving(host);
    m_lookupId = QHostInfo::lookupHost(host, this, [this](const QHostInfo& info) {
        m_lookupId = -1;
        onLookup(info.addresses(),
                 info.error() == QHostInfo::NoError ? QString() : info.errorString());
    });
}

void HostConnector::abort()
{
    ++m_generation;
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    m_nextAttempt.stop();
    m_addresses.clear();
    clearAttempts();
}

QString HostConnector::triedAddresses() const
{
    return m_tried.join(u", "_s);
}

QList<QHostAddress> HostConnector::interleaved(const QList<QHostAddress>& addresses)
{
    if (addresses.isEmpty())
        return {};
    const auto family = addresses.first().protocol();
    QList<QHostAddress> first;
    QList<QHostAddress> second;
    for (const QHostAddress& address : addresses)
        (address.protocol() == family ? first : second).append(address);
    QList<QHostAddress> order;
    for (qsizetype i = 0; i < qMax(first.size(), second.size()); ++i) {
        if (i < first.size())
            order.append(first[i]);
        if (i < second.size())
            order.append(second[i]);
    }
    return order;
}

void HostConnector::onLookup(const QList<QHostAddress>& addresses, const QString& error)
{
    m_addresses = interleaved(addresses);
    if (m_addresses.isEmpty()) {
        emit failed(true, false, error, {});
        return;
    }
    startNextAttempt();
}

void HostConnector::startNextAttempt()
{
    if (m_addresses.isEmpty())
        return;
    const QHostAddress address = m_addresses.takeFirst();
    QSslSocket* socket = m_factory();
    m_attempts.append({socket, address});
    m_tried.append(endpoint(address, m_port));
    connect(socket, &QAbstractSocket::connected, this,
            [this, socket] { onAttemptConnected(socket); });
    connect(socket, &QAbstractSocket::errorOccurred, this,
            [this, socket] { onAttemptFailed(socket); });
    emit attempting(address, m_port);
    socket->connectToHost(address, m_port);
    // The next address gets its chance after the delay, or as soon as this one fails.
    if (!m_addresses.isEmpty())
        m_nextAttempt.start();
}

void HostConnector::onAttemptConnected(QSslSocket* socket)
{
    m_nextAttempt.stop();
    m_addresses.clear();
    for (qsizetype i = 0; i < m_attempts.size(); ++i) {
        if (m_attempts[i].socket == socket) {
            m_attempts.removeAt(i);
            break;
        }
    }
    clearAttempts();
    socket->disconnect(this);
    emit connected(socket, m_clock.elapsed());
}

void HostConnector::onAttemptFailed(QSslSocket* socket)
{
    bool ours = false;
    for (qsizetype i = 0; i < m_attempts.size(); ++i) {
        if (m_attempts[i].socket != socket)
            continue;
        ours = true;
        const Attempt attempt = m_attempts.takeAt(i);
        ++m_failures;
        if (socket->error() == QAbstractSocket::ConnectionRefusedError)
            ++m_refusals;
        m_lastError = socket->errorString();
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        emit attemptFailed(attempt.address, m_port, m_lastError);
        break;
    }
    if (!ours)
        return;
    if (!m_addresses.isEmpty()) {
        m_nextAttempt.stop();
        startNextAttempt();
        return;
    }
    giveUpIfDone();
}

void HostConnector::giveUpIfDone()
{
    if (!m_attempts.isEmpty() || !m_addresses.isEmpty())
        return;
    const bool everyOneRefused = m_refusals == m_failures;
    emit failed(false, everyOneRefused, m_lastError,
                m_tried.size() == 1 ? QString() : triedAddresses());
}

void HostConnector::clearAttempts()
{
    for (const Attempt& attempt : std::as_const(m_attempts)) {
        attempt.socket->disconnect(this);
        attempt.socket->abort();
        attempt.socket->deleteLater();
    }
    m_attempts.clear();
}

} // namespace smtp
