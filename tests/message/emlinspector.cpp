#include "emlinspector.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

QJsonObject EmlInspector::inspect(const QByteArray& message, bool utf8Headers)
{
    QTemporaryFile file;
    if (!file.open() || file.write(message) != message.size() || !file.flush()) {
        qWarning("cannot write the message to a temporary file");
        return {};
    }
    const QString python = qEnvironmentVariable("HONGYAN_PYTHON", u"/usr/bin/python3"_s);
    const QString script =
        qEnvironmentVariable("HONGYAN_SOURCE_DIR") + u"/tests/message/inspect_eml.py"_s;
    QStringList arguments{script, file.fileName()};
    if (utf8Headers)
        arguments.append(u"--utf8-headers"_s);
    QProcess process;
    process.start(python, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning("inspect_eml.py failed: %s", process.readAllStandardError().constData());
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput(), &error);
    if (error.error != QJsonParseError::NoError) {
        qWarning("inspect_eml.py printed no JSON: %s", qPrintable(error.errorString()));
        return {};
    }
    return document.object();
}

QByteArray EmlInspector::readAll(QIODevice& device, qint64 chunkSize)
{
    QByteArray all;
    if (!device.isSequential())
        device.seek(0);
    QByteArray chunk(chunkSize, Qt::Uninitialized);
    while (true) {
        const qint64 n = device.read(chunk.data(), chunkSize);
        if (n <= 0)
            break;
        all.append(chunk.constData(), n);
    }
    return all;
}

QString EmlInspector::lineProblem(const QByteArray& message)
{
    qsizetype start = 0;
    int line = 1;
    while (start < message.size()) {
        const qsizetype lf = message.indexOf('\n', start);
        if (lf < 0)
            return u"line %1 has no line end"_s.arg(line);
        if (lf == start || message[lf - 1] != '\r')
            return u"line %1 ends in a bare LF"_s.arg(line);
        const qsizetype cr = message.indexOf('\r', start);
        if (cr < lf - 1)
            return u"line %1 has a bare CR"_s.arg(line);
        if (lf - 1 - start > 998)
            return u"line %1 has %2 octets"_s.arg(line).arg(lf - 1 - start);
        start = lf + 1;
        ++line;
    }
    return {};
}

QList<QByteArray> EmlInspector::unfoldedHeaders(const QByteArray& message)
{
    QList<QByteArray> fields;
    const qsizetype end = message.indexOf("\r\n\r\n");
    const QByteArray block = message.left(end < 0 ? message.size() : end);
    for (const QByteArray& line : block.split('\n')) {
        const QByteArray text = line.endsWith('\r') ? line.chopped(1) : line;
        if (!fields.isEmpty() && (text.startsWith(' ') || text.startsWith('\t')))
            fields.last() += text;
        else
            fields.append(text);
    }
    return fields;
}

qsizetype EmlInspector::longestHeaderLine(const QByteArray& message)
{
    const qsizetype end = message.indexOf("\r\n\r\n");
    qsizetype longest = 0;
    for (const QByteArray& line : message.left(end < 0 ? message.size() : end).split('\n'))
        longest = qMax(longest, line.endsWith('\r') ? line.size() - 1 : line.size());
    return longest;
}
