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

sockaddr_in ipv4(const QHostAddress& address, quint16 port)
{
    sockaddr_in socketAddress{};
    socketAddress.sin_family = AF_INET;
    socketAddress.sin_port = htons(port);
    socketAddress.sin_addr.s_addr = htonl(address.toIPv4Address());
    return socketAddress;
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
    if (address.protocol() != QAbstractSocket::IPv4Protocol) {
        m_error = u"only IPv4 addresses are supported"_s;
        return false;
    }
    // No SO_REUSEADDR: binding fails when anything else holds this address and port.
    m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in bound = ipv4(address, port);
    socklen_t length = sizeof bound;
    if (m_listener < 0 ||
        ::bind(m_listener, reinterpret_cast<const sockaddr*>(&bound), sizeof bound) != 0 ||
        ::listen(m_listener, 0) != 0 ||
        ::getsockname(m_listener, reinterpret_cast<sockaddr*>(&bound), &length) != 0) {
        m_error = systemError("bind/listen");
        close();
        return false;
    }
    // Linux keeps backlog + 1 connections waiting for accept(): with a backlog of 0, this
    // one connection fills the queue, and accept() is never called.
    m_filler = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_filler < 0 ||
        ::connect(m_filler, reinterpret_cast<const sockaddr*>(&bound), sizeof bound) != 0) {
        m_error = systemError("connect");
        close();
        return false;
    }
    m_address = address;
    m_port = ntohs(bound.sin_port);
    return true;
}

} // namespace testsupport
