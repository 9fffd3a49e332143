// hongyan-cli's usage contract (DESIGN.md §5): --help and --version, exit status 2 for every
// bad flag, value or input file, naming it, with nothing sent (a scripted server listening
// on the port given sees no connection); secrets never from argv; Qt's own messages in
// Chinese under LANG=zh_CN.UTF-8; and the man page, checked by groff and against the
// options, JSON keys, markers and exit statuses the program really has.

#include "clitest.h"
#include "scriptedserver.h"
#include "sessionharness.h"

#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using clitest::CliRun;
using testsupport::ScriptedServer;

namespace {

QString manPagePath()
{
    return qEnvironmentVariable("HONGYAN_SOURCE_DIR") + u"/packaging/hongyan-cli.1"_s;
}

// Every key of a JSON object and of the objects inside it (arrays included), once.
void collectKeys(const QJsonValue& value, QSet<QString>* keys)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            keys->insert(it.key());
            collectKeys(it.value(), keys);
        }
    } else if (value.isArray()) {
        for (const QJsonValue& element : value.toArray())
            collectKeys(element, keys);
    }
}

} // namespace

class TestCliUsage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void help_data();
    void help();
    void version();
    void usageError_data();
    void usageError();
    void language_data();
    void language();
    void manPageFormats();
    void manPageDocumentsTheProgram();

private:
    QTemporaryDir m_dir;
};

void TestCliUsage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(clitest::writeBytes(m_dir.filePath(u"readable.txt"_s), "text\n"));
    QVERIFY(clitest::writeBytes(m_dir.filePath(u"password"_s), "secret\n"));
}

void TestCliUsage::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("shows");
    const QStringList commands{u"send"_s, u"build"_s, u"probe"_s, u"mx"_s, u"console"_s};
    QTest::addRow("--help") << QStringList{u"--help"_s} << commands;
    QTest::addRow("help") << QStringList{u"help"_s} << commands;
    QTest::addRow("-h") << QStringList{u"-h"_s} << commands;
    QTest::addRow("send --help") << QStringList{u"send"_s, u"--help"_s}
                                 << QStringList{u"--server"_s, u"--password-file"_s,
                                                u"--transcript"_s, u"--eml"_s, u"--json"_s};
    QTest::addRow("build --help") << QStringList{u"build"_s, u"--help"_s}
                                  << QStringList{u"--output"_s, u"--attach"_s};
    QTest::addRow("probe --help") << QStringList{u"probe"_s, u"--help"_s}
                                  << QStringList{u"--mail-from"_s, u"--ca-file"_s};
    QTest::addRow("mx --help") << QStringList{u"mx"_s, u"--help"_s}
                               << QStringList{u"--dns-server"_s};
    QTest::addRow("console --help")
        << QStringList{u"console"_s, u"--help"_s} << QStringList{u"--server"_s};
}

void TestCliUsage::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, shows);
    const CliRun run = clitest::runCli(arguments);
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.standardError.isEmpty(), qPrintable(run.describe()));
    QVERIFY2(run.out().contains(u"Usage: hongyan-cli"_s), qPrintable(run.describe()));
    QVERIFY2(run.out().count(u"Usage:"_s) == 1, qPrintable(run.describe()));
    for (const QString& text : shows)
        QVERIFY2(run.out().contains(text), qPrintable(text + u"\n"_s + run.describe()));
}

void TestCliUsage::version()
{
    const CliRun run = clitest::runCli({u"--version"_s});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(
        QRegularExpression(u"^hongyan-cli \\d+\\.\\d+\\.\\d+\\n$"_s).match(run.out()).hasMatch(),
        qPrintable(run.describe()));
}

