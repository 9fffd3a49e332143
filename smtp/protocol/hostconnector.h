#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

class QSslSocket;

namespace smtp {

// Opens the TCP connection to a server as RFC 8305 (Happy Eyeballs v2) says: the name is
// resolved for IPv6 and IPv4 together, the addresses are tried in turn with both families
// interleaved, the next one 250 ms after the previous if that has not connected yet (at
// once when it failed), and the first to connect wins; the others are abandoned. A name
// whose IPv6 address silently drops packets is so reached over IPv4 in a quarter of a
// second, where trying one address at a time would wait for the first one's timeout.
// The winner is handed over as a connected socket made by the caller's factory (so it is
// configured for TLS as the caller wants); the caller owns it from then on. The overall
// deadline is the caller's: abort() stops everything.
class HostConnector : public QObject
{
    Q_OBJECT

public:
    static constexpr int AttemptDelayMs = 250; // RFC 8305 §5, "Connection Attempt Delay"

    using SocketFactory = std::function<QSslSocket*()>;

    explicit HostConnector(SocketFactory factory, QObject* parent = nullptr);
    ~HostConnector() override;

    // Connects to `host` (a name or an address literal), or only to `address` when it is
    // not null (direct delivery, where the addresses come from our own MX lookups).
    void start(const QString& host, const QHostAddress& address, quint16 port);
    void abort();

    // "[2001:db8::1]:25, 192.0.2.1:25": every address tried so far, in order.
    QString triedAddresses() const;

    // "192.0.2.1:25", "[2001:db8::1]:25".
    static QString endpoint(const QHostAddress& address, quint16 port);

    // The order in which to try `addresses` (RFC 8305 §4): the families alternate,
    // beginning with the family of the first address; within a family the resolver's
    // order is kept.
    static QList<QHostAddress> interleaved(const QList<QHostAddress>& addresses);

signals:
    // The name is being looked up (not sent for an address literal or a given address).
    void resolving(const QString& host);
    void attempting(const QHostAddress& address, quint16 port);
    void attemptFailed(const QHostAddress& address, quint16 port, const QString& error);
    // The winner: connected, unparented, with no connection of ours left on it.
    void connected(QSslSocket* socket, qint64 elapsedMs);
    // No address could be reached: the name did not resolve (hostNotFound), or every
    // attempt failed (refused says whether every one of them was refused). `error` is the
    // resolver's or the last attempt's (empty for a name without addresses); `tried` lists
    // the addresses when there were several.
    void failed(bool hostNotFound, bool refused, const QString& error, const QString& tried);

private:
    struct Attempt
    {
        QSslSocket* socket = nullptr;
        QHostAddress address;
    };

    void onLookup(const QList<QHostAddress>& addresses, const QString& error);
    void startNextAttempt();
    void onAttemptConnected(QSslSocket* socket);
    void onAttemptFailed(QSslSocket* socket);
    void giveUpIfDone();
    void clearAttempts();

    SocketFactory m_factory;
    QString m_host;
    quint16 m_port = 0;
    int m_lookupId = -1;
    int m_generation = 0;            // start() and abort() make earlier queued results stale
    QList<QHostAddress> m_addresses; // still to try, in order
    QList<Attempt> m_attempts;       // under way
    QStringList m_tried;
    int m_failures = 0;
    int m_refusals = 0;
    QString m_lastError;
    QTimer m_nextAttempt;
    QElapsedTimer m_clock;
};

} // namespace smtp
