#pragma once

#include "account.h"
#include "clioptions.h"
#include "secretstore.h"
#include "sessionsettings.h"

#include <QCoreApplication>
#include <QObject>

#include <optional>

namespace hongyan::cli {

// Turns the connection options into engine settings: a saved account (--account) with its
// secret from the keychain, overridden by explicit flags; a password from --password-env,
// --password-file or a terminal prompt. Asynchronous because the keychain is.
class ConnectionSetup : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionSetup(QObject* parent = nullptr);

    // Emits ready() or failed() once, from the event loop.
    void start(const CliOptions& options);
    const std::optional<Account>& account() const { return m_account; }

signals:
    void ready(const smtp::SessionSettings& settings);
    void failed(const QString& message);

private:
    void finish(const QString& secret);
    void fail(const QString& message);

    CliOptions m_options;
    std::optional<Account> m_account;
    smtp::SessionSettings m_settings;
    SecretStore m_secrets;
};

} // namespace hongyan::cli
