#include "deliverytest.h"

#include "blackholelistener.h"
#include "scriptedserver.h"
#include "sessionharness.h"
#include "testcertificates.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUdpSocket>

#include <algorithm>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace deliverytest {

namespace {

QHostAddress loopback(int last)
{
    return QHostAddress(u"127.0.0.%1"_s.arg(last));
}

// Every address of a range, in random order: parallel test processes rarely try the same
// one first.
QList<QHostAddress> shuffledRange(int first, int last)
{
    QList<QHostAddress> addresses;
    for (int n = first; n <= last; ++n)
        addresses.append(loopback(n));
    std::shuffle(addresses.begin(), addresses.end(), *QRandomGenerator::global());
    return addresses;
}

} // namespace

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

QString mxRecord(const QString& domain, const QString& host, int preference)
{
    return u"--mx-host=%1,%2,%3"_s.arg(domain, host).arg(preference);
}

QString hostRecord(const QString& name, const QList<QHostAddress>& addresses)
{
    QStringList values{name};
    for (const QHostAddress& address : addresses)
        values.append(address.toString());
    return u"--host-record="_s + values.join(u',');
}

QList<QHostAddress> serverAddressCandidates()
{
    return shuffledRange(200, 254);
}

bool listenOnPort25(testsupport::ScriptedServer& server, QHostAddress* address)
{
    for (const QHostAddress& candidate : serverAddressCandidates()) {
        if (server.listen(candidate, 25)) {
            *address = candidate;
            return true;
        }
    }
    return false;
}

QHostAddress addressWithoutDns()
{
    for (const QHostAddress& candidate : serverAddressCandidates()) {
        QUdpSocket probe;
        if (probe.bind(candidate, 53))
            return candidate;
    }
    return {};
}

bool blackholePort25(testsupport::BlackholeListener& listener)
{
    const QList<QHostAddress> candidates = serverAddressCandidates();
    return std::any_of(
        candidates.cbegin(), candidates.cend(),
        [&listener](const QHostAddress& candidate) { return listener.listen(candidate, 25); });
}

RefusingAddress::~RefusingAddress()
{
    if (m_socket >= 0)
        ::close(m_socket);
}

bool RefusingAddress::reserve()
{
    for (const QHostAddress& candidate : serverAddressCandidates()) {
        const int descriptor = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (descriptor < 0)
            return false;
        sockaddr_in socketAddress{};
        socketAddress.sin_family = AF_INET;
        socketAddress.sin_port = htons(25);
        socketAddress.sin_addr.s_addr = htonl(candidate.toIPv4Address());
        if (::bind(descriptor, reinterpret_cast<const sockaddr*>(&socketAddress),
                   sizeof socketAddress) == 0) {
            m_socket = descriptor;
            m_address = candidate;
            return true;
        }
        ::close(descriptor);
    }
    return false;
}

bool makeHostCertificate(const testsupport::TestCertificates& certificates, const QString& host,
                         QSslCertificate* certificate, QSslKey* key, QString* error)
{
    QTemporaryDir dir;
    const QString keyPath = dir.filePath(u"host.key"_s);
    const QString requestPath = dir.filePath(u"host.csr"_s);
    const QString extensionsPath = dir.filePath(u"host.ext"_s);
    const QString certificatePath = dir.filePath(u"host.pem"_s);
    QFile extensions(extensionsPath);
    if (!dir.isValid() || !extensions.open(QIODevice::WriteOnly)) {
        *error = u"cannot write into a temporary directory"_s;
        return false;
    }
    extensions.write("basicConstraints = critical, CA:FALSE\n"
                     "keyUsage = critical, digitalSignature\n"
                     "extendedKeyUsage = serverAuth\n"
                     "subjectAltName = DNS:" +
                     host.toLatin1() + '\n');
    extensions.close();

    const QList<QStringList> steps{
        {u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s,
         u"-out"_s, keyPath},
        {u"req"_s, u"-new"_s, u"-key"_s, keyPath, u"-subj"_s, u"/CN="_s + host, u"-out"_s,
         requestPath},
        {u"x509"_s, u"-req"_s, u"-in"_s, requestPath, u"-CA"_s, certificates.caFile(), u"-CAkey"_s,
         certificates.keyPath(u"ca"_s), u"-set_serial"_s,
         QString::number(QRandomGenerator::global()->bounded(1000, 1000000)), u"-days"_s, u"30"_s,
         u"-sha256"_s, u"-extfile"_s, extensionsPath, u"-out"_s, certificatePath},
    };
    for (const QStringList& arguments : steps) {
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(u"openssl"_s, arguments);
        if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit ||
            openssl.exitCode() != 0) {
            *error = u"openssl %1 failed: %2 %3"_s.arg(arguments.first(), openssl.errorString(),
                                                       QString::fromLocal8Bit(openssl.readAll()));
            return false;
        }
    }
    const QList<QSslCertificate> made = QSslCertificate::fromPath(certificatePath, QSsl::Pem);
    QFile keyFile(keyPath);
    if (made.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
        *error = u"openssl made no usable certificate for "_s + host;
        return false;
    }
    *certificate = made.first();
    *key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    return !key->isNull();
}

DirectHarness::DirectHarness(const smtp::DirectDelivery::Options& options, QObject* parent)
    : QObject(parent)
{
    m_delivery.setOptions(options);
    connect(&m_delivery, &smtp::DirectDelivery::transcript, this,
            [this](const smtp::TranscriptRecord& record) { m_records.append(record); });
    connect(&m_delivery, &smtp::DirectDelivery::finished, this,
            [this](const smtp::Outcome& outcome) { m_outcomes.append(outcome); });
    connect(&m_delivery, &smtp::DirectDelivery::progress, this, [this](qint64 sent, qint64 total) {
        m_progress.append({sent, total});
    });
}

std::optional<smtp::Outcome> DirectHarness::send(const smtp::Envelope& envelope,
                                                 const QByteArray& message, int ms)
{
    // Kept alive by the harness: sessions may still be closing after finished().
    auto* buffer = new QBuffer(this);
    buffer->setData(message);
    buffer->open(QIODevice::ReadOnly);
    const qsizetype before = m_outcomes.size();
    m_delivery.send(envelope, buffer);
    if (!testsupport::waitUntil([&] { return m_outcomes.size() > before; }, ms))
        return std::nullopt;
    return m_outcomes.at(before);
}

QString DirectHarness::transcriptText() const
{
    static const QStringList directions = {u"C"_s, u"S"_s, u"*"_s, u"!"_s};
    QStringList lines;
    for (const smtp::TranscriptRecord& record : m_records)
        lines.append(u"%1%2 %3"_s.arg(directions.value(int(record.direction)),
                                      record.encrypted ? u"+"_s : u" "_s, record.text));
    return lines.join(u'\n');
}

QStringList DirectHarness::hopLines() const
{
    QStringList lines;
    for (const smtp::TranscriptRecord& record : m_records) {
        if (record.text.startsWith(u"Hop "_s))
            lines.append(record.text);
    }
    return lines;
}

QStringList DirectHarness::texts() const
{
    QStringList lines;
    for (const smtp::TranscriptRecord& record : m_records)
        lines.append(record.text);
    return lines;
}

smtp::DirectDelivery::Options testOptions(const QHostAddress& dnsServer, const QString& caFile)
{
    smtp::DirectDelivery::Options options;
    options.dnsServer = dnsServer;
    options.ehloName = u"client.test"_s;
    options.timeouts = smtp::Timeouts::uniform(std::chrono::seconds(5));
    options.caFile = caFile;
    return options;
}

} // namespace deliverytest
