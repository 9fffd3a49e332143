#include "aiosmtpdserver.h"

#include "testcertificates.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace testsupport {

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QString python()
{
    const QString configured = qEnvironmentVariable("HONGYAN_PYTHON");
    return configured.isEmpty() ? u"/usr/bin/python3"_s : configured;
}

bool AiosmtpdServer::start(const QString& mode, const QString& certificate, const QString& key,
                           const QString& user, const QString& password)
{
    if (!m_spool.isValid()) {
        m_error = u"no temporary directory: "_s + m_spool.errorString();
        return false;
    }
    // --lifetime: the server ends itself after 5 minutes, should nothing else stop it.
    const bool started = m_process.start(python(),
                                         {testsSourceDir() + u"/servers/aiosmtpd_server.py"_s,
                                          u"--mode"_s, mode, u"--cert"_s, certificate, u"--key"_s,
                                          key, u"--user"_s, user, u"--password"_s, password,
                                          u"--spool"_s, m_spool.path(), u"--lifetime"_s, u"300"_s},
                                         QRegularExpression(u"^(\\d+)$"_s), 20000);
    if (!started) {
        m_error = m_process.errorString();
        return false;
    }
    m_port = m_process.readyMatch().captured(1).toUShort();
    return true;
}

QString AiosmtpdServer::spoolFile(int n, const QString& extension) const
{
    return m_spool.filePath(u"%1."_s.arg(n, 4, 10, QChar(u'0')) + extension);
}

int AiosmtpdServer::messageCount() const
{
    int count = 0;
    while (QFile::exists(spoolFile(count + 1, u"json"_s)))
        ++count;
    return count;
}

QString AiosmtpdServer::messagePath(int n) const
{
    const QString path = spoolFile(n, u"eml"_s);
    return QFile::exists(path) ? path : QString();
}

QByteArray AiosmtpdServer::message(int n) const
{
    return readAll(spoolFile(n, u"eml"_s));
}

QJsonObject AiosmtpdServer::envelope(int n) const
{
    return QJsonDocument::fromJson(readAll(spoolFile(n, u"json"_s))).object();
}

} // namespace testsupport
