#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

namespace testsupport {

// A TCP port that neither accepts nor refuses: it listens with an accept queue of one,
// which is filled at once and never emptied, so the kernel silently drops every further
// SYN, as a firewall that drops packets would. A client connecting there gets no answer at
// all and can only give up on its own timeout: deterministic, on loopback, without
// touching the host's firewall.
class BlackholeListener
{
public:
    BlackholeListener() = default;
    ~BlackholeListener();
    BlackholeListener(const BlackholeListener&) = delete;
    BlackholeListener& operator=(const BlackholeListener&) = delete;

    // `port` 0: a free one. False (see errorString()) when the address cannot be bound,
    // for example because something listens there already.
    bool listen(const QHostAddress& address, quint16 port);
    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }

private:
    void close();

    int m_listener = -1;
    int m_filler = -1;
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace testsupport
