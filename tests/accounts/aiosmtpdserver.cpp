#include "aiosmtpdserver.h"

using namespace Qt::Literals::StringLiterals;

namespace accountstest {

bool AiosmtpdServer::start(Mode mode, const QString& certificate, const QString& key,
                           const QString& user, const QString& password)
{
    const QString script =
        qEnvironmentVariable("HONGYAN_SOURCE_DIR") + u"/tests/servers/aiosmtpd_server.py"_s;
    const QString python = qEnvironmentVariable("HONGYAN_PYTHON", u"/usr/bin/python3"_s);
    if (!m_process.start(python,
                         {script, u"--mode"_s,
                          mode == Mode::StartTls ? u"starttls"_s : u"implicit"_s, u"--cert"_s,
                          certificate, u"--key"_s, key, u"--user"_s, user, u"--password"_s,
                          password, u"--spool"_s, m_spool.path(), u"--lifetime"_s, u"90"_s},
                         QRegularExpression(u"^(\\d+)$"_s))) {
        m_error = m_process.errorString();
        return false;
    }
    m_port = quint16(m_process.readyMatch().captured(1).toUInt());
    return true;
}

} // namespace accountstest
