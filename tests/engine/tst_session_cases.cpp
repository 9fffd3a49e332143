// Protocol cases as data, as curl keeps its tests: every tests/data/smtp/NAME.case is one row
// of cases(). A case plays a script on the scripted server, drives one SmtpSession against it
// and checks what the session concluded and what the server saw. Cases that need callbacks,
// state transitions or sources that are not plain bytes stay in the C++ suites.
//
// The format (tests/data/smtp/README.md has it with examples). Blank lines and lines starting
// with '#' are ignored outside [server]. Everything is "key: value" except [message], [run]
// and [server].
//
//   title: what the case checks                 required, before the first section
//   [settings]    SessionSettings, from testSettings(port) (plain, 5 s timeouts):
//     security: plain|starttls|tls|opportunistic          security
//     auth-method: auto|none|plain|login|cram-md5|xoauth2|oauthbearer   authMethod
//     user: NAME / password: TEXT / token: TEXT           credentials (kind from the key)
//     allow-plaintext-auth: yes|no                        allowPlaintextAuth
//     recipient-policy: deliver-to-accepted|all-or-nothing   recipientPolicy
//     body-transcript: summary|full                       bodyTranscript
//     pipelining: on|off / chunking: on|off               usePipelining / useChunking
//     timeout: MS                                         timeouts (Timeouts::uniform)
//     timeout.connect|tls-handshake|greeting|command|data-initiation|data-block|
//       data-termination: MS                              timeouts.<that one>
//     ca-file: test-ca|none                               caFile (the generated test CA)
//     pin: CERTIFICATE                                    pinnedSha256 of that test certificate
//     server-certificate: CERTIFICATE                     what the scripted server presents
//   [envelope]    testEnvelope() unless given: from: ADDRESS ("<>": null sender), to: ADDRESS
//                 (once per recipient), requires-8bitmime: yes|no, requires-smtputf8: yes|no
//   [message]     testMessage() unless given; the lines are concatenated: default,
//                 text BYTES, repeat N BYTES, size N (testMessage() grown to N bytes).
//                 BYTES take the escapes \r \n \t \\ \xNN.
//   [run]         required, one step a line: send, send-to ADDRESS..., open,
//                 test-sender ADDRESS, quit, limit MS (how long later steps wait)
//   [server]      required: a ScriptedServer script, as is (see scriptedserver.h), where
//                 ${port} is the server's port and ${base64:BYTES} the base64 of BYTES
//   [outcome]     one for each send, send-to and test-sender step, in order: the keys of
//                 outcomeCheckers() and tlsCheckers() below
//   [expect]      what the server saw and the harness recorded: expectationCheckers()
//
// Counts are compared as "N", "< N", "<= N", "> N" or ">= N". Keys ending in "~" take a
// regular expression that must match somewhere in the text. A key may carry one index,
// counted from 1: recipient.2, body.1. An unknown key, a missing section or a malformed value
// fails the case with the file and line; an empty tests/data/smtp fails the test.

#include "protocolcase.h"
#include "scriptedserver.h"
#include "sessionharness.h"
#include "testcertificates.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;
using smtp::Outcome;
using smtp::TranscriptRecord;
using testsupport::CaseEntry;
using testsupport::CaseStep;
using testsupport::ProtocolCase;
using testsupport::ScriptedServer;
using testsupport::SessionHarness;
using testsupport::TestCertificates;

namespace {

QString casesDirectory()
{
    return qEnvironmentVariable("HONGYAN_TEST_DATA") + u"/smtp"_s;
}

// What one step that yields an outcome left behind, with the session facts of that moment
// (a later quit() forgets them).
struct StepResult
{
    Outcome outcome;
    qint64 elapsedMs = 0;
    bool sessionEncrypted = false;
    bool sessionExtended = false;
    QByteArray sessionPeerSha256;
};

struct Observation
{
    const ProtocolCase& protocolCase;
    const SessionHarness& harness;
    const ScriptedServer& server;
    const TestCertificates& certificates;
};

// One expectation about to be checked: its value, its index (0 when the key has none) and,
// in an [outcome] section, the step it is about.
struct Check
{
    const Observation& seen;
    const StepResult* step;
    int index;
    QString value;

