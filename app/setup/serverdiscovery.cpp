#include "serverdiscovery.h"

#include "autoconfigparser.h"
#include "outcome.h"
#include "smtpsession.h"

#include <QCoreApplication>
#include <QDnsLookup>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

#include <array>
#include <type_traits>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

namespace {

// An autoconfig file is a few kilobytes; anything far larger is not one.
constexpr qint64 MaxAutoconfigBytes = 256 * 1024;

struct SrvService
{
    QStringView prefix;
    smtp::Security security;
};

// RFC 8314 §5.1: implicit TLS submission is preferred over STARTTLS.
constexpr std::array<SrvService, 2> SrvServices{{
    {u"_submissions._tcp.", smtp::Security::ImplicitTls},
    {u"_submission._tcp.", smtp::Security::StartTls},
}};

QString hostPort(const QString& host, quint16 port)
{
    return host.contains(u':') ? u"[%1]:%2"_s.arg(host).arg(port) : u"%1:%2"_s.arg(host).arg(port);
}

} // namespace

ServerDiscovery::ServerDiscovery(const ProviderPresets& presets, QObject* parent)
    : QObject(parent)
    , m_presets(presets)
    , m_autoconfigUrls(defaultAutoconfigUrls())
    , m_probeTargets(defaultProbeTargets())
{
    m_stepTimer.setSingleShot(true);
    connect(&m_stepTimer, &QTimer::timeout, this, &ServerDiscovery::onStepTimeout);
}

ServerDiscovery::~ServerDiscovery()
{
    stopNetwork();
}

QStringList ServerDiscovery::defaultAutoconfigUrls()
{
    return {u"https://autoconfig.{domain}/mail/config-v1.1.xml?emailaddress={address}"_s,
            u"https://{domain}/.well-known/autoconfig/mail/config-v1.1.xml"_s};
}

QList<ServerDiscovery::ProbeTarget> ServerDiscovery::defaultProbeTargets()
{
    return {{u"smtp.{domain}"_s, 465, smtp::Security::ImplicitTls},
            {u"smtp.{domain}"_s, 587, smtp::Security::StartTls},
            {u"mail.{domain}"_s, 465, smtp::Security::ImplicitTls},
            {u"mail.{domain}"_s, 587, smtp::Security::StartTls}};
}

void ServerDiscovery::start(const QString& address)
{
    cancel();
    m_address = address.trimmed();
    m_domain = ProviderPresets::domainOf(m_address);
    m_tried.clear();
    m_progress = {};
    m_attempt = 0;
    m_stage = Stage::Preset;
    if (m_domain.isEmpty() || QUrl::toAce(m_domain).isEmpty()) {
        note([address = m_address] {
            return tr("'%1' is not an email address with a valid domain.").arg(address);
        });
        later(&ServerDiscovery::giveUp);
        return;
    }
    if (const auto preset = m_presets.forDomain(m_domain)) {
        const DiscoveredServer server = ProviderPresets::suggestion(
            *preset, m_address, SettingsSource(SettingsSource::Kind::Preset, m_domain));
        later([this, server] { succeed(server); });
        return;
    }
    later(&ServerDiscovery::advance);
}

// Results are reported from the event loop, never from inside start(), so callers see one
// order of events; a search cancelled or restarted meanwhile ignores what was queued for it.
template <typename Function>
void ServerDiscovery::later(Function function)
{
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation, function] {
            if (generation != m_generation)
                return;
            if constexpr (std::is_member_function_pointer_v<Function>)
                (this->*function)();
            else
                function();
        },
        Qt::QueuedConnection);
}

void ServerDiscovery::cancel()
{
    stopNetwork();
    m_stage = Stage::Idle;
    ++m_generation;
}

void ServerDiscovery::stopNetwork()
{
    m_stepTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_lookup) {
        m_lookup->disconnect(this);
        m_lookup->abort();
        m_lookup->deleteLater();
    }
    for (const QPointer<smtp::SmtpSession>& probe : std::as_const(m_probes)) {
        if (!probe)
            continue;
        probe->disconnect(this);
        probe->cancel();
        probe->deleteLater();
    }
    m_probes.clear();
    m_probeResults.clear();
}

