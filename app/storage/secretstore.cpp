#include "secretstore.h"

#include <QCoreApplication>
#include <QTimer>

#include <dlfcn.h>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

namespace {

// What loading the module gave: the backend, or the loader's own words on why not (kept raw,
// so each failure is explained in the language of the moment).
struct LoadedBackend
{
    SecretBackend* backend = nullptr;
    QString loaderError;
    bool fromAnotherVersion = false;
};

LoadedBackend loadBackend()
{
    // dlopen is called from this code, which is linked into the program, so the loader
    // searches the program's RUNPATH: where the build tree or the package put the module.
    // RTLD_NOW: a module that cannot resolve a symbol fails here, not in the middle of a
    // send.
    void* handle = dlopen(SecretBackendModuleName, RTLD_NOW | RTLD_LOCAL);
    if (!handle)
        return {nullptr, QString::fromLocal8Bit(dlerror()), false};
    auto factory = reinterpret_cast<SecretBackendFactory>(dlsym(handle, SecretBackendFactoryName));
    if (!factory) {
        dlclose(handle);
        return {nullptr, {}, true};
    }
    return {factory(), {}, false};
}

QString whyNotLoaded(const LoadedBackend& loaded)
{
    if (loaded.fromAnotherVersion) {
        return QCoreApplication::translate(
                   "hongyan::SecretStore",
                   "The keychain module %1 is from another version of Hongyan.")
            .arg(QLatin1StringView(SecretBackendModuleName));
    }
    return QCoreApplication::translate("hongyan::SecretStore",
                                       "The keychain module could not be loaded: %1")
        .arg(loaded.loaderError);
}

} // namespace

SecretStore::SecretStore(QObject* parent)
    : QObject(parent)
{}

QString SecretStore::serviceName()
{
    return u"Hongyan SMTP account"_s;
}

SecretBackend* SecretStore::backendOrFail(const Callback& done)
{
    // Loaded once per process and never unloaded: jobs of the backend may outlive any store.
    static const LoadedBackend loaded = loadBackend();
    if (!loaded.backend) {
        QTimer::singleShot(0, this, [done] {
            done({Result::Status::Unavailable, {}, whyNotLoaded(loaded)});
        });
    }
    return loaded.backend;
}

void SecretStore::read(const QString& accountId, Callback done)
{
    if (SecretBackend* backend = backendOrFail(done))
        backend->read(serviceName(), accountId, this, std::move(done));
}

void SecretStore::write(const QString& accountId, const QString& secret, Callback done)
{
    if (SecretBackend* backend = backendOrFail(done))
        backend->write(serviceName(), accountId, secret, this, std::move(done));
}

void SecretStore::remove(const QString& accountId, Callback done)
{
    SecretBackend* backend = backendOrFail(done);
    if (!backend)
        return;
    backend->remove(serviceName(), accountId, this, [done = std::move(done)](Result result) {
        // Deleting what is not there leaves the keychain as the caller wanted it.
        if (result.status == Result::Status::NotFound)
            result.status = Result::Status::Ok;
        done(result);
    });
}

} // namespace hongyan
