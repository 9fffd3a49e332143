#include "blackholelistener.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace testsupport {

namespace {

// The socket address of `address` and `port`, IPv4 or IPv6.
sockaddr_storage socketAddress(const QHostAddress& address, quint16 port, socklen_t* length)
{
    sockaddr_storage storage{};
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto* in6 = reinterpret_cast<sockaddr_in6*>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, &bytes, sizeof bytes);
        *length = sizeof(sockaddr_in6);
    } else {
        auto* in4 = reinterpret_cast<sockaddr_in*>(&storage);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(port);
        in4->sin_addr.s_addr = htonl(address.toIPv4Address());
        *length = sizeof(sockaddr_in);
    }
    return storage;
}

quint16 portOf(const sockaddr_storage& storage)
{
    return ntohs(storage.ss_family == AF_INET6
                     ? reinterpret_cast<const sockaddr_in6*>(&storage)->sin6_port
                     : reinterpret_cast<const sockaddr_in*>(&storage)->sin_port);
}

QString systemError(const char* call)
{
    return u"%1: %2"_s.arg(QString::fromLatin1(call), QString::fromLocal8Bit(std::strerror(errno)));
}

} // namespace

BlackholeListener::~BlackholeListener()
{
    close();
}

void BlackholeListener::close()
{
    for (int* descriptor : {&m_filler, &m_listener}) {
        if (*descriptor >= 0)
            ::close(*descriptor);
        *descriptor = -1;
    }
}

bool BlackholeListener::listen(const QHostAddress& address, quint16 port)
{
    close();
    const int family = address.protocol() == QAbstractSocket::IPv6Protocol ? AF_INET6 : AF_INET;
    // No SO_REUSEADDR: binding fails when anything else holds this address and port.
    m_listener = ::socket(family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    socklen_t length = 0;
    sockaddr_storage bound = socketAddress(address, port, &length);
    if (m_listener < 0 ||
        ::bind(m_listener, reinterpret_cast<const sockaddr*>(&bound), length) != 0 ||
        ::listen(m_listener, 0) != 0 ||
        ::getsockname(m_listener, reinterpret_cast<sockaddr*>(&bound), &length) != 0) {
        m_error = systemError("bind/listen");
        close();
        return false;
    }
    // Linux keeps backlog + 1 connections waiting for accept(): with a backlog of 0, this
    // one connection fills the queue, and accept() is never called.
    m_filler = ::socket(family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_filler < 0 ||
        ::connect(m_filler, reinterpret_cast<const sockaddr*>(&bound), length) != 0) {
        m_error = systemError("connect");
        close();
        return false;
    }
    m_address = address;
    m_port = portOf(bound);
    return true;
}

} // namespace testsupport
