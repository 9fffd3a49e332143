#include "jsonreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>

using namespace Qt::Literals::StringLiterals;

namespace hongyan::cli {

namespace {

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString sslErrorName(QSslError::SslError error)
{
    return QString::fromLatin1(QMetaEnum::fromType<QSslError::SslError>().valueToKey(error));
}

// [{"phase": "connect", "detail": "192.0.2.1:25", "startMs": 0, "durationMs": 3,
// "succeeded": true}, …]: where the operation's time went; "bytes" for the message.
QJsonArray timings(const QList<smtp::PhaseTiming>& timings)
{
    QJsonArray array;
    for (const smtp::PhaseTiming& timing : timings) {
        QJsonObject span{{u"phase"_s, smtp::phaseName(timing.phase)},
                         {u"detail"_s, orNull(timing.detail)},
                         {u"startMs"_s, timing.startMs},
                         {u"durationMs"_s, timing.durationMs},
                         {u"succeeded"_s, timing.succeeded}};
        if (timing.phase == smtp::Phase::Body)
            span.insert(u"bytes"_s, timing.bytes);
        array.append(span);
    }
    return array;
}

} // namespace

QJsonObject JsonReport::outcome(const smtp::Outcome& outcome, const Explanation& explanation)
{
    QJsonArray recipients;
    for (const smtp::RecipientResult& recipient : outcome.recipients) {
        recipients.append(QJsonObject{
            {u"address"_s, recipient.address},
            {u"accepted"_s, recipient.accepted},
            {u"delivered"_s, outcome.deliveredTo(recipient)},
            {u"code"_s, recipient.code == 0 ? QJsonValue() : QJsonValue(recipient.code)},
            {u"enhancedCode"_s, orNull(recipient.enhanced.toString())},
            {u"serverText"_s, orNull(recipient.serverText)},
        });
    }
    return QJsonObject{
        {u"category"_s, smtp::Outcome::categoryName(outcome.category)},
        {u"exitStatus"_s, smtp::Outcome::exitStatus(outcome.category)},
        {u"stage"_s, smtp::phaseName(outcome.phase)},
        {u"reason"_s, smtp::Outcome::reasonName(outcome.reason)},
        {u"code"_s, outcome.code == 0 ? QJsonValue() : QJsonValue(outcome.code)},
        {u"enhancedCode"_s, orNull(outcome.enhanced.toString())},
        {u"serverText"_s, orNull(outcome.serverText)},
        {u"detail"_s, orNull(outcome.detail.text())},
        {u"command"_s, orNull(outcome.command)},
        {u"queueId"_s, orNull(outcome.queueId())},
        {u"messageBytes"_s, outcome.messageBytes},
        {u"sizeLimit"_s, outcome.sizeLimit == 0 ? QJsonValue() : QJsonValue(outcome.sizeLimit)},
        {u"recipients"_s, recipients},
        {u"timings"_s, timings(outcome.timings)},
        {u"tls"_s, tls(outcome.tls)},
        {u"explanation"_s,
         QJsonObject{{u"headline"_s, explanation.headline},
                     {u"details"_s, orNull(explanation.details)},
                     {u"advice"_s, QJsonArray::fromStringList(explanation.advice)}}},
    };
}

QJsonObject JsonReport::tls(const smtp::TlsFacts& tls)
{
    QJsonArray chain;
    for (const smtp::CertificateSummary& certificate : tls.peerChain) {
        chain.append(QJsonObject{
            {u"subject"_s, certificate.subject},
            {u"issuer"_s, certificate.issuer},
            {u"subjectAlternativeNames"_s,
             QJsonArray::fromStringList(certificate.subjectAlternativeNames)},
            {u"notBefore"_s, certificate.notBefore.toUTC().toString(Qt::ISODate)},
            {u"notAfter"_s, certificate.notAfter.toUTC().toString(Qt::ISODate)},
            {u"sha256"_s, certificate.sha256Hex()},
            {u"selfSigned"_s, certificate.selfSigned},
        });
    }
    QJsonArray problems;
    for (const smtp::CertificateProblem& problem : tls.problems) {
        problems.append(QJsonObject{{u"error"_s, sslErrorName(problem.error)},
                                    {u"description"_s, problem.description.text()},
                                    {u"certificate"_s, problem.certificateIndex}});
    }
    return QJsonObject{
        {u"encrypted"_s, tls.encrypted},
        {u"protocol"_s, orNull(tls.protocol)},
        {u"cipher"_s, orNull(tls.cipher)},
        {u"cipherBits"_s, tls.cipherBits},
        {u"verified"_s, tls.verified},
        {u"pinned"_s, tls.pinned},
        {u"chain"_s, chain},
        {u"problems"_s, problems},
    };
}

QJsonObject JsonReport::capabilities(const smtp::Capabilities& capabilities)
{
    const QJsonArray lines = QJsonArray::fromStringList(capabilities.displayLines());
    return QJsonObject{
        {u"extended"_s, capabilities.isExtended()},
        {u"greeting"_s, capabilities.serverGreeting()},
        {u"keywords"_s, lines},
        {u"auth"_s, QJsonArray::fromStringList(capabilities.authMechanisms())},
        {u"sizeLimit"_s, capabilities.sizeLimit()},
    };
}

QJsonObject JsonReport::route(const smtp::MxRoute& route)
{
    QString kind;
    switch (route.kind) {
    case smtp::MxRoute::Kind::Mx:
        kind = u"mx"_s;
        break;
    case smtp::MxRoute::Kind::NullMx:
        kind = u"null-mx"_s;
        break;
    case smtp::MxRoute::Kind::ImplicitMx:
        kind = u"implicit-mx"_s;
        break;
    case smtp::MxRoute::Kind::NoRoute:
        kind = u"no-route"_s;
        break;
    }
    QJsonArray hosts;
    for (const smtp::MxHost& host : route.hosts) {
        QJsonArray addresses;
        for (const QHostAddress& address : host.addresses)
            addresses.append(address.toString());
        hosts.append(QJsonObject{{u"host"_s, host.name},
                                 {u"preference"_s, host.preference},
                                 {u"addresses"_s, addresses},
                                 {u"error"_s, orNull(host.error.text())}});
    }
    return QJsonObject{{u"domain"_s, route.domain},
                       {u"kind"_s, kind},
                       {u"hosts"_s, hosts},
                       {u"error"_s, orNull(route.error.text())}};
}

QByteArray JsonReport::toLine(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace hongyan::cli