// Moves to the next attempt: the next URL or SRV service within a stage, else the next stage.
void ServerDiscovery::advance()
{
    stopNetwork();
    switch (m_stage) {
    case Stage::Idle:
        return;
    case Stage::Preset:
        m_stage = Stage::Autoconfig;
        m_attempt = 0;
        break;
    case Stage::Autoconfig:
    case Stage::Srv:
        break;
    case Stage::MailExchanger:
        m_stage = Stage::Probe;
        break;
    case Stage::Probe:
        giveUp();
        return;
    }
    if (m_stage == Stage::Autoconfig) {
        if (m_attempt < m_autoconfigUrls.size()) {
            tryAutoconfig();
            return;
        }
        m_stage = Stage::Srv;
        m_attempt = 0;
    }
    if (m_stage == Stage::Srv) {
        if (m_attempt < int(SrvServices.size())) {
            trySrv();
            return;
        }
        m_stage = Stage::MailExchanger;
        tryMailExchanger();
        return;
    }
    startProbes();
}

void ServerDiscovery::tryAutoconfig()
{
    QString text = m_autoconfigUrls.at(m_attempt);
    text.replace(u"{domain}"_s, m_domain);
    text.replace(u"{address}"_s, QString::fromLatin1(QUrl::toPercentEncoding(m_address)));
    const QUrl url(text, QUrl::StrictMode);
    const QString shown = url.adjusted(QUrl::RemoveQuery).toDisplayString();
    ++m_attempt;
    if (!url.isValid()) {
        note([text] {
            return tr("Skipped the autoconfig address %1: it is not a valid URL.").arg(text);
        });
        later(&ServerDiscovery::advance);
        return;
    }
    tell([shown] { return tr("Asking for the provider's autoconfig file at %1…").arg(shown); });
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(url);
    request.setTransferTimeout(int(m_stepTimeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    m_reply = m_network->get(request);
    m_reply->setProperty("shownUrl", shown);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > MaxAutoconfigBytes && m_reply)
            m_reply->abort();
    });
    connect(m_reply, &QNetworkReply::finished, this, &ServerDiscovery::onAutoconfigFinished);
}

void ServerDiscovery::onAutoconfigFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    const QString shown = reply->property("shownUrl").toString();
    if (reply->error() != QNetworkReply::NoError) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 0)
            note([shown, status] {
                return tr("No autoconfig file at %1 (HTTP %2).").arg(shown).arg(status);
            });
        else
            note([shown, error = reply->errorString()] {
                return tr("No autoconfig file at %1 (%2).").arg(shown, error);
            });
        advance();
        return;
    }
    const QByteArray body = reply->read(MaxAutoconfigBytes + 1);
    if (body.size() > MaxAutoconfigBytes) {
        note([shown] {
            return tr("Ignored the autoconfig file at %1: it is too large.").arg(shown);
        });
        advance();
        return;
    }
    const AutoconfigParser::Result parsed = AutoconfigParser::parse(body, m_address);
    if (parsed.servers.isEmpty()) {
        note([shown, error = parsed.error] {
            return tr("The autoconfig file at %1 is of no use: %2.").arg(shown, error);
        });
        advance();
        return;
    }
    DiscoveredServer server = parsed.servers.constFirst();
    server.source = SettingsSource(SettingsSource::Kind::Autoconfig, shown);
    if (server.user.isEmpty())
        server.user = m_address;
    succeed(server);
}

QDnsLookup* ServerDiscovery::newLookup(int type, const QString& name)
{
    auto* lookup = new QDnsLookup(QDnsLookup::Type(type), name, this);
    if (!m_nameserver.isNull())
        lookup->setNameserver(m_nameserver);
    m_lookup = lookup;
    m_stepTimer.start(m_stepTimeout);
    return lookup;
}

