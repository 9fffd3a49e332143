#include "diagnosiscontroller.h"

#include "accountstore.h"
#include "certificatedialog.h"
#include "diagnosis.h"
#include "diagnosiswindow.h"
#include "outcomeexplainer.h"
#include "secretstore.h"
#include "transcriptpane.h"

#include <QInputDialog>
#include <QPointer>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace hongyan {

// One diagnosis window and what it checks. Owned by the connections of the window and its
// children, so it lives exactly as long as the window does.
struct DiagnosisController::Session
{
    QPointer<DiagnosisWindow> window;
    smtp::Diagnosis* diagnosis = nullptr; // a child of the window
    Account account;
    QString secret; // for this window only; never written anywhere
    bool saved = false;
    PinCallback pinned;
    smtp::SessionSettings settings;
    std::optional<smtp::Outcome> outcome;
    QPointer<CertificateDialog> certificate;

    smtp::TlsFacts tls() const
    {
        if (outcome && !outcome->tls.peerChain.isEmpty())
            return outcome->tls;
        return diagnosis->tlsFacts();
    }
};

namespace {

QString securityText(smtp::Security security)
{
    switch (security) {
    case smtp::Security::ImplicitTls:
        return DiagnosisController::tr("SSL/TLS");
    case smtp::Security::StartTls:
        return DiagnosisController::tr("STARTTLS");
    case smtp::Security::Opportunistic:
        return DiagnosisController::tr("STARTTLS when offered");
    case smtp::Security::Plain:
        return DiagnosisController::tr("no encryption");
    }
    return {};
}

bool signsIn(const smtp::SessionSettings& settings)
{
    return settings.authMethod != smtp::AuthMethod::None && !settings.credentials.isEmpty();
}

} // namespace

