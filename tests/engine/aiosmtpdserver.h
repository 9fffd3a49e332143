#pragma once

#include "helperprocess.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

namespace testsupport {

// The Python that has the test servers' modules (Debian's python3-aiosmtpd): /usr/bin/python3,
// not whatever python3 comes first on PATH; HONGYAN_PYTHON overrides it.
QString python();

// tests/servers/aiosmtpd_server.py, a real SMTP server (Debian's python3-aiosmtpd) on a free
// port of 127.0.0.1, with TLS and AUTH, that keeps every message it receives byte for byte in
// a temporary spool directory: NNNN.eml and its envelope NNNN.json, numbered from 0001.
class AiosmtpdServer
{
public:
    // mode: "starttls" or "implicit". False with errorString() when the server did not
    // report its port within 20 s.
    bool start(const QString& mode, const QString& certificate, const QString& key,
               const QString& user, const QString& password);
    void stop() { m_process.stop(); }
    quint16 port() const { return m_port; }
    QString spool() const { return m_spool.path(); }
    QString errorString() const { return m_error; }

    int messageCount() const;
    // The n-th message received (1-based) exactly as it arrived, and its envelope; empty when
    // there is no such message.
    QString messagePath(int n) const;
    QByteArray message(int n) const;
    QJsonObject envelope(int n) const;

private:
    QString spoolFile(int n, const QString& extension) const;

    HelperProcess m_process;
    QTemporaryDir m_spool;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace testsupport
