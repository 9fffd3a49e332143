#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace testsupport {

class TestCertificates;

// tests/servers/aiosmtpd_server.py as a child process on a free loopback port, with its
// spool in a temporary directory. Stopped by closing its stdin and killing it by PID.
class AiosmtpdProcess
{
public:
    enum class Mode { StartTls, ImplicitTls };

    ~AiosmtpdProcess();

    // Waits (up to 15 s) for the server to print its port; false with errorString().
    bool start(Mode mode, const TestCertificates& certificates, const QString& user,
               const QString& password);
    void stop();
    quint16 port() const { return m_port; }
    QString spool() const { return m_spool.path(); }
    // NNNN.eml of the n-th message received (1-based), empty when not there.
    QString messagePath(int n) const;
    int messageCount() const;
    QString errorString() const { return m_error; }

private:
    QProcess m_process;
    QTemporaryDir m_spool;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace testsupport
