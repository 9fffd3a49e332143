// hongyan-cli send --direct end to end, as a user would run it: dnsmasq serves the MX records
// of two domains, a real SMTP server (aiosmtpd, tests/delivery/mx_aiosmtpd.py) listens on
// port 25 of a loopback address for each. One offers STARTTLS with a certificate for its MX
// name, the other offers no TLS at all. The message arrives byte-identical at both, each
// server gets only its own recipients, the transcript says for each hop whether it was
// encrypted and whether the certificate was verified, and --require-tls keeps the message
// from the server without TLS (exit status 1: partly delivered).

#include "deliverytest.h"
#include "testcertificates.h"
#include "testrequirement.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// One run of hongyan-cli.
struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;

    QString describe() const
    {
        return u"finished %1, exit code %2\n--- stdout:\n%3\n--- stderr:\n%4"_s.arg(
            finished ? u"yes"_s : u"no"_s, QString::number(exitCode), out, err);
    }
};

CliRun runCli(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name : {u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANGUAGE"_s})
        environment.remove(name);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HONGYAN_CLI_PATH), arguments);
    process.closeWriteChannel();
    CliRun run;
    run.finished = process.waitForFinished(60000);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError()) + process.errorString();
    return run;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// An MX host: aiosmtpd on port 25 of a loopback address of its own.
class MxHost
{
public:
    bool start(const QString& name, const QString& certificate = {}, const QString& key = {})
    {
        QStringList arguments{testsupport::testsSourceDir() + u"/delivery/mx_aiosmtpd.py"_s,
                              u"--hostname"_s, name, u"--spool"_s, m_spool.path()};
        if (!certificate.isEmpty())
            arguments += {u"--cert"_s, certificate, u"--key"_s, key};
        const QString python = qEnvironmentVariable("HONGYAN_PYTHON", u"/usr/bin/python3"_s);
        for (const QHostAddress& address : deliverytest::serverAddressCandidates()) {
            if (m_process.start(python, arguments + QStringList{u"--host"_s, address.toString()},
                                QRegularExpression(u"^listening$"_s))) {
                m_address = address;
                return true;
            }
            m_error = m_process.errorString();
            if (!m_error.contains(u"in use"_s))
                return false;
        }
        return false;
    }
    QHostAddress address() const { return m_address; }
    QString errorString() const { return m_error; }
    int messageCount() const
    {
        return int(QDir(m_spool.path()).entryList({u"*.json"_s}, QDir::Files).size());
    }
    QByteArray message(int n) const { return readFile(m_spool.filePath(name(n, u"eml"_s))); }
    QJsonObject envelope(int n) const
    {
        return QJsonDocument::fromJson(readFile(m_spool.filePath(name(n, u"json"_s)))).object();
    }

private:
    static QString name(int n, const QString& extension)
    {
        return u"%1.%2"_s.arg(n, 4, 10, QChar(u'0')).arg(extension);
    }

    testsupport::HelperProcess m_process;
    QTemporaryDir m_spool;
    QHostAddress m_address;
    QString m_error;
};

QStringList addresses(const QJsonValue& list)
{
    QStringList result;
    for (const QJsonValue& value : list.toArray())
        result.append(value.toString());
    return result;
}

} // namespace

class TestDirectCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deliversToEachDomain();
    void requireTlsKeepsThePlainTextDomainOut();

private:
    QStringList sendArguments(const QString& transcript) const;

    testsupport::TestCertificates m_certificates;
    QTemporaryDir m_work;
    MxHost m_secure;
    MxHost m_plain;
    testsupport::Dnsmasq m_dns;
};

void TestDirectCli::initTestCase()
{
    HY_REQUIRE(deliverytest::runningAsRoot(), deliverytest::NeedsRoot);
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));
    QSslCertificate certificate;
    QSslKey key;
    QString error;
    QVERIFY2(deliverytest::makeHostCertificate(m_certificates, u"mx.secure.test"_s, &certificate,
                                               &key, &error),
             qPrintable(error));
    const QString certificatePath = m_work.filePath(u"mx.pem"_s);
    const QString keyPath = m_work.filePath(u"mx.key"_s);
    QFile certificateFile(certificatePath);
    QFile keyFile(keyPath);
    QVERIFY(certificateFile.open(QIODevice::WriteOnly) && keyFile.open(QIODevice::WriteOnly));
    certificateFile.write(certificate.toPem());
    keyFile.write(key.toPem());
    certificateFile.close();
    keyFile.close();

    QVERIFY2(m_secure.start(u"mx.secure.test"_s, certificatePath, keyPath),
             qPrintable(m_secure.errorString()));
    QVERIFY2(m_plain.start(u"mx.plain.test"_s), qPrintable(m_plain.errorString()));
    QVERIFY2(m_dns.start({deliverytest::mxRecord(u"secure.test"_s, u"mx.secure.test"_s, 10),
                          deliverytest::mxRecord(u"plain.test"_s, u"mx.plain.test"_s, 10),
                          deliverytest::hostRecord(u"mx.secure.test"_s, {m_secure.address()}),
                          deliverytest::hostRecord(u"mx.plain.test"_s, {m_plain.address()})}),
             qPrintable(m_dns.errorString()));
}