void ServerDiscovery::trySrv()
{
    const SrvService& service = SrvServices.at(m_attempt);
    const QString name = service.prefix.toString() + QString::fromLatin1(QUrl::toAce(m_domain));
    tell([name] { return tr("Looking up the DNS SRV record %1…").arg(name); });
    QDnsLookup* lookup = newLookup(QDnsLookup::SRV, name);
    connect(lookup, &QDnsLookup::finished, this, &ServerDiscovery::onSrvFinished);
    lookup->lookup();
}

void ServerDiscovery::onSrvFinished()
{
    QDnsLookup* lookup = m_lookup;
    if (!lookup)
        return;
    m_stepTimer.stop();
    lookup->deleteLater();
    m_lookup = nullptr;
    const SrvService& service = SrvServices.at(m_attempt);
    ++m_attempt;
    if (lookup->error() != QDnsLookup::NoError) {
        note([name = lookup->name(), error = lookup->errorString()] {
            return tr("No DNS SRV record %1 (%2).").arg(name, error);
        });
        advance();
        return;
    }
    // Qt orders the records by priority and weight (RFC 2782).
    const QList<QDnsServiceRecord> records = lookup->serviceRecords();
    for (const QDnsServiceRecord& record : records) {
        QString target = record.target();
        while (target.endsWith(u'.'))
            target.chop(1);
        // RFC 2782: a target of "." means the service is decidedly not offered.
        if (target.isEmpty() || record.port() == 0)
            continue;
        DiscoveredServer server;
        server.host = QUrl::fromAce(target.toLatin1());
        server.port = record.port();
        server.security = service.security;
        server.user = m_address;
        server.source = SettingsSource(SettingsSource::Kind::Srv, lookup->name());
        succeed(server);
        return;
    }
    note([name = lookup->name()] {
        return tr("The DNS SRV record %1 says the service is not offered.").arg(name);
    });
    advance();
}

void ServerDiscovery::tryMailExchanger()
{
    tell([domain = m_domain] { return tr("Looking up the mail servers (MX) of %1…").arg(domain); });
    QDnsLookup* lookup = newLookup(QDnsLookup::MX, QString::fromLatin1(QUrl::toAce(m_domain)));
    connect(lookup, &QDnsLookup::finished, this, &ServerDiscovery::onMxFinished);
    lookup->lookup();
}

void ServerDiscovery::onMxFinished()
{
    QDnsLookup* lookup = m_lookup;
    if (!lookup)
        return;
    m_stepTimer.stop();
    lookup->deleteLater();
    m_lookup = nullptr;
    if (lookup->error() != QDnsLookup::NoError) {
        note([domain = m_domain, error = lookup->errorString()] {
            return tr("No MX records for %1 (%2).").arg(domain, error);
        });
        advance();
        return;
    }
    const QList<QDnsMailExchangeRecord> records = lookup->mailExchangeRecords();
    for (const QDnsMailExchangeRecord& record : records) {
        if (const auto preset = m_presets.forMailExchanger(record.exchange())) {
            QString exchange = record.exchange();
            while (exchange.endsWith(u'.'))
                exchange.chop(1);
            succeed(ProviderPresets::suggestion(
                *preset, m_address, SettingsSource(SettingsSource::Kind::MailExchanger, exchange)));
            return;
        }
    }
    note([domain = m_domain] {
        return tr("The mail servers (MX) of %1 belong to no provider Hongyan knows.").arg(domain);
    });
    advance();
}

