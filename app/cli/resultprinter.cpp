#include "resultprinter.h"

#include "outcomeexplainer.h"
#include "translations.h"

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace hongyan::cli {

namespace {

QString codeOf(int code, const smtp::EnhancedStatus& enhanced)
{
    if (code == 0)
        return {};
    return enhanced.isValid() ? u"%1 %2"_s.arg(code).arg(enhanced.toString())
                              : QString::number(code);
}

QString oneLine(const QString& text)
{
    return QString(text).replace(u'\n', u" / "_s);
}

// Columns a terminal gives the text: East Asian wide characters (Chinese, Japanese, Korean
// and full-width punctuation) take two.
qsizetype columns(const QString& text)
{
    qsizetype width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115f) || (u >= 0x2e80 && u <= 0xa4cf) ||
                          (u >= 0xac00 && u <= 0xd7a3) || (u >= 0xf900 && u <= 0xfaff) ||
                          (u >= 0xfe30 && u <= 0xfe4f) || (u >= 0xff00 && u <= 0xff60) ||
                          (u >= 0xffe0 && u <= 0xffe6);
        width += wide ? 2 : 1;
    }
    return width;
}

// leftJustified() and rightJustified() by terminal columns, so translated step names and
// verdicts line up.
QString padRight(const QString& text, qsizetype width)
{
    return text + QString(std::max<qsizetype>(0, width - columns(text)), u' ');
}

QString padLeft(const QString& text, qsizetype width)
{
    return QString(std::max<qsizetype>(0, width - columns(text)), u' ') + text;
}

} // namespace

QTextStream& ResultPrinter::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& ResultPrinter::err()
{
    static QTextStream stream(stderr);
    return stream;
}

void ResultPrinter::printDelivery(const smtp::Outcome& outcome)
{
    QTextStream& o = out();
    for (const smtp::RecipientResult& recipient : outcome.recipients) {
        const QString reply =
            (codeOf(recipient.code, recipient.enhanced) + u' ' + oneLine(recipient.serverText))
                .trimmed();
        if (recipient.code == 0)
            o << tr("%1: not tried").arg(recipient.address) << Qt::endl;
        else if (recipient.accepted && !outcome.deliveredTo(recipient))
            o << tr("%1: accepted (%2), but the message was not delivered")
                     .arg(recipient.address, reply)
              << Qt::endl;
        else if (recipient.accepted)
            o << tr("%1: accepted (%2)").arg(recipient.address, reply) << Qt::endl;
        else
            o << tr("%1: refused (%2)").arg(recipient.address, reply) << Qt::endl;
    }
    if (!outcome.isSuccess())
        return;
    const QString queueId = outcome.queueId();
    const int accepted = outcome.acceptedRecipientCount();
    const QString summary =
        outcome.category == smtp::Outcome::Category::Delivered
            ? tr("Delivered to %n recipient(s).", nullptr, accepted)
            : tr("Delivered to %1 of %2 recipients.").arg(accepted).arg(outcome.recipients.size());
    o << summary;
    if (!queueId.isEmpty())
        o << u' ' << tr("Queue ID: %1").arg(queueId);
    o << Qt::endl;
}

int ResultPrinter::usageError(const QString& message)
{
    err() << u"hongyan-cli: "_s << message << Qt::endl;
    return smtp::Outcome::exitStatus(smtp::Outcome::Category::Usage);
}

void ResultPrinter::printFailure(const Explanation& explanation)
{
    QTextStream& e = err();
    e << u"hongyan-cli: "_s << explanation.headline << Qt::endl;
    if (!explanation.details.isEmpty())
        e << u"  "_s << QString(explanation.details).replace(u'\n', u"\n  "_s) << Qt::endl;
    if (!explanation.command.isEmpty())
        e << u"  "_s << tr("Command: %1").arg(explanation.command) << Qt::endl;
    if (!explanation.serverText.isEmpty() || !explanation.codeText.isEmpty())
        e << u"  "_s
          << tr("Server: %1")
                 .arg((explanation.codeText + u' ' + oneLine(explanation.serverText)).trimmed())
          << Qt::endl;
    for (const QString& advice : explanation.advice)
        e << u"  "_s << tr("Try: %1").arg(advice) << Qt::endl;
}