DiagnosisController::DiagnosisController(AccountStore& accounts, SecretStore& secrets,
                                         QObject* parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_secrets(secrets)
{}

DiagnosisController::~DiagnosisController() = default;

smtp::Timeouts DiagnosisController::defaultTimeouts()
{
    smtp::Timeouts timeouts = smtp::Timeouts::uniform(30s);
    timeouts.connect = 15s;
    timeouts.tlsHandshake = 20s;
    return timeouts;
}

DiagnosisWindow* DiagnosisController::diagnose(QWidget* parent, const QString& accountId)
{
    const std::optional<Account> account = m_accounts.account(accountId);
    if (!account)
        return nullptr;
    const std::shared_ptr<Session> session = open(parent, *account);
    session->saved = true;
    if (!account->needsSecret()) {
        run(*session);
        return session->window;
    }
    QPointer<DiagnosisController> self = this;
    m_secrets.read(accountId, [self, this, session](const SecretStore::Result& result) {
        if (!self || !session->window)
            return;
        const bool token = session->account.secretKind == smtp::Credentials::Kind::OAuthToken;
        switch (result.status) {
        case SecretStore::Result::Status::Ok:
            session->secret = result.secret;
            run(*session);
            return;
        case SecretStore::Result::Status::NotFound:
            askForSecret(session, token ? tr("No access token is saved for this account. Enter "
                                             "it to sign in during this check:")
                                        : tr("No password is saved for this account. Enter it "
                                             "to sign in during this check:"));
            return;
        case SecretStore::Result::Status::Unavailable:
            askForSecret(session, tr("No keychain is available on this computer, so passwords "
                                     "are not saved. Enter the password for this check; it is "
                                     "used only now."));
            return;
        case SecretStore::Result::Status::Failed:
            askForSecret(session, tr("The keychain could not be read (%1). Enter the password "
                                     "for this check:")
                                      .arg(result.errorString));
            return;
        }
    });
    return session->window;
}

DiagnosisWindow* DiagnosisController::diagnoseUnsaved(QWidget* parent, const Account& account,
                                                      const QString& secret, PinCallback pinned)
{
    const std::shared_ptr<Session> session = open(parent, account);
    session->secret = secret;
    session->pinned = std::move(pinned);
    run(*session);
    return session->window;
}

std::shared_ptr<DiagnosisController::Session> DiagnosisController::open(QWidget* parent,
                                                                        const Account& account)
{
    auto session = std::make_shared<Session>();
    session->account = account;
    auto* window = new DiagnosisWindow(parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(
        tr("Diagnosis: %1").arg(account.name.isEmpty() ? account.address : account.name));
    session->window = window;
    session->diagnosis = new smtp::Diagnosis(window);

    smtp::Diagnosis* diagnosis = session->diagnosis;
    connect(diagnosis, &smtp::Diagnosis::stepStarted, window, &DiagnosisWindow::markStarted);
    connect(diagnosis, &smtp::Diagnosis::stepFinished, window, &DiagnosisWindow::markFinished);
    connect(diagnosis, &smtp::Diagnosis::transcript, window->transcript(), &TranscriptPane::append);
    connect(diagnosis, &smtp::Diagnosis::finished, window,
            [this, session](const smtp::Outcome& outcome) { onFinished(*session, outcome); });
    connect(window, &DiagnosisWindow::runRequested, window, [this, session] {
        if (session->saved) {
            // The account may have been edited since the window opened.
            if (const auto fresh = m_accounts.account(session->account.id))
                session->account = *fresh;
        }
        run(*session);
    });
    connect(window, &DiagnosisWindow::cancelRequested, diagnosis, &smtp::Diagnosis::cancel);
    connect(window, &DiagnosisWindow::certificateRequested, window,
            [this, session] { showCertificate(session); });
    connect(window, &DiagnosisWindow::retranslated, window, [this, session] {
        if (!session->settings.host.isEmpty())
            showTarget(*session);
        if (session->outcome)
            explain(*session);
        updateCertificate(*session);
    });
    window->show();
    return session;
}

void DiagnosisController::askForSecret(const std::shared_ptr<Session>& session, const QString& why)
{
    auto* dialog = new QInputDialog(session->window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(session->account.secretKind == smtp::Credentials::Kind::OAuthToken
                               ? tr("Access token")
                               : tr("Password"));
    dialog->setLabelText(why);
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::textValueSelected, session->window,
            [this, session](const QString& secret) {
                session->secret = secret;
                run(*session);
            });
    // Without a secret the check still finds out everything short of signing in.
    connect(dialog, &QDialog::rejected, session->window, [this, session] { run(*session); });
    dialog->open();
}

void DiagnosisController::run(Session& session)
{
    if (!session.window || session.diagnosis->isRunning())
        return;
    smtp::SessionSettings settings = session.account.sessionSettings(session.secret);
    if (session.secret.isEmpty())
        settings.authMethod = smtp::AuthMethod::None;
    settings.timeouts = m_timeouts;
    session.settings = settings;
    session.outcome.reset();

    DiagnosisWindow* window = session.window;
    showTarget(session);
    window->setPlannedSteps(
        smtp::Diagnosis::plannedSteps(settings, !session.account.address.isEmpty()));
    window->transcript()->clear();
    window->setCertificateAvailable(false);
    window->setRunning(true);
    session.diagnosis->start(settings, session.account.address);
}

// What is being checked, in words: server, port, security and the user signing in.
void DiagnosisController::showTarget(Session& session)
{
    const smtp::SessionSettings& settings = session.settings;
    const QString server = tr("%1 port %2, %3")
                               .arg(settings.host)
                               .arg(settings.effectivePort())
                               .arg(securityText(settings.security));
    session.window->setTarget(
        signsIn(settings)
            ? tr("Checking %1, signing in as %2.").arg(server, settings.credentials.user)
            : tr("Checking %1, without signing in.").arg(server));
}

void DiagnosisController::onFinished(Session& session, const smtp::Outcome& outcome)
{
    session.outcome = outcome;
    if (!session.window)
        return;
    session.window->setRunning(false);
    session.window->setCertificateAvailable(!session.tls().peerChain.isEmpty());
    explain(session);
    updateCertificate(session);
}

void DiagnosisController::explain(Session& session)
{
    if (!session.window || !session.outcome)
        return;
    const smtp::Outcome& outcome = *session.outcome;
    if (!outcome.isSuccess()) {
        session.window->showExplanation(OutcomeExplainer::explain(outcome, session.settings.host),
                                        false);
        return;
    }
    Explanation explanation;
    const bool mailFrom = !session.account.address.isEmpty();
    explanation.headline = tr("Every check passed.");
    QStringList details;
    details.append(
        signsIn(session.settings)
            ? tr("The server accepted the sign-in as %1.").arg(session.settings.credentials.user)
            : tr("Signing in was not checked."));
    if (mailFrom)
        details.append(
            tr("It accepts %1 as the sender; nothing was sent.").arg(session.account.address));
    if (session.tls().pinned)
        details.append(tr("The server's certificate was accepted because it is pinned."));
    explanation.details = details.join(u'\n');
    if (!signsIn(session.settings) && session.account.needsSecret())
        explanation.advice.append(
            tr("Enter the password and run the check again to test signing in."));
    session.window->showExplanation(explanation, true);
}

void DiagnosisController::showCertificate(const std::shared_ptr<Session>& session)
{
    if (!session->window)
        return;
    if (!session->certificate) {
        auto* dialog = new CertificateDialog(session->window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &CertificateDialog::trustRequested, session->window,
                [this, session](const QByteArray& sha256) { pin(*session, sha256); });
        session->certificate = dialog;
    }
    updateCertificate(*session);
    session->certificate->show();
    session->certificate->raise();
}

// Shows the certificate of the latest run, with its problem in words when it was refused.
void DiagnosisController::updateCertificate(Session& session)
{
    if (!session.certificate || !session.outcome)
        return;
    QString problem;
    QString details;
    const smtp::Outcome::Reason reason = session.outcome->reason;
    if (reason == smtp::Outcome::Reason::CertificateUntrusted ||
        reason == smtp::Outcome::Reason::CertificatePinMismatch) {
        const Explanation explanation =
            OutcomeExplainer::explain(*session.outcome, session.settings.host);
        problem = explanation.headline;
        details = explanation.details;
    }
    session.certificate->setCertificate(session.settings.host, session.settings.effectivePort(),
                                        session.tls(), problem, details);
}

void DiagnosisController::pin(Session& session, const QByteArray& sha256)
{
    session.account.pinnedSha256 = sha256;
    if (session.saved) {
        if (auto fresh = m_accounts.account(session.account.id)) {
            fresh->pinnedSha256 = sha256;
            m_accounts.save(*fresh);
            session.account = *fresh;
        }
    } else if (session.pinned) {
        session.pinned(sha256);
    }
    if (session.certificate)
        session.certificate->setPinned(true);
    run(session);
}

} // namespace hongyan
