#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace hongyan {

// Account secrets in the system keychain (Secret Service, KWallet, ...) through QtKeychain.
// Never falls back to a file: when no keychain is available the caller is told so and
// asks the user for the secret when it is needed.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        enum class Status { Ok, NotFound, Unavailable, Failed };
        Status status = Status::Failed;
        QString secret;      // for reads
        QString errorString; // the keychain's own words, for Failed and Unavailable
    };
    using Callback = std::function<void(const Result&)>;

    explicit SecretStore(QObject* parent = nullptr);

    // Each call finishes asynchronously on the event loop and calls `done` once.
    void read(const QString& accountId, Callback done);
    void write(const QString& accountId, const QString& secret, Callback done);
    void remove(const QString& accountId, Callback done);

    static QString serviceName();
};

} // namespace hongyan
