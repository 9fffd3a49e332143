#include "clioptions.h"

#include "certificatesummary.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace hongyan::cli {

namespace {

struct CommandInfo
{
    const char16_t* name;
    CliOptions::Command command;
};

constexpr CommandInfo commands[] = {
    {u"send", CliOptions::Command::Send},       {u"build", CliOptions::Command::Build},
    {u"probe", CliOptions::Command::Probe},     {u"mx", CliOptions::Command::Mx},
    {u"console", CliOptions::Command::Console},
};

bool takesConnection(CliOptions::Command command)
{
    return command == CliOptions::Command::Send || command == CliOptions::Command::Probe ||
           command == CliOptions::Command::Console;
}

// Which commands an option belongs to; --help shows only those, and using one elsewhere is
// an error that names it.
bool appliesTo(QStringView option, CliOptions::Command command)
{
    using Command = CliOptions::Command;
    static const QStringList connection{u"server"_s,        u"port"_s,
                                        u"security"_s,      u"account"_s,
                                        u"user"_s,          u"password-env"_s,
                                        u"password-file"_s, u"auth"_s,
                                        u"ca-file"_s,       u"allow-plaintext-auth"_s,
                                        u"pin-sha256"_s,    u"ehlo"_s,
                                        u"timeout"_s,       u"transcript"_s,
                                        u"timestamps"_s,    u"debug"_s};
    static const QStringList message{u"from"_s,      u"to"_s,      u"cc"_s,   u"bcc"_s,
                                     u"reply-to"_s,  u"subject"_s, u"body"_s, u"body-file"_s,
                                     u"html-file"_s, u"attach"_s};
    if (option == u"help" || option == u"h")
        return true;
    if (connection.contains(option))
        return takesConnection(command);
    if (message.contains(option))
        return command == Command::Send || command == Command::Build;
    if (option == u"direct" || option == u"require-tls" || option == u"eml")
        return command == Command::Send;
    if (option == u"dns-server")
        return command == Command::Send || command == Command::Mx;
    if (option == u"json")
        return command == Command::Send || command == Command::Probe || command == Command::Mx;
    if (option == u"mail-from")
        return command == Command::Probe;
    if (option == u"output")
        return command == Command::Build;
    return false;
}

} // namespace

QString CliOptionsParser::usageLine() const
{
    if (m_commandName.isEmpty())
        return tr("Usage: hongyan-cli send|build|probe|mx|console [options]; "
                  "hongyan-cli COMMAND --help for details");
    if (m_commandName == u"mx")
        return tr("Usage: hongyan-cli mx DOMAIN [--dns-server IP] [--json]");
    return tr("Usage: hongyan-cli %1 [options]; hongyan-cli %1 --help for details")
        .arg(m_commandName);
}

CliOptionsParser::Result CliOptionsParser::fail(const QString& message)
{
    m_error = message;
    return Result::Error;
}

