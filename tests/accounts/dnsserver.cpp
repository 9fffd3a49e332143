#include "dnsserver.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace accountstest {

bool DnsServer::start(const QStringList& records)
{
    QString dnsmasq = QStandardPaths::findExecutable(u"dnsmasq"_s);
    if (dnsmasq.isEmpty())
        dnsmasq = QStandardPaths::findExecutable(u"dnsmasq"_s, {u"/usr/sbin"_s, u"/sbin"_s});
    if (dnsmasq.isEmpty()) {
        m_possible = false;
        m_error = u"dnsmasq is not installed (Debian package dnsmasq-base)"_s;
        return false;
    }
    // Tests running in parallel each pick their own loopback address; a taken one is
    // reported by dnsmasq and another is tried.
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QHostAddress address(
            u"127.0.%1.%2"_s.arg(QRandomGenerator::global()->bounded(54, 250))
                .arg(QRandomGenerator::global()->bounded(2, 250)));
        QStringList arguments{u"--no-daemon"_s, u"--conf-file=/dev/null"_s, u"--no-resolv"_s,
                              u"--no-hosts"_s, u"--pid-file="_s, u"--port=53"_s,
                              u"--bind-interfaces"_s, u"--listen-address="_s + address.toString(),
                              // Names under .test that are not configured do not exist.
                              u"--local=/test/"_s};
        arguments += records;
        if (m_process.start(dnsmasq, arguments, QRegularExpression(u"started, version"_s))) {
            m_address = address;
            return true;
        }
        m_error = m_process.errorString();
        if (m_error.contains(u"Permission denied"_s) ||
            m_error.contains(u"Operation not permitted"_s)) {
            m_possible = false;
            m_error = u"dnsmasq may not bind port 53 here (needs root, as in CI): "_s + m_error;
            return false;
        }
        if (!m_error.contains(u"in use"_s))
            return false;
    }
    return false;
}

} // namespace accountstest
