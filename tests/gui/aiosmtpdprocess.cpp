#include "aiosmtpdprocess.h"

#include "testcertificates.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace testsupport {

AiosmtpdProcess::~AiosmtpdProcess()
{
    stop();
}

bool AiosmtpdProcess::start(Mode mode, const TestCertificates& certificates, const QString& user,
                            const QString& password)
{
    const QString python = qEnvironmentVariable("HONGYAN_PYTHON", u"/usr/bin/python3"_s);
    const QString script = testsSourceDir() + u"/servers/aiosmtpd_server.py"_s;
    m_process.setProgram(python);
    m_process.setArguments({script, u"--mode"_s,
                            mode == Mode::StartTls ? u"starttls"_s : u"implicit"_s, u"--cert"_s,
                            certificates.certificatePath(u"server"_s), u"--key"_s,
                            certificates.keyPath(u"server"_s), u"--user"_s, user, u"--password"_s,
                            password, u"--spool"_s, m_spool.path(), u"--lifetime"_s, u"300"_s});
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = u"cannot start %1: %2"_s.arg(python, m_process.errorString());
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 15000) {
        if (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine().trimmed();
            bool ok = false;
            const uint port = line.toUInt(&ok);
            if (ok && port > 0 && port < 65536) {
                m_port = quint16(port);
                return true;
            }
        }
        if (m_process.state() != QProcess::Running) {
            m_error =
                u"the server exited: %1"_s.arg(QString::fromUtf8(m_process.readAllStandardError()));
            return false;
        }
        m_process.waitForReadyRead(200);
    }
    m_error = u"the server did not report its port"_s;
    return false;
}

void AiosmtpdProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(2000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QString AiosmtpdProcess::messagePath(int n) const
{
    const QString path = m_spool.path() + u'/' + u"%1.eml"_s.arg(n, 4, 10, QLatin1Char('0'));
    return QFile::exists(path) ? path : QString();
}

int AiosmtpdProcess::messageCount() const
{
    return int(QDir(m_spool.path()).entryList({u"*.json"_s}, QDir::Files).size());
}

} // namespace testsupport
