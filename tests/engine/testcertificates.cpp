#include "testcertificates.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>

using namespace Qt::Literals::StringLiterals;

namespace testsupport {

QString testsSourceDir()
{
    return qEnvironmentVariable("HONGYAN_SOURCE_DIR") + u"/tests"_s;
}

bool TestCertificates::generate()
{
    if (!m_dir.isValid()) {
        m_error = u"cannot create a temporary directory: "_s + m_dir.errorString();
        return false;
    }
    const QString script = testsSourceDir() + u"/data/make-test-certs.sh"_s;
    if (!QFile::exists(script)) {
        m_error = script + u" not found (is HONGYAN_SOURCE_DIR set?)"_s;
        return false;
    }
    QProcess process;
    process.start(u"/bin/sh"_s, {script, m_dir.path()});
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        m_error = u"make-test-certs.sh failed: "_s + process.errorString() + u"\n"_s +
                  QString::fromLocal8Bit(process.readAllStandardError());
        return false;
    }
    for (const QString& name :
         {u"ca"_s, u"server"_s, u"wrong-host"_s, u"expired"_s, u"self-signed"_s, u"unknown-ca"_s}) {
        if (certificate(name).isNull() || (name != u"ca"_s && key(name).isNull())) {
            m_error = u"make-test-certs.sh did not produce a usable "_s + name;
            return false;
        }
    }
    return true;
}

QString TestCertificates::certificatePath(const QString& name) const
{
    return m_dir.filePath(name + u".pem"_s);
}

QString TestCertificates::keyPath(const QString& name) const
{
    return m_dir.filePath(name + u".key"_s);
}

QSslCertificate TestCertificates::certificate(const QString& name) const
{
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromPath(certificatePath(name), QSsl::Pem);
    return certificates.isEmpty() ? QSslCertificate() : certificates.first();
}

QSslKey TestCertificates::key(const QString& name) const
{
    QFile file(keyPath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QSslKey(file.readAll(), QSsl::Ec, QSsl::Pem);
}

QByteArray TestCertificates::sha256(const QString& name) const
{
    return certificate(name).digest(QCryptographicHash::Sha256);
}

} // namespace testsupport