    const Outcome& outcome() const { return step->outcome; }
};

// Empty when the expectation holds; otherwise what was expected and what came.
using Checker = std::function<QString(const Check&)>;

QString mismatch(const QString& expected, const QString& actual)
{
    return u"expected \"%1\", got \"%2\""_s.arg(expected, actual);
}

QString malformed(const QString& value, const QString& form)
{
    return u"malformed value \"%1\" (expected %2)"_s.arg(value, form);
}

QString compareText(const QString& expected, const QString& actual)
{
    return expected == actual ? QString() : mismatch(expected, actual);
}

QString matchRegex(const QString& pattern, const QString& actual)
{
    const QRegularExpression regex(pattern);
    if (!regex.isValid())
        return malformed(pattern, u"a regular expression: "_s + regex.errorString());
    return regex.match(actual).hasMatch() ? QString()
                                          : u"\"%1\" does not match /%2/"_s.arg(actual, pattern);
}

QString compareYesNo(const QString& value, bool actual)
{
    const std::optional<bool> expected = testsupport::parseYesNo(value);
    if (!expected)
        return malformed(value, u"yes or no"_s);
    return *expected == actual ? QString() : mismatch(value, actual ? u"yes"_s : u"no"_s);
}

// For keys whose only sensible value is "yes": the check is asked for or absent.
QString requireYes(const QString& value, const std::function<QString()>& check)
{
    return value == u"yes"_s ? check() : malformed(value, u"yes"_s);
}

QString compareCount(const QString& value, qint64 actual)
{
    static const QRegularExpression form(u"^(<|<=|>|>=)? *(\\d+)$"_s);
    const QRegularExpressionMatch match = form.match(value);
    if (!match.hasMatch())
        return malformed(value, u"N, < N, <= N, > N or >= N"_s);
    const QString op = match.captured(1);
    const qint64 n = match.captured(2).toLongLong();
    const bool holds = op.isEmpty()    ? actual == n
                       : op == u"<"_s  ? actual < n
                       : op == u"<="_s ? actual <= n
                       : op == u">"_s  ? actual > n
                                       : actual >= n;
    return holds ? QString() : mismatch(value, QString::number(actual));
}

QString compareEnhanced(const QString& value, const smtp::EnhancedStatus& actual)
{
    const QString shown = actual.isValid() ? actual.toString() : u"none"_s;
    return compareText(value, shown);
}

QString compareCertificate(const Check& check, const QByteArray& actualSha256)
{
    const QByteArray expected = check.seen.certificates.sha256(check.value);
    if (expected.isEmpty())
        return malformed(check.value, u"a test certificate"_s);
    return expected == actualSha256 ? QString()
                                    : u"the certificate is not \"%1\""_s.arg(check.value);
}

// "ADDRESS accepted|refused CODE [ENHANCED]"
QString compareRecipient(const Check& check)
{
    const QStringList words = check.value.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 3 || words.size() > 4 ||
        (words[1] != u"accepted"_s && words[1] != u"refused"_s))
        return malformed(check.value, u"ADDRESS accepted|refused CODE [ENHANCED]"_s);
    const QList<smtp::RecipientResult>& recipients = check.outcome().recipients;
    if (check.index > recipients.size())
        return u"only %1 recipients"_s.arg(recipients.size());
    const smtp::RecipientResult& recipient = recipients[check.index - 1];
    QString actual =
        u"%1 %2 %3"_s.arg(recipient.address, recipient.accepted ? u"accepted"_s : u"refused"_s,
                          QString::number(recipient.code));
    if (words.size() == 4)
        actual += u' ' + (recipient.enhanced.isValid() ? recipient.enhanced.toString() : u"none"_s);
    return compareText(words.join(u' '), actual);
}

QString recipientText(const Check& check)
{
    const QList<smtp::RecipientResult>& recipients = check.outcome().recipients;
    if (check.index > recipients.size())
        return u"only %1 recipients"_s.arg(recipients.size());
    return matchRegex(check.value, recipients[check.index - 1].serverText);
}

