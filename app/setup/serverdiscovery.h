#pragma once

#include "discoveredserver.h"
#include "note.h"
#include "providerpresets.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

class QDnsLookup;
class QNetworkAccessManager;
class QNetworkReply;

namespace smtp {
class Outcome;
class SmtpSession;
} // namespace smtp

namespace hongyan {

// Finds the submission server for an email address, most trustworthy source first:
// the built-in presets, the provider's autoconfig file (autoconfig.<domain>, then
// <domain>/.well-known/autoconfig/mail/), DNS SRV records (_submissions._tcp, then
// _submission._tcp: RFC 6186, RFC 8314), MX hosts of a known provider, and last a probe
// of ports 465 (implicit TLS) and 587 (STARTTLS). Everything runs on the caller's event
// loop; the result says where it came from. URLs, name server and probe targets can be
// set, so tests run against loopback servers.
class ServerDiscovery : public QObject
{
    Q_OBJECT

public:
    // A server to probe; "{domain}" in host is replaced by the address's domain.
    struct ProbeTarget
    {
        QString host;
        quint16 port = 0;
        smtp::Security security = smtp::Security::ImplicitTls;
    };

    explicit ServerDiscovery(const ProviderPresets& presets, QObject* parent = nullptr);
    ~ServerDiscovery() override;

    // URL patterns of autoconfig files, tried in order; "{domain}" and "{address}" are
    // replaced (the address percent-encoded).
    void setAutoconfigUrls(const QStringList& patterns) { m_autoconfigUrls = patterns; }
    static QStringList defaultAutoconfigUrls();
    // The DNS server for SRV and MX queries; null: the system's. Qt 6.4 asks port 53 only.
    void setNameserver(const QHostAddress& nameserver) { m_nameserver = nameserver; }
    void setProbeTargets(const QList<ProbeTarget>& targets) { m_probeTargets = targets; }
    static QList<ProbeTarget> defaultProbeTargets();
    // Extra trusted CAs for probing (the account's custom CA file).
    void setCaFile(const QString& caFile) { m_caFile = caFile; }
    // The limit for each HTTP request, DNS query and probe.
    void setStepTimeout(std::chrono::milliseconds timeout) { m_stepTimeout = timeout; }

    // One search at a time; ends with found() or failed().
    void start(const QString& address);
    void cancel();
    bool isRunning() const { return m_stage != Stage::Idle; }
    // The last progress line and what was tried, told again in the present language: a
    // status shown before a language switch is shown again in the new one.
    QString progressText() const;
    QStringList triedTexts() const;

signals:
    // What is being tried and what came of it, translated, for a status line (progressText()).
    void progress(const QString& text);
    void found(const hongyan::DiscoveredServer& server);
    // Nothing usable found; `tried` says what was tried and why each failed (triedTexts()).
    void failed(const QStringList& tried);

private:
    enum class Stage { Idle, Preset, Autoconfig, Srv, MailExchanger, Probe };
    // A line for the person, made with tr() each time it is told.
    using Telling = std::function<QString()>;

    template <typename Function>
    void later(Function function);
    void advance();
    void tryAutoconfig();
    void onAutoconfigFinished();
    void trySrv();
    void onSrvFinished();
    void tryMailExchanger();
    void onMxFinished();
    void startProbes();
    void onProbeResult(int index, bool answered, const smtp::Note& detail);
    void onStepTimeout();
    // A progress line; note() also keeps it among what was tried.
    void tell(Telling line);
    void note(Telling line);
    void succeed(const DiscoveredServer& server);
    void giveUp();
    void stopNetwork();
    QDnsLookup* newLookup(int type, const QString& name);

    const ProviderPresets& m_presets;
    QStringList m_autoconfigUrls;
    QHostAddress m_nameserver;
    QList<ProbeTarget> m_probeTargets;
    QString m_caFile;
    std::chrono::milliseconds m_stepTimeout{std::chrono::seconds(10)};

    Stage m_stage = Stage::Idle;
    quint64 m_generation = 0;
    QString m_address;
    QString m_domain;
    int m_attempt = 0; // index within the stage (URL, SRV service)
    QList<Telling> m_tried;
    Telling m_progress;
    QNetworkAccessManager* m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QPointer<QDnsLookup> m_lookup;
    QTimer m_stepTimer;
    QList<QPointer<smtp::SmtpSession>> m_probes;
    QList<std::optional<bool>> m_probeResults;
};

} // namespace hongyan
