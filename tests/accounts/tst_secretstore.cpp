#include "secretstore.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using hongyan::SecretStore;
using Status = hongyan::SecretStore::Result::Status;

namespace {

// Runs one SecretStore call to completion on the event loop.
template <typename Call>
SecretStore::Result finish(Call call)
{
    std::optional<SecretStore::Result> result;
    call([&result](const SecretStore::Result& r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000)) {
        SecretStore::Result timeout;
        timeout.errorString = u"no answer from the keychain within 20 s"_s;
        return timeout;
    }
    return *result;
}

// "Unavailable: <the keychain's words>", for failure messages.
QByteArray describe(const SecretStore::Result& result)
{
    const char* name = "?";
    switch (result.status) {
    case Status::Ok:
        name = "Ok";
        break;
    case Status::NotFound:
        name = "NotFound";
        break;
    case Status::Unavailable:
        name = "Unavailable";
        break;
    case Status::Failed:
        name = "Failed";
        break;
    }
    return QByteArray(name) + ": " + result.errorString.toUtf8();
}

} // namespace

// SecretStore against a real Secret Service (gnome-keyring in a private D-Bus session, see
// with-secret-service.sh); when HONGYAN_EXPECT_NO_KEYCHAIN is set, against none at all; and,
// built as tst_secretstore_nomodule (no RUNPATH to the module directory) with
// HONGYAN_EXPECT_NO_KEYCHAIN_MODULE set, without the keychain module.
class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeReadRemove();
    void accountsAreSeparate();
    void missingEntryIsNotFound();
    void storedInTheSecretServiceNotInAFile();
    void noKeychainIsUnavailable();
    void missingModuleIsUnavailable();

private:
    // Each ctest entry runs only the functions that fit its setting (tests/accounts/
    // CMakeLists.txt), so a function run in the wrong one fails instead of being skipped.
    static constexpr char NeedsKeychain[] =
        "needs the Secret Service: run through with-secret-service.sh (ctest's tst_secretstore)";
    QString newId() const
    {
        return u"test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    bool m_expectNoKeychain = false;
    bool m_expectNoModule = false;
};

