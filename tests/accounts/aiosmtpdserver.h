#pragma once

#include "helperprocess.h"

#include <QString>
#include <QTemporaryDir>

namespace accountstest {

// tests/servers/aiosmtpd_server.py on 127.0.0.1 (a real SMTP server, Debian's
// python3-aiosmtpd), killed by PID when the object goes away.
class AiosmtpdServer
{
public:
    enum class Mode { StartTls, Implicit };

    bool start(Mode mode, const QString& certificate, const QString& key, const QString& user,
               const QString& password);
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }

private:
    testsupport::HelperProcess m_process;
    QTemporaryDir m_spool;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace accountstest
