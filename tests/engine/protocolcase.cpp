#include "protocolcase.h"

#include "sessionharness.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace testsupport {

namespace {

const QStringList knownSections = {u"settings"_s, u"envelope"_s, u"message"_s, u"run"_s,
                                   u"server"_s,   u"outcome"_s,  u"expect"_s};

// testMessage() grown to exactly `size` bytes with whole lines, for SIZE and large bodies.
QByteArray messageOfSize(qsizetype size)
{
    QByteArray message = testMessage();
    const QByteArray line = "0123456789 the quick brown fox jumps over the lazy dog 0123456789\r\n";
    while (message.size() + line.size() + 2 <= size)
        message += line;
    message += QByteArray(size - message.size() - 2, 'x') + "\r\n";
    return message;
}

// The names a case file uses for SessionSettings values.
const QHash<QString, smtp::Security> securities = {
    {u"plain"_s, smtp::Security::Plain},
    {u"starttls"_s, smtp::Security::StartTls},
    {u"tls"_s, smtp::Security::ImplicitTls},
    {u"opportunistic"_s, smtp::Security::Opportunistic}};
const QHash<QString, smtp::AuthMethod> authMethods = {
    {u"auto"_s, smtp::AuthMethod::Auto},
    {u"none"_s, smtp::AuthMethod::None},
    {u"plain"_s, smtp::AuthMethod::Plain},
    {u"login"_s, smtp::AuthMethod::Login},
    {u"cram-md5"_s, smtp::AuthMethod::CramMd5},
    {u"xoauth2"_s, smtp::AuthMethod::XOAuth2},
    {u"oauthbearer"_s, smtp::AuthMethod::OAuthBearer}};
const QHash<QString, smtp::SessionSettings::RecipientPolicy> recipientPolicies = {
    {u"deliver-to-accepted"_s, smtp::SessionSettings::RecipientPolicy::DeliverToAccepted},
    {u"all-or-nothing"_s, smtp::SessionSettings::RecipientPolicy::AllOrNothing}};
const QHash<QString, smtp::SessionSettings::BodyTranscript> bodyTranscripts = {
    {u"summary"_s, smtp::SessionSettings::BodyTranscript::Summary},
    {u"full"_s, smtp::SessionSettings::BodyTranscript::Full}};
const QHash<QString, ProtocolCase::CaFile> caFiles = {{u"test-ca"_s, ProtocolCase::CaFile::TestCa},
                                                      {u"none"_s, ProtocolCase::CaFile::None}};
// What TestCertificates makes (tests/data/make-test-certs.sh).
const QStringList testCertificateNames = {u"ca"_s,        u"server"_s,      u"wrong-host"_s,
                                          u"expired"_s,   u"self-signed"_s, u"other-ca"_s,
                                          u"unknown-ca"_s};
const QHash<QString, bool> onOff = {{u"on"_s, true}, {u"off"_s, false}};
const QHash<QString, bool> yesNo = {{u"yes"_s, true}, {u"no"_s, false}};

// Sets *field to the value `name` stands for; false when it stands for none.
template <typename T>
bool pick(const QHash<QString, T>& names, const QString& name, T* field)
{
    if (!names.contains(name))
        return false;
    *field = names.value(name);
    return true;
}

// ${base64:BYTES} in a script: BYTES with escapes decoded, in base64 (SASL payloads that
// hold the server's port).
const QRegularExpression base64Placeholder(u"\\$\\{base64:([^}]*)\\}"_s);

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

std::optional<int> parseMilliseconds(const QString& text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value > 0 ? std::optional<int>(value) : std::nullopt;
}

} // namespace

std::optional<QByteArray> decodeEscapes(const QString& text)
{
    static const QHash<char, char> simple = {{'r', '\r'}, {'n', '\n'}, {'t', '\t'}, {'\\', '\\'}};
    const QByteArray bytes = text.toUtf8();
    QByteArray decoded;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] != '\\') {
            decoded += bytes[i];
        } else if (i + 1 < bytes.size() && simple.contains(bytes[i + 1])) {
            decoded += simple.value(bytes[++i]);
        } else if (i + 3 < bytes.size() && bytes[i + 1] == 'x' && isHexDigit(bytes[i + 2]) &&
                   isHexDigit(bytes[i + 3])) {
            decoded += char(bytes.mid(i + 2, 2).toInt(nullptr, 16));
            i += 3;
        } else {
            return std::nullopt;
        }
    }
    return decoded;
}

