// The keychain module: SecretBackend over QtKeychain (Secret Service, KWallet, ...). Loaded
// by SecretStore on first use; see secretbackend.h for why it is a module.
#include "secretbackend.h"

#include <QCoreApplication>
#include <QObject>
#include <qt6keychain/keychain.h>

#if defined(Q_OS_LINUX)
#include <QDBusConnection>
#endif

namespace hongyan {

namespace {

// On Linux every keychain (Secret Service, KWallet) is reached over the D-Bus session bus.
bool sessionBusReachable()
{
#if defined(Q_OS_LINUX)
    return QDBusConnection::sessionBus().isConnected();
#else
    return true;
#endif
}

SecretResult resultOf(const QKeychain::Job& job)
{
    SecretResult result;
    result.errorString = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = SecretResult::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        result.status = SecretResult::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.status = SecretResult::Status::Unavailable;
        break;
    case QKeychain::CouldNotDeleteEntry:
        result.status = SecretResult::Status::Failed;
        break;
    case QKeychain::OtherError:
        // Without a session bus (no desktop session, a bare container) QtKeychain says only
        // "Could not connect" or "Unknown error"; for the user that means there is no
        // keychain at all, and the reason is worth naming.
        if (sessionBusReachable()) {
            result.status = SecretResult::Status::Failed;
        } else {
            result.status = SecretResult::Status::Unavailable;
            result.errorString =
                QCoreApplication::translate("hongyan::SecretStore",
                                            "no D-Bus session bus, through which the keychain "
                                            "is reached; QtKeychain: %1")
                    .arg(job.errorString());
        }
        break;
    }
    return result;
}

template <typename JobType>
void run(JobType* job, const QString& key, QObject* context,
         std::function<void(const SecretResult&, JobType&)> finish)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a file: the caller asks for the secret instead
    job->setKey(key);
    QObject::connect(
        job, &QKeychain::Job::finished, context,
        [job, finish = std::move(finish)](QKeychain::Job*) { finish(resultOf(*job), *job); });
    job->start();
}

class KeychainBackend final : public SecretBackend
{
public:
    void read(const QString& service, const QString& key, QObject* context, Callback done) override
    {
        run<QKeychain::ReadPasswordJob>(
            new QKeychain::ReadPasswordJob(service), key, context,
            [done = std::move(done)](const SecretResult& result,
                                     QKeychain::ReadPasswordJob& finished) {
                SecretResult withSecret = result;
                if (result.status == SecretResult::Status::Ok)
                    withSecret.secret = finished.textData();
                done(withSecret);
            });
    }

    void write(const QString& service, const QString& key, const QString& secret, QObject* context,
               Callback done) override
    {
        auto* job = new QKeychain::WritePasswordJob(service);
        job->setTextData(secret);
        run<QKeychain::WritePasswordJob>(
            job, key, context,
            [done = std::move(done)](const SecretResult& result, QKeychain::WritePasswordJob&) {
                done(result);
            });
    }

    void remove(const QString& service, const QString& key, QObject* context,
                Callback done) override
    {
        run<QKeychain::DeletePasswordJob>(
            new QKeychain::DeletePasswordJob(service), key, context,
            [done = std::move(done)](const SecretResult& result, QKeychain::DeletePasswordJob&) {
                done(result);
            });
    }
};

} // namespace

} // namespace hongyan

extern "C" Q_DECL_EXPORT hongyan::SecretBackend* hongyan_secret_backend_v1()
{
    // The module is never unloaded, so one backend serves the whole process.
    static hongyan::KeychainBackend backend;
    return &backend;
}
