#pragma once

#include "account.h"
#include "outcome.h"
#include "sessionsettings.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace hongyan {

class AccountStore;
class DiagnosisWindow;
class SecretStore;

// Runs smtp::Diagnosis for an account and shows it in a DiagnosisWindow: the steps as they
// pass or fail, the transcript, the explanation in the user's language, and the server's
// certificate. Trusting a certificate pins it with the account (through AccountStore, or
// through a callback for settings not saved yet) and checks again.
// A direct-delivery account has no server of its own: the user names a recipient domain,
// its MX route is looked up (with the resolver direct delivery uses), and the first mail
// server of the route is checked on port 25 as a delivery would meet it, MAIL FROM
// included; a port that never answers is explained as a blocked outgoing port 25.
class DiagnosisController : public QObject
{
    Q_OBJECT

public:
    using PinCallback = std::function<void(const QByteArray& sha256)>;

    DiagnosisController(AccountStore& accounts, SecretStore& secrets, QObject* parent = nullptr);
    ~DiagnosisController() override;

    // Checks a saved account. Its secret comes from the keychain; when there is none (or no
    // keychain), the user is asked for it and it is used for this check only. For a
    // direct-delivery account the user is asked for the recipient domain to check.
    // Returns the window (already shown), or nullptr when there is no such account.
    DiagnosisWindow* diagnose(QWidget* parent, const QString& accountId);
    // Checks settings that are not saved (the account editor's Test button) with `secret`.
    // A certificate the user trusts is handed to `pinned` instead of being saved.
    DiagnosisWindow* diagnoseUnsaved(QWidget* parent, const Account& account, const QString& secret,
                                     PinCallback pinned);

    // The limits of each check, for every account. By default an account's checks wait as
    // long as its sends do (its Timeout setting), and a direct-delivery check waits
    // defaultTimeouts(): short, so a port that is blocked shows as a timeout while the user
    // waits.
    void setTimeouts(const smtp::Timeouts& timeouts) { m_timeouts = timeouts; }
    static smtp::Timeouts defaultTimeouts();

private:
    struct Session;

    std::shared_ptr<Session> open(QWidget* parent, const Account& account);
    void askForSecret(const std::shared_ptr<Session>& session, const QString& why);
    void askForDomain(const std::shared_ptr<Session>& session);
    void run(Session& session);
    void runDirect(Session& session);
    void onRoute(Session& session, const smtp::MxRoute& route);
    void failRoute(Session& session, const smtp::Outcome& outcome, const smtp::Note& why);
    void showTarget(Session& session);
    void onFinished(Session& session, const smtp::Outcome& outcome);
    void explain(Session& session);
    void showCertificate(const std::shared_ptr<Session>& session);
    void updateCertificate(Session& session);
    void pin(Session& session, const QByteArray& sha256);

    AccountStore& m_accounts;
    SecretStore& m_secrets;
    std::optional<smtp::Timeouts> m_timeouts; // setTimeouts(); else the account's own
};

} // namespace hongyan