std::optional<bool> parseYesNo(const QString& text)
{
    return yesNo.contains(text) ? std::optional<bool>(yesNo.value(text)) : std::nullopt;
}

std::optional<ProtocolCase> ProtocolCase::load(const QString& path, QString* error)
{
    ProtocolCase protocolCase;
    protocolCase.fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: cannot read: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    const QString text = QString::fromUtf8(file.readAll());
    if (!protocolCase.parse(text.split(u'\n'), error))
        return std::nullopt;
    return protocolCase;
}

QString ProtocolCase::where(int line) const
{
    return u"%1:%2"_s.arg(fileName).arg(line);
}

QString ProtocolCase::fail(int line, const QString& why) const
{
    return where(line) + u": "_s + why;
}

QByteArray ProtocolCase::serverScript(quint16 port) const
{
    QString script = m_script.join(u'\n') + u'\n';
    script.replace(u"${port}"_s, QString::number(port));
    for (QRegularExpressionMatch match = base64Placeholder.match(script); match.hasMatch();
         match = base64Placeholder.match(script)) {
        const QByteArray decoded = decodeEscapes(match.captured(1)).value_or(QByteArray());
        script.replace(match.capturedStart(), match.capturedLength(),
                       QString::fromLatin1(decoded.toBase64()));
    }
    return script.toUtf8();
}

bool ProtocolCase::parse(const QStringList& lines, QString* error)
{
    static const QRegularExpression header(u"^\\[([a-z]+)\\]\\s*$"_s);
    settings = testSettings(0);
    envelope = testEnvelope();
    envelope.recipients.clear();
    QString section;
    QStringList seen;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int number = int(i) + 1;
        const QString line = lines[i].trimmed();
        if (const QRegularExpressionMatch match = header.match(line); match.hasMatch()) {
            section = match.captured(1);
            if (!enterSection(number, section, &seen, error))
                return false;
        } else if (section == u"server"_s) {
            if (!checkPlaceholders(number, lines[i], error))
                return false;
            m_script.append(lines[i]);
        } else if (!line.isEmpty() && !line.startsWith(u'#') &&
                   !parseLine(section, number, line, error)) {
            return false;
        }
    }
    if (!m_recipientsGiven)
        envelope.recipients = testEnvelope().recipients;
    if (!m_messageGiven)
        message = testMessage();
    return checkComplete(seen, error);
}

bool ProtocolCase::checkPlaceholders(int line, const QString& text, QString* error) const
{
    QString withPort = text;
    withPort.replace(u"${port}"_s, u"1"_s);
    for (const QRegularExpressionMatch& match : base64Placeholder.globalMatch(withPort)) {
        if (!decodeEscapes(match.captured(1)))
            return *error = fail(line, u"bad escape in \"%1\""_s.arg(match.captured(0))), false;
    }
    return true;
}

bool ProtocolCase::enterSection(int line, const QString& section, QStringList* seen, QString* error)
{
    if (!knownSections.contains(section))
        return *error = fail(line, u"unknown section [%1]"_s.arg(section)), false;
    if (seen->contains(section) && section != u"outcome"_s)
        return *error = fail(line, u"second [%1] section"_s.arg(section)), false;
    seen->append(section);
    if (section == u"outcome"_s)
        outcomes.append(QList<CaseEntry>());
    if (section == u"server"_s)
        m_serverLineOffset = line;
    return true;
}

// One line of any section but [server], neither blank nor a comment.
bool ProtocolCase::parseLine(const QString& section, int line, const QString& text, QString* error)
{
    static const QRegularExpression keyValue(u"^([A-Za-z0-9.~-]+):\\s*(.*)$"_s);
    if (section == u"message"_s)
        return parseMessageLine(line, text, error);
    if (section == u"run"_s)
        return parseStep(line, text, error);
    const QRegularExpressionMatch match = keyValue.match(text);
    if (!match.hasMatch())
        return *error = fail(line, u"expected \"key: value\", got \"%1\""_s.arg(text)), false;
    const CaseEntry entry{line, match.captured(1), match.captured(2).trimmed()};
    if (section == u"settings"_s)
        return parseSettings(entry, error);
    if (section == u"envelope"_s)
        return parseEnvelope(entry, error);
    if (section == u"outcome"_s)
        outcomes.last().append(entry);
    else if (section == u"expect"_s)
        expectations.append(entry);
    else if (entry.key == u"title"_s && !entry.value.isEmpty())
        title = entry.value;
    else
        return *error = fail(line, u"only \"title:\" may come before the first section"_s), false;
    return true;
}

