#include "secretstore.h"

#include <qt6keychain/keychain.h>

#if defined(Q_OS_LINUX)
#include <QDBusConnection>
#endif

using namespace Qt::Literals::StringLiterals;

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

SecretStore::Result resultOf(const QKeychain::Job& job)
{
    SecretStore::Result result;
    result.errorString = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = SecretStore::Result::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        result.status = SecretStore::Result::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.status = SecretStore::Result::Status::Unavailable;
        break;
    case QKeychain::CouldNotDeleteEntry:
        result.status = SecretStore::Result::Status::Failed;
        break;
    case QKeychain::OtherError:
        // Without a session bus (no desktop session, a bare container) QtKeychain says
        // only "Could not connect"; for the user that means there is no keychain at all.
        result.status = sessionBusReachable() ? SecretStore::Result::Status::Failed
                                              : SecretStore::Result::Status::Unavailable;
        break;
    }
    return result;
}

template <typename JobType>
void run(JobType* job, const QString& accountId, SecretStore* owner,
         const std::function<void(const SecretStore::Result&, JobType&)>& finish)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(accountId);
    QObject::connect(job, &QKeychain::Job::finished, owner,
                     [job, finish](QKeychain::Job*) { finish(resultOf(*job), *job); });
    job->start();
}

} // namespace

SecretStore::SecretStore(QObject* parent)
    : QObject(parent)
{}

QString SecretStore::serviceName()
{
    return u"Hongyan SMTP account"_s;
}

void SecretStore::read(const QString& accountId, Callback done)
{
    auto* job = new QKeychain::ReadPasswordJob(serviceName());
    run<QKeychain::ReadPasswordJob>(
        job, accountId, this, [done](const Result& result, QKeychain::ReadPasswordJob& finished) {
            Result withSecret = result;
            if (result.status == Result::Status::Ok)
                withSecret.secret = finished.textData();
            done(withSecret);
        });
}

void SecretStore::write(const QString& accountId, const QString& secret, Callback done)
{
    auto* job = new QKeychain::WritePasswordJob(serviceName());
    job->setTextData(secret);
    run<QKeychain::WritePasswordJob>(
        job, accountId, this,
        [done](const Result& result, QKeychain::WritePasswordJob&) { done(result); });
}

void SecretStore::remove(const QString& accountId, Callback done)
{
    auto* job = new QKeychain::DeletePasswordJob(serviceName());
    run<QKeychain::DeletePasswordJob>(job, accountId, this,
                                      [done](const Result& result, QKeychain::DeletePasswordJob&) {
                                          // Deleting what is not there leaves the keychain as the
                                          // caller wanted it.
                                          Result adjusted = result;
                                          if (adjusted.status == Result::Status::NotFound)
                                              adjusted.status = Result::Status::Ok;
                                          done(adjusted);
                                      });
}

} // namespace hongyan
