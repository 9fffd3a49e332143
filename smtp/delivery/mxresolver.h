#pragma once

#include "note.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

class QDnsLookup;

namespace smtp {

// One host to try for a domain, in order.
struct MxHost
{
    QString name;
    quint16 preference = 0;
    QList<QHostAddress> addresses; // IPv6 and IPv4, as resolved
    Note error;                    // why no address was found, when none was
};

// Where mail for a domain goes (RFC 5321 §5.1).
struct MxRoute
{
    enum class Kind {
        Mx,         // MX records, in preference order (equal preferences shuffled)
        NullMx,     // "MX 0 ." (RFC 7505): the domain accepts no mail
        ImplicitMx, // no MX: the domain's own A/AAAA records
        NoRoute,    // nothing found: no such domain, or no records at all
    };
    QString domain;
    Kind kind = Kind::NoRoute;
    QList<MxHost> hosts;
    Note error; // why, when kind is NoRoute: the DNS error, or that there are no records
    // NoRoute because DNS failed (server failure, timeout), not because the domain has no
    // records: worth trying again later.
    bool temporaryFailure = false;
};

// Resolves the MX route of a domain with QDnsLookup (asynchronous, on the event loop), then
// the addresses of each host. The name server can be set (hongyan-cli --dns-server, tests).
class MxResolver : public QObject
{
    Q_OBJECT

public:
    explicit MxResolver(QObject* parent = nullptr);
    ~MxResolver() override;

    void setNameserver(const QHostAddress& nameserver) { m_nameserver = nameserver; }
    // One resolution at a time; emits finished() once.
    void resolve(const QString& domain);

signals:
    void finished(const smtp::MxRoute& route);

private:
    QDnsLookup* newLookup(int type, const QString& name);
    void onMxFinished();
    void resolveAddresses();
    void onAddressFinished(QDnsLookup* lookup, int hostIndex);

    QHostAddress m_nameserver;
    MxRoute m_route;
    QString m_aceDomain;
    int m_pendingLookups = 0;
    bool m_provenMissing = false; // a lookup answered NXDOMAIN
    QList<QDnsLookup*> m_lookups;
};

} // namespace smtp
