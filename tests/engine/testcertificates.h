#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

namespace testsupport {

// The certificates of tests/data/make-test-certs.sh, made afresh in a temporary directory
// for each test process (so parallel tests never share files): ca, server, wrong-host,
// expired, self-signed, other-ca, unknown-ca.
class TestCertificates
{
public:
    // Runs the script; false (see errorString()) when it or openssl failed.
    bool generate();
    QString errorString() const { return m_error; }

    // "<dir>/<name>.pem"
    QString certificatePath(const QString& name) const;
    QString keyPath(const QString& name) const;
    QString caFile() const { return certificatePath(QStringLiteral("ca")); }
    QSslCertificate certificate(const QString& name) const;
    QSslKey key(const QString& name) const;
    // SHA-256 of the DER encoding, raw: what a pin holds.
    QByteArray sha256(const QString& name) const;

private:
    QTemporaryDir m_dir;
    QString m_error;
};

// Where the source tree's tests/ directory is (from HONGYAN_SOURCE_DIR, set by ctest).
QString testsSourceDir();

} // namespace testsupport