void TestCliUsage::usageError_data()
{
    QTest::addColumn<QStringList>("arguments"); // %PORT%: a scripted server's port
    QTest::addColumn<QStringList>("named");     // stderr names these
    QTest::addColumn<bool>("usageLine");        // and shows the usage line

    const QString readable = m_dir.filePath(u"readable.txt"_s);
    const QString missing = m_dir.filePath(u"missing.txt"_s);
    const QString password = m_dir.filePath(u"password"_s);
    const QStringList send{
        u"send"_s,           u"--server"_s, u"127.0.0.1"_s, u"--port"_s,         u"%PORT%"_s,
        u"--security"_s,     u"none"_s,     u"--from"_s,    u"a@example.test"_s, u"--to"_s,
        u"b@example.test"_s, u"--body"_s,   u"x"_s};
    const QStringList probe{u"probe"_s,  u"--server"_s,   u"127.0.0.1"_s, u"--port"_s,
                            u"%PORT%"_s, u"--security"_s, u"none"_s};

    QTest::addRow("unknown flag") << send + QStringList{u"--bogus-flag"_s}
                                  << QStringList{u"bogus-flag"_s} << true;
    // There is no --password: a secret on the command line would show in `ps` and in the
    // shell's history.
    QTest::addRow("--password does not exist")
        << send + QStringList{u"--password"_s, u"hunter2-argv"_s} << QStringList{u"password"_s}
        << true;
    QTest::addRow("unknown command")
        << QStringList{u"sned"_s, u"--server"_s, u"x"_s} << QStringList{u"sned"_s} << true;
    QTest::addRow("no command") << QStringList() << QStringList{u"hongyan-cli"_s} << true;
    QTest::addRow("missing --attach file") << send + QStringList{u"--attach"_s, missing}
                                           << QStringList{u"--attach"_s, missing} << true;
    QTest::addRow("--attach is a directory") << send + QStringList{u"--attach"_s, m_dir.path()}
                                             << QStringList{u"--attach"_s, m_dir.path()} << true;
    QTest::addRow("second --attach missing")
        << send + QStringList{u"--attach"_s, readable, u"--attach"_s, missing}
        << QStringList{u"--attach"_s, missing} << true;
    QTest::addRow("missing --body-file")
        << QStringList{u"send"_s,           u"--server"_s, u"127.0.0.1"_s,
                       u"--port"_s,         u"%PORT%"_s,   u"--from"_s,
                       u"a@example.test"_s, u"--to"_s,     u"b@example.test"_s,
                       u"--body-file"_s,    missing}
        << QStringList{u"--body-file"_s, missing} << true;
    QTest::addRow("missing --html-file") << send + QStringList{u"--html-file"_s, missing}
                                         << QStringList{u"--html-file"_s, missing} << true;
    QTest::addRow("missing --eml")
        << QStringList{u"send"_s,   u"--server"_s, u"127.0.0.1"_s, u"--port"_s,
                       u"%PORT%"_s, u"--eml"_s,    missing}
        << QStringList{u"--eml"_s, missing} << true;
    QTest::addRow("missing --password-file")
        << send + QStringList{u"--user"_s, u"u"_s, u"--password-file"_s, missing}
        << QStringList{u"--password-file"_s, missing} << true;
    QTest::addRow("missing --ca-file") << send + QStringList{u"--ca-file"_s, missing}
                                       << QStringList{u"--ca-file"_s, missing} << true;
    QTest::addRow("--port 0") << QStringList{u"send"_s,          u"--server"_s, u"127.0.0.1"_s,
                                             u"--port"_s,        u"0"_s,        u"--to"_s,
                                             u"b@example.test"_s}
                              << QStringList{u"--port"_s, u"'0'"_s} << true;
    QTest::addRow("--port 70000") << QStringList{u"probe"_s, u"--server"_s, u"127.0.0.1"_s,
                                                 u"--port"_s, u"70000"_s}
                                  << QStringList{u"--port"_s, u"70000"_s} << true;
    QTest::addRow("--port abc") << QStringList{u"console"_s, u"--server"_s, u"127.0.0.1"_s,
                                               u"--port"_s, u"abc"_s}
                                << QStringList{u"--port"_s, u"abc"_s} << true;
    QTest::addRow("--port without a value")
        << QStringList{u"send"_s, u"--server"_s, u"127.0.0.1"_s, u"--port"_s}
        << QStringList{u"port"_s} << true;
    QTest::addRow("--security ssl3") << probe + QStringList{u"--security"_s, u"ssl3"_s}
                                     << QStringList{u"--security"_s, u"ssl3"_s} << true;
    QTest::addRow("--auth gssapi") << probe + QStringList{u"--auth"_s, u"gssapi"_s}
                                   << QStringList{u"--auth"_s, u"gssapi"_s} << true;
    QTest::addRow("--timeout 0") << send + QStringList{u"--timeout"_s, u"0"_s}
                                 << QStringList{u"--timeout"_s} << true;
    QTest::addRow("--pin-sha256 too short") << probe + QStringList{u"--pin-sha256"_s, u"AB:CD"_s}
                                            << QStringList{u"--pin-sha256"_s, u"AB:CD"_s} << true;
    QTest::addRow("--dns-server not an address")
        << QStringList{u"mx"_s, u"example.test"_s, u"--dns-server"_s, u"dns.example"_s}
        << QStringList{u"--dns-server"_s, u"dns.example"_s} << true;
    QTest::addRow("message option for probe") << probe + QStringList{u"--to"_s, u"b@x.test"_s}
                                              << QStringList{u"--to"_s, u"probe"_s} << true;
    QTest::addRow("--output for send") << send + QStringList{u"--output"_s, missing}
                                       << QStringList{u"--output"_s, u"send"_s} << true;
    QTest::addRow("no server") << QStringList{u"send"_s, u"--from"_s,         u"a@example.test"_s,
                                              u"--to"_s, u"b@example.test"_s, u"--body"_s,
                                              u"x"_s}
                               << QStringList{u"--server"_s} << true;
    QTest::addRow("--direct with --server")
        << send + QStringList{u"--direct"_s} << QStringList{u"--direct"_s, u"--server"_s} << true;
    QTest::addRow("--password-env and --password-file")
        << send + QStringList{u"--user"_s,          u"u"_s,  u"--password-env"_s, u"HOME"_s,
                              u"--password-file"_s, password}
        << QStringList{u"--password-env"_s, u"--password-file"_s} << true;
    QTest::addRow("--body and --body-file") << send + QStringList{u"--body-file"_s, readable}
                                            << QStringList{u"--body"_s, u"--body-file"_s} << true;
    QTest::addRow("--eml with --subject")
        << QStringList{u"send"_s,  u"--server"_s, u"127.0.0.1"_s, u"--port"_s, u"%PORT%"_s,
                       u"--eml"_s, readable,      u"--subject"_s, u"x"_s}
        << QStringList{u"--subject"_s, u"--eml"_s} << true;
    QTest::addRow("mx without a domain")
        << QStringList{u"mx"_s} << QStringList{u"DOMAIN"_s} << true;
    QTest::addRow("build without --output")
        << QStringList{u"build"_s, u"--from"_s, u"a@example.test"_s, u"--to"_s, u"b@example.test"_s}
        << QStringList{u"--output"_s} << true;
    // Checked after the options, before any connection.
    QTest::addRow("no sender") << QStringList{u"send"_s,           u"--server"_s, u"127.0.0.1"_s,
                                              u"--port"_s,         u"%PORT%"_s,   u"--to"_s,
                                              u"b@example.test"_s, u"--body"_s,   u"x"_s}
                               << QStringList{u"--from"_s} << false;
    QTest::addRow("no recipient") << QStringList{u"send"_s,           u"--server"_s, u"127.0.0.1"_s,
                                                 u"--port"_s,         u"%PORT%"_s,   u"--from"_s,
                                                 u"a@example.test"_s, u"--body"_s,   u"x"_s}
                                  << QStringList{u"--to"_s} << false;
    QTest::addRow("bad --to address")
        << send + QStringList{u"--to"_s, u"张三 <no-at-sign>"_s} << QStringList{u"--to"_s} << false;
    QTest::addRow("--password-env not set")
        << send + QStringList{u"--user"_s, u"u"_s, u"--password-env"_s,
                              u"HONGYAN_TEST_UNSET_VARIABLE"_s}
        << QStringList{u"--password-env"_s, u"HONGYAN_TEST_UNSET_VARIABLE"_s} << false;
    // No password option and no terminal to ask on: an error, never a guess or a hang.
    QTest::addRow("--user without a password or a terminal")
        << send + QStringList{u"--user"_s, u"u"_s}
        << QStringList{u"--password-env"_s, u"--password-file"_s} << false;
    QTest::addRow("--transcript cannot be written")
        << send + QStringList{u"--transcript"_s, m_dir.filePath(u"no/such/dir/transcript"_s)}
        << QStringList{u"--transcript"_s, m_dir.filePath(u"no/such/dir/transcript"_s)} << false;
    QTest::addRow("probe --transcript cannot be written")
        << probe + QStringList{u"--transcript"_s, m_dir.filePath(u"no/such/dir/transcript"_s)}
        << QStringList{u"--transcript"_s} << false;
    QTest::addRow("--eml without recipients")
        << QStringList{u"send"_s,   u"--server"_s, u"127.0.0.1"_s, u"--port"_s,
                       u"%PORT%"_s, u"--eml"_s,    readable}
        << QStringList{u"--eml"_s} << false;
}

