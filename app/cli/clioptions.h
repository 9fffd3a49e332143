#pragma once

#include "credentials.h"
#include "sessionsettings.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace hongyan::cli {

// Everything hongyan-cli was asked to do, checked and typed. The flags and their meaning
// are the contract in ../shared/DESIGN.md §5.
struct CliOptions
{
    enum class Command { Send, Build, Probe, Mx, Console };

    Command command = Command::Send;

    // connection
    QString server;
    std::optional<quint16> port;
    std::optional<smtp::Security> security;
    bool direct = false;
    QHostAddress dnsServer;
    bool requireTls = false;
    QString account;
    QString user;
    QString passwordEnv;
    QString passwordFile;
    std::optional<smtp::AuthMethod> auth;
    QString caFile;
    QByteArray pinSha256;
    bool allowPlaintextAuth = false;
    QString ehlo;
    std::optional<int> timeoutSeconds;
    QString transcript; // a file, or "-" for standard output
    bool timestamps = false;
    bool debug = false; // debug-level transcript records too
    bool json = false;

    // message
    QString from;
    QStringList to;
    QStringList cc;
    QStringList bcc;
    QString replyTo;
    QString subject;
    std::optional<QString> body;
    QString bodyFile;
    QString htmlFile;
    QStringList attachments;
    // --eml, in order: several go over one connection, one transaction each.
    QStringList emlFiles;
    QString output; // build

    // probe
    QString mailFromTest;

    // mx
    QString domain;
};

// Parses argv into CliOptions. On a bad flag or value it says which, in the user's
// language, and nothing is done (exit status 2).
class CliOptionsParser
{
    Q_DECLARE_TR_FUNCTIONS(CliOptionsParser)

public:
    enum class Result { Run, ShowHelp, ShowVersion, Error };

    Result parse(const QStringList& arguments);
    const CliOptions& options() const { return m_options; }
    QString errorText() const { return m_error; }
    QString helpText() const { return m_help; }
    // "Usage: hongyan-cli send [options]" for the command given (or the general one).
    QString usageLine() const;

private:
    Result fail(const QString& message);

    CliOptions m_options;
    QString m_commandName;
    QString m_error;
    QString m_help;
};

} // namespace hongyan::cli
