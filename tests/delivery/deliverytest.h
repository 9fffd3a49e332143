#pragma once

// Support for the direct-delivery tests (issue #8): dnsmasq serving the MX and address
// records of test domains on port 53 of a loopback address of its own, mail servers on
// port 25 of other loopback addresses, addresses that refuse or never answer, and a harness
// that records what a smtp::DirectDelivery emits. QDnsLookup in Qt 6.4 asks port 53 only
// and MX hosts are reached on port 25, so all of this needs root (as in CI).

#include "directdelivery.h"
#include "dnsmasq.h"
#include "helperprocess.h"
#include "outcome.h"
#include "transcriptrecord.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

#include <optional>

namespace testsupport {
class BlackholeListener;
class ScriptedServer;
class TestCertificates;
} // namespace testsupport

namespace deliverytest {

bool runningAsRoot();
inline constexpr char NeedsRoot[] =
    "needs root to bind port 53 (dnsmasq) and port 25 on loopback addresses; CI runs the "
    "tests as root";

// dnsmasq options for the zone: "MX <preference> <host>" for a domain, and a host's
// addresses.
QString mxRecord(const QString& domain, const QString& host, int preference);
QString hostRecord(const QString& name, const QList<QHostAddress>& addresses);

// Mail servers get a loopback address of their own, 127.0.0.200-254, on port 25; one that
// is taken (by a parallel test) is skipped.
QList<QHostAddress> serverAddressCandidates();
bool listenOnPort25(testsupport::ScriptedServer& server, QHostAddress* address);
// One of those addresses where nothing listens on UDP port 53: a DNS server that never
// answers. Null when none is free.
QHostAddress addressWithoutDns();
bool blackholePort25(testsupport::BlackholeListener& listener);

// Port 25 of a loopback address where nothing listens: a TCP socket bound there and never
// listening holds the address (without SO_REUSEADDR nobody else can bind it) while the
// kernel answers every connection attempt with a reset.
class RefusingAddress
{
public:
    RefusingAddress() = default;
    ~RefusingAddress();
    RefusingAddress(const RefusingAddress&) = delete;
    RefusingAddress& operator=(const RefusingAddress&) = delete;

    bool reserve();
    QHostAddress address() const { return m_address; }

private:
    int m_socket = -1;
    QHostAddress m_address;
};

// A certificate for `host` signed by the test CA of `certificates`, so an MX host's
// certificate can verify under its own name (the shared test certificates are made for
// localhost).
bool makeHostCertificate(const testsupport::TestCertificates& certificates, const QString& host,
                         QSslCertificate* certificate, QSslKey* key, QString* error);

// Drives one smtp::DirectDelivery and records what it emits.
class DirectHarness : public QObject
{
    Q_OBJECT

public:
    explicit DirectHarness(const smtp::DirectDelivery::Options& options, QObject* parent = nullptr);

    smtp::DirectDelivery& delivery() { return m_delivery; }
    // send() and wait for finished(); nothing when it did not come within `ms`.
    std::optional<smtp::Outcome> send(const smtp::Envelope& envelope, const QByteArray& message,
                                      int ms = 20000);

    const QList<smtp::TranscriptRecord>& records() const { return m_records; }
    const QList<smtp::Outcome>& outcomes() const { return m_outcomes; }
    const QList<std::pair<qint64, qint64>>& progress() const { return m_progress; }
    // The transcript as text, one record a line, for failure messages.
    QString transcriptText() const;
    // The lines that sum up each hop ("Hop <host> [<address>]: ..."), in order.
    QStringList hopLines() const;
    // Every record's text, for "the transcript says" checks.
    QStringList texts() const;

private:
    smtp::DirectDelivery m_delivery;
    QList<smtp::TranscriptRecord> m_records;
    QList<smtp::Outcome> m_outcomes;
    QList<std::pair<qint64, qint64>> m_progress;
};

// Options every test starts from: the given DNS server, EHLO client.test, 5 s for every
// stage, the test CA trusted.
smtp::DirectDelivery::Options testOptions(const QHostAddress& dnsServer, const QString& caFile);

} // namespace deliverytest
