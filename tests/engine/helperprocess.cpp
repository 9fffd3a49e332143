#include "helperprocess.h"

#include <QDeadlineTimer>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::Literals::StringLiterals;

namespace testsupport {

HelperProcess::~HelperProcess()
{
    stop();
}

bool HelperProcess::start(const QString& program, const QStringList& arguments,
                          const QRegularExpression& ready, int ms)
{
    stop();
    m_output.clear();
    m_error.clear();
    m_match = {};
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(10000)) {
        m_error = program + u": "_s + m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(int(deadline.remainingTime())))
            break;
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine());
            m_output += line;
            m_match = ready.match(line.trimmed());
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

void HelperProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    m_process.terminate(); // SIGTERM to this PID only
    if (!m_process.waitForFinished(30000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString HelperProcess::output()
{
    if (m_process.isOpen()) // reading a process that never started makes QIODevice warn
        m_output += QString::fromUtf8(m_process.readAll());
    return m_output;
}

} // namespace testsupport
