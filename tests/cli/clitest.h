#pragma once

// Test support for hongyan-cli: run the built program as a user would (a separate process,
// its own environment, no terminal), read what it printed, and start helper servers
// (aiosmtpd, dnsmasq, the Postfix fixture) that are stopped by PID whatever happens.

#include "aiosmtpdserver.h"
#include "helperprocess.h"
#include "scriptedserver.h"
#include "testcertificates.h"

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace clitest {

// What one run of hongyan-cli did.
struct CliRun
{
    bool finished = false; // ended on its own within the time allowed
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;

    QString out() const { return QString::fromUtf8(standardOutput); }
    QString err() const { return QString::fromUtf8(standardError); }
    // Exit code, stdout and stderr, for failure messages.
    QString describe() const;
};

struct RunOptions
{
    QByteArray input;                             // written to stdin, which is then closed
    QStringList environment;                      // extra "NAME=value" entries
    QString language = QStringLiteral("C.UTF-8"); // LANG; LC_ALL and LANGUAGE are removed
    int timeoutMs = 30000;
};

// The hongyan-cli built with the tests (its path is compiled in).
QString cliProgram();

// Runs hongyan-cli with `arguments` in a new session, so it has no controlling terminal and
// can never stop to prompt for a password. The caller's event loop runs meanwhile, so an
// in-process ScriptedServer answers it.
CliRun runCli(const QStringList& arguments, const RunOptions& options = {});

// The single JSON object hongyan-cli --json printed; empty with *error set otherwise.
QJsonObject parseJsonLine(const QByteArray& standardOutput, QString* error);

// The six line markers of the transcript format (see packaging/hongyan-cli.1).
const QStringList& transcriptMarkers();
// The markers that start lines of `transcript`, in the order of first use; lines that start
// with none of them are listed in *badLines. `timestamps`: each line must start with
// "HH:mm:ss.zzz +S.mmms " (the time of day, then the seconds since the first line).
QStringList markersUsed(const QString& transcript, bool timestamps, QStringList* badLines);

// Where `secret` (or its base64, or its base64 in an AUTH PLAIN payload) shows in `text`;
// empty when it does not.
QString findSecret(const QString& text, const QString& user, const QString& secret);

// A TCP port on 127.0.0.1 that nothing listens on.
quint16 closedPort();

// A scripted server playing `script` with the test certificate `certificate` (none when
// empty), listening on a free loopback port. A script that does not load or a server that
// cannot listen is reported as a warning, and the test then fails on its first connection.
std::unique_ptr<testsupport::ScriptedServer>
startScriptedServer(const testsupport::TestCertificates& certificates, const QByteArray& script,
                    const QString& certificate);

// True when `text` holds a CJK ideograph.
bool containsChinese(const QString& text);

using testsupport::python;
// What Python's email package (policy.default) reads in an .eml file: the JSON report of
// tests/message/inspect_eml.py (defects, decoded headers, parts); empty with *error set when
// Python failed.
QJsonObject inspectEml(const QString& path, QString* error);
QString readFile(const QString& path);
QByteArray readBytes(const QString& path);
bool writeBytes(const QString& path, const QByteArray& bytes);

} // namespace clitest
