#include "outcomeexplainer.h"
#include "providerhints.h"
#include "reasonexplanations.h"

using namespace Qt::Literals::StringLiterals;

namespace hongyan::explaining {

using smtp::Outcome;
using Category = Outcome::Category;
using smtp::Phase;

void explainHostNotFound(const Outcome&, const QString& host, Draft& draft)
{
    draft.headline =
        OutcomeExplainer::tr("The server name %1 could not be found.").arg(displayHost(host));
    draft.detail(OutcomeExplainer::tr(
        "No address exists for this name in DNS, or this computer cannot reach a DNS server."));
    draft.advise(OutcomeExplainer::tr(
        "Check the spelling of the server name, for example smtp.163.com or smtp.gmail.com."));
    draft.advise(OutcomeExplainer::tr("Check that this computer is online: do web sites open?"));
    draft.advise(OutcomeExplainer::tr("If you use a VPN or a proxy, check its DNS settings."));
}

void explainConnectionRefused(const Outcome&, const QString& host, Draft& draft)
{
    draft.headline =
        OutcomeExplainer::tr("The connection to %1 was refused.").arg(displayHost(host));
    draft.detail(OutcomeExplainer::tr(
        "The computer at this address answered, but no mail service is listening on this "
        "port. Usually the port is wrong, or the mail service is not running."));
    draft.advise(OutcomeExplainer::tr("Check the port: 465 for SSL/TLS, 587 for STARTTLS, "
                                      "25 for delivery between servers."));
    draft.advise(OutcomeExplainer::tr(
        "If the settings are right, the server may be down: try again later."));
    draft.advise(OutcomeExplainer::tr(
        "A firewall on this computer or on the network can also refuse connections."));
}

namespace {

// Direct delivery: the port cannot be changed, the route can.
void explainBlockedPort25(Draft& draft)
{
    draft.headline =
        OutcomeExplainer::tr("No mail server of the recipient's domain answered on port 25.");
    draft.detail(OutcomeExplainer::tr(
        "Every connection to port 25 timed out. Many internet providers and cloud "
        "hosts block outgoing port 25 to stop spam; from such a network, direct "
        "delivery cannot work. The message stays in the outbox."));
    draft.advise(OutcomeExplainer::tr(
        "Send through your mail provider's server instead (an account with port 465 or "
        "587)."));
    draft.advise(OutcomeExplainer::tr(
        "Ask your internet provider or cloud host whether outgoing port 25 is blocked."));
}

} // namespace

void explainConnectTimeout(const Outcome& outcome, const QString& host, Draft& draft)
{
    if (outcome.directDelivery) {
        explainBlockedPort25(draft);
        return;
    }
    draft.headline =
        OutcomeExplainer::tr("No connection to %1 could be made in time.").arg(displayHost(host));
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
}

// While connecting, a network error means the server was never reached; later it means an
// established connection broke.
void explainNetworkError(const Outcome& outcome, const QString& host, Draft& draft)
{
    if (outcome.phase != Phase::Connect) {
        explainConnectionLost(outcome, host, draft);
        return;
    }
    draft.headline =
        OutcomeExplainer::tr("The network connection to %1 failed.").arg(displayHost(host));
    draft.detail(OutcomeExplainer::tr(
        "A network error stopped the connection before the server could be reached."));
    draft.advise(OutcomeExplainer::tr(
        "Check that this computer is online, and check proxy and VPN settings."));
    draft.advise(OutcomeExplainer::tr("Try again in a moment."));
}

namespace {

// OpenSSL's words when TLS bytes meet a plain-text "220 ..." greeting: the port is not an
// implicit-TLS port. Only used to be more certain; the advice is the same without it.
bool answeredInPlainText(const QString& detail)
{
    return detail.contains(u"wrong version number"_s, Qt::CaseInsensitive) ||
           detail.contains(u"packet length too long"_s, Qt::CaseInsensitive) ||
           detail.contains(u"unknown protocol"_s, Qt::CaseInsensitive);
}

} // namespace

void explainHandshakeFailure(const Outcome& outcome, const QString& host, Draft& draft)
{
    if (outcome.phase == Phase::TlsHandshake) {
        draft.headline =
            OutcomeExplainer::tr("The encrypted connection (SSL/TLS) to %1 could not be set up.")
                .arg(displayHost(host));
        draft.detail(answeredInPlainText(outcome.detail.text())
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

void explainStartTlsNotOffered(const Outcome& outcome, const QString&, Draft& draft)
{
    draft.headline = OutcomeExplainer::tr("The server does not offer encryption (STARTTLS).");
    draft.detail(OutcomeExplainer::tr(
        "These settings require encryption, so Hongyan stopped rather than send your "
        "password and message unencrypted, where anyone on the network path could read "
        "them."));
    if (outcome.port == 465)
        draft.advise(
            OutcomeExplainer::tr("Port 465 expects SSL/TLS from the first byte: choose SSL/TLS."));
    draft.advise(
        OutcomeExplainer::tr("Use the port your provider documents for STARTTLS, usually 587."));
    draft.advise(OutcomeExplainer::tr(
        "Antivirus or firewall programs that scan mail can remove STARTTLS from the server's "
        "answer; turn such scanning off."));
    draft.advise(OutcomeExplainer::tr(
        "Choose \"no encryption\" only for a server on a network you fully trust."));
}

void explainStartTlsRefused(const Outcome& outcome, const QString&, Draft& draft)
{
    draft.headline = OutcomeExplainer::tr("The server refused to start encryption (STARTTLS).");
    draft.detail(OutcomeExplainer::tr("It offered STARTTLS but answered the command with an "
                                      "error. Hongyan does not continue without encryption."));
    if (isTemporaryReply(outcome))
        adviseRetryLater(draft);
    draft.advise(OutcomeExplainer::tr("Try port 465 with SSL/TLS."));
    draft.advise(OutcomeExplainer::tr("If it keeps happening, tell the server's administrator."));
}

void explainStartTlsInjection(const Outcome&, const QString&, Draft& draft)
{
    draft.headline = OutcomeExplainer::tr(
        "The connection was stopped: unexpected data arrived before encryption started.");
    draft.detail(OutcomeExplainer::tr(
        "After the server agreed to start encryption, more data arrived before the "
        "encrypted connection existed. Attackers use this to slip forged answers into the "
        "encrypted session (STARTTLS response injection), so Hongyan closed the connection."));
    draft.advise(OutcomeExplainer::tr(
        "Try again. If it happens again, the server or a device between you and it (proxy, "
        "firewall) is faulty or hostile: report it to the administrator."));
    draft.advise(OutcomeExplainer::tr("Port 465 with SSL/TLS is not affected by this problem."));
}

void explainImplicitTlsExpected(const Outcome& outcome, const QString& host, Draft& draft)
{
    draft.headline = OutcomeExplainer::tr("Port %1 of %2 expects SSL/TLS, not %3.")
                         .arg(QString::number(outcome.port), displayHost(host),
                              OutcomeExplainer::securityText(outcome.security));
    draft.detail(OutcomeExplainer::tr(
        "The connection was made, but the server sent no greeting: on this port encryption "
        "starts with the first byte, so it waits for Hongyan to begin a TLS handshake while "
        "Hongyan waits for its greeting. Nothing was sent."));
    draft.advise(OutcomeExplainer::tr("Choose SSL/TLS as the security mode for port %1.")
                     .arg(QString::number(outcome.port)));
    draft.advise(OutcomeExplainer::tr("Or keep STARTTLS and use port 587, if your provider "
                                      "offers it."));
}

namespace {

void explainHandshakeTimeout(const QString& host, Draft& draft)
{
    draft.headline =
        OutcomeExplainer::tr("The encrypted connection (SSL/TLS) to %1 was not set up in time.")
            .arg(displayHost(host));
    draft.detail(OutcomeExplainer::tr(
        "With SSL/TLS, encryption starts with the first byte. A server that instead sends a "
        "plain-text greeting, as on ports 587 and 25, never answers the handshake."));
    draft.advise(OutcomeExplainer::tr("Port 587 usually uses STARTTLS, not SSL/TLS: choose "
                                      "STARTTLS, or use port 465 with SSL/TLS."));
    draft.advise(OutcomeExplainer::tr("Port 25 starts in plain text: choose STARTTLS there."));
}

void explainGreetingTimeout(const Outcome& outcome, Draft& draft)
{
    draft.headline = OutcomeExplainer::tr("The server did not greet within the time limit.");
    if (outcome.tls.encrypted) {
        draft.detail(OutcomeExplainer::tr(
            "The encrypted connection was set up, but the server said nothing after it."));
        return;
    }
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

} // namespace

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
        explainHandshakeTimeout(host, draft);
        break;
    case Phase::StartTls:
        draft.headline = OutcomeExplainer::tr("Encryption with STARTTLS did not finish in time.");
        draft.detail(OutcomeExplainer::tr(
            "The server agreed to start encryption, but the handshake stalled. A firewall or "
            "antivirus program that inspects mail traffic can cause this."));
        adviseInterception(draft);
        break;
    case Phase::Greeting:
        explainGreetingTimeout(outcome, draft);
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

namespace {

void explainClosedBeforeGreeting(const Outcome& outcome, Draft& draft)
{
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
}

} // namespace

void explainConnectionLost(const Outcome& outcome, const QString& host, Draft& draft)
{
    switch (outcome.phase) {
    case Phase::Greeting:
        explainClosedBeforeGreeting(outcome, draft);
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

} // namespace hongyan::explaining
