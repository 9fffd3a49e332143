#include "outcomeexplainer.h"

#include "providerhints.h"
#include "replycodecatalogue.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

using smtp::CertificateSummary;
using smtp::Outcome;
using Category = Outcome::Category;
using Reason = Outcome::Reason;
using smtp::Phase;

namespace {

// The helpers in this namespace are free functions, so they name the translation context
// explicitly (OutcomeExplainer::tr), which is also how lupdate files their strings.
//
// Several sources (catalogue, provider hints, stage rules) often say the same thing; each
// sentence is kept once, in the order it was first given, most relevant first.
class Draft
{
public:
    QString headline;

    void detail(const QString& text)
    {
        if (!text.isEmpty() && !m_details.contains(text))
            m_details.append(text);
    }
    void advise(const QString& text)
    {
        if (!text.isEmpty() && !m_advice.contains(text))
            m_advice.append(text);
    }

    Explanation finish(const Outcome& outcome) const
    {
        Explanation explanation;
        explanation.headline = headline;
        explanation.details = m_details.join(u'\n');
        explanation.advice = m_advice;
        explanation.serverText = outcome.serverText;
        explanation.command = outcome.command;
        if (outcome.code > 0) {
            explanation.codeText = QString::number(outcome.code);
            if (outcome.enhanced.isValid())
                explanation.codeText += u' ' + outcome.enhanced.toString();
        }
        return explanation;
    }

private:
    QStringList m_details;
    QStringList m_advice;
};

QString displayHost(const QString& host)
{
    return host.isEmpty()
               ? OutcomeExplainer::tr("the server", "stands in for an unknown server host name")
               : host;
}

QString enhancedText(const Outcome& outcome)
{
    return outcome.enhanced.toString();
}

bool isTemporaryReply(const Outcome& outcome)
{
    return outcome.code / 100 == 4;
}

// Traditional units (KB, MB with 1024) are what file managers show people.
QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// ISO dates read the same in every language and cannot be mistaken for day/month swaps.
QString certificateTime(const QDateTime& time)
{
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

// The meaning of the server's code, or a class-level sentence when the code is not known.
QString replyMeaning(int code, const smtp::EnhancedStatus& status)
{
    const QString known = ReplyCodeCatalogue::explain(code, status);
    if (!known.isEmpty())
        return known;
    switch (code / 100) {
    case 2:
        return OutcomeExplainer::tr("The server reported success.");
    case 3:
        return OutcomeExplainer::tr("The server is waiting for more input.");
    case 4:
        return OutcomeExplainer::tr(
            "The server reported a temporary problem; the same request may succeed later.");
    case 5:
        return OutcomeExplainer::tr(
            "The server reported a permanent refusal; the same request will be refused again.");
    default:
        return {};
    }
}

void adviseRetryLater(Draft& draft)
{
    draft.advise(OutcomeExplainer::tr(
        "Try again in a few minutes; a message in the outbox is kept until it is sent."));
}

// An unanswered final reply leaves the message in an unknown state: sending it again
// blindly can deliver it twice.
void adviseCheckBeforeResend(Draft& draft)
{
    draft.advise(OutcomeExplainer::tr("Do not send it again straight away: first check the Sent "
                                      "folder of your webmail, or ask a recipient whether it "
                                      "arrived."));
    draft.advise(OutcomeExplainer::tr(
        "Send it again only if it did not arrive, so that nobody receives it twice."));
}

void adviseSecurityMode(Draft& draft)
{
    draft.advise(OutcomeExplainer::tr(
        "Choose SSL/TLS (usually port 465) or STARTTLS (usually port 587) as the security mode."));
}

void adviseInterception(Draft& draft)
{
    draft.advise(OutcomeExplainer::tr(
        "Turn off mail scanning in your antivirus or firewall program, or use port 465 with "
        "SSL/TLS, which such programs usually leave alone."));
}

void explainGreylisting(const Outcome& outcome, Draft& draft)
{
    const QString status = enhancedText(outcome);
    if (outcome.code == 450 || outcome.code == 451 || status == u"4.2.0"_s || status == u"4.7.1"_s)
        draft.detail(OutcomeExplainer::tr(
            "Many servers refuse a first message from an unknown sender for a few minutes "
            "(greylisting) and accept it when it is sent again."));
}

// --- Certificates -------------------------------------------------------------------------

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

struct CertificateFindings
{
    bool expired = false;
    bool notYetValid = false;
    bool wrongName = false;
    bool unknownAuthority = false;
    bool revoked = false;
};

// One sentence per problem, naming the facts a person needs: which date, which names,
// which issuer.
CertificateFindings describeCertificateProblems(const Outcome& outcome, const QString& host,
                                                Draft& draft)
{
    CertificateFindings findings;
    const QList<CertificateSummary>& chain = outcome.tls.peerChain;
    const CertificateSummary leaf = chain.value(0);
    for (const smtp::CertificateProblem& problem : outcome.tls.problems) {
        const bool inChain =
            problem.certificateIndex >= 0 && problem.certificateIndex < chain.size();
        const CertificateSummary& certificate = inChain ? chain.at(problem.certificateIndex) : leaf;
        const bool isLeaf = !inChain || problem.certificateIndex == 0;
        switch (problem.error) {
        case QSslError::CertificateExpired:
            findings.expired = true;
            draft.detail(
                isLeaf ? OutcomeExplainer::tr("The server's certificate expired on %1.")
                             .arg(certificateTime(certificate.notAfter))
                       : OutcomeExplainer::tr("A certificate in the chain (%1) expired "
                                              "on %2.")
                             .arg(certificate.subject, certificateTime(certificate.notAfter)));
            break;
        case QSslError::CertificateNotYetValid:
            findings.notYetValid = true;
            draft.detail(OutcomeExplainer::tr("The certificate is valid only from %1. If that "
                                              "time has passed, this computer's clock is wrong.")
                             .arg(certificateTime(certificate.notBefore)));
            break;
        case QSslError::HostNameMismatch: {
            findings.wrongName = true;
            const QString names = certificateNames(leaf);
            draft.detail(
                names.isEmpty()
                    ? OutcomeExplainer::tr("The certificate was issued to %1, but the server was "
                                           "reached as %2.")
                          .arg(leaf.subject, displayHost(host))
                    : OutcomeExplainer::tr("The certificate was issued to %1 for the names %2, "
                                           "but the server was reached as %3.")
                          .arg(leaf.subject, names, displayHost(host)));
            break;
        }
        case QSslError::SelfSignedCertificate:
            findings.unknownAuthority = true;
            draft.detail(OutcomeExplainer::tr(
                "The certificate is self-signed: the server issued it to itself, so no trusted "
                "authority vouches for it."));
            break;
        case QSslError::SelfSignedCertificateInChain:
            findings.unknownAuthority = true;
            draft.detail(OutcomeExplainer::tr("The certificate chain ends in an authority that "
                                              "signed itself (%1) and that this computer does "
                                              "not trust.")
                             .arg((inChain ? certificate : chain.value(chain.size() - 1)).subject));
            break;
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::InvalidCaCertificate:
            findings.unknownAuthority = true;
            draft.detail(OutcomeExplainer::tr("The certificate was issued by %1, an authority "
                                              "this computer does not trust.")
                             .arg(certificate.issuer));
            break;
        case QSslError::CertificateRevoked:
            findings.revoked = true;
            draft.detail(OutcomeExplainer::tr(
                "The certificate has been revoked by its issuer and must not be used any more."));
            break;
        case QSslError::NoPeerCertificate:
            draft.detail(OutcomeExplainer::tr("The server sent no certificate."));
            break;
        default:
            // Qt's own text for the rarer problems is already translated by Qt.
            draft.detail(OutcomeExplainer::tr("The certificate chain is invalid: %1")
                             .arg(problem.description));
            break;
        }
    }
    return findings;
}

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

// --- Network and TLS ----------------------------------------------------------------------

void explainConnectFailure(const Outcome& outcome, const QString& host, Draft& draft)
{
    const QString server = displayHost(host);
    switch (outcome.reason) {
    case Reason::HostNotFound:
        draft.headline = OutcomeExplainer::tr("The server name %1 could not be found.").arg(server);
        draft.detail(OutcomeExplainer::tr(
            "No address exists for this name in DNS, or this computer cannot reach a DNS server."));
        draft.advise(OutcomeExplainer::tr(
            "Check the spelling of the server name, for example smtp.163.com or smtp.gmail.com."));
        draft.advise(
            OutcomeExplainer::tr("Check that this computer is online: do web sites open?"));
        draft.advise(OutcomeExplainer::tr("If you use a VPN or a proxy, check its DNS settings."));
        break;
    case Reason::ConnectionRefused:
        draft.headline = OutcomeExplainer::tr("The connection to %1 was refused.").arg(server);
        draft.detail(OutcomeExplainer::tr(
            "The computer at this address answered, but no mail service is listening on this "
            "port. Usually the port is wrong, or the mail service is not running."));
        draft.advise(OutcomeExplainer::tr("Check the port: 465 for SSL/TLS, 587 for STARTTLS, "
                                          "25 for delivery between servers."));
        draft.advise(OutcomeExplainer::tr(
            "If the settings are right, the server may be down: try again later."));
        draft.advise(OutcomeExplainer::tr(
            "A firewall on this computer or on the network can also refuse connections."));
        break;
    case Reason::ConnectTimeout:
        if (outcome.directDelivery) {
            // Direct delivery: the port cannot be changed, the route can.
            draft.headline = OutcomeExplainer::tr(
                "No mail server of the recipient's domain answered on port 25.");
            draft.detail(OutcomeExplainer::tr(
                "Every connection to port 25 timed out. Many internet providers and cloud "
                "hosts block outgoing port 25 to stop spam; from such a network, direct "
                "delivery cannot work. The message stays in the outbox."));
            draft.advise(OutcomeExplainer::tr(
                "Send through your mail provider's server instead (an account with port 465 or "
                "587)."));
            draft.advise(OutcomeExplainer::tr(
                "Ask your internet provider or cloud host whether outgoing port 25 is blocked."));
            break;
        }
        draft.headline =
            OutcomeExplainer::tr("No connection to %1 could be made in time.").arg(server);
        draft.detail(OutcomeExplainer::tr(
            "The server did not answer at all. Most often a firewall or the internet provider "
            "blocks this port (many block port 25), or the server cannot be reached from this "
            "network."));
        draft.advise(OutcomeExplainer::tr(
            "Try port 465 with SSL/TLS, or port 587 with STARTTLS, instead of port 25."));
        draft.advise(OutcomeExplainer::tr(
            "Check firewall, antivirus, proxy and VPN settings; on a company or campus network, "
            "ask the administrator whether outgoing mail ports are open."));
        draft.advise(OutcomeExplainer::tr("Check the server name and port for typing errors."));
        break;
    default:
        draft.headline = OutcomeExplainer::tr("The network connection to %1 failed.").arg(server);
        draft.detail(OutcomeExplainer::tr(
            "A network error stopped the connection before the server could be reached."));
        draft.advise(OutcomeExplainer::tr(
            "Check that this computer is online, and check proxy and VPN settings."));
        draft.advise(OutcomeExplainer::tr("Try again in a moment."));
        break;
    }
}

// OpenSSL's words when TLS bytes meet a plain-text "220 ..." greeting: the port is not an
// implicit-TLS port. Only used to be more certain; the advice is the same without it.
bool answeredInPlainText(const QString& detail)
{
    return detail.contains(u"wrong version number"_s, Qt::CaseInsensitive) ||
           detail.contains(u"packet length too long"_s, Qt::CaseInsensitive) ||
           detail.contains(u"unknown protocol"_s, Qt::CaseInsensitive);
}

void explainHandshakeFailure(const Outcome& outcome, const QString& host, Draft& draft)
{
    if (outcome.phase == Phase::TlsHandshake) {
        draft.headline =
            OutcomeExplainer::tr("The encrypted connection (SSL/TLS) to %1 could not be set up.")
                .arg(displayHost(host));
        draft.detail(answeredInPlainText(outcome.detail)
                         ? OutcomeExplainer::tr("The server answered in plain text, not with "
                                                "encryption: this port does not use SSL/TLS "
                                                "from the first byte.")
                         : OutcomeExplainer::tr("The server did not complete the TLS handshake. "
                                                "Most likely this port expects STARTTLS or "
                                                "plain text rather than SSL/TLS, or the server "
                                                "supports only outdated TLS versions."));
        if (outcome.port == 587 || outcome.port == 25)
            draft.advise(OutcomeExplainer::tr("Port %1 starts in plain text and uses STARTTLS, "
                                              "not SSL/TLS: choose STARTTLS, or use port 465 "
                                              "with SSL/TLS.")
                             .arg(outcome.port));
        else
            draft.advise(OutcomeExplainer::tr("Port 587 usually uses STARTTLS, not SSL/TLS: "
                                              "choose STARTTLS, or use port 465 with SSL/TLS."));
        draft.advise(OutcomeExplainer::tr(
            "If port and security mode are right, the server may support only outdated TLS "
            "versions or ciphers; ask its administrator to update it."));
        return;
    }
    draft.headline = OutcomeExplainer::tr("Encryption with STARTTLS failed.");
    draft.detail(OutcomeExplainer::tr(
        "The server agreed to start encryption, but the TLS handshake failed. The server may "
        "support only outdated TLS versions or ciphers, or a program between you and the server "
        "(antivirus, firewall) interferes."));
    adviseInterception(draft);
    draft.advise(OutcomeExplainer::tr(
        "If that does not help, ask the server's administrator which TLS versions it supports."));
}

void explainStartTls(const Outcome& outcome, Draft& draft)
{
    switch (outcome.reason) {
    case Reason::StartTlsNotOffered:
        draft.headline = OutcomeExplainer::tr("The server does not offer encryption (STARTTLS).");
        draft.detail(OutcomeExplainer::tr(
            "These settings require encryption, so Hongyan stopped rather than send your "
            "password and message unencrypted, where anyone on the network path could read "
            "them."));
        if (outcome.port == 465)
            draft.advise(OutcomeExplainer::tr(
                "Port 465 expects SSL/TLS from the first byte: choose SSL/TLS."));
        draft.advise(OutcomeExplainer::tr(
            "Use the port your provider documents for STARTTLS, usually 587."));
        draft.advise(OutcomeExplainer::tr(
            "Antivirus or firewall programs that scan mail can remove STARTTLS from the server's "
            "answer; turn such scanning off."));
        draft.advise(OutcomeExplainer::tr(
            "Choose \"no encryption\" only for a server on a network you fully trust."));
        break;
    case Reason::StartTlsRefused:
        draft.headline = OutcomeExplainer::tr("The server refused to start encryption (STARTTLS).");
        draft.detail(OutcomeExplainer::tr("It offered STARTTLS but answered the command with an "
                                          "error. Hongyan does not continue without encryption."));
        if (isTemporaryReply(outcome))
            adviseRetryLater(draft);
        draft.advise(OutcomeExplainer::tr("Try port 465 with SSL/TLS."));
        draft.advise(
            OutcomeExplainer::tr("If it keeps happening, tell the server's administrator."));
        break;
    default:
        draft.headline = OutcomeExplainer::tr(
            "The connection was stopped: unexpected data arrived before encryption started.");
        draft.detail(OutcomeExplainer::tr(
            "After the server agreed to start encryption, more data arrived before the "
            "encrypted connection existed. Attackers use this to slip forged answers into the "
            "encrypted session (STARTTLS response injection), so Hongyan closed the connection."));
        draft.advise(OutcomeExplainer::tr(
            "Try again. If it happens again, the server or a device between you and it (proxy, "
            "firewall) is faulty or hostile: report it to the administrator."));
        draft.advise(
            OutcomeExplainer::tr("Port 465 with SSL/TLS is not affected by this problem."));
        break;
    }
}

void explainTimeout(const Outcome& outcome, const QString& host, Draft& draft)
{
    if (outcome.category == Category::Unknown) {
        draft.headline = OutcomeExplainer::tr("The server did not confirm the message in time.");
        draft.detail(OutcomeExplainer::tr(
            "The whole message was sent, but the server's answer never came. The message may or "
            "may not have been delivered."));
        return;
    }
    switch (outcome.phase) {
    case Phase::TlsHandshake:
        draft.headline =
            OutcomeExplainer::tr("The encrypted connection (SSL/TLS) to %1 was not set up in time.")
                .arg(displayHost(host));
        draft.detail(OutcomeExplainer::tr(
            "With SSL/TLS, encryption starts with the first byte. A server that instead sends a "
            "plain-text greeting, as on ports 587 and 25, never answers the handshake."));
        draft.advise(OutcomeExplainer::tr("Port 587 usually uses STARTTLS, not SSL/TLS: choose "
                                          "STARTTLS, or use port 465 with SSL/TLS."));
        draft.advise(OutcomeExplainer::tr("Port 25 starts in plain text: choose STARTTLS there."));
        break;
    case Phase::Starttls:
        draft.headline = OutcomeExplainer::tr("Encryption with STARTTLS did not finish in time.");
        draft.detail(OutcomeExplainer::tr(
            "The server agreed to start encryption, but the handshake stalled. A firewall or "
            "antivirus program that inspects mail traffic can cause this."));
        adviseInterception(draft);
        break;
    case Phase::Greeting:
        draft.headline = OutcomeExplainer::tr("The server did not greet within the time limit.");
        if (outcome.tls.encrypted) {
            draft.detail(OutcomeExplainer::tr(
                "The encrypted connection was set up, but the server said nothing after it."));
        } else {
            draft.detail(OutcomeExplainer::tr(
                "The connection was made, but the server said nothing. The most common cause is "
                "the wrong security mode: a port for SSL/TLS (usually 465) waits for encryption "
                "from the first byte and never sends a plain-text greeting."));
            draft.advise(OutcomeExplainer::tr(
                "Port 465 expects TLS from the first byte: choose SSL/TLS as the security mode."));
            draft.advise(OutcomeExplainer::tr(
                "Otherwise the server may be overloaded, or a firewall lets the connection "
                "through but not the data."));
        }
        break;
    case Phase::Body:
        draft.headline = OutcomeExplainer::tr("Sending the message stalled.");
        draft.detail(OutcomeExplainer::tr(
            "The upload made no progress for too long. The message was not complete, so it was "
            "not delivered."));
        draft.advise(OutcomeExplainer::tr(
            "Check the network connection; a slow connection takes long for large attachments "
            "but should still make progress."));
        break;
    default:
        draft.headline = OutcomeExplainer::tr("The server stopped answering.");
        draft.detail(OutcomeExplainer::tr(
                         "It did not reply in time during this step: %1. Nothing was delivered.")
                         .arg(OutcomeExplainer::phaseText(outcome.phase)));
        draft.advise(OutcomeExplainer::tr("Check the network connection."));
        break;
    }
}

void explainConnectionLost(const Outcome& outcome, const QString& host, Draft& draft)
{
    switch (outcome.phase) {
    case Phase::Greeting:
        draft.headline = OutcomeExplainer::tr("The server closed the connection without greeting.");
        if (outcome.tls.encrypted) {
            draft.detail(OutcomeExplainer::tr(
                "The encrypted connection was set up, but the server hung up before saying "
                "anything; it may refuse your network address."));
        } else {
            draft.detail(OutcomeExplainer::tr(
                "The connection was made, but the server hung up before saying anything. A port "
                "that expects SSL/TLS from the first byte (usually 465) may do this when it gets "
                "plain text; some servers also hang up on network addresses they refuse."));
            draft.advise(OutcomeExplainer::tr("If the port is 465, choose SSL/TLS as the "
                                              "security mode."));
        }
        draft.advise(OutcomeExplainer::tr("If it keeps happening, ask the provider whether your "
                                          "network address is blocked."));
        break;
    case Phase::Auth:
        draft.headline = OutcomeExplainer::tr("The server hung up during sign-in.");
        draft.detail(OutcomeExplainer::tr(
            "Some servers close the connection after a wrong password, or after too many sign-in "
            "attempts in a short time."));
        draft.advise(OutcomeExplainer::tr("Check the user name and password."));
        draft.advise(ProviderHints::authenticationHint(host));
        draft.advise(OutcomeExplainer::tr("Wait a while before trying again: repeated failures "
                                          "can lock the account for some time."));
        break;
    case Phase::Body:
        draft.headline =
            OutcomeExplainer::tr("The connection was lost while the message was being sent.");
        draft.detail(
            OutcomeExplainer::tr("The message was not complete, so it was not delivered."));
        draft.advise(OutcomeExplainer::tr(
            "Some servers hang up when a message is too large; if it has big attachments, try "
            "without them or share them by a link."));
        break;
    default:
        draft.headline =
            OutcomeExplainer::tr("The connection to %1 was lost.").arg(displayHost(host));
        draft.detail(OutcomeExplainer::tr(
            "It broke before the message was complete, so nothing was delivered."));
        break;
    }
    draft.advise(OutcomeExplainer::tr("Check the network connection."));
}

// --- Server replies -----------------------------------------------------------------------

bool isSizeRefusal(const Outcome& outcome)
{
    const QString status = enhancedText(outcome);
    if (status == u"5.3.4"_s || status == u"5.2.3"_s)
        return true;
    return outcome.code == 552 && status != u"5.2.2"_s;
}

void explainSize(const Outcome& outcome, Draft& draft)
{
    draft.headline = OutcomeExplainer::tr("The message is too large for this server.");
    QString message = dataSize(outcome.messageBytes);
    QString limit = dataSize(outcome.sizeLimit);
    if (message == limit) {
        // Rounded, two close sizes look equal; the exact counts show the difference.
        const QLocale locale;
        message = OutcomeExplainer::tr("%1 (%2 bytes)")
                      .arg(message, locale.toString(outcome.messageBytes));
        limit =
            OutcomeExplainer::tr("%1 (%2 bytes)").arg(limit, locale.toString(outcome.sizeLimit));
    }
    if (outcome.messageBytes > 0 && outcome.sizeLimit > 0)
        draft.detail(OutcomeExplainer::tr("The message is %1; the server accepts at most %2.")
                         .arg(message, limit));
    else if (outcome.sizeLimit > 0)
        draft.detail(OutcomeExplainer::tr("The server accepts messages up to %1.").arg(limit));
    else if (outcome.messageBytes > 0)
        draft.detail(OutcomeExplainer::tr("The message is %1.").arg(message));
    draft.detail(OutcomeExplainer::tr(
        "Attachments grow by about a third when sent, because they are encoded as text."));
    draft.detail(OutcomeExplainer::tr("Nothing was delivered."));
    draft.advise(
        OutcomeExplainer::tr("Share large files by a download link instead of attaching them."));
    draft.advise(OutcomeExplainer::tr("Or split the attachments over several messages."));
}

void explainAuthReply(const Outcome& outcome, const QString& host, Draft& draft)
{
    const QString status = enhancedText(outcome);
    const int code = outcome.code;
    const QString providerHint = ProviderHints::authenticationHint(host);
    draft.detail(replyMeaning(code, outcome.enhanced));
    if (status == u"5.7.30"_s || status == u"5.7.139"_s) {
        draft.headline = OutcomeExplainer::tr("Password sign-in is turned off for this account.");
        draft.detail(OutcomeExplainer::tr(
            "The provider accepts only modern sign-in (OAuth2) from mail programs, or "
            "authenticated SMTP is disabled for this mailbox."));
        draft.advise(OutcomeExplainer::tr(
            "Choose OAuth2 (XOAUTH2) as the sign-in method and use an OAuth2 access token for "
            "this account instead of the password."));
        // The provider's own hint says the same for its service, more precisely.
        draft.advise(providerHint.isEmpty()
                         ? OutcomeExplainer::tr(
                               "For a Microsoft 365 work or school account, ask the administrator "
                               "to enable authenticated SMTP (SMTP AUTH) for this mailbox.")
                         : providerHint);
    } else if (code == 535 || status == u"5.7.8"_s) {
        draft.headline =
            OutcomeExplainer::tr("The server did not accept your user name or password.");
        draft.detail(OutcomeExplainer::tr(
            "Many providers refuse the normal login password from mail programs and require an "
            "app password or an authorization code instead."));
        draft.advise(providerHint);
        draft.advise(OutcomeExplainer::tr(
            "Check the user name: most providers expect the full email address."));
        draft.advise(OutcomeExplainer::tr(
            "Type the password again, watching Caps Lock and the keyboard layout."));
        if (providerHint.isEmpty())
            draft.advise(OutcomeExplainer::tr(
                "If your provider requires an app password or authorization code, create one "
                "and use it instead of your login password."));
    } else if (code == 534 || status == u"5.7.9"_s || status == u"5.7.14"_s) {
        draft.headline =
            OutcomeExplainer::tr("The server refused this sign-in method or blocked the sign-in.");
        draft.advise(ProviderHints::replyHint(host, code, outcome.enhanced));
        draft.advise(providerHint);
        draft.advise(OutcomeExplainer::tr(
            "Set the sign-in method to automatic, so that the strongest method the server "
            "offers is used."));
    } else if (code == 538 || status == u"5.7.10"_s || status == u"5.7.11"_s) {
        draft.headline = OutcomeExplainer::tr("The server requires encryption before sign-in.");
        adviseSecurityMode(draft);
    } else if (code == 530 || status == u"5.7.0"_s) {
        draft.headline = OutcomeExplainer::tr("The server requires another step before sign-in.");
        if (!outcome.tls.encrypted)
            adviseSecurityMode(draft);
        draft.advise(OutcomeExplainer::tr(
            "Check that the sign-in method and account settings match what your provider "
            "documents."));
        draft.advise(providerHint);
    } else if (code == 432 || status == u"4.7.12"_s) {
        draft.headline =
            OutcomeExplainer::tr("The server asks for a one-time password change-over.");
        draft.advise(OutcomeExplainer::tr(
            "Sign in once with the PLAIN method over an encrypted connection, then switch back."));
    } else if (isTemporaryReply(outcome)) {
        draft.headline =
            OutcomeExplainer::tr("Sign-in failed because of a temporary problem on the server.");
    } else if (code == 500 || code == 501 || status == u"5.5.6"_s) {
        draft.headline = OutcomeExplainer::tr("The server could not process the sign-in data.");
        draft.advise(OutcomeExplainer::tr(
            "Try another sign-in method; very long access tokens can exceed some servers' "
            "limits."));
    } else {
        draft.headline = OutcomeExplainer::tr("The server refused the sign-in.");
        draft.advise(providerHint);
    }
}

void explainSenderReply(const Outcome& outcome, Draft& draft)
{
    const QString status = enhancedText(outcome);
    draft.detail(replyMeaning(outcome.code, outcome.enhanced));
    if (outcome.code == 530 || status == u"5.7.0"_s || status == u"5.7.57"_s) {
        draft.headline =
            OutcomeExplainer::tr("The server requires sign-in before it accepts mail.");
        if (!outcome.tls.encrypted)
            adviseSecurityMode(draft);
        draft.advise(OutcomeExplainer::tr(
            "Enter the user name and password of this account: without sign-in, servers accept "
            "mail only for their own users."));
    } else if (isTemporaryReply(outcome)) {
        draft.headline = OutcomeExplainer::tr("The server did not accept the sender for now.");
    } else {
        draft.headline = OutcomeExplainer::tr("The server refused the sender address.");
        draft.advise(OutcomeExplainer::tr(
            "Use the address of the account you signed in with as the sender; most providers "
            "refuse other sender addresses."));
        draft.advise(OutcomeExplainer::tr("Check the sender address for typing errors."));
    }
}

void explainMessageReply(const Outcome& outcome, Draft& draft)
{
    const QString status = enhancedText(outcome);
    const bool temporary = isTemporaryReply(outcome);
    draft.headline = temporary
                         ? OutcomeExplainer::tr("The server did not accept the message for now.")
                         : OutcomeExplainer::tr("The server refused the message.");
    draft.detail(replyMeaning(outcome.code, outcome.enhanced));
    if (!temporary)
        draft.detail(OutcomeExplainer::tr("The message was not delivered."));
    if (status == u"5.7.23"_s || status == u"5.7.25"_s || status == u"5.7.26"_s ||
        status == u"5.7.27"_s) {
        draft.headline = OutcomeExplainer::tr(
            "The server refused the message: the sender could not be verified.");
        draft.advise(OutcomeExplainer::tr(
            "The DNS records of the sender's domain (SPF, DKIM, DMARC) must allow the server you "
            "send through. If you own the domain, ask its administrator to add this server; "
            "otherwise send through the provider that hosts your address."));
    } else if (status == u"5.7.1"_s || outcome.code == 554) {
        draft.advise(OutcomeExplainer::tr(
            "The server's text usually says why: suspected spam, a blocked attachment type or a "
            "block list. Change what it names and try again, or ask the recipient to allow your "
            "address."));
    }
}

void explainReply(const Outcome& outcome, const QString& host, Draft& draft)
{
    const bool temporary = isTemporaryReply(outcome);
    if (isSizeRefusal(outcome)) {
        explainSize(outcome, draft);
        draft.detail(replyMeaning(outcome.code, outcome.enhanced));
        return;
    }
    switch (outcome.phase) {
    case Phase::Greeting:
        draft.headline = temporary
                             ? OutcomeExplainer::tr("The server is not accepting connections now.")
                             : OutcomeExplainer::tr("The server refuses to talk to this computer.");
        draft.detail(replyMeaning(outcome.code, outcome.enhanced));
        draft.detail(OutcomeExplainer::tr(
            "Servers often refuse home or changing network addresses and addresses on block "
            "lists, especially on port 25."));
        draft.advise(OutcomeExplainer::tr(
            "Send through your provider's submission server (port 465 or 587) instead of "
            "directly to the recipient's server."));
        draft.advise(OutcomeExplainer::tr(
            "The server's text often names the block list or a page that explains the block."));
        break;
    case Phase::Ehlo:
        draft.headline = OutcomeExplainer::tr("The server refused the greeting (EHLO).");
        draft.detail(replyMeaning(outcome.code, outcome.enhanced));
        draft.detail(OutcomeExplainer::tr(
            "Some servers refuse a computer name that is not a full domain name, such as "
            "\"localhost\"."));
        draft.advise(OutcomeExplainer::tr(
            "Set the EHLO name to this computer's full domain name, or leave it empty so that "
            "Hongyan chooses one."));
        break;
    case Phase::Auth:
        explainAuthReply(outcome, host, draft);
        break;
    case Phase::MailFrom:
        explainSenderReply(outcome, draft);
        break;
    case Phase::RcptTo:
        draft.headline =
            temporary ? OutcomeExplainer::tr("The server did not accept a recipient for now.")
                      : OutcomeExplainer::tr("The server refused a recipient.");
        draft.detail(replyMeaning(outcome.code, outcome.enhanced));
        break;
    case Phase::Data:
        draft.headline =
            temporary ? OutcomeExplainer::tr("The server is not ready to receive the message now.")
                      : OutcomeExplainer::tr("The server refused to receive the message.");
        draft.detail(replyMeaning(outcome.code, outcome.enhanced));
        break;
    case Phase::Body:
    case Phase::DataEnd:
        explainMessageReply(outcome, draft);
        break;
    case Phase::Setup:
    case Phase::Connect:
    case Phase::TlsHandshake:
    case Phase::Starttls:
    case Phase::Quit:
    case Phase::Console:
        draft.headline = temporary
                             ? OutcomeExplainer::tr("The server reported a temporary problem.")
                             : OutcomeExplainer::tr("The server refused the request.");
        draft.detail(replyMeaning(outcome.code, outcome.enhanced));
        break;
    }
    explainGreylisting(outcome, draft);
}

void explainServerClosing(const Outcome& outcome, Draft& draft)
{
    draft.headline =
        OutcomeExplainer::tr("The server ended the session: it is not available right now.");
    draft.detail(replyMeaning(outcome.code, outcome.enhanced));
    draft.detail(OutcomeExplainer::tr(
        "It may be overloaded or restarting, or it limits how many connections or messages it "
        "accepts from you in a short time."));
    if (outcome.phase == Phase::Body || outcome.phase == Phase::DataEnd)
        draft.detail(OutcomeExplainer::tr("The message was not accepted."));
    draft.advise(OutcomeExplainer::tr("If it keeps happening, send fewer messages at a time."));
}

void explainProtocolError(const Outcome& outcome, Draft& draft)
{
    switch (outcome.reason) {
    case Reason::MalformedReply:
        draft.headline = OutcomeExplainer::tr("The server's answer could not be understood.");
        draft.detail(OutcomeExplainer::tr(
            "The answer does not follow the mail protocol (SMTP). Either this is not a mail "
            "server (for example a web server on this port), or a program between you and the "
            "server is broken: antivirus and firewall programs that intercept ports 25 and 587 "
            "are a common cause."));
        draft.advise(OutcomeExplainer::tr("Check the server name and port."));
        break;
    case Reason::ReplyTooLong:
        draft.headline = OutcomeExplainer::tr("The server sent an answer that is far too long.");
        draft.detail(OutcomeExplainer::tr(
            "Hongyan stops reading answers beyond a safe size. Either this is not a mail server, "
            "or the server or a program between you and it is broken: antivirus and firewall "
            "programs that intercept ports 25 and 587 are a common cause."));
        draft.advise(OutcomeExplainer::tr("Check the server name and port."));
        break;
    default:
        draft.headline = OutcomeExplainer::tr("The server answered in an unexpected way.");
        draft.detail(OutcomeExplainer::tr("Its answer does not fit the step in progress (%1). "
                                          "Hongyan stopped rather than guess what the server did.")
                         .arg(OutcomeExplainer::phaseText(outcome.phase)));
        if (outcome.code > 0)
            draft.detail(replyMeaning(outcome.code, outcome.enhanced));
        draft.advise(OutcomeExplainer::tr(
            "Try again; if it happens again, send the transcript to the server's administrator."));
        break;
    }
    adviseInterception(draft);
}

// --- Sign-in ------------------------------------------------------------------------------

// The mechanisms the server offered, as it named them.
QString offeredMechanisms(const Outcome& outcome)
{
    return outcome.offeredAuthMechanisms.join(u", "_s);
}

void explainAuthProblem(const Outcome& outcome, const QString& host, Draft& draft)
{
    switch (outcome.reason) {
    case Reason::AuthNotOffered:
        draft.headline = OutcomeExplainer::tr("%1 does not offer sign-in on this connection.")
                             .arg(displayHost(host));
        draft.detail(OutcomeExplainer::tr(
            "A user name is set, but the server does not accept sign-in here. Many servers offer "
            "sign-in only on the submission ports 465 and 587, or only after encryption; a "
            "server on port 25 usually receives mail for its own users and needs no sign-in."));
        if (!outcome.tls.encrypted)
            adviseSecurityMode(draft);
        draft.advise(OutcomeExplainer::tr(
            "Use the submission port your provider documents: 465 with SSL/TLS or 587 with "
            "STARTTLS."));
        draft.advise(OutcomeExplainer::tr(
            "If this server really needs no sign-in (for example a relay in your own network), "
            "remove the user name and password."));
        break;
    case Reason::AuthMechanismUnavailable:
        draft.headline =
            OutcomeExplainer::tr("The server offers no sign-in method that these settings allow.");
        if (!outcome.offeredAuthMechanisms.isEmpty())
            draft.detail(
                OutcomeExplainer::tr("The server offers: %1.").arg(offeredMechanisms(outcome)));
        draft.detail(OutcomeExplainer::tr(
            "A password needs PLAIN, LOGIN or CRAM-MD5; an OAuth2 token needs XOAUTH2 or "
            "OAUTHBEARER. PLAIN and LOGIN are used only over an encrypted connection."));
        draft.advise(OutcomeExplainer::tr(
            "Set the sign-in method to automatic, or to one of the methods the server offers."));
        if (!outcome.tls.encrypted)
            adviseSecurityMode(draft);
        break;
    case Reason::PlaintextAuthRefused:
        draft.headline =
            OutcomeExplainer::tr("Your password was not sent: the connection is not encrypted.");
        draft.detail(OutcomeExplainer::tr(
            "Over an unencrypted connection, anyone on the network path could read the "
            "password."));
        adviseSecurityMode(draft);
        draft.advise(OutcomeExplainer::tr(
            "Only for a network you fully trust (for example a test server on this computer), "
            "allow sign-in without encryption explicitly."));
        break;
    default:
        draft.headline =
            OutcomeExplainer::tr("The sign-in did not finish: the server kept asking.");
        draft.detail(OutcomeExplainer::tr(
            "The server sent more sign-in challenges than the method allows. This usually means "
            "it did not accept the user name, password or token, without saying so clearly."));
        draft.advise(OutcomeExplainer::tr("Check the user name and password."));
        draft.advise(OutcomeExplainer::tr(
            "With OAuth2, get a fresh access token; an expired token is a common cause."));
        draft.advise(ProviderHints::authenticationHint(host));
        break;
    }
}

// --- Message and recipients ---------------------------------------------------------------

void explainMessageProblem(const Outcome& outcome, Draft& draft)
{
    switch (outcome.reason) {
    case Reason::InvalidSettings:
        draft.headline = OutcomeExplainer::tr("The settings are incomplete or not valid.");
        draft.detail(OutcomeExplainer::tr(
            "Nothing was sent: a setting must be corrected first (see the technical detail)."));
        draft.advise(OutcomeExplainer::tr(
            "Correct the setting named in the technical detail: server name, port, security "
            "mode, user name or CA file."));
        break;
    case Reason::InvalidAddress:
        draft.headline = OutcomeExplainer::tr("An address cannot be used as written.");
        draft.detail(OutcomeExplainer::tr(
            "Nothing was sent. The sender or a recipient address is not a valid mail address."));
        draft.advise(OutcomeExplainer::tr(
            "Check the addresses for typing errors, spaces or missing parts; an address looks "
            "like name@example.com."));
        break;
    case Reason::NoRecipients:
        draft.headline = OutcomeExplainer::tr("The message has no recipients.");
        draft.detail(OutcomeExplainer::tr("Nothing was sent."));
        draft.advise(OutcomeExplainer::tr("Add at least one address in To, Cc or Bcc."));
        break;
    case Reason::MessageUnreadable:
        draft.headline = OutcomeExplainer::tr("The message could not be read.");
        draft.detail(OutcomeExplainer::tr(
            "Hongyan could not read the message or one of its attachments, so nothing was "
            "delivered."));
        draft.advise(OutcomeExplainer::tr(
            "Check that every attached file still exists and can be opened, then send again."));
        break;
    case Reason::SmtpUtf8Required:
        draft.headline =
            OutcomeExplainer::tr("This server cannot take addresses with non-ASCII characters.");
        draft.detail(OutcomeExplainer::tr(
            "An address contains characters beyond ASCII, such as Chinese characters before the "
            "@. Sending it needs the SMTPUTF8 extension, which this server does not offer. "
            "Nothing was sent."));
        draft.advise(OutcomeExplainer::tr("Use an ASCII address for this person if there is one."));
        draft.advise(OutcomeExplainer::tr("Or send through a server that supports SMTPUTF8."));
        break;
    default:
        draft.headline =
            OutcomeExplainer::tr("This server cannot take the message's 8-bit content.");
        draft.detail(OutcomeExplainer::tr(
            "The message contains unencoded 8-bit text, and the server does not offer 8BITMIME, "
            "the extension needed to send it. Nothing was sent."));
        draft.advise(OutcomeExplainer::tr(
            "If the message comes from a file (.eml), convert its text to quoted-printable or "
            "Base64 encoding."));
        draft.advise(OutcomeExplainer::tr("Or send through a server that supports 8BITMIME."));
        break;
    }
}

void explainQueueId(const Outcome& outcome, Draft& draft)
{
    const QString queueId = outcome.queueId();
    if (!queueId.isEmpty())
        draft.detail(OutcomeExplainer::tr("The server's queue ID for this message is %1; quote it "
                                          "when you ask the server's administrator about it.")
                         .arg(queueId));
}

void explainRecipients(const Outcome& outcome, Draft& draft)
{
    constexpr int listed = 10; // beyond this, a count reads better than a wall of lines
    const int total = int(outcome.recipients.size());
    const int accepted = outcome.acceptedRecipientCount();
    const int refused = total - accepted;
    if (outcome.category == Category::Partial) {
        draft.headline = OutcomeExplainer::tr("The message was sent to %1 of %2 recipients.")
                             .arg(accepted)
                             .arg(total);
        explainQueueId(outcome, draft);
    } else if (accepted > 0) {
        draft.headline = OutcomeExplainer::tr(
            "The message was not sent: %n recipient(s) were refused, and every recipient is "
            "required.",
            nullptr, refused);
    } else if (outcome.category == Category::Temporary) {
        draft.headline = OutcomeExplainer::tr("The server did not accept the recipients for now.");
    } else {
        draft.headline = OutcomeExplainer::tr("The server refused every recipient.");
    }

    int shown = 0;
    bool addressProblem = false;
    bool relayProblem = false;
    bool tooMany = false;
    for (const smtp::RecipientResult& recipient : outcome.recipients) {
        if (recipient.accepted)
            continue;
        const QString status = recipient.enhanced.toString();
        addressProblem = addressProblem || status.startsWith(u"5.1."_s) ||
                         (recipient.code == 550 && !status.startsWith(u"5.7."_s));
        relayProblem =
            relayProblem || status == u"5.7.1"_s || status == u"5.7.57"_s || recipient.code == 530;
        tooMany = tooMany || status == u"4.5.3"_s || status == u"5.5.3"_s;
        if (shown++ >= listed)
            continue;
        if (recipient.code == 0) {
            draft.detail(
                OutcomeExplainer::tr("%1 got no answer from the server.").arg(recipient.address));
            continue;
        }
        QString reason = ReplyCodeCatalogue::explain(recipient.code, recipient.enhanced);
        if (reason.isEmpty())
            reason = recipient.serverText;
        QString code = QString::number(recipient.code);
        if (recipient.enhanced.isValid())
            code += u' ' + status;
        draft.detail(
            OutcomeExplainer::tr("%1 was refused (%2): %3").arg(recipient.address, code, reason));
    }
    if (shown > listed)
        draft.detail(
            OutcomeExplainer::tr("%n more recipient(s) were refused.", nullptr, shown - listed));

    if (addressProblem)
        draft.advise(OutcomeExplainer::tr("Check the refused addresses for typing errors."));
    if (relayProblem)
        draft.advise(OutcomeExplainer::tr(
            "If the server's text mentions relaying, it passes mail on only for signed-in "
            "users: enter the user name and password of this account."));
    if (tooMany)
        draft.advise(
            OutcomeExplainer::tr("Send to the remaining recipients in a separate message."));
    const bool onlyForNow =
        std::all_of(outcome.recipients.cbegin(), outcome.recipients.cend(),
                    [](const smtp::RecipientResult& r) { return r.accepted || r.code / 100 == 4; });
    if (outcome.category == Category::Partial && onlyForNow)
        draft.advise(OutcomeExplainer::tr(
            "The accepted recipients got the message. The others were refused only for now: "
            "try them again later (Hongyan's outbox does this on its own)."));
    else if (outcome.category == Category::Partial)
        draft.advise(OutcomeExplainer::tr(
            "The accepted recipients got the message; after correcting the problem, send it "
            "again only to those who were refused."));
    explainGreylisting(outcome, draft);
}

// Direct delivery: the recipient's domain, not a server, is the problem.
void explainMailRoute(const Outcome& outcome, Draft& draft)
{
    if (outcome.reason == Reason::NullMx) {
        draft.headline =
            OutcomeExplainer::tr("The recipient's domain declares that it accepts no mail.");
        draft.detail(OutcomeExplainer::tr(
            "Its DNS records say so explicitly (a \"null MX\" record), so no server will take "
            "the message. Nothing was sent."));
        draft.advise(OutcomeExplainer::tr(
            "Check the part of the address after @; the person may use another address."));
        return;
    }
    draft.headline = OutcomeExplainer::tr("No mail server was found for the recipient's domain.");
    if (outcome.category == Category::Temporary)
        draft.detail(OutcomeExplainer::tr(
            "The DNS lookup for the domain failed for now, so its mail servers are not known. "
            "Nothing was sent."));
    else
        draft.detail(OutcomeExplainer::tr(
            "The domain has no mail server and no address in DNS, so mail for it cannot be "
            "delivered. Nothing was sent."));
    draft.advise(OutcomeExplainer::tr("Check the part of the address after @ for typing errors."));
    draft.advise(OutcomeExplainer::tr(
        "If you use a custom DNS server, check that it answers for other domains."));
}

void explainSuccess(const Outcome& outcome, Draft& draft)
{
    draft.headline = OutcomeExplainer::tr("The message was sent.");
    if (!outcome.recipients.isEmpty())
        draft.detail(OutcomeExplainer::tr("The server accepted it for %n recipient(s).", nullptr,
                                          outcome.acceptedRecipientCount()));
    explainQueueId(outcome, draft);
    draft.detail(OutcomeExplainer::tr(
        "Delivery to the mailboxes happens after this; if it fails later, a bounce message "
        "arrives in your inbox."));
}

void explainCancelled(const Outcome& outcome, Draft& draft)
{
    if (outcome.category == Category::Unknown) {
        draft.headline =
            OutcomeExplainer::tr("Sending was stopped after the whole message had been sent.");
        draft.detail(OutcomeExplainer::tr("The server may already have accepted the message."));
        return;
    }
    draft.headline = OutcomeExplainer::tr("Sending was cancelled.");
    draft.detail(OutcomeExplainer::tr(
        "It was stopped before the message was complete, so nothing was delivered."));
}

QString fallbackHeadline(Category category)
{
    switch (category) {
    case Category::Delivered:
        return OutcomeExplainer::tr("The message was sent.");
    case Category::Partial:
        return OutcomeExplainer::tr("The message was sent to some of the recipients.");
    case Category::Usage:
        return OutcomeExplainer::tr("Nothing was sent: the input is not valid.");
    case Category::Connect:
        return OutcomeExplainer::tr("The server could not be reached.");
    case Category::Tls:
        return OutcomeExplainer::tr("A secure connection could not be established.");
    case Category::Auth:
        return OutcomeExplainer::tr("Sign-in failed.");
    case Category::Rejected:
        return OutcomeExplainer::tr("The server refused the message.");
    case Category::Temporary:
        return OutcomeExplainer::tr("Sending failed for now.");
    case Category::Protocol:
        return OutcomeExplainer::tr("The server broke the mail protocol.");
    case Category::Unknown:
        return OutcomeExplainer::tr("It is not known whether the message was delivered.");
    case Category::Cancelled:
        return OutcomeExplainer::tr("Sending was stopped.");
    }
    return OutcomeExplainer::tr("Sending failed.");
}

// Reasons whose explanation already states everything the engine's detail text says.
bool detailIsRedundant(Reason reason)
{
    switch (reason) {
    case Reason::None:
    case Reason::CertificateUntrusted:
    case Reason::CertificatePinMismatch:
    case Reason::AuthMechanismUnavailable:
    case Reason::MessageTooLarge:
    case Reason::RecipientsRejected:
        return true;
    default:
        return false;
    }
}

} // namespace

Explanation OutcomeExplainer::explain(const Outcome& outcome, const QString& host)
{
    Draft draft;
    switch (outcome.reason) {
    case Reason::None:
        if (outcome.isSuccess())
            explainSuccess(outcome, draft);
        break;
    case Reason::InvalidSettings:
    case Reason::InvalidAddress:
    case Reason::NoRecipients:
    case Reason::MessageUnreadable:
    case Reason::SmtpUtf8Required:
    case Reason::EightBitMimeRequired:
        explainMessageProblem(outcome, draft);
        break;
    case Reason::HostNotFound:
    case Reason::ConnectionRefused:
    case Reason::ConnectTimeout:
        explainConnectFailure(outcome, host, draft);
        break;
    case Reason::NetworkError:
        if (outcome.phase == Phase::Connect)
            explainConnectFailure(outcome, host, draft);
        else
            explainConnectionLost(outcome, host, draft);
        break;
    case Reason::ConnectionClosed:
        explainConnectionLost(outcome, host, draft);
        break;
    case Reason::Timeout:
        explainTimeout(outcome, host, draft);
        break;
    case Reason::TlsHandshakeFailed:
        explainHandshakeFailure(outcome, host, draft);
        break;
    case Reason::CertificateUntrusted:
        explainUntrustedCertificate(outcome, host, draft);
        break;
    case Reason::CertificatePinMismatch:
        explainPinMismatch(outcome, host, draft);
        break;
    case Reason::StartTlsNotOffered:
    case Reason::StartTlsRefused:
    case Reason::StartTlsResponseInjection:
        explainStartTls(outcome, draft);
        break;
    case Reason::ServerReply:
        explainReply(outcome, host, draft);
        break;
    case Reason::ServerClosing:
        explainServerClosing(outcome, draft);
        break;
    case Reason::MalformedReply:
    case Reason::ReplyTooLong:
    case Reason::UnexpectedReply:
        explainProtocolError(outcome, draft);
        break;
    case Reason::AuthNotOffered:
    case Reason::AuthMechanismUnavailable:
    case Reason::PlaintextAuthRefused:
    case Reason::AuthChallengeLimit:
        explainAuthProblem(outcome, host, draft);
        break;
    case Reason::MessageTooLarge:
        explainSize(outcome, draft);
        break;
    case Reason::RecipientsRejected:
        explainRecipients(outcome, draft);
        break;
    case Reason::LostAfterData:
        draft.headline = tr("The connection was lost after the message was sent.");
        draft.detail(tr("The whole message was sent, but the connection broke before the server "
                        "confirmed it. The message may or may not have been delivered."));
        break;
    case Reason::Cancelled:
        explainCancelled(outcome, draft);
        break;
    case Reason::NullMx:
    case Reason::NoMailRoute:
        explainMailRoute(outcome, draft);
        break;
    }
    if (draft.headline.isEmpty())
        draft.headline = fallbackHeadline(outcome.category);

    if (outcome.code > 0 && !outcome.isSuccess() && outcome.reason != Reason::RecipientsRejected)
        draft.detail(replyMeaning(outcome.code, outcome.enhanced));
    if (outcome.code > 0 && !outcome.isSuccess())
        draft.advise(ProviderHints::replyHint(host, outcome.code, outcome.enhanced));
    if (!outcome.detail.isEmpty() && !detailIsRedundant(outcome.reason))
        draft.detail(tr("Technical detail: %1").arg(outcome.detail));

    switch (outcome.category) {
    case Category::Tls:
        draft.detail(tr("No password and no message were sent."));
        break;
    case Category::Temporary:
        adviseRetryLater(draft);
        break;
    case Category::Rejected:
        draft.advise(
            tr("Sending the same message again unchanged will be refused in the same way."));
        break;
    case Category::Unknown:
        adviseCheckBeforeResend(draft);
        break;
    default:
        break;
    }
    return draft.finish(outcome);
}

QString OutcomeExplainer::categoryText(Category category)
{
    switch (category) {
    case Category::Delivered:
        return tr("Sent", "outcome category");
    case Category::Partial:
        return tr("Partly sent", "outcome category");
    case Category::Usage:
        return tr("Invalid input", "outcome category");
    case Category::Connect:
        return tr("Connection failed", "outcome category");
    case Category::Tls:
        return tr("Encryption failed", "outcome category");
    case Category::Auth:
        return tr("Sign-in failed", "outcome category");
    case Category::Rejected:
        return tr("Refused", "outcome category");
    case Category::Temporary:
        return tr("Temporary failure", "outcome category");
    case Category::Protocol:
        return tr("Protocol error", "outcome category");
    case Category::Unknown:
        return tr("Outcome unknown", "outcome category");
    case Category::Cancelled:
        return tr("Cancelled", "outcome category");
    }
    return tr("Outcome unknown", "outcome category");
}

QString OutcomeExplainer::phaseText(Phase stage)
{
    switch (stage) {
    case Phase::Setup:
        return tr("preparation", "session stage");
    case Phase::Connect:
        return tr("connecting", "session stage");
    case Phase::TlsHandshake:
        return tr("TLS handshake", "session stage");
    case Phase::Greeting:
        return tr("server greeting", "session stage");
    case Phase::Ehlo:
        return tr("introduction (EHLO)", "session stage");
    case Phase::Starttls:
        return tr("starting encryption (STARTTLS)", "session stage");
    case Phase::Auth:
        return tr("sign-in", "session stage");
    case Phase::MailFrom:
        return tr("sender (MAIL FROM)", "session stage");
    case Phase::RcptTo:
        return tr("recipients (RCPT TO)", "session stage");
    case Phase::Data:
        return tr("starting the message (DATA)", "session stage");
    case Phase::Body:
        return tr("sending the message", "session stage");
    case Phase::DataEnd:
        return tr("waiting for confirmation", "session stage");
    case Phase::Quit:
        return tr("closing (QUIT)", "session stage");
    case Phase::Console:
        return tr("console command", "session stage");
    }
    return tr("preparation", "session stage");
}

} // namespace hongyan
