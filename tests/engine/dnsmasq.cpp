#include "dnsmasq.h"

#include <QRandomGenerator>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace testsupport {

bool Dnsmasq::start(const QStringList& records)
{
    QString program = QStandardPaths::findExecutable(u"dnsmasq"_s, {u"/usr/sbin"_s, u"/sbin"_s});
    if (program.isEmpty())
        program = QStandardPaths::findExecutable(u"dnsmasq"_s);
    if (program.isEmpty()) {
        m_possible = false;
        m_error = u"dnsmasq is not installed (Debian package dnsmasq-base)"_s;
        return false;
    }
    // In random order, so that parallel test processes rarely try the same address first.
    QList<int> lastOctets;
    for (int n = 100; n <= 199; ++n)
        lastOctets.append(n);
    std::shuffle(lastOctets.begin(), lastOctets.end(), *QRandomGenerator::global());
    for (const int lastOctet : std::as_const(lastOctets)) {
        const QHostAddress address(u"127.0.0.%1"_s.arg(lastOctet));
        const QStringList arguments =
            QStringList{u"--no-daemon"_s,       u"--conf-file=/dev/null"_s,
                        u"--no-resolv"_s,       u"--no-hosts"_s,
                        u"--pid-file="_s,       u"--log-facility=-"_s,
                        u"--log-queries"_s,     u"--port=53"_s,
                        u"--bind-interfaces"_s, u"--listen-address="_s + address.toString(),
                        u"--local=/test/"_s} +
            records;
        if (m_process.start(program, arguments, QRegularExpression(u"started, version"_s))) {
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

} // namespace testsupport
