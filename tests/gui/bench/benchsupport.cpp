#include "benchsupport.h"

#include "testcertificates.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace benchsupport {

bool Sink::start(const testsupport::TestCertificates& certificates, int lifetimeSeconds)
{
    m_process.start(QStringLiteral(HONGYAN_SMTPSINK_PATH),
                    {u"--cert"_s, certificates.certificatePath(u"server"_s), u"--key"_s,
                     certificates.keyPath(u"server"_s), u"--lifetime"_s,
                     QString::number(lifetimeSeconds)});
    if (!m_process.waitForStarted() || !m_process.waitForReadyRead(15000)) {
        std::fprintf(stderr, "the sink server did not start\n");
        return false;
    }
    m_port = quint16(m_process.readLine().trimmed().split(' ').last().toUInt());
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                     [this] { m_output += m_process.readAllStandardOutput(); });
    return m_port != 0;
}

QList<qint64> Sink::receivedBytes() const
{
    QList<qint64> sizes;
    const QList<QByteArray> lines = m_output.split('\n');
    for (const QByteArray& line : lines) {
        const QJsonObject connection = QJsonDocument::fromJson(line).object();
        if (connection.contains(u"bodyBytes"_s))
            sizes.append(connection.value(u"bodyBytes"_s).toInteger());
    }
    return sizes;
}

void Sink::stop()
{
    m_process.closeWriteChannel();
    m_process.terminate();
    if (!m_process.waitForFinished(3000))
        m_process.kill();
}

bool runUntil(const std::function<bool()>& done, int timeoutMs, int everyMs)
{
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    check.start(everyMs);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

} // namespace benchsupport