bool ProtocolCase::checkComplete(const QStringList& sections, QString* error) const
{
    if (title.isEmpty())
        return *error = fail(1, u"no \"title:\" line"_s), false;
    for (const QString& required : {u"run"_s, u"server"_s}) {
        if (!sections.contains(required))
            return *error = fail(1, u"no [%1] section"_s.arg(required)), false;
    }
    if (steps.isEmpty())
        return *error = fail(1, u"the [run] section has no step"_s), false;
    const qsizetype yielding = std::count_if(steps.cbegin(), steps.cend(),
                                             [](const CaseStep& s) { return s.yieldsOutcome(); });
    if (outcomes.size() != yielding) {
        *error = fail(
            1, u"%1 [outcome] sections for %2 steps that yield an outcome"_s.arg(outcomes.size())
                   .arg(yielding));
        return false;
    }
    return true;
}

// Each key maps to one SessionSettings field (or to a certificate the runner holds).
bool ProtocolCase::parseSettings(const CaseEntry& entry, QString* error)
{
    const QString& key = entry.key;
    const QString& value = entry.value;
    bool valid = true;
    if (key == u"security"_s) {
        valid = pick(securities, value, &settings.security);
    } else if (key == u"auth-method"_s) {
        valid = pick(authMethods, value, &settings.authMethod);
    } else if (key == u"user"_s) {
        settings.credentials.user = value;
    } else if (key == u"password"_s || key == u"token"_s) {
        settings.credentials.secret = value;
        settings.credentials.kind = key == u"token"_s ? smtp::Credentials::Kind::OAuthToken
                                                      : smtp::Credentials::Kind::Password;
    } else if (key == u"allow-plaintext-auth"_s) {
        valid = pick(yesNo, value, &settings.allowPlaintextAuth);
    } else if (key == u"recipient-policy"_s) {
        valid = pick(recipientPolicies, value, &settings.recipientPolicy);
    } else if (key == u"body-transcript"_s) {
        valid = pick(bodyTranscripts, value, &settings.bodyTranscript);
    } else if (key == u"pipelining"_s) {
        valid = pick(onOff, value, &settings.usePipelining);
    } else if (key == u"chunking"_s) {
        valid = pick(onOff, value, &settings.useChunking);
    } else if (key == u"ca-file"_s) {
        valid = pick(caFiles, value, &caFile);
    } else if (key == u"pin"_s || key == u"server-certificate"_s) {
        (key == u"pin"_s ? pinnedCertificate : serverCertificate) = value;
        valid = testCertificateNames.contains(value);
    } else if (key == u"timeout"_s || key.startsWith(u"timeout."_s)) {
        return parseTimeout(entry, error);
    } else {
        return *error = fail(entry.line, u"unknown setting \"%1\""_s.arg(key)), false;
    }
    if (!valid)
        return *error = fail(entry.line, u"bad value \"%1\" for %2"_s.arg(value, key)), false;
    return true;
}