void TestCliUsage::usageError()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, named);
    QFETCH(bool, usageLine);

    // Listening, and any connection is a failure: nothing may be sent.
    ScriptedServer server;
    QVERIFY(server.load("CLOSED\n"));
    QVERIFY(server.listen());
    arguments.replaceInStrings(u"%PORT%"_s, QString::number(server.port()));

    const CliRun run = clitest::runCli(arguments);
    QVERIFY2(run.finished, qPrintable(run.describe()));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err().startsWith(u"hongyan-cli: "_s), qPrintable(run.describe()));
    for (const QString& name : named)
        QVERIFY2(run.err().contains(name), qPrintable(name + u"\n"_s + run.describe()));
    QCOMPARE(run.err().contains(u"Usage: hongyan-cli"_s), usageLine);
    QVERIFY2(run.standardOutput.isEmpty(), qPrintable(run.describe()));
    QVERIFY2(!run.err().contains(u"hunter2-argv"_s), "an error message repeats a secret");
    // A connection attempt would be in the event queue by now; give it a moment anyway.
    testsupport::waitUntil([&server] { return server.connectionCount() > 0; }, 200);
    QCOMPARE(server.connectionCount(), 0);
}

void TestCliUsage::language_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("chinese");
    QTest::addRow("zh_CN.UTF-8") << u"zh_CN.UTF-8"_s << true;
    QTest::addRow("C.UTF-8") << u"C.UTF-8"_s << false;
    QTest::addRow("en_US.UTF-8") << u"en_US.UTF-8"_s << false;
}