// "NAME, NAME...": at least one of these certificate problems was reported.
QString compareProblems(const Check& check)
{
    static const QHash<QString, QSslError::SslError> names = {
        {u"self-signed"_s, QSslError::SelfSignedCertificate},
        {u"host-name-mismatch"_s, QSslError::HostNameMismatch},
        {u"expired"_s, QSslError::CertificateExpired},
        {u"unable-to-get-local-issuer"_s, QSslError::UnableToGetLocalIssuerCertificate},
        {u"unable-to-verify-first"_s, QSslError::UnableToVerifyFirstCertificate},
        {u"unable-to-get-issuer"_s, QSslError::UnableToGetIssuerCertificate}};
    QList<QSslError::SslError> wanted;
    for (const QString& name : check.value.split(u',', Qt::SkipEmptyParts)) {
        if (!names.contains(name.trimmed()))
            return malformed(name.trimmed(), QStringList(names.keys()).join(u", "_s));
        wanted.append(names.value(name.trimmed()));
    }
    QStringList reported;
    for (const smtp::CertificateProblem& problem : check.outcome().tls.problems) {
        if (wanted.contains(problem.error))
            return {};
        reported.append(u"%1 (%2)"_s.arg(int(problem.error)).arg(problem.description.text()));
    }
    return u"none of them among: "_s + reported.join(u"; "_s);
}

const QHash<QString, Checker>& outcomeCheckers()
{
    static const QHash<QString, Checker> checkers = {
        {u"category"_s,
         [](const Check& c) {
             return compareText(c.value, Outcome::categoryName(c.outcome().category));
         }},
        {u"reason"_s,
         [](const Check& c) {
             return compareText(c.value, Outcome::reasonName(c.outcome().reason));
         }},
        // "NAME | NAME": any of them
        {u"phase"_s,
         [](const Check& c) {
             const QStringList names = c.value.split(u" | "_s);
             for (const QString& name : names) {
                 if (!smtp::phaseFromName(name))
                     return u"\"%1\" is not a phase"_s.arg(name);
             }
             const QString actual = smtp::phaseName(c.outcome().phase);
             return names.contains(actual) ? QString() : mismatch(c.value, actual);
         }},
        {u"code"_s, [](const Check& c) { return compareCount(c.value, c.outcome().code); }},
        {u"enhanced"_s,
         [](const Check& c) { return compareEnhanced(c.value, c.outcome().enhanced); }},
        {u"server-text"_s,
         [](const Check& c) { return compareText(c.value, c.outcome().serverText); }},
        {u"server-text~"_s,
         [](const Check& c) { return matchRegex(c.value, c.outcome().serverText); }},
        // "none": the failure answered no command
        {u"command"_s,
         [](const Check& c) {
             return compareText(c.value,
                                c.outcome().command.isEmpty() ? u"none"_s : c.outcome().command);
         }},
        {u"success"_s,
         [](const Check& c) { return compareYesNo(c.value, c.outcome().isSuccess()); }},
        {u"queue-id"_s, [](const Check& c) { return compareText(c.value, c.outcome().queueId()); }},
        {u"recipients"_s,
         [](const Check& c) { return compareCount(c.value, c.outcome().recipients.size()); }},
        {u"accepted-recipients"_s,
         [](const Check& c) {
             return compareCount(c.value, c.outcome().acceptedRecipientCount());
         }},
        {u"recipient.#"_s, compareRecipient},
        {u"recipient.#.text~"_s, recipientText},
        {u"message-bytes"_s,
         [](const Check& c) { return compareCount(c.value, c.outcome().messageBytes); }},
        {u"size-limit"_s,
         [](const Check& c) { return compareCount(c.value, c.outcome().sizeLimit); }},
        {u"elapsed-ms"_s, [](const Check& c) { return compareCount(c.value, c.step->elapsedMs); }},
        {u"session.encrypted"_s,
         [](const Check& c) { return compareYesNo(c.value, c.step->sessionEncrypted); }},
        {u"session.extended"_s,
         [](const Check& c) { return compareYesNo(c.value, c.step->sessionExtended); }},
        {u"session.tls.peer"_s,
         [](const Check& c) { return compareCertificate(c, c.step->sessionPeerSha256); }},
    };
    return checkers;
}

