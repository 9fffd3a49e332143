#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>

#include <functional>

namespace testsupport {
class TestCertificates;
}

// What the GUI benchmarks share: the sink they send to and a wait that lets the event loop
// run.
namespace benchsupport {

// tests/bench/smtpsink with the test certificate, implicit TLS, no AUTH; it reports each
// closed connection as one JSON line, collected from the event loop.
class Sink
{
public:
    // False (and why, on stderr) when it did not start.
    bool start(const testsupport::TestCertificates& certificates, int lifetimeSeconds);
    quint16 port() const { return m_port; }
    // The message bytes of each closed connection, in order.
    QList<qint64> receivedBytes() const;
    // How many connections have closed.
    qsizetype connections() const { return receivedBytes().size(); }
    void stop();

private:
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};

// Runs the event loop until `done` holds, looking every `everyMs`, at most `timeoutMs`.
// Not QTest::qWaitFor: it sleeps 10 ms between its rounds of events, which would slow
// every SMTP round trip and count as event-loop stalls.
bool runUntil(const std::function<bool()>& done, int timeoutMs, int everyMs = 1);

} // namespace benchsupport
