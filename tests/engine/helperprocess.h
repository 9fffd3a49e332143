#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace testsupport {

// A helper program a test runs beside itself (aiosmtpd, dnsmasq, Postfix, a web server):
// started, waited for until it prints a line saying it is ready, and stopped with SIGTERM by
// its PID only. It also gets SIGTERM should the test process die without cleaning up (a
// crash, ctest's timeout), so no helper outlives its test.
class HelperProcess
{
public:
    HelperProcess() = default;
    ~HelperProcess();
    HelperProcess(const HelperProcess&) = delete;
    HelperProcess& operator=(const HelperProcess&) = delete;

    // Stops any earlier run, starts the program and waits up to `ms` for a line of its output
    // (stdout and stderr together, trimmed) that matches `ready`. False (see errorString())
    // when it could not start, or ended or stayed silent first.
    bool start(const QString& program, const QStringList& arguments,
               const QRegularExpression& ready, int ms = 30000);
    // SIGTERM, so that helpers clean up (the Postfix fixture stops its daemons); SIGKILL
    // after 30 s.
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    // The match of the line that said it was ready, for what it announced (a port, ...).
    const QRegularExpressionMatch& readyMatch() const { return m_match; }
    QString errorString() const { return m_error; }
    // Everything it printed so far.
    QString output();
    qint64 pid() const { return m_process.processId(); }

private:
    QProcess m_process;
    QRegularExpressionMatch m_match;
    QString m_output;
    QString m_error;
};

} // namespace testsupport