void TestSecretStore::initTestCase()
{
    m_expectNoModule = qEnvironmentVariableIsSet("HONGYAN_EXPECT_NO_KEYCHAIN_MODULE");
    m_expectNoKeychain =
        m_expectNoModule || qEnvironmentVariableIsSet("HONGYAN_EXPECT_NO_KEYCHAIN");
    if (!m_expectNoKeychain && !qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("no D-Bus session: run this test through tests/accounts/with-secret-service.sh "
              "(ctest does), which starts gnome-keyring's Secret Service");
}

void TestSecretStore::writeReadRemove()
{
    QVERIFY2(!m_expectNoKeychain, NeedsKeychain);
    SecretStore store;
    const QString id = newId();
    const QString secret = u"授权码 Abc-123 \"'\\ ✓"_s;
    auto result = finish([&](auto done) { store.write(id, secret, done); });
    QVERIFY2(result.status == Status::Ok, describe(result).constData());

    result = finish([&](auto done) { store.read(id, done); });
    QVERIFY2(result.status == Status::Ok, describe(result).constData());
    QCOMPARE(result.secret, secret);

    result = finish([&](auto done) { store.write(id, u"second"_s, done); });
    QCOMPARE(result.status, Status::Ok);
    result = finish([&](auto done) { store.read(id, done); });
    QCOMPARE(result.secret, u"second"_s);

    result = finish([&](auto done) { store.remove(id, done); });
    QCOMPARE(result.status, Status::Ok);
    result = finish([&](auto done) { store.read(id, done); });
    QCOMPARE(result.status, Status::NotFound);
    QVERIFY(result.secret.isEmpty());
    // Removing what is gone leaves the keychain as wanted.
    result = finish([&](auto done) { store.remove(id, done); });
    QCOMPARE(result.status, Status::Ok);
}

void TestSecretStore::accountsAreSeparate()
{
    QVERIFY2(!m_expectNoKeychain, NeedsKeychain);
    SecretStore store;
    const QString first = newId();
    const QString second = newId();
    QCOMPARE(finish([&](auto done) { store.write(first, u"one"_s, done); }).status, Status::Ok);
    QCOMPARE(finish([&](auto done) { store.write(second, u"two"_s, done); }).status, Status::Ok);
    QCOMPARE(finish([&](auto done) { store.read(first, done); }).secret, u"one"_s);
    QCOMPARE(finish([&](auto done) { store.read(second, done); }).secret, u"two"_s);
    QCOMPARE(finish([&](auto done) { store.remove(first, done); }).status, Status::Ok);
    QCOMPARE(finish([&](auto done) { store.read(first, done); }).status, Status::NotFound);
    QCOMPARE(finish([&](auto done) { store.read(second, done); }).secret, u"two"_s);
    QCOMPARE(finish([&](auto done) { store.remove(second, done); }).status, Status::Ok);
}

void TestSecretStore::missingEntryIsNotFound()
{
    QVERIFY2(!m_expectNoKeychain, NeedsKeychain);
    SecretStore store;
    const auto result = finish([&](auto done) { store.read(newId(), done); });
    QVERIFY2(result.status == Status::NotFound, describe(result).constData());
}

void TestSecretStore::storedInTheSecretServiceNotInAFile()
{
    QVERIFY2(!m_expectNoKeychain, NeedsKeychain);
    SecretStore store;
    const QString id = newId();
    const QString secret = u"never-on-disk-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QCOMPARE(finish([&](auto done) { store.write(id, secret, done); }).status, Status::Ok);

    // Another Secret Service client finds it: the entry is in the keychain itself.
    QProcess lookup;
    lookup.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"--unlock"_s, u"user"_s, id});
    QVERIFY2(lookup.waitForFinished(10000), "secret-tool (libsecret-tools) did not run");
    const QString found =
        QString::fromUtf8(lookup.readAllStandardOutput() + lookup.readAllStandardError());
    QVERIFY2(found.contains(secret), qPrintable(found));

    // And no file in the (throw-away) home holds it in clear text.
    QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
    }
    QCOMPARE(finish([&](auto done) { store.remove(id, done); }).status, Status::Ok);
}

void TestSecretStore::noKeychainIsUnavailable()
{
    QVERIFY2(m_expectNoKeychain, "run without a keychain (ctest's tst_secretstore_nokeychain)");
    SecretStore store;
    const QString id = newId();
    auto result = finish([&](auto done) { store.write(id, u"pw"_s, done); });
    QVERIFY2(result.status == Status::Unavailable, describe(result).constData());
    QVERIFY(!result.errorString.isEmpty());
    // The module was loaded: it is the keychain that is missing, and the error says so.
    if (!m_expectNoModule)
        QVERIFY2(!result.errorString.contains(u"keychain module"_s), describe(result).constData());
    result = finish([&](auto done) { store.read(id, done); });
    QVERIFY2(result.status == Status::Unavailable, describe(result).constData());
}

void TestSecretStore::missingModuleIsUnavailable()
{
    QVERIFY2(m_expectNoModule, "run without the keychain module (tst_secretstore_nomodule)");
    SecretStore store;
    const QString id = newId();
    for (const auto& call : std::initializer_list<std::function<void(SecretStore::Callback)>>{
             [&](auto done) { store.read(id, done); },
             [&](auto done) { store.write(id, u"pw"_s, done); },
             [&](auto done) { store.remove(id, done); }}) {
        const auto result = finish(call);
        QVERIFY2(result.status == Status::Unavailable, describe(result).constData());
        // Which file is missing, in the loader's words, so a broken install can be fixed.
        QVERIFY2(result.errorString.contains(u"keychain module"_s) &&
                     result.errorString.contains(u"libhongyan-keychain.so"_s),
                 describe(result).constData());
    }
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
