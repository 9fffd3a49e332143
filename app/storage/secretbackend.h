#pragma once

#include <QString>

#include <functional>

class QObject;

namespace hongyan {

// What a keychain operation ended with.
struct SecretResult
{
    enum class Status { Ok, NotFound, Unavailable, Failed };
    Status status = Status::Failed;
    QString secret;      // for reads
    QString errorString; // the keychain's own words, for Failed and Unavailable
};

// The system keychain as SecretStore reaches it. The implementation lives in a module of its
// own (app/keychain, libhongyan-keychain.so) that SecretStore loads the first time a secret
// is needed: QtKeychain brings Qt D-Bus and eight more libraries, which every hongyan-cli
// run without --account would otherwise load and relocate for nothing.
class SecretBackend
{
public:
    using Callback = std::function<void(const SecretResult&)>;

    virtual ~SecretBackend() = default;

    // Each call finishes on the event loop and calls `done` once, unless `context` is
    // destroyed first.
    virtual void read(const QString& service, const QString& key, QObject* context,
                      Callback done) = 0;
    virtual void write(const QString& service, const QString& key, const QString& secret,
                       QObject* context, Callback done) = 0;
    virtual void remove(const QString& service, const QString& key, QObject* context,
                        Callback done) = 0;
};

// The module exports one C function of this type under this name. The version in the name
// changes whenever SecretBackend does, so a stale module is refused, never called.
using SecretBackendFactory = SecretBackend* (*)();
inline constexpr char SecretBackendFactoryName[] = "hongyan_secret_backend_v1";
inline constexpr char SecretBackendModuleName[] = "libhongyan-keychain.so";

} // namespace hongyan
