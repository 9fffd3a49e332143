#include "clitest.h"

#include "sessionharness.h"
#include "testcertificates.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTcpServer>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace clitest {

QString CliRun::describe() const
{
    return u"finished: %1, exit code %2\n--- stdout:\n%3\n--- stderr:\n%4"_s.arg(
        finished ? u"yes"_s : u"no (killed)"_s, QString::number(exitCode), out(), err());
}

QString cliProgram()
{
    return QStringLiteral(HONGYAN_CLI_PATH);
}

CliRun runCli(const QStringList& arguments, const RunOptions& options)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name : {u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANGUAGE"_s})
        environment.remove(name);
    environment.insert(u"LANG"_s, options.language);
    for (const QString& entry : options.environment) {
        const qsizetype equals = entry.indexOf(u'=');
        environment.insert(entry.left(equals), entry.mid(equals + 1));
    }

    QProcess process;
    process.setProcessEnvironment(environment);
    // A new session has no controlling terminal: /dev/tty cannot be opened, so a missing
    // password is an error instead of a prompt that would hang the test. And it dies with
    // the test.
    process.setChildProcessModifier([] {
        ::setsid();
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
    process.start(cliProgram(), arguments);
    CliRun run;
    if (!process.waitForStarted(10000)) {
        run.standardError = (cliProgram() + u": "_s + process.errorString()).toUtf8();
        return run;
    }
    if (!options.input.isEmpty())
        process.write(options.input);
    process.closeWriteChannel();
    const bool ended = testsupport::waitUntil(
        [&process] { return process.state() == QProcess::NotRunning; }, options.timeoutMs);
    if (!ended) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.finished = ended && process.exitStatus() == QProcess::NormalExit;
    run.exitCode = run.finished ? process.exitCode() : -1;
    run.standardOutput = process.readAllStandardOutput();
    run.standardError = process.readAllStandardError();
    return run;
}

QJsonObject parseJsonLine(const QByteArray& standardOutput, QString* error)
{
    const QByteArray trimmed = standardOutput.trimmed();
    if (trimmed.contains('\n')) {
        *error = u"more than one line on stdout"_s;
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = u"not a JSON object: "_s + parseError.errorString();
        return {};
    }
    return document.object();
}

const QStringList& transcriptMarkers()
{
    static const QStringList markers{u" -> "_s, u"<-  "_s, u" ~> "_s,
                                     u"<~  "_s, u"=== "_s, u"*** "_s};
    return markers;
}

QStringList markersUsed(const QString& transcript, bool timestamps, QStringList* badLines)
{
    static const QRegularExpression time(
        u"^\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d \\+\\d+\\.\\d\\d\\ds "_s);
    QStringList used;
    for (const QString& line : transcript.split(u'\n', Qt::SkipEmptyParts)) {
        QString rest = line;
        if (timestamps) {
            const QRegularExpressionMatch match = time.match(line);
            if (!match.hasMatch()) {
                badLines->append(line);
                continue;
            }
            rest = line.mid(match.capturedLength());
        }
        const auto marker =
            std::find_if(transcriptMarkers().cbegin(), transcriptMarkers().cend(),
                         [&rest](const QString& candidate) { return rest.startsWith(candidate); });
        if (marker == transcriptMarkers().cend()) {
            badLines->append(line);
            continue;
        }
        if (!used.contains(marker->trimmed()))
            used.append(marker->trimmed());
    }
    return used;
}

QString findSecret(const QString& text, const QString& user, const QString& secret)
{
    const QByteArray bytes = secret.toUtf8();
    const QList<std::pair<QString, QString>> forms{
        {u"the secret"_s, secret},
        {u"its base64"_s, QString::fromLatin1(bytes.toBase64())},
        {u"the AUTH PLAIN payload"_s,
         QString::fromLatin1(('\0' + user.toUtf8() + '\0' + bytes).toBase64())},
    };
    for (const auto& [what, needle] : forms) {
        if (text.contains(needle))
            return u"%1 (\"%2\") shows in the output"_s.arg(what, needle);
    }
    return {};
}

std::unique_ptr<testsupport::ScriptedServer>
startScriptedServer(const testsupport::TestCertificates& certificates, const QByteArray& script,
                    const QString& certificate)
{
    auto server = std::make_unique<testsupport::ScriptedServer>();
    if (!certificate.isEmpty())
        server->setCertificate(certificates.certificate(certificate),
                               certificates.key(certificate));
    if (!server->load(script) || !server->listen())
        qWarning().noquote() << "scripted server:" << server->failure();
    return server;
}

quint16 closedPort()
{
    // Bound, noted and released: nothing listens there afterwards.
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

bool containsChinese(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

QJsonObject inspectEml(const QString& path, QString* error)
{
    QProcess process;
    process.start(python(), {testsupport::testsSourceDir() + u"/message/inspect_eml.py"_s, path});
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = u"inspect_eml.py failed: "_s + process.errorString() + u"\n"_s +
                 QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

QString readFile(const QString& path)
{
    return QString::fromUtf8(readBytes(path));
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

} // namespace clitest