void TestCliUsage::language()
{
    // Qt's own parser messages are translated already (qt6-translations-l10n); Hongyan's
    // strings follow with hongyan_zh_CN.ts. The flag is named in any language.
    QFETCH(QString, language);
    QFETCH(bool, chinese);
    clitest::RunOptions options;
    options.language = language;
    const CliRun run =
        clitest::runCli({u"send"_s, u"--server"_s, u"127.0.0.1"_s, u"--frobnicate"_s}, options);
    QVERIFY2(run.finished && run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.err().contains(u"frobnicate"_s), qPrintable(run.describe()));
    QCOMPARE(clitest::containsChinese(run.err()), chinese);
}

void TestCliUsage::manPageFormats()
{
    // groff from groff-base; -ww turns on every warning, and there must be none. -P-cbou:
    // plain text, without the overstriking that makes bold.
    QProcess groff;
    groff.start(u"groff"_s, {u"-man"_s, u"-Tutf8"_s, u"-ww"_s, u"-P-cbou"_s, manPagePath()});
    QVERIFY2(groff.waitForStarted(10000), "groff is not installed (Debian package groff-base)");
    QVERIFY(groff.waitForFinished(30000));
    const QString warnings = QString::fromUtf8(groff.readAllStandardError());
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
    QCOMPARE(groff.exitCode(), 0);
    const QString text = QString::fromUtf8(groff.readAllStandardOutput());
    QVERIFY2(text.contains(u"hongyan-cli"_s) && text.contains(u"EXIT STATUS"_s),
             qPrintable(text.left(2000)));
}

void TestCliUsage::manPageDocumentsTheProgram()
{
    const QString page = clitest::readFile(manPagePath());
    QVERIFY2(!page.isEmpty(), qPrintable(manPagePath()));
    // In roff source a hyphen in an option is "\-".
    const auto documented = [&page](const QString& text) {
        return page.contains(QString(text).replace(u"-"_s, u"\\-"_s)) || page.contains(text);
    };

    // Every option any command's --help shows.
    QSet<QString> options;
    for (const QString& command : {u"send"_s, u"build"_s, u"probe"_s, u"mx"_s, u"console"_s}) {
        const CliRun run = clitest::runCli({command, u"--help"_s});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        const QRegularExpression option(u"(?:^|\\s)(--[a-z0-9-]+)"_s);
        for (const QRegularExpressionMatch& match : option.globalMatch(run.out()))
            options.insert(match.captured(1));
        QVERIFY2(documented(command), qPrintable(command));
    }
    QVERIFY2(options.size() > 30, qPrintable(QStringList(options.values()).join(u' ')));
    for (const QString& option : std::as_const(options))
        QVERIFY2(documented(option), qPrintable(option + u" is not in the man page"_s));

    // Every key of the --json reports of send, probe and mx.
    QSet<QString> keys;
    const quint16 port = clitest::closedPort();
    for (const QStringList& arguments :
         {QStringList{u"send"_s, u"--server"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(port),
                      u"--from"_s, u"a@example.test"_s, u"--to"_s, u"b@example.test"_s, u"--body"_s,
                      u"x"_s, u"--json"_s},
          QStringList{u"probe"_s, u"--server"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(port),
                      u"--json"_s},
          QStringList{u"mx"_s, u"example.invalid"_s, u"--json"_s}}) {
        const CliRun run = clitest::runCli(arguments);
        QString error;
        const QJsonObject report = clitest::parseJsonLine(run.standardOutput, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error + run.describe()));
        collectKeys(report, &keys);
    }
    QVERIFY2(keys.size() > 30, qPrintable(QStringList(keys.values()).join(u' ')));
    for (const QString& key : std::as_const(keys))
        QVERIFY2(documented(key), qPrintable(key + u" (a JSON key) is not in the man page"_s));

    for (const QString& marker : clitest::transcriptMarkers())
        QVERIFY2(documented(marker.trimmed()), qPrintable(marker));
    for (int status = 0; status <= 9; ++status)
        QVERIFY2(
            QRegularExpression(u"^\\.IP %1\\b"_s.arg(status), QRegularExpression::MultilineOption)
                .match(page)
                .hasMatch(),
            qPrintable(u"exit status %1 has no .IP entry"_s.arg(status)));
}

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cli_usage.moc"
