#pragma once

#include "helperprocess.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace accountstest {

// dnsmasq answering from its command line only (no upstream, no /etc/hosts) on port 53 of
// a free 127.0.0.x address: QDnsLookup in Qt 6.4 asks port 53 only. Binding port 53
// needs root (as in CI); available() is false otherwise, with the reason.
class DnsServer
{
public:
    // `records`: dnsmasq options such as "--srv-host=..." and "--mx-host=...".
    bool start(const QStringList& records);
    QHostAddress address() const { return m_address; }
    QString errorString() const { return m_error; }
    // False when this machine cannot run it at all (no dnsmasq, no right to bind port 53).
    bool isPossible() const { return m_possible; }

private:
    testsupport::HelperProcess m_process;
    QHostAddress m_address;
    QString m_error;
    bool m_possible = true;
};

} // namespace accountstest
