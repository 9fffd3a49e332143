#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace hongyan::cli {

// Where hongyan-cli gets a password or token: an environment variable, the first line of
// a file, or a prompt on the terminal with echo off. Never from the command line, where
// other users could read it in the process list.
class SecretReader
{
    Q_DECLARE_TR_FUNCTIONS(SecretReader)

public:
    static std::optional<QString> fromEnvironment(const QString& variable, QString* error);
    static std::optional<QString> fromFile(const QString& path, QString* error);
    // Reads from /dev/tty without echo; nothing when there is no terminal.
    static std::optional<QString> prompt(const QString& question, QString* error);
};

} // namespace hongyan::cli
