#include "certificatesummary.h"

#include "transcriptrecord.h"

#include <QCryptographicHash>
#include <QSsl>

using namespace Qt::Literals::StringLiterals;

namespace smtp {

namespace {

// "CN=mail.example.com, O=Example Ltd, C=CN" from a certificate's distinguished name.
QString distinguishedName(const QSslCertificate& certificate, bool issuer)
{
    struct Attribute
    {
        QSslCertificate::SubjectInfo info;
        const char16_t* label;
    };
    static constexpr Attribute attributes[] = {
        {QSslCertificate::CommonName, u"CN"},
        {QSslCertificate::OrganizationalUnitName, u"OU"},
        {QSslCertificate::Organization, u"O"},
        {QSslCertificate::LocalityName, u"L"},
        {QSslCertificate::StateOrProvinceName, u"ST"},
        {QSslCertificate::CountryName, u"C"},
    };
    QStringList parts;
    for (const Attribute& attribute : attributes) {
        const QStringList values = issuer ? certificate.issuerInfo(attribute.info)
                                          : certificate.subjectInfo(attribute.info);
        for (const QString& value : values)
            parts.append(QString::fromUtf16(attribute.label) + u'=' + value);
    }
    if (parts.isEmpty())
        return issuer ? certificate.issuerDisplayName() : certificate.subjectDisplayName();
    return parts.join(u", "_s);
}

} // namespace

CertificateSummary CertificateSummary::fromCertificate(const QSslCertificate& certificate)
{
    CertificateSummary summary;
    // Every name in a certificate is the server's text: escaped like its replies.
    summary.subject = TranscriptRecord::escapeForDisplay(distinguishedName(certificate, false));
    summary.issuer = TranscriptRecord::escapeForDisplay(distinguishedName(certificate, true));
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        const QString value = TranscriptRecord::escapeForDisplay(it.value());
        if (it.key() == QSsl::DnsEntry)
            summary.subjectAlternativeNames.append(u"DNS:"_s + value);
        else if (it.key() == QSsl::IpAddressEntry)
            summary.subjectAlternativeNames.append(u"IP:"_s + value);
        else if (it.key() == QSsl::EmailEntry)
            summary.subjectAlternativeNames.append(u"email:"_s + value);
    }
    summary.notBefore = certificate.effectiveDate();
    summary.notAfter = certificate.expiryDate();
    summary.sha256 = QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256);
    summary.serialNumber = TranscriptRecord::escapeForDisplay(certificate.serialNumber());
    summary.selfSigned = certificate.isSelfSigned();
    return summary;
}

QString CertificateSummary::sha256Hex() const
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

QByteArray CertificateSummary::parseSha256(QStringView hex)
{
    QByteArray digits;
    digits.reserve(64);
    for (const QChar c : hex) {
        if (c == u':' || c == u' ')
            continue;
        const char16_t u = c.unicode();
        const bool isHex =
            (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        if (!isHex)
            return {};
        digits.append(char(u));
    }
    if (digits.size() != 64)
        return {};
    return QByteArray::fromHex(digits);
}

} // namespace smtp
