#pragma once

#include "envelope.h"
#include "sessionsettings.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace testsupport {

// One line of a case file that says "key: value", kept with its line number so that every
// complaint about it can name the file and the line.
struct CaseEntry
{
    int line = 0;
    QString key;
    QString value;
};

// What the runner does with the session, in order (the [run] section).
struct CaseStep
{
    enum class Kind {
        Send,       // send the case's envelope and message; yields an outcome
        SendTo,     // the same envelope with the recipients in `arguments`; yields an outcome
        Open,       // open(); the session must become established
        TestSender, // testSender(arguments[0]); yields an outcome
        Quit,       // quit(); the session must reach Disconnected
        Limit,      // later steps wait at most arguments[0] ms (10000 before any limit)
    };
    int line = 0;
    Kind kind = Kind::Send;
    QStringList arguments;

    bool yieldsOutcome() const
    {
        return kind == Kind::Send || kind == Kind::SendTo || kind == Kind::TestSender;
    }
};

// A protocol case read from tests/data/smtp/NAME.case; the format is described in
// tests/data/smtp/README.md and at the top of tst_session_cases.cpp. Loading checks the
// structure (sections, keys of [settings], [envelope], [message] and [run], their values);
// the keys of [outcome] and [expect] belong to the runner, which checks them before it runs.
class ProtocolCase
{
public:
    // Which certificate setting a case names; the runner holds the certificates.
    enum class CaFile { None, TestCa };

    // The case, or nothing with *error naming the file and the line.
    static std::optional<ProtocolCase> load(const QString& path, QString* error);

    // "file.case:12", for messages.
    QString where(int line) const;
    // The [server] script with ${port} and ${base64:...} filled in.
    QByteArray serverScript(quint16 port) const;
    // Lines in the file before the script's first line, to turn the script's own line
    // numbers into the file's.
    int serverLineOffset() const { return m_serverLineOffset; }

    QString fileName;
    QString title;
    // testSettings() with the [settings] section applied; host and port are the runner's.
    smtp::SessionSettings settings;
    CaFile caFile = CaFile::None;
    QString pinnedCertificate; // a TestCertificates name, or empty
    QString serverCertificate; // what the scripted server presents, or empty
    smtp::Envelope envelope;
    QByteArray message;
    QList<CaseStep> steps;
    QList<QList<CaseEntry>> outcomes; // one [outcome] section per step that yields one
    QList<CaseEntry> expectations;    // the [expect] section

private:
    bool parse(const QStringList& lines, QString* error);
    bool checkPlaceholders(int line, const QString& text, QString* error) const;
    bool enterSection(int line, const QString& section, QStringList* seen, QString* error);
    bool parseLine(const QString& section, int line, const QString& text, QString* error);
    bool parseSettings(const CaseEntry& entry, QString* error);
    bool parseTimeout(const CaseEntry& entry, QString* error);
    bool parseEnvelope(const CaseEntry& entry, QString* error);
    bool parseMessageLine(int line, const QString& text, QString* error);
    bool parseStep(int line, const QString& text, QString* error);
    bool checkComplete(const QStringList& sections, QString* error) const;
    QString fail(int line, const QString& why) const;

    QStringList m_script;
    int m_serverLineOffset = 0;
    bool m_messageGiven = false;
    bool m_recipientsGiven = false;
};

// Decodes \r \n \t \\ \xNN; nothing when the text holds any other escape.
std::optional<QByteArray> decodeEscapes(const QString& text);
// "yes" or "no".
std::optional<bool> parseYesNo(const QString& text);

} // namespace testsupport