void ServerDiscovery::startProbes()
{
    if (m_probeTargets.isEmpty()) {
        giveUp();
        return;
    }
    QStringList shown;
    for (const ProbeTarget& target : std::as_const(m_probeTargets)) {
        QString host = target.host;
        host.replace(u"{domain}"_s, m_domain);
        shown.append(hostPort(host, target.port));
    }
    tell([hosts = shown.join(u", "_s)] { return tr("Trying to connect to %1…").arg(hosts); });

    m_probeResults = QList<std::optional<bool>>(m_probeTargets.size());
    for (int index = 0; index < m_probeTargets.size(); ++index) {
        const ProbeTarget& target = m_probeTargets.at(index);
        smtp::SessionSettings settings;
        settings.host = target.host;
        settings.host.replace(u"{domain}"_s, m_domain);
        settings.port = target.port;
        settings.security = target.security;
        settings.authMethod = smtp::AuthMethod::None;
        settings.caFile = m_caFile;
        settings.timeouts = smtp::Timeouts::uniform(m_stepTimeout);

        auto* session = new smtp::SmtpSession(this);
        session->setSettings(settings);
        m_probes.append(session);
        connect(session, &smtp::SmtpSession::established, this, [this, index, session] {
            // The session says goodbye on its own; stopping the other probes spares it.
            m_probes.removeAll(session);
            session->disconnect(this);
            connect(session, &smtp::SmtpSession::closed, session, &QObject::deleteLater);
            session->quit();
            onProbeResult(index, true, {});
        });
        connect(
            session, &smtp::SmtpSession::finished, this,
            [this, index, session](const smtp::Outcome& outcome) {
                session->disconnect(this);
                session->deleteLater();
                // A certificate the system does not trust still proves a TLS mail
                // server is there; the diagnosis explains the certificate afterwards.
                const bool answered = outcome.reason == smtp::Outcome::Reason::CertificateUntrusted;
                onProbeResult(index, answered,
                              outcome.detail.isEmpty() ? smtp::Note::verbatim(outcome.serverText)
                                                       : outcome.detail);
            });
        session->open();
    }
}

void ServerDiscovery::onProbeResult(int index, bool answered, const smtp::Note& detail)
{
    if (m_stage != Stage::Probe || index >= m_probeResults.size())
        return;
    m_probeResults[index] = answered;
    const ProbeTarget& target = m_probeTargets.at(index);
    QString host = target.host;
    host.replace(u"{domain}"_s, m_domain);
    if (!answered)
        note([where = hostPort(host, target.port), detail] {
            return tr("No mail server answered at %1 (%2).").arg(where, detail.localized());
        });
    // The earliest target in the list that answered wins, once all before it have failed.
    for (int i = 0; i < m_probeResults.size(); ++i) {
        if (!m_probeResults.at(i).has_value())
            return;
        if (!*m_probeResults.at(i))
            continue;
        const ProbeTarget& winner = m_probeTargets.at(i);
        DiscoveredServer server;
        server.host = winner.host;
        server.host.replace(u"{domain}"_s, m_domain);
        server.port = winner.port;
        server.security = winner.security;
        server.user = m_address;
        server.source =
            SettingsSource(SettingsSource::Kind::Probe, hostPort(server.host, server.port));
        succeed(server);
        return;
    }
    giveUp();
}

void ServerDiscovery::onStepTimeout()
{
    if (!m_lookup)
        return;
    const QString name = m_lookup->name();
    m_lookup->disconnect(this);
    m_lookup->abort();
    m_lookup->deleteLater();
    m_lookup = nullptr;
    if (m_stage == Stage::Srv)
        ++m_attempt;
    note([name] { return tr("The DNS server did not answer for %1 in time.").arg(name); });
    advance();
}

void ServerDiscovery::tell(Telling line)
{
    m_progress = std::move(line);
    emit progress(m_progress());
}

void ServerDiscovery::note(Telling line)
{
    m_tried.append(line);
    tell(std::move(line));
}

QString ServerDiscovery::progressText() const
{
    return m_progress ? m_progress() : QString();
}

QStringList ServerDiscovery::triedTexts() const
{
    QStringList texts;
    for (const Telling& line : m_tried)
        texts.append(line());
    return texts;
}

void ServerDiscovery::succeed(const DiscoveredServer& server)
{
    if (m_stage == Stage::Idle)
        return;
    stopNetwork();
    m_stage = Stage::Idle;
    emit found(server);
}

void ServerDiscovery::giveUp()
{
    if (m_stage == Stage::Idle)
        return;
    stopNetwork();
    m_stage = Stage::Idle;
    emit failed(triedTexts());
}

} // namespace hongyan
