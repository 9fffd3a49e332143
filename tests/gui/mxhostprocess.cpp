#include "mxhostprocess.h"

#include "testcertificates.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace testsupport {

bool MxHostProcess::start(const QString& script, const QString& hostname)
{
    const QString python = qEnvironmentVariable("HONGYAN_PYTHON", u"/usr/bin/python3"_s);
    const QStringList arguments{testsSourceDir() + u'/' + script,
                                u"--hostname"_s,
                                hostname,
                                u"--spool"_s,
                                m_spool.path(),
                                u"--lifetime"_s,
                                u"90"_s};
    for (const QHostAddress& address : deliverytest::serverAddressCandidates()) {
        if (m_process.start(python, arguments + QStringList{u"--host"_s, address.toString()},
                            QRegularExpression(u"^listening$"_s))) {
            m_address = address;
            return true;
        }
        m_error = m_process.errorString();
        // Taken by a test running in parallel: try the next address.
        if (!m_error.contains(u"in use"_s))
            return false;
    }
    return false;
}

QString MxHostProcess::spoolFile(int n, const QString& extension) const
{
    return m_spool.filePath(u"%1.%2"_s.arg(n, 4, 10, QChar(u'0')).arg(extension));
}

int MxHostProcess::messageCount() const
{
    return int(QDir(m_spool.path()).entryList({u"*.json"_s}, QDir::Files).size());
}

QByteArray MxHostProcess::message(int n) const
{
    QFile file(spoolFile(n, u"eml"_s));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject MxHostProcess::envelope(int n) const
{
    QFile file(spoolFile(n, u"json"_s));
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                          : QJsonObject();
}

QStringList MxHostProcess::recipients(int n) const
{
    QStringList result;
    const QJsonArray list = envelope(n).value(u"rcpt_tos"_s).toArray();
    for (const QJsonValue& value : list)
        result.append(value.toString());
    return result;
}

} // namespace testsupport