CliOptionsParser::Result CliOptionsParser::parse(const QStringList& arguments)
{
    m_options = {};
    m_error.clear();
    m_commandName.clear();

    const QString program = arguments.value(0, u"hongyan-cli"_s);
    const QString first = arguments.value(1);
    if (first == u"--version" || first == u"-V")
        return Result::ShowVersion;
    if (first.isEmpty() || first == u"--help" || first == u"-h" || first == u"help") {
        m_help = usageLine() + u"\n\n"_s +
                 tr("Commands:\n"
                    "  send     compose (or --eml) and send a message\n"
                    "  build    compose a message into an .eml file\n"
                    "  probe    connect, TLS, EHLO, optional AUTH and MAIL FROM test; no mail\n"
                    "  mx       show the MX route of a domain\n"
                    "  console  talk to a server one command at a time, from standard input\n");
        return first.isEmpty() ? fail(tr("no command given")) : Result::ShowHelp;
    }
    const CommandInfo* info = nullptr;
    for (const CommandInfo& candidate : commands) {
        if (first == QStringView(candidate.name))
            info = &candidate;
    }
    if (!info)
        return fail(tr("unknown command '%1'").arg(first));
    m_commandName = first;
    m_options.command = info->command;
    const CliOptions::Command command = info->command;

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    parser.addOption(help);

    auto option = [&parser, command](const QString& name, const QString& description,
                                     const QString& valueName = {}) {
        QCommandLineOption added(name, description, valueName);
        if (!appliesTo(name, command))
            added.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(added);
        return added;
    };

    const bool withConnection = takesConnection(command);
    const QCommandLineOption server = option(u"server"_s, tr("SMTP server host name."), tr("HOST"));
    const QCommandLineOption port = option(
        u"port"_s, tr("Port (default 465 for tls, 587 for starttls, 25 for none)."), tr("N"));
    const QCommandLineOption security =
        option(u"security"_s, tr("tls (implicit TLS), starttls (required) or none."), tr("MODE"));
    const QCommandLineOption direct =
        option(u"direct"_s, tr("Deliver to each recipient domain's MX hosts."));
    const QCommandLineOption dnsServer =
        option(u"dns-server"_s, tr("DNS server for MX lookups (port 53)."), tr("IP"));
    const QCommandLineOption requireTls =
        option(u"require-tls"_s, tr("With --direct: refuse MX hosts without STARTTLS."));
    const QCommandLineOption account = option(
        u"account"_s, tr("Use a saved account (settings and keychain of the GUI)."), tr("NAME"));
    const QCommandLineOption user = option(u"user"_s, tr("User name for AUTH."), tr("NAME"));
    const QCommandLineOption passwordEnv = option(
        u"password-env"_s, tr("Read the password (or token) from this variable."), tr("VAR"));
    const QCommandLineOption passwordFile =
        option(u"password-file"_s, tr("Read the password (or token) from the first line of FILE."),
               tr("FILE"));
    const QCommandLineOption auth = option(
        u"auth"_s, tr("auto, plain, login, cram-md5, xoauth2, oauthbearer or none."), tr("METHOD"));
    const QCommandLineOption caFile =
        option(u"ca-file"_s, tr("Also trust the CA certificates in this PEM file."), tr("PEM"));
    const QCommandLineOption allowPlaintextAuth =
        option(u"allow-plaintext-auth"_s, tr("Allow sending credentials without TLS."));
    const QCommandLineOption pin =
        option(u"pin-sha256"_s,
               tr("Accept exactly the server certificate with this SHA-256 (hex)."), tr("HEX"));
    const QCommandLineOption ehlo = option(u"ehlo"_s, tr("Name to send in EHLO."), tr("NAME"));
    const QCommandLineOption timeout =
        option(u"timeout"_s, tr("Limit for every stage, in seconds."), tr("SECONDS"));
    const QCommandLineOption transcript =
        option(u"transcript"_s,
               tr("Write the protocol transcript to FILE (- for standard output)."), tr("FILE"));
    const QCommandLineOption timestamps =
        option(u"timestamps"_s, tr("Prefix transcript lines with the time."));
    const QCommandLineOption debug =
        option(u"debug"_s, tr("Include state changes and message headers in the transcript."));
    const QCommandLineOption json = option(u"json"_s, tr("Print the result as JSON."));
    const QCommandLineOption mailFrom = option(
        u"mail-from"_s, tr("probe: test this sender with MAIL FROM, then RSET."), tr("ADDR"));

    const QCommandLineOption from =
        option(u"from"_s, tr("Sender, e.g. \"张三\" <zhang@example.com>."), tr("ADDR"));
    const QCommandLineOption to =
        option(u"to"_s, tr("Recipient (repeatable, or a list)."), tr("ADDR"));
    const QCommandLineOption cc = option(u"cc"_s, tr("Copy recipient (repeatable)."), tr("ADDR"));
    const QCommandLineOption bcc =
        option(u"bcc"_s, tr("Blind copy recipient (repeatable; envelope only)."), tr("ADDR"));
    const QCommandLineOption replyTo = option(u"reply-to"_s, tr("Reply-To address."), tr("ADDR"));
    const QCommandLineOption subject = option(u"subject"_s, tr("Subject."), tr("TEXT"));
    const QCommandLineOption body = option(u"body"_s, tr("Plain-text body."), tr("TEXT"));
    const QCommandLineOption bodyFile =
        option(u"body-file"_s, tr("Plain-text body from a UTF-8 file."), tr("FILE"));
    const QCommandLineOption htmlFile =
        option(u"html-file"_s, tr("HTML body from a UTF-8 file (the text is its alternative)."),
               tr("FILE"));
    const QCommandLineOption attach =
        option(u"attach"_s, tr("Attach a file (repeatable)."), tr("FILE"));
    const QCommandLineOption eml =
        option(u"eml"_s,
               tr("Send this .eml file as it is. Repeat it to send several messages over one "
                  "connection."),
               tr("FILE"));
    const QCommandLineOption output =
        option(u"output"_s, tr("build: the .eml file to write."), tr("FILE"));

    if (!parser.parse(arguments.mid(0, 1) + arguments.mid(2)))
        return fail(parser.errorText());
    // QCommandLineParser's help starts with its own "Usage: <program> [options]" line; ours
    // names the command instead of the path the program was started by.
    const QString options = parser.helpText();
    m_help = usageLine() + options.mid(options.indexOf(u'\n'));
    if (parser.isSet(help))
        return Result::ShowHelp;

    for (const QString& name : parser.optionNames()) {
        if (!appliesTo(name, command))
            return fail(tr("option --%1 does not apply to '%2'").arg(name, m_commandName));
    }

    const QStringList positional = parser.positionalArguments();
    if (command == CliOptions::Command::Mx) {
        if (positional.isEmpty())
            return fail(tr("mx needs a DOMAIN"));
        if (positional.size() > 1)
            return fail(tr("unexpected argument '%1'").arg(positional.at(1)));
        m_options.domain = positional.constFirst();
        const QByteArray ace = QUrl::toAce(m_options.domain);
        if (ace.isEmpty() || ace.startsWith('.') || ace.contains("..") || ace.size() > 253)
            return fail(tr("'%1' is not a valid domain").arg(m_options.domain));
    } else if (!positional.isEmpty()) {
        return fail(tr("unexpected argument '%1'").arg(positional.constFirst()));
    }

    CliOptions& o = m_options;
    o.server = parser.value(server);
    if (parser.isSet(port)) {
        bool ok = false;
        const uint value = parser.value(port).toUInt(&ok);
        if (!ok || value == 0 || value > 65535)
            return fail(tr("--port: '%1' is not a port number (1-65535)").arg(parser.value(port)));
        o.port = quint16(value);
    }
    if (parser.isSet(security)) {
        const QString value = parser.value(security);
        if (value == u"tls" || value == u"ssl")
            o.security = smtp::Security::ImplicitTls;
        else if (value == u"starttls")
            o.security = smtp::Security::StartTls;
        else if (value == u"none")
            o.security = smtp::Security::Plain;
        else
            return fail(tr("--security: '%1' is not one of tls, starttls, none").arg(value));
    }
    o.direct = parser.isSet(direct);
    o.requireTls = parser.isSet(requireTls);
    if (parser.isSet(dnsServer)) {
        o.dnsServer = QHostAddress(parser.value(dnsServer));
        if (o.dnsServer.isNull())
            return fail(tr("--dns-server: '%1' is not an IP address").arg(parser.value(dnsServer)));
    }
    o.account = parser.value(account);
    o.user = parser.value(user);
    o.passwordEnv = parser.value(passwordEnv);
    o.passwordFile = parser.value(passwordFile);
    if (!o.passwordEnv.isEmpty() && !o.passwordFile.isEmpty())
        return fail(tr("--password-env and --password-file cannot be used together"));
    if (parser.isSet(auth)) {
        const QString value = parser.value(auth);
        static const std::pair<const char16_t*, smtp::AuthMethod> methods[] = {
            {u"auto", smtp::AuthMethod::Auto},
            {u"none", smtp::AuthMethod::None},
            {u"plain", smtp::AuthMethod::Plain},
            {u"login", smtp::AuthMethod::Login},
            {u"cram-md5", smtp::AuthMethod::CramMd5},
            {u"xoauth2", smtp::AuthMethod::XOAuth2},
            {u"oauthbearer", smtp::AuthMethod::OAuthBearer},
        };
        for (const auto& [name, method] : methods) {
            if (value.compare(QStringView(name), Qt::CaseInsensitive) == 0)
                o.auth = method;
        }
        if (!o.auth)
            return fail(tr("--auth: '%1' is not one of auto, plain, login, cram-md5, xoauth2, "
                           "oauthbearer, none")
                            .arg(value));
    }
    o.caFile = parser.value(caFile);
    if (parser.isSet(pin)) {
        o.pinSha256 = smtp::CertificateSummary::parseSha256(parser.value(pin));
        if (o.pinSha256.isEmpty())
            return fail(tr("--pin-sha256: '%1' is not a SHA-256 digest (64 hex digits, colons "
                           "optional)")
                            .arg(parser.value(pin)));
    }
    o.allowPlaintextAuth = parser.isSet(allowPlaintextAuth);
    o.ehlo = parser.value(ehlo);
    if (parser.isSet(timeout)) {
        bool ok = false;
        const int value = parser.value(timeout).toInt(&ok);
        if (!ok || value <= 0)
            return fail(tr("--timeout: '%1' is not a positive number of seconds")
                            .arg(parser.value(timeout)));
        o.timeoutSeconds = value;
    }
    o.transcript = parser.value(transcript);
    o.timestamps = parser.isSet(timestamps);
    o.debug = parser.isSet(debug);
    o.json = parser.isSet(json);
    o.mailFromTest = parser.value(mailFrom);

    o.from = parser.value(from);
    o.to = parser.values(to);
    o.cc = parser.values(cc);
    o.bcc = parser.values(bcc);
    o.replyTo = parser.value(replyTo);
    o.subject = parser.value(subject);
    if (parser.isSet(body))
        o.body = parser.value(body);
    o.bodyFile = parser.value(bodyFile);
    o.htmlFile = parser.value(htmlFile);
    o.attachments = parser.values(attach);
    o.emlFiles = parser.values(eml);
    o.output = parser.value(output);

    if (o.body && !o.bodyFile.isEmpty())
        return fail(tr("--body and --body-file cannot be used together"));
    if (!o.emlFiles.isEmpty()) {
        for (const QCommandLineOption& composing :
             {subject, body, bodyFile, htmlFile, attach, replyTo}) {
            if (parser.isSet(composing))
                return fail(tr("--%1 cannot be used with --eml: the file is sent as it is")
                                .arg(composing.names().constLast()));
        }
    }
    if (withConnection && command != CliOptions::Command::Console && o.direct &&
        (!o.server.isEmpty() || !o.account.isEmpty()))
        return fail(tr("--direct cannot be used with --server or --account"));
    if (withConnection && !o.direct && o.server.isEmpty() && o.account.isEmpty())
        return fail(tr("no server: give --server HOST, --account NAME or --direct"));
    if (command == CliOptions::Command::Build && o.output.isEmpty())
        return fail(tr("build needs --output FILE"));

    // Files are checked now so that nothing is sent when one of them cannot be read.
    const QList<std::pair<QString, QString>> inputs = [&] {
        QList<std::pair<QString, QString>> list{{u"password-file"_s, o.passwordFile},
                                                {u"ca-file"_s, o.caFile},
                                                {u"body-file"_s, o.bodyFile},
                                                {u"html-file"_s, o.htmlFile}};
        for (const QString& file : std::as_const(o.emlFiles))
            list.append({u"eml"_s, file});
        for (const QString& file : std::as_const(o.attachments))
            list.append({u"attach"_s, file});
        return list;
    }();
    for (const auto& [flag, path] : inputs) {
        if (path.isEmpty())
            continue;
        const QFileInfo file(path);
        if (!file.exists())
            return fail(tr("--%1: file '%2' does not exist").arg(flag, path));
        if (!file.isFile() || !file.isReadable())
            return fail(tr("--%1: file '%2' cannot be read").arg(flag, path));
    }
    return Result::Run;
}

} // namespace hongyan::cli