// The outcome's TlsFacts.
const QHash<QString, Checker>& tlsCheckers()
{
    static const QHash<QString, Checker> checkers = {
        {u"tls.encrypted"_s,
         [](const Check& c) { return compareYesNo(c.value, c.outcome().tls.encrypted); }},
        {u"tls.verified"_s,
         [](const Check& c) { return compareYesNo(c.value, c.outcome().tls.verified); }},
        {u"tls.pinned"_s,
         [](const Check& c) { return compareYesNo(c.value, c.outcome().tls.pinned); }},
        {u"tls.problems"_s,
         [](const Check& c) { return compareCount(c.value, c.outcome().tls.problems.size()); }},
        {u"tls.problem-any-of"_s, compareProblems},
        {u"tls.problems-described"_s,
         [](const Check& c) {
             return requireYes(c.value, [&] {
                 const QList<smtp::CertificateProblem>& problems = c.outcome().tls.problems;
                 const bool described = std::all_of(
                     problems.cbegin(), problems.cend(),
                     [](const smtp::CertificateProblem& p) { return !p.description.isEmpty(); });
                 return described ? QString() : u"a problem without a description"_s;
             });
         }},
        {u"tls.protocol~"_s,
         [](const Check& c) { return matchRegex(c.value, c.outcome().tls.protocol); }},
        {u"tls.cipher~"_s,
         [](const Check& c) { return matchRegex(c.value, c.outcome().tls.cipher); }},
        {u"tls.cipher-bits"_s,
         [](const Check& c) { return compareCount(c.value, c.outcome().tls.cipherBits); }},
        {u"tls.peer"_s,
         [](const Check& c) {
             return compareCertificate(c, c.outcome().tls.peerChain.value(0).sha256);
         }},
    };
    return checkers;
}

// "who regex": who is client, server, info, error or any.
// `summaryOnly`: among the records a person sees at the default (summary) level.
QString findInTranscript(const Check& check, bool wanted, bool summaryOnly = false)
{
    static const QHash<QString, int> directions = {
        {u"client"_s, int(TranscriptRecord::Direction::Client)},
        {u"server"_s, int(TranscriptRecord::Direction::Server)},
        {u"info"_s, int(TranscriptRecord::Direction::Info)},
        {u"error"_s, int(TranscriptRecord::Direction::Error)},
        {u"any"_s, -1}};
    const QString who = check.value.section(u' ', 0, 0);
    const QRegularExpression regex(check.value.section(u' ', 1));
    if (!directions.contains(who) || !regex.isValid() || regex.pattern().isEmpty())
        return malformed(check.value, u"client|server|info|error|any REGEX"_s);
    const int direction = directions.value(who);
    const QList<TranscriptRecord>& records = check.seen.harness.records();
    const auto found =
        std::find_if(records.cbegin(), records.cend(), [&](const TranscriptRecord& r) {
            return (direction < 0 || int(r.direction) == direction) &&
                   (!summaryOnly || r.level == TranscriptRecord::Level::Summary) &&
                   regex.match(r.text).hasMatch();
        });
    if (wanted && found == records.cend())
        return u"no such record"_s;
    if (!wanted && found != records.cend())
        return u"record \"%1\""_s.arg(found->text);
    return {};
}

QString exchangedLinesEncrypted(const Check& check)
{
    for (const TranscriptRecord& record : check.seen.harness.records()) {
        const bool exchanged = record.direction == TranscriptRecord::Direction::Client ||
                               record.direction == TranscriptRecord::Direction::Server;
        if (exchanged && !record.encrypted)
            return u"\"%1\" was not encrypted"_s.arg(record.text);
    }
    return {};
}

// "LINE | LINE | ...": consecutive client lines that arrived in one socket read.
QString receivedInOneRead(const Check& check)
{
    const QStringList expected = check.value.split(u" | "_s);
    const QList<QByteArray>& lines = check.seen.server.receivedLines();
    const qsizetype first = lines.indexOf(expected.first().toUtf8());
    if (first < 0 || first + expected.size() > lines.size())
        return u"the lines did not arrive"_s;
    const QList<int>& reads = check.seen.server.lineReads();
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (lines[first + i] != expected[i].toUtf8())
            return mismatch(expected[i], QString::fromUtf8(lines[first + i]));
        if (reads[first + i] != reads[first])
            return u"\"%1\" came in a later read than \"%2\""_s.arg(expected[i], expected.first());
    }
    return {};
}

QString eachInASeparateRead(const Check& check)
{
    const QList<int>& reads = check.seen.server.lineReads();
    for (qsizetype i = 1; i < reads.size(); ++i) {
        if (reads[i] <= reads[i - 1])
            return u"\"%1\" came in the read of the line before"_s.arg(
                QString::fromUtf8(check.seen.server.receivedLines()[i]));
    }
    return {};
}