QStringList TestDirectCli::sendArguments(const QString& transcript) const
{
    return {u"send"_s,
            u"--direct"_s,
            u"--dns-server"_s,
            m_dns.address().toString(),
            u"--ca-file"_s,
            m_certificates.caFile(),
            u"--ehlo"_s,
            u"client.test"_s,
            u"--timeout"_s,
            u"10"_s,
            u"--from"_s,
            u"sender@example.test"_s,
            u"--to"_s,
            u"a@secure.test"_s,
            u"--to"_s,
            u"b@plain.test"_s,
            u"--to"_s,
            u"c@secure.test"_s,
            u"--subject"_s,
            u"Direct delivery 鸿雁"_s,
            u"--body"_s,
            u"Straight to the recipients' own servers.\n.\nA line with a lone dot above."_s,
            u"--transcript"_s,
            transcript};
}

void TestDirectCli::deliversToEachDomain()
{
    const QString transcriptPath = m_work.filePath(u"first.txt"_s);
    const CliRun run = runCli(sendArguments(transcriptPath));
    const QString transcript = QString::fromUtf8(readFile(transcriptPath));
    QVERIFY2(run.finished && run.exitCode == 0,
             qPrintable(run.describe() + u"\n--- transcript:\n"_s + transcript));
    for (const QString& recipient : {u"a@secure.test"_s, u"b@plain.test"_s, u"c@secure.test"_s})
        QVERIFY2(run.out.contains(recipient + u": accepted"_s), qPrintable(run.describe()));

    QCOMPARE(m_secure.messageCount(), 1);
    QCOMPARE(m_plain.messageCount(), 1);
    const QJsonObject secure = m_secure.envelope(1);
    const QJsonObject plain = m_plain.envelope(1);
    QCOMPARE(addresses(secure[u"rcpt_tos"_s]),
             (QStringList{u"a@secure.test"_s, u"c@secure.test"_s}));
    QCOMPARE(addresses(plain[u"rcpt_tos"_s]), QStringList{u"b@plain.test"_s});
    QCOMPARE(secure[u"mail_from"_s].toString(), u"sender@example.test"_s);
    QVERIFY(secure[u"encrypted"_s].toBool());
    QVERIFY(!plain[u"encrypted"_s].toBool());

    // One message, read once per domain: the same bytes at both servers.
    const QByteArray first = m_secure.message(1);
    QVERIFY2(first.contains("Straight to the recipients' own servers."), first.constData());
    QCOMPARE(m_plain.message(1).size(), first.size());
    QVERIFY(m_plain.message(1) == first);

    // The transcript sums up each hop in plain words.
    const QString secureHop =
        u"=== Hop mx.secure.test [%1]: encrypted (TLSv1.3), certificate verified"_s.arg(
            m_secure.address().toString());
    const QString plainHop =
        u"*** Hop mx.plain.test [%1]: NOT encrypted"_s.arg(m_plain.address().toString());
    QVERIFY2(transcript.contains(secureHop), qPrintable(transcript));
    QVERIFY2(transcript.contains(plainHop), qPrintable(transcript));
    QVERIFY2(transcript.indexOf(secureHop) < transcript.indexOf(plainHop), qPrintable(transcript));
}

void TestDirectCli::requireTlsKeepsThePlainTextDomainOut()
{
    const int secureBefore = m_secure.messageCount();
    const int plainBefore = m_plain.messageCount();
    const QString transcriptPath = m_work.filePath(u"second.txt"_s);
    const CliRun run =
        runCli(sendArguments(transcriptPath) + QStringList{u"--require-tls"_s, u"--json"_s});
    const QString transcript = QString::fromUtf8(readFile(transcriptPath));
    QVERIFY2(run.finished && run.exitCode == 1,
             qPrintable(run.describe() + u"\n--- transcript:\n"_s + transcript));
    QCOMPARE(m_secure.messageCount(), secureBefore + 1);
    QCOMPARE(m_plain.messageCount(), plainBefore);

    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(run.describe()));
    QCOMPARE(report[u"category"_s].toString(), u"partial"_s);
    QCOMPARE(report[u"exitStatus"_s].toInt(), 1);
    const QJsonArray recipients = report[u"recipients"_s].toArray();
    QCOMPARE(recipients.size(), 3);
    for (const QJsonValue& recipient : recipients) {
        const bool secure = recipient[u"address"_s].toString().endsWith(u"@secure.test"_s);
        QCOMPARE(recipient[u"accepted"_s].toBool(), secure);
    }
    QVERIFY2(transcript.contains(
                 u"*** Hop mx.plain.test [%1]: NOT encrypted"_s.arg(m_plain.address().toString())),
             qPrintable(transcript));
    QVERIFY2(transcript.contains(u"does not offer STARTTLS"_s), qPrintable(transcript));
    QVERIFY2(!transcript.contains(u"-> MAIL FROM"_s), qPrintable(transcript));
}

QTEST_GUILESS_MAIN(TestDirectCli)
#include "tst_direct_cli.moc"
