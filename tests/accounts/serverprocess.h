#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace accountstest {

// A helper server process for a test (aiosmtpd, http.server, dnsmasq): started with
// its arguments, ready once a line of its output matches `ready`, and killed by PID when
// the object goes away, so no server outlives its test even when the test fails.
class ServerProcess
{
public:
    ServerProcess() = default;
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    // Waits up to `ms` for a line matching `ready` on stdout or stderr; false (see
    // errorString()) when the process failed or ended first. The match is kept for captured().
    bool start(const QString& program, const QStringList& arguments,
               const QRegularExpression& ready, int ms = 15000);
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    QString captured(int group) const { return m_match.captured(group); }
    QString errorString() const { return m_error; }
    QString output() const { return m_output; }
    qint64 pid() const { return m_process.processId(); }

private:
    QProcess m_process;
    QRegularExpressionMatch m_match;
    QString m_output;
    QString m_error;
};

} // namespace accountstest