// "message" (the case's message as it was sent) or "text BYTES".
QString compareBody(const Check& check)
{
    const QByteArray actual = check.seen.server.bodies().value(check.index - 1);
    std::optional<QByteArray> expected;
    if (check.value == u"message"_s)
        expected = check.seen.protocolCase.message;
    else if (check.value.startsWith(u"text "_s))
        expected = testsupport::decodeEscapes(check.value.mid(5));
    if (!expected)
        return malformed(check.value, u"message or text BYTES"_s);
    if (actual == *expected)
        return {};
    return u"%1 bytes differ from the %2 expected"_s.arg(actual.size()).arg(expected->size());
}

// Everything after the last EHLO, past the first `value` lines, is QUIT or RSET.
QString onlyClosingAfterGreeting(const Check& check)
{
    bool ok = false;
    const int skip = check.value.toInt(&ok);
    if (!ok || skip < 0)
        return malformed(check.value, u"the number of lines to skip"_s);
    const QList<QByteArray> after = testsupport::linesAfterGreeting(check.seen.server).mid(skip);
    return testsupport::onlyClosingCommands(after)
               ? QString()
               : u"the client sent "_s + QString::fromUtf8(after.join(" | "));
}

QString noLeak(const Check& check)
{
    const smtp::Credentials& credentials = check.seen.protocolCase.settings.credentials;
    return check.seen.harness.findLeak(testsupport::secretsToHide(credentials, &check.seen.server));
}

const QHash<QString, Checker>& expectationCheckers()
{
    static const QHash<QString, Checker> checkers = {
        {u"outcomes"_s,
         [](const Check& c) { return compareCount(c.value, c.seen.harness.outcomes().size()); }},
        {u"established"_s,
         [](const Check& c) { return compareCount(c.value, c.seen.harness.establishedCount()); }},
        {u"closed"_s,
         [](const Check& c) { return compareCount(c.value, c.seen.harness.closedCount()); }},
        {u"connections"_s,
         [](const Check& c) { return compareCount(c.value, c.seen.server.connectionCount()); }},
        {u"server-tls"_s,
         [](const Check& c) { return compareYesNo(c.value, c.seen.server.tlsEstablished()); }},
        {u"bodies"_s,
         [](const Check& c) { return compareCount(c.value, c.seen.server.bodies().size()); }},
        {u"body.#"_s, compareBody},
        {u"bdat-chunks"_s,
         [](const Check& c) { return compareCount(c.value, c.seen.server.bdatChunks().size()); }},
        {u"bdat-last"_s,
         [](const Check& c) {
             const auto& chunks = c.seen.server.bdatChunks();
             return chunks.isEmpty() ? u"no BDAT chunk"_s
                                     : compareYesNo(c.value, chunks.last().last);
         }},
        {u"received-has"_s,
         [](const Check& c) {
             return c.seen.server.receivedLines().contains(c.value.toUtf8()) ? QString()
                                                                             : u"not received"_s;
         }},
        {u"received-lacks"_s,
         [](const Check& c) {
             return c.seen.server.receivedLines().contains(c.value.toUtf8()) ? u"received"_s
                                                                             : QString();
         }},
        {u"received-lines"_s,
         [](const Check& c) {
             return compareCount(c.value, c.seen.server.receivedLines().size());
         }},
        {u"one-read"_s, receivedInOneRead},
        {u"separate-reads"_s,
         [](const Check& c) {
             return requireYes(c.value, [&] { return eachInASeparateRead(c); });
         }},
        {u"closing-only-after-greeting"_s, onlyClosingAfterGreeting},
        {u"auth-payloads"_s,
         [](const Check& c) { return compareCount(c.value, c.seen.server.authPayloads().size()); }},
        {u"challenges-answered"_s,
         [](const Check& c) { return compareCount(c.value, c.seen.server.challengesAnswered()); }},
        {u"no-leak"_s,
         [](const Check& c) { return requireYes(c.value, [&] { return noLeak(c); }); }},
        {u"transcript-has"_s, [](const Check& c) { return findInTranscript(c, true); }},
        {u"transcript-lacks"_s, [](const Check& c) { return findInTranscript(c, false); }},
        {u"summary-has"_s, [](const Check& c) { return findInTranscript(c, true, true); }},
        {u"summary-lacks"_s, [](const Check& c) { return findInTranscript(c, false, true); }},
        {u"exchanged-lines-encrypted"_s,
         [](const Check& c) {
             return requireYes(c.value, [&] { return exchangedLinesEncrypted(c); });
         }},
    };
    return checkers;
}

