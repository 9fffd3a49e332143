#pragma once

#include "helperprocess.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace testsupport {

// dnsmasq answering from its command line only (no upstream server, no /etc/hosts; every
// name under .test that is not configured does not exist) on port 53 of a loopback address
// of its own, 127.0.0.100-199: QDnsLookup in Qt 6.4 asks port 53 only. A taken address (a
// test running in parallel) is skipped. Binding port 53 needs root, as in CI.
class Dnsmasq
{
public:
    // `records`: dnsmasq options such as "--mx-host=...", "--srv-host=...".
    bool start(const QStringList& records);
    QHostAddress address() const { return m_address; }
    QString errorString() const { return m_error; }
    // False when this machine cannot run it at all (no dnsmasq, no right to bind port 53).
    bool isPossible() const { return m_possible; }
    // The queries it answered (it runs with --log-queries).
    QString log() { return m_process.output(); }

private:
    HelperProcess m_process;
    QHostAddress m_address;
    QString m_error;
    bool m_possible = true;
};

} // namespace testsupport
