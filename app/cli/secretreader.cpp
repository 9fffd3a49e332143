#include "secretreader.h"

#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace hongyan::cli {

std::optional<QString> SecretReader::fromEnvironment(const QString& variable, QString* error)
{
    const QByteArray name = variable.toLocal8Bit();
    if (!qEnvironmentVariableIsSet(name.constData())) {
        *error = tr("--password-env: the environment variable %1 is not set").arg(variable);
        return std::nullopt;
    }
    return qEnvironmentVariable(name.constData());
}

std::optional<QString> SecretReader::fromFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("--password-file: cannot read '%1': %2").arg(path, file.errorString());
        return std::nullopt;
    }
    // The first line only, so a trailing newline left by an editor is not part of it.
    QByteArray line = file.readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

std::optional<QString> SecretReader::prompt(const QString& question, QString* error)
{
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty) {
        *error = tr("no password given and no terminal to ask for one: use --password-env or "
                    "--password-file");
        return std::nullopt;
    }
    const int fd = fileno(tty);
    termios saved{};
    const bool haveTermios = tcgetattr(fd, &saved) == 0;
    if (haveTermios) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &silent);
    }
    std::fputs(question.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    QByteArray line;
    for (int c = std::fgetc(tty); c != EOF && c != '\n'; c = std::fgetc(tty))
        line.append(char(c));
    if (haveTermios)
        tcsetattr(fd, TCSAFLUSH, &saved);
    std::fputs("\n", tty);
    std::fclose(tty);
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

} // namespace hongyan::cli