// The checker table key ("recipient.#") and the index (2) of a key ("recipient.2").
std::pair<QString, int> splitIndex(const QString& key)
{
    static const QRegularExpression indexPart(u"\\.([1-9]\\d*)(?=\\.|$)"_s);
    const QRegularExpressionMatch match = indexPart.match(key);
    if (!match.hasMatch())
        return {key, 0};
    QString general = key;
    general.replace(match.capturedStart(), match.capturedLength(), u".#"_s);
    return {general, match.captured(1).toInt()};
}

const Checker* findChecker(const QString& key, bool inOutcome)
{
    const QList<const QHash<QString, Checker>*> tables =
        inOutcome ? QList{&outcomeCheckers(), &tlsCheckers()} : QList{&expectationCheckers()};
    for (const QHash<QString, Checker>* table : tables) {
        const auto found = table->constFind(splitIndex(key).first);
        if (found != table->cend())
            return &found.value();
    }
    return nullptr;
}

// Every key of [outcome] and [expect] known, before anything runs.
QString unknownKeys(const ProtocolCase& protocolCase)
{
    QList<std::pair<const CaseEntry*, bool>> entries;
    for (const QList<CaseEntry>& section : protocolCase.outcomes) {
        for (const CaseEntry& entry : section)
            entries.append({&entry, true});
    }
    for (const CaseEntry& entry : protocolCase.expectations)
        entries.append({&entry, false});
    for (const auto& [entry, inOutcome] : entries) {
        if (!findChecker(entry->key, inOutcome))
            return protocolCase.where(entry->line) +
                   u": unknown key \"%1\" in [%2]"_s.arg(entry->key,
                                                         inOutcome ? u"outcome"_s : u"expect"_s);
    }
    return {};
}

QString checkEntries(const Observation& seen, const QList<CaseEntry>& entries,
                     const StepResult* step)
{
    QStringList failures;
    for (const CaseEntry& entry : entries) {
        const Check check{seen, step, splitIndex(entry.key).second, entry.value};
        const QString failure = (*findChecker(entry.key, step != nullptr))(check);
        if (!failure.isEmpty())
            failures.append(
                u"%1: %2: %3"_s.arg(seen.protocolCase.where(entry.line), entry.key, failure));
    }
    return failures.join(u'\n');
}

QString checkAll(const Observation& seen, const QList<StepResult>& results)
{
    QStringList failures;
    for (qsizetype i = 0; i < results.size(); ++i)
        failures.append(checkEntries(seen, seen.protocolCase.outcomes[i], &results[i]));
    failures.append(checkEntries(seen, seen.protocolCase.expectations, nullptr));
    failures.removeAll(QString());
    return failures.join(u'\n');
}

// Runs the [run] steps; the first one that cannot go on ends the run with why.
class StepRunner
{
public:
    StepRunner(const ProtocolCase& protocolCase, SessionHarness& harness)
        : m_case(protocolCase)
        , m_harness(harness)
    {}

    QString run(QList<StepResult>* results)
    {
        for (const CaseStep& step : m_case.steps) {
            const QString failure = runStep(step, results);
            if (!failure.isEmpty())
                return m_case.where(step.line) + u": "_s + failure;
        }
        return {};
    }

private:
    QString runStep(const CaseStep& step, QList<StepResult>* results)
    {
        using Kind = CaseStep::Kind;
        switch (step.kind) {
        case Kind::Limit:
            m_limit = step.arguments.first().toInt();
            return {};
        case Kind::Open:
            return m_harness.open(m_limit) ? QString() : u"the session was not established"_s;
        case Kind::Quit:
            return m_harness.quit(m_limit) ? QString() : u"quit() did not disconnect"_s;
        case Kind::Send:
        case Kind::SendTo:
        case Kind::TestSender:
            return runOutcomeStep(step, results);
        }
        return u"unknown step"_s;
    }

