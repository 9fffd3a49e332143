#include "tlsfacts.h"

#include <QSsl>

using namespace Qt::Literals::StringLiterals;

namespace smtp {

QString TlsFacts::protocolName(int sslProtocol)
{
    switch (static_cast<QSsl::SslProtocol>(sslProtocol)) {
    case QSsl::TlsV1_2:
        return u"TLSv1.2"_s;
    case QSsl::TlsV1_3:
        return u"TLSv1.3"_s;
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
    case QSsl::TlsV1_0:
        return u"TLSv1.0"_s;
    case QSsl::TlsV1_1:
        return u"TLSv1.1"_s;
        QT_WARNING_POP
    case QSsl::DtlsV1_2:
        return u"DTLSv1.2"_s;
    default:
        return u"unknown"_s;
    }
}

Note CertificateProblem::describe(const QSslError& error)
{
    const char* sentence = nullptr;
    switch (error.error()) {
    case QSslError::SelfSignedCertificate:
        sentence = QT_TRANSLATE_NOOP("smtp", "the certificate is self-signed");
        break;
    case QSslError::SelfSignedCertificateInChain:
        sentence = QT_TRANSLATE_NOOP(
            "smtp", "the chain ends in a self-signed authority that is not trusted");
        break;
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
        sentence =
            QT_TRANSLATE_NOOP("smtp", "the issuer of the certificate is not trusted or not known");
        break;
    case QSslError::UnableToVerifyFirstCertificate:
        sentence = QT_TRANSLATE_NOOP("smtp", "no certificate in the chain could be verified");
        break;
    case QSslError::CertificateUntrusted:
    case QSslError::InvalidCaCertificate:
        sentence = QT_TRANSLATE_NOOP("smtp",
                                     "the certificate's authority is not trusted for this purpose");
        break;
    case QSslError::CertificateExpired:
        sentence = QT_TRANSLATE_NOOP("smtp", "the certificate has expired");
        break;
    case QSslError::CertificateNotYetValid:
        sentence = QT_TRANSLATE_NOOP("smtp", "the certificate is not valid yet");
        break;
    case QSslError::HostNameMismatch:
        sentence = QT_TRANSLATE_NOOP("smtp", "the certificate is not valid for this server name");
        break;
    case QSslError::CertificateRevoked:
        sentence = QT_TRANSLATE_NOOP("smtp", "the certificate has been revoked");
        break;
    case QSslError::CertificateSignatureFailed:
    case QSslError::UnableToDecryptCertificateSignature:
        sentence = QT_TRANSLATE_NOOP("smtp", "the certificate's signature does not verify");
        break;
    case QSslError::NoPeerCertificate:
        sentence = QT_TRANSLATE_NOOP("smtp", "the server sent no certificate");
        break;
    default:
        // The rare ones (OCSP, malformed fields): Qt's own words.
        return Note::verbatim(error.errorString());
    }
    return Note::of(sentence);
}

QList<CertificateProblem> CertificateProblem::fromErrors(const QList<QSslError>& errors,
                                                         const QList<QSslCertificate>& chain)
{
    QList<CertificateProblem> problems;
    for (const QSslError& error : errors) {
        const int index =
            error.certificate().isNull() ? -1 : int(chain.indexOf(error.certificate()));
        problems.append(CertificateProblem{error.error(), describe(error), index});
    }
    return problems;
}

Note TlsFacts::problemsNote() const
{
    QList<Note> descriptions;
    for (const CertificateProblem& problem : problems)
        descriptions.append(problem.description);
    return Note::joined(descriptions);
}

} // namespace smtp