void ResultPrinter::printStep(const smtp::Diagnosis::StepReport& report)
{
    QString verdict;
    switch (report.result) {
    case smtp::Diagnosis::StepResult::Passed:
        verdict = tr("PASS");
        break;
    case smtp::Diagnosis::StepResult::Failed:
        verdict = tr("FAIL");
        break;
    case smtp::Diagnosis::StepResult::Skipped:
        verdict = tr("SKIP");
        break;
    }
    QTextStream& o = out();
    o << padRight(OutcomeExplainer::diagnosisStepBrief(report.phase), 16) << padRight(verdict, 6);
    if (report.result != smtp::Diagnosis::StepResult::Skipped)
        o << padLeft(tr("%1 ms").arg(report.elapsedMs), 8) << u"  "_s
          << Translations::noteText(report.facts);
    o << Qt::endl;
}

void ResultPrinter::printCapabilities(const QString& title, const smtp::Capabilities& capabilities)
{
    QTextStream& o = out();
    o << title << Qt::endl;
    if (!capabilities.isExtended()) {
        o << u"  "_s << tr("(HELO only: no ESMTP extensions)") << Qt::endl;
        return;
    }
    o << u"  "_s << tr("Server: %1").arg(capabilities.serverGreeting()) << Qt::endl;
    for (const QString& line : capabilities.displayLines())
        o << u"  "_s << line << Qt::endl;
}

void ResultPrinter::printTls(const smtp::TlsFacts& tls)
{
    QTextStream& o = out();
    if (!tls.encrypted && tls.peerChain.isEmpty())
        return;
    o << tr("TLS: %1, %2 (%3 bits)").arg(tls.protocol, tls.cipher).arg(tls.cipherBits) << Qt::endl;
    for (qsizetype i = 0; i < tls.peerChain.size(); ++i) {
        const smtp::CertificateSummary& certificate = tls.peerChain[i];
        o << u"  ["_s << i << u"] "_s << tr("Subject: %1").arg(certificate.subject) << Qt::endl;
        o << u"      "_s << tr("Issuer: %1").arg(certificate.issuer) << Qt::endl;
        if (!certificate.subjectAlternativeNames.isEmpty())
            o << u"      "_s
              << tr("Alternative names: %1").arg(certificate.subjectAlternativeNames.join(u", "_s))
              << Qt::endl;
        o << u"      "_s
          << tr("Valid: %1 to %2")
                 .arg(certificate.notBefore.toUTC().toString(Qt::ISODate),
                      certificate.notAfter.toUTC().toString(Qt::ISODate))
          << Qt::endl;
        o << u"      "_s << tr("SHA-256: %1").arg(certificate.sha256Hex()) << Qt::endl;
    }
    if (tls.pinned)
        o << tr("Certificate accepted because it matches the pinned SHA-256.") << Qt::endl;
    else if (tls.verified)
        o << tr("Certificate verified.") << Qt::endl;
    for (const smtp::CertificateProblem& problem : tls.problems)
        o << tr("Certificate problem: %1").arg(Translations::noteText(problem.description))
          << Qt::endl;
}

void ResultPrinter::printRoute(const smtp::MxRoute& route)
{
    QTextStream& o = out();
    switch (route.kind) {
    case smtp::MxRoute::Kind::NullMx:
        o << tr("%1: null MX (RFC 7505): this domain accepts no mail.").arg(route.domain)
          << Qt::endl;
        return;
    case smtp::MxRoute::Kind::NoRoute:
        err() << tr("hongyan-cli: %1: no mail route: %2")
                     .arg(route.domain, Translations::noteText(route.error))
              << Qt::endl;
        return;
    case smtp::MxRoute::Kind::ImplicitMx:
        o << tr("%1: no MX records; mail goes to the domain's own address (RFC 5321 §5.1).")
                 .arg(route.domain)
          << Qt::endl;
        break;
    case smtp::MxRoute::Kind::Mx:
        o << tr("%1: MX hosts in the order they are tried:").arg(route.domain) << Qt::endl;
        break;
    }
    for (const smtp::MxHost& host : route.hosts) {
        QStringList addresses;
        for (const QHostAddress& address : host.addresses)
            addresses.append(address.toString());
        o << QString::number(host.preference).rightJustified(5) << u"  "_s << host.name << u"  "_s
          << (addresses.isEmpty() ? tr("(no address: %1)").arg(Translations::noteText(host.error))
                                  : addresses.join(u", "_s))
          << Qt::endl;
    }
}

} // namespace hongyan::cli