    QString runOutcomeStep(const CaseStep& step, QList<StepResult>* results)
    {
        smtp::Envelope envelope = m_case.envelope;
        if (step.kind == CaseStep::Kind::SendTo)
            envelope.recipients = step.arguments;
        QElapsedTimer clock;
        clock.start();
        std::optional<Outcome> outcome;
        if (step.kind == CaseStep::Kind::TestSender) {
            m_harness.session().testSender(step.arguments.first());
            outcome = m_harness.waitForOutcome(m_limit);
        } else {
            outcome = m_harness.send(envelope, m_case.message, m_limit);
        }
        if (!outcome)
            return u"no finished() within %1 ms"_s.arg(m_limit);
        const smtp::SmtpSession& session = m_harness.session();
        results->append({*outcome, clock.elapsed(), session.isEncrypted(),
                         session.capabilities().isExtended(),
                         session.tlsFacts().peerChain.value(0).sha256});
        return {};
    }

    const ProtocolCase& m_case;
    SessionHarness& m_harness;
    int m_limit = SessionHarness::DefaultWait;
};

} // namespace

class TestSessionCases : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cases_data();
    void cases();

private:
    QString startServer(ScriptedServer& server, const ProtocolCase& protocolCase) const;
    smtp::SessionSettings settingsFor(const ProtocolCase& protocolCase, quint16 port) const;

    TestCertificates m_certificates;
};

void TestSessionCases::initTestCase()
{
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));
}

void TestSessionCases::cases_data()
{
    QTest::addColumn<QString>("path");
    const QDir directory(casesDirectory());
    const QStringList files = directory.entryList({u"*.case"_s}, QDir::Files, QDir::Name);
    // A row that fails, so that losing every case file cannot pass as success.
    if (files.isEmpty())
        QTest::newRow("no cases") << QString();
    for (const QString& file : files)
        QTest::newRow(qPrintable(file.chopped(5))) << directory.filePath(file);
}

void TestSessionCases::cases()
{
    QFETCH(QString, path);
    QVERIFY2(!path.isEmpty(), qPrintable(u"no .case files in "_s + casesDirectory()));
    QString error;
    const std::optional<ProtocolCase> loaded = ProtocolCase::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    const ProtocolCase& protocolCase = *loaded;
    error = unknownKeys(protocolCase);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    ScriptedServer server;
    error = startServer(server, protocolCase);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    SessionHarness harness(settingsFor(protocolCase, server.port()));
    QList<StepResult> results;
    error = StepRunner(protocolCase, harness).run(&results);
    if (error.isEmpty() && !server.waitForScript(5000)) {
        qWarning().noquote() << server.report();
        error = u"%1: [server]: %2 (the script's line 1 is the file's line %3)"_s.arg(
            protocolCase.where(protocolCase.serverLineOffset()), server.failure(),
            QString::number(protocolCase.serverLineOffset() + 1));
    }
    if (error.isEmpty())
        error = checkAll({protocolCase, harness, server, m_certificates}, results);
    if (!error.isEmpty())
        qWarning().noquote() << "transcript:\n" << harness.transcriptText();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QString TestSessionCases::startServer(ScriptedServer& server,
                                      const ProtocolCase& protocolCase) const
{
    if (!protocolCase.serverCertificate.isEmpty()) {
        server.setCertificate(m_certificates.certificate(protocolCase.serverCertificate),
                              m_certificates.key(protocolCase.serverCertificate));
    }
    if (!server.listen())
        return u"the scripted server cannot listen"_s;
    if (!server.load(protocolCase.serverScript(server.port())))
        return u"%1: [server]: %2"_s.arg(protocolCase.where(protocolCase.serverLineOffset()),
                                         server.failure());
    return {};
}

smtp::SessionSettings TestSessionCases::settingsFor(const ProtocolCase& protocolCase,
                                                    quint16 port) const
{
    smtp::SessionSettings settings = protocolCase.settings;
    settings.port = port;
    if (protocolCase.caFile == ProtocolCase::CaFile::TestCa)
        settings.caFile = m_certificates.caFile();
    if (!protocolCase.pinnedCertificate.isEmpty())
        settings.pinnedSha256 = m_certificates.sha256(protocolCase.pinnedCertificate);
    return settings;
}

QTEST_GUILESS_MAIN(TestSessionCases)
#include "tst_session_cases.moc"
