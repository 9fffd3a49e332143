#include "mxresolver.h"

#include <QDnsLookup>
#include <QRandomGenerator>
#include <QUrl>

#include <algorithm>

namespace smtp {

namespace {

// NXDOMAIN is NotFoundError. An answer without records of the type asked for (NODATA) comes
// out of Qt 6.4 on glibc as InvalidReplyError, because res_nquery() fails on it; a domain
// with only A records must still fall back to them (RFC 5321 §5.1). But no answer at all
// gives the same error, so only NotFoundError proves that records are missing for good.
bool meansNoRecords(QDnsLookup::Error error)
{
    return error == QDnsLookup::NotFoundError || error == QDnsLookup::InvalidReplyError;
}

} // namespace

MxResolver::MxResolver(QObject* parent)
    : QObject(parent)
{}

MxResolver::~MxResolver()
{
    for (QDnsLookup* lookup : std::as_const(m_lookups)) {
        lookup->disconnect(this);
        lookup->abort();
    }
}

QDnsLookup* MxResolver::newLookup(int type, const QString& name)
{
    auto* lookup = new QDnsLookup(QDnsLookup::Type(type), name, this);
    if (!m_nameserver.isNull())
        lookup->setNameserver(m_nameserver);
    m_lookups.append(lookup);
    return lookup;
}

void MxResolver::resolve(const QString& domain)
{
    m_route = {};
    m_provenMissing = false;
    m_route.domain = domain;
    m_aceDomain = QString::fromLatin1(QUrl::toAce(domain));
    if (m_aceDomain.isEmpty()) {
        m_route.error = Note::of(QT_TRANSLATE_NOOP("smtp", "'%1' is not a valid domain"), domain);
        QMetaObject::invokeMethod(
            this, [this] { emit finished(m_route); }, Qt::QueuedConnection);
        return;
    }
    QDnsLookup* lookup = newLookup(QDnsLookup::MX, m_aceDomain);
    connect(lookup, &QDnsLookup::finished, this, &MxResolver::onMxFinished);
    lookup->lookup();
}

void MxResolver::onMxFinished()
{
    auto* lookup = qobject_cast<QDnsLookup*>(sender());
    const QList<QDnsMailExchangeRecord> records = lookup->mailExchangeRecords();
    const QDnsLookup::Error error = lookup->error();
    const QString errorString = lookup->errorString();
    m_lookups.removeOne(lookup);
    lookup->deleteLater();

    m_provenMissing = error == QDnsLookup::NotFoundError;
    if (error != QDnsLookup::NoError && !meansNoRecords(error)) {
        m_route.kind = MxRoute::Kind::NoRoute;
        m_route.error = Note::verbatim(errorString);
        m_route.temporaryFailure = error != QDnsLookup::InvalidRequestError;
        emit finished(m_route);
        return;
    }
    // RFC 7505: a single MX with an empty exchange (the root) means "no mail here".
    const bool nullMx = records.size() == 1 && (records.constFirst().exchange().isEmpty() ||
                                                records.constFirst().exchange() == u".");
    if (nullMx) {
        m_route.kind = MxRoute::Kind::NullMx;
        emit finished(m_route);
        return;
    }
    if (records.isEmpty()) {
        // RFC 5321 §5.1: no MX records, so the domain itself is the one host (implicit MX).
        m_route.kind = MxRoute::Kind::ImplicitMx;
        m_route.hosts.append(MxHost{m_aceDomain, 0, {}, {}});
    } else {
        m_route.kind = MxRoute::Kind::Mx;
        QList<QDnsMailExchangeRecord> ordered = records;
        // Shuffle first, then a stable sort: equal preferences end up in random order
        // (RFC 5321 §5.1 asks for load spreading among them).
        std::shuffle(ordered.begin(), ordered.end(), *QRandomGenerator::global());
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](const QDnsMailExchangeRecord& a, const QDnsMailExchangeRecord& b) {
                             return a.preference() < b.preference();
                         });
        for (const QDnsMailExchangeRecord& record : ordered)
            m_route.hosts.append(MxHost{record.exchange(), record.preference(), {}, {}});
    }
    resolveAddresses();
}

void MxResolver::resolveAddresses()
{
    for (int i = 0; i < m_route.hosts.size(); ++i) {
        for (const auto type : {QDnsLookup::AAAA, QDnsLookup::A}) {
            QDnsLookup* lookup = newLookup(type, m_route.hosts[i].name);
            connect(lookup, &QDnsLookup::finished, this,
                    [this, lookup, i] { onAddressFinished(lookup, i); });
            ++m_pendingLookups;
            lookup->lookup();
        }
    }
}

void MxResolver::onAddressFinished(QDnsLookup* lookup, int hostIndex)
{
    MxHost& host = m_route.hosts[hostIndex];
    for (const QDnsHostAddressRecord& record : lookup->hostAddressRecords())
        host.addresses.append(record.value());
    if (lookup->error() == QDnsLookup::NotFoundError)
        m_provenMissing = true;
    if (lookup->error() != QDnsLookup::NoError && !meansNoRecords(lookup->error()) &&
        host.error.isEmpty())
        host.error = Note::verbatim(lookup->errorString());
    m_lookups.removeOne(lookup);
    lookup->deleteLater();
    if (--m_pendingLookups > 0)
        return;

    if (m_route.kind == MxRoute::Kind::ImplicitMx &&
        m_route.hosts.constFirst().addresses.isEmpty()) {
        m_route.kind = MxRoute::Kind::NoRoute;
        m_route.error = m_route.hosts.constFirst().error.isEmpty()
                            ? Note::of(QT_TRANSLATE_NOOP("smtp", "no MX, A or AAAA records for %1"),
                                       m_route.domain)
                            : m_route.hosts.constFirst().error;
        // A DNS failure (not "no such records") may pass: worth a retry later.
        m_route.temporaryFailure = !m_route.hosts.constFirst().error.isEmpty() || !m_provenMissing;
        m_route.hosts.clear();
    }
    for (MxHost& each : m_route.hosts) {
        if (each.addresses.isEmpty() && each.error.isEmpty())
            each.error = Note::of(QT_TRANSLATE_NOOP("smtp", "no A or AAAA records"));
    }
    emit finished(m_route);
}

} // namespace smtp
