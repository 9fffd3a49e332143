#pragma once

#include "secretbackend.h"

#include <QObject>
#include <QString>

namespace hongyan {

// Account secrets in the system keychain (Secret Service, KWallet, ...) through QtKeychain,
// which lives in the keychain module (secretbackend.h) loaded on first use. Never falls back
// to a file: when no keychain is available the caller is told so and asks the user for the
// secret when it is needed.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Result = SecretResult;
    using Callback = SecretBackend::Callback;

    explicit SecretStore(QObject* parent = nullptr);

    // Each call finishes asynchronously on the event loop and calls `done` once.
    void read(const QString& accountId, Callback done);
    void write(const QString& accountId, const QString& secret, Callback done);
    void remove(const QString& accountId, Callback done);

    static QString serviceName();

private:
    // The backend, or nullptr after telling `done` (later, on the event loop) why the
    // keychain module could not be loaded.
    SecretBackend* backendOrFail(const Callback& done);
};

} // namespace hongyan
