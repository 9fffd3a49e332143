#include "outcomeexplainer.h"
#include "reasonexplanations.h"
#include "translations.h"

using namespace Qt::Literals::StringLiterals;

namespace hongyan::explaining {

using smtp::CertificateProblem;
using smtp::CertificateSummary;
using smtp::Outcome;

namespace {

// ISO dates read the same in every language and cannot be mistaken for day/month swaps.
QString certificateTime(const QDateTime& time)
{
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

QString certificateNames(const CertificateSummary& certificate)
{
    QStringList names;
    for (const QString& name : certificate.subjectAlternativeNames) {
        if (name.startsWith(u"DNS:"_s))
            names.append(name.mid(4));
        else if (name.startsWith(u"IP:"_s))
            names.append(name.mid(3));
        else
            names.append(name);
    }
    return names.join(u", "_s);
}

QString certificateFacts(const CertificateSummary& certificate)
{
    QStringList lines;
    lines.append(OutcomeExplainer::tr("Issued to: %1").arg(certificate.subject));
    const QString names = certificateNames(certificate);
    if (!names.isEmpty())
        lines.append(OutcomeExplainer::tr("Valid for the names: %1").arg(names));
    lines.append(certificate.selfSigned
                     ? OutcomeExplainer::tr("Issued by: itself (self-signed)")
                     : OutcomeExplainer::tr("Issued by: %1").arg(certificate.issuer));
    lines.append(
        OutcomeExplainer::tr("Valid from %1 until %2")
            .arg(certificateTime(certificate.notBefore), certificateTime(certificate.notAfter)));
    lines.append(OutcomeExplainer::tr("SHA-256 fingerprint: %1").arg(certificate.sha256Hex()));
    return lines.join(u'\n');
}

// What the problems found call for in the advice.
struct CertificateFindings
{
    bool expired = false;
    bool notYetValid = false;
    bool wrongName = false;
    bool unknownAuthority = false;
    bool revoked = false;
};

void noteFinding(QSslError::SslError error, CertificateFindings& findings)
{
    switch (error) {
    case QSslError::CertificateExpired:
        findings.expired = true;
        break;
    case QSslError::CertificateNotYetValid:
        findings.notYetValid = true;
        break;
    case QSslError::HostNameMismatch:
        findings.wrongName = true;
        break;
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::InvalidCaCertificate:
        findings.unknownAuthority = true;
        break;
    case QSslError::CertificateRevoked:
        findings.revoked = true;
        break;
    default:
        break;
    }
}

QString wrongNameSentence(const CertificateSummary& leaf, const QString& host)
{
    const QString names = certificateNames(leaf);
    return names.isEmpty() ? OutcomeExplainer::tr("The certificate was issued to %1, but the "
                                                  "server was reached as %2.")
                                 .arg(leaf.subject, displayHost(host))
                           : OutcomeExplainer::tr("The certificate was issued to %1 for the "
                                                  "names %2, but the server was reached as %3.")
                                 .arg(leaf.subject, names, displayHost(host));
}

// One sentence per problem, naming the facts a person needs: which date, which names,
// which issuer.
QString problemSentence(const CertificateProblem& problem, const QList<CertificateSummary>& chain,
                        const QString& host)
{
    const bool inChain = problem.certificateIndex >= 0 && problem.certificateIndex < chain.size();
    const CertificateSummary leaf = chain.value(0);
    const CertificateSummary& certificate = inChain ? chain.at(problem.certificateIndex) : leaf;
    const bool isLeaf = !inChain || problem.certificateIndex == 0;
    switch (problem.error) {
    case QSslError::CertificateExpired:
        return isLeaf ? OutcomeExplainer::tr("The server's certificate expired on %1.")
                            .arg(certificateTime(certificate.notAfter))
                      : OutcomeExplainer::tr("A certificate in the chain (%1) expired "
                                             "on %2.")
                            .arg(certificate.subject, certificateTime(certificate.notAfter));
    case QSslError::CertificateNotYetValid:
        return OutcomeExplainer::tr("The certificate is valid only from %1. If that "
                                    "time has passed, this computer's clock is wrong.")
            .arg(certificateTime(certificate.notBefore));
    case QSslError::HostNameMismatch:
        return wrongNameSentence(leaf, host);
    case QSslError::SelfSignedCertificate:
        return OutcomeExplainer::tr(
            "The certificate is self-signed: the server issued it to itself, so no trusted "
            "authority vouches for it.");
    case QSslError::SelfSignedCertificateInChain:
        return OutcomeExplainer::tr("The certificate chain ends in an authority that "
                                    "signed itself (%1) and that this computer does "
                                    "not trust.")
            .arg((inChain ? certificate : chain.value(chain.size() - 1)).subject);
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::InvalidCaCertificate:
        return OutcomeExplainer::tr("The certificate was issued by %1, an authority "
                                    "this computer does not trust.")
            .arg(certificate.issuer);
    case QSslError::CertificateRevoked:
        return OutcomeExplainer::tr(
            "The certificate has been revoked by its issuer and must not be used any more.");
    case QSslError::NoPeerCertificate:
        return OutcomeExplainer::tr("The server sent no certificate.");
    default:
        return OutcomeExplainer::tr("The certificate chain is invalid: %1")
            .arg(Translations::noteText(problem.description));
    }
}

CertificateFindings describeCertificateProblems(const Outcome& outcome, const QString& host,
                                                Draft& draft)
{
    CertificateFindings findings;
    for (const CertificateProblem& problem : outcome.tls.problems) {
        noteFinding(problem.error, findings);
        draft.detail(problemSentence(problem, outcome.tls.peerChain, host));
    }
    return findings;
}

} // namespace

void explainUntrustedCertificate(const Outcome& outcome, const QString& host, Draft& draft)
{
    draft.headline =
        OutcomeExplainer::tr("The certificate of %1 is not trusted.").arg(displayHost(host));
    const CertificateFindings findings = describeCertificateProblems(outcome, host, draft);
    if (!outcome.tls.peerChain.isEmpty())
        draft.detail(certificateFacts(outcome.tls.peerChain.constFirst()));

    draft.advise(OutcomeExplainer::tr("If you did not expect this, do not continue: someone "
                                      "could be intercepting the connection."));
    if (findings.notYetValid)
        draft.advise(OutcomeExplainer::tr("Check this computer's date, time and time zone."));
    if (findings.expired)
        draft.advise(OutcomeExplainer::tr(
            "Tell the server's administrator that the certificate has expired."));
    if (findings.wrongName)
        draft.advise(OutcomeExplainer::tr(
            "Enter the server name exactly as your provider documents it; if one of the "
            "certificate's names belongs to your provider, use that name."));
    if (findings.unknownAuthority)
        draft.advise(OutcomeExplainer::tr(
            "If the server uses its own certificate authority (common for company servers), get "
            "that authority's certificate from the administrator and add it as a CA file."));
    if (!findings.revoked)
        draft.advise(OutcomeExplainer::tr(
            "Only if you have confirmed the SHA-256 fingerprint with the server's administrator, "
            "pin this certificate: a pin accepts exactly this certificate for this server and "
            "port."));
}

void explainPinMismatch(const Outcome& outcome, const QString& host, Draft& draft)
{
    draft.headline =
        OutcomeExplainer::tr("The certificate of %1 has changed.").arg(displayHost(host));
    draft.detail(OutcomeExplainer::tr(
        "You pinned a certificate for this server, but it now presents a different one. It may "
        "have been renewed, or someone may be intercepting the connection."));
    if (!outcome.tls.peerChain.isEmpty())
        draft.detail(certificateFacts(outcome.tls.peerChain.constFirst()));
    draft.advise(OutcomeExplainer::tr("Do not accept the new certificate until you have confirmed "
                                      "its SHA-256 fingerprint with the server's administrator."));
    draft.advise(OutcomeExplainer::tr(
        "If it was renewed, replace the pin with the new certificate, or remove the pin if the "
        "new certificate is trusted without it."));
}

} // namespace hongyan::explaining
