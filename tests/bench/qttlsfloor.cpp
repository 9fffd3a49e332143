// The least a Qt program pays per invocation for what hongyan-cli does at the very least:
// start, connect with implicit TLS (CA file, host name checked), read the greeting, say
// QUIT. The per-invocation benchmark runs it beside the mail tools so hongyan-cli's own
// cost can be told apart from Qt's start-up and TLS plugin loading.
#include <QCoreApplication>
#include <QFile>
#include <QSslConfiguration>
#include <QSslSocket>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        qCritical("usage: qttlsfloor PORT CA-FILE");
        return 2;
    }
    QFile caFile(QString::fromLocal8Bit(argv[2]));
    if (!caFile.open(QIODevice::ReadOnly))
        return 2;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromDevice(&caFile));

    QSslSocket socket;
    socket.setSslConfiguration(configuration);
    int status = 1;
    QObject::connect(&socket, &QSslSocket::readyRead, &socket, [&socket, &status] {
        if (socket.readAll().startsWith("220")) {
            status = 0;
            socket.write("QUIT\r\n");
        }
        socket.disconnectFromHost();
    });
    QObject::connect(&socket, &QSslSocket::disconnected, &app, &QCoreApplication::quit);
    QObject::connect(&socket, &QSslSocket::errorOccurred, &app, &QCoreApplication::quit);
    socket.connectToHostEncrypted(QStringLiteral("localhost"),
                                  QString::fromLatin1(argv[1]).toUShort());
    app.exec();
    return status;
}
