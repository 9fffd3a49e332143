#pragma once

#include "deliverytest.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

namespace testsupport {

// An MX host for the direct-delivery GUI tests: aiosmtpd on port 25 of a loopback address
// of its own (127.0.0.200-254, one taken by a parallel test is skipped), with its spool in
// a temporary directory. The script is tests/delivery/mx_aiosmtpd.py or one built on it
// (tests/gui/mx_greylist.py); it is stopped by its PID when the object goes.
class MxHostProcess
{
public:
    // `script`: relative to the tests/ directory. False with errorString() when no address
    // was free or the server did not start.
    bool start(const QString& script, const QString& hostname);
    QHostAddress address() const { return m_address; }
    QString errorString() const { return m_error; }

    int messageCount() const;
    // The n-th message (1-based) exactly as it arrived, and its envelope.
    QByteArray message(int n) const;
    QJsonObject envelope(int n) const;
    QStringList recipients(int n) const;

private:
    QString spoolFile(int n, const QString& extension) const;

    testsupport::HelperProcess m_process;
    QTemporaryDir m_spool;
    QHostAddress m_address;
    QString m_error;
};

} // namespace testsupport
