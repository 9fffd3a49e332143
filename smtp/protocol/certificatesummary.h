#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace smtp {

// The facts of one certificate a person needs to decide whether to trust it.
struct CertificateSummary
{
    QString subject; // e.g. "CN=smtp.example.com, O=Example"
    QString issuer;
    QStringList subjectAlternativeNames; // DNS names and IP addresses
    QDateTime notBefore;
    QDateTime notAfter;
    QByteArray sha256; // of the DER encoding, raw 32 bytes
    QString serialNumber;
    bool selfSigned = false;

    static CertificateSummary fromCertificate(const QSslCertificate& certificate);
    // "AB:CD:..." upper-case hex with colons, as browsers show it.
    QString sha256Hex() const;
    // Accepts hex with or without colons or spaces, any case. Empty on malformed input
    // (wrong length or a non-hex character).
    static QByteArray parseSha256(QStringView hex);
};

} // namespace smtp
