#include "serverprocess.h"

#include <QDeadlineTimer>

using namespace Qt::Literals::StringLiterals;

namespace accountstest {

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start(const QString& program, const QStringList& arguments,
                          const QRegularExpression& ready, int ms)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(5000)) {
        m_error = program + u": "_s + m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(ms);
    QString pending;
    while (!deadline.hasExpired()) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(int(deadline.remainingTime())))
            break;
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            m_output += line + u'\n';
            m_match = ready.match(line);
            if (m_match.hasMatch())
                return true;
        }
    }
    m_output += QString::fromUtf8(m_process.readAll());
    m_error = m_process.state() == QProcess::NotRunning
                  ? u"%1 ended (exit code %2) before it was ready:\n%3"_s.arg(program)
                        .arg(m_process.exitCode())
                        .arg(m_output)
                  : u"%1 was not ready within %2 ms:\n%3"_s.arg(program).arg(ms).arg(m_output);
    stop();
    return false;
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

} // namespace accountstest