// timeout: MS sets every stage (Timeouts::uniform); timeout.STAGE: MS sets one.
bool ProtocolCase::parseTimeout(const CaseEntry& entry, QString* error)
{
    using std::chrono::milliseconds;
    smtp::Timeouts& timeouts = settings.timeouts;
    const QHash<QString, milliseconds*> stages = {
        {u"timeout.connect"_s, &timeouts.connect},
        {u"timeout.tls-handshake"_s, &timeouts.tlsHandshake},
        {u"timeout.greeting"_s, &timeouts.greeting},
        {u"timeout.command"_s, &timeouts.command},
        {u"timeout.data-initiation"_s, &timeouts.dataInitiation},
        {u"timeout.data-block"_s, &timeouts.dataBlock},
        {u"timeout.data-termination"_s, &timeouts.dataTermination}};
    const std::optional<int> ms = parseMilliseconds(entry.value);
    if (entry.key != u"timeout"_s && !stages.contains(entry.key))
        return *error = fail(entry.line, u"unknown setting \"%1\""_s.arg(entry.key)), false;
    if (!ms)
        return *error = fail(entry.line, u"bad milliseconds \"%1\""_s.arg(entry.value)), false;
    if (entry.key == u"timeout"_s)
        timeouts = smtp::Timeouts::uniform(milliseconds(*ms));
    else
        *stages.value(entry.key) = milliseconds(*ms);
    return true;
}

bool ProtocolCase::parseEnvelope(const CaseEntry& entry, QString* error)
{
    std::optional<bool> flag = parseYesNo(entry.value);
    if (entry.key == u"from"_s) {
        // "<>" is the null reverse path.
        envelope.sender = entry.value == u"<>"_s ? QString() : entry.value;
        return true;
    }
    if (entry.key == u"to"_s) {
        envelope.recipients.append(entry.value);
        m_recipientsGiven = true;
        return true;
    }
    if (entry.key != u"requires-8bitmime"_s && entry.key != u"requires-smtputf8"_s)
        return *error = fail(entry.line, u"unknown envelope key \"%1\""_s.arg(entry.key)), false;
    if (!flag)
        return *error = fail(entry.line, u"expected yes or no, got \"%1\""_s.arg(entry.value)),
               false;
    (entry.key == u"requires-8bitmime"_s ? envelope.requires8BitMime : envelope.requiresSmtpUtf8) =
        *flag;
    return true;
}

// The message is the concatenation of its lines: default, text BYTES, repeat N BYTES, size N.
bool ProtocolCase::parseMessageLine(int line, const QString& text, QString* error)
{
    static const QRegularExpression form(u"^(default|text|repeat|size)(?: (\\d+))?(?: (.*))?$"_s);
    const QRegularExpressionMatch match = form.match(text);
    const QString kind = match.captured(1);
    const bool counted = kind == u"repeat"_s || kind == u"size"_s;
    const bool hasBytes = kind == u"text"_s || kind == u"repeat"_s;
    const std::optional<QByteArray> bytes = decodeEscapes(match.captured(3));
    const qsizetype count = match.captured(2).toLongLong();
    const bool valid = match.hasMatch() && counted == match.hasCaptured(2) &&
                       hasBytes == match.hasCaptured(3) && bytes &&
                       (kind != u"size"_s || count >= testMessage().size() + 2);
    if (!valid)
        return *error = fail(line, u"bad message line \"%1\""_s.arg(text)), false;
    if (kind == u"default"_s)
        message += testMessage();
    else if (kind == u"size"_s)
        message += messageOfSize(count);
    else
        message += bytes->repeated(counted ? count : 1);
    m_messageGiven = true;
    return true;
}

bool ProtocolCase::parseStep(int line, const QString& text, QString* error)
{
    static const QHash<QString, std::pair<CaseStep::Kind, int>> forms = {
        // name: kind and the number of arguments (-1: one or more)
        {u"send"_s, {CaseStep::Kind::Send, 0}}, {u"send-to"_s, {CaseStep::Kind::SendTo, -1}},
        {u"open"_s, {CaseStep::Kind::Open, 0}}, {u"test-sender"_s, {CaseStep::Kind::TestSender, 1}},
        {u"quit"_s, {CaseStep::Kind::Quit, 0}}, {u"limit"_s, {CaseStep::Kind::Limit, 1}}};
    QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    const QString name = words.takeFirst();
    if (!forms.contains(name))
        return *error = fail(line, u"unknown step \"%1\""_s.arg(name)), false;
    const auto [kind, arguments] = forms.value(name);
    const bool countOk = arguments < 0 ? !words.isEmpty() : words.size() == arguments;
    if (!countOk || (kind == CaseStep::Kind::Limit && !parseMilliseconds(words.value(0))))
        return *error = fail(line, u"bad arguments for step \"%1\""_s.arg(text)), false;
    steps.append({line, kind, words});
    return true;
}

} // namespace testsupport
