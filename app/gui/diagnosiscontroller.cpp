#include "diagnosiscontroller.h"

#include "accountstore.h"
#include "certificatedialog.h"
#include "diagnosis.h"
#include "diagnosiswindow.h"
#include "mxresolver.h"
#include "outcomeexplainer.h"
#include "secretstore.h"
#include "transcriptpane.h"

#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QUrl>

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
    // Direct delivery: the recipient domain checked, its route lookup while it runs, and
    // the mail server of the route that is checked.
    QString domain;
    QPointer<smtp::MxResolver> resolver;
    QString mxHost;

    bool isDirect() const { return account.kind == Account::Kind::DirectDelivery; }

    smtp::TlsFacts tls() const
    {
        if (outcome && !outcome->tls.peerChain.isEmpty())
            return outcome->tls;
        return diagnosis->tlsFacts();
    }
};

namespace {

bool signsIn(const smtp::SessionSettings& settings)
{
    return settings.authMethod != smtp::AuthMethod::None && !settings.credentials.isEmpty();
}

QString domainOf(const QString& address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    return at < 0 ? QString() : address.sliced(at + 1).trimmed().toLower();
}

bool isDomainName(const QString& text)
{
    return !text.isEmpty() && !text.contains(u'@') && !text.contains(u' ') &&
           !QUrl::toAce(text).isEmpty();
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
    if (session->isDirect()) {
        askForDomain(session);
        return session->window;
    }
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
    if (session->isDirect())
        askForDomain(session);
    else
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
    const auto title = [session] {
        const Account& checked = session->account;
        return tr("Diagnosis: %1").arg(checked.name.isEmpty() ? checked.address : checked.name);
    };
    window->setWindowTitle(title());
    session->window = window;
    session->diagnosis = new smtp::Diagnosis(window);

    smtp::Diagnosis* diagnosis = session->diagnosis;
    connect(diagnosis, &smtp::Diagnosis::stepStarted, window, &DiagnosisWindow::markStarted);
    connect(diagnosis, &smtp::Diagnosis::stepFinished, window,
            [session](smtp::Diagnosis::StepReport report) {
                // Direct delivery: the server was found through the domain's MX route.
                // (the address the route gave is the one connected to).
                if (session->isDirect() && report.phase == smtp::Phase::Resolve &&
                    report.result == smtp::Diagnosis::StepResult::Passed)
                    report.facts = {smtp::Note::of(QT_TRANSLATE_NOOP("smtp", "MX of %1: %2 → %3"),
                                                   session->domain, session->mxHost,
                                                   session->settings.connectAddress.toString())};
                session->window->markFinished(report);
            });
    connect(diagnosis, &smtp::Diagnosis::transcript, window->transcript(), &TranscriptPane::append);
    connect(diagnosis, &smtp::Diagnosis::timed, window->transcript(), &TranscriptPane::addTiming);
    connect(diagnosis, &smtp::Diagnosis::finished, window,
            [this, session](const smtp::Outcome& outcome) { onFinished(*session, outcome); });
    connect(window, &DiagnosisWindow::runRequested, window, [this, session] {
        if (session->saved) {
            // The account may have been edited since the window opened.
            if (const auto fresh = m_accounts.account(session->account.id))
                session->account = *fresh;
        }
        // Direct delivery: the same domain again, or another one.
        if (session->isDirect())
            askForDomain(session);
        else
            run(*session);
    });
    connect(window, &DiagnosisWindow::cancelRequested, window, [this, session] {
        if (!session->resolver) {
            session->diagnosis->cancel();
            return;
        }
        delete session->resolver;
        smtp::Outcome outcome;
        outcome.category = smtp::Outcome::Category::Cancelled;
        outcome.reason = smtp::Outcome::Reason::Cancelled;
        failRoute(*session, outcome, smtp::Note::of(QT_TRANSLATE_NOOP("smtp", "cancelled")));
    });
    connect(window, &DiagnosisWindow::certificateRequested, window,
            [this, session] { showCertificate(session); });
    connect(window, &DiagnosisWindow::retranslated, window, [this, session, title] {
        session->window->setWindowTitle(title());
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

void DiagnosisController::askForDomain(const std::shared_ptr<Session>& session)
{
    auto* dialog = new QInputDialog(session->window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Direct delivery"));
    dialog->setLabelText(tr("Direct delivery has no server of its own: the check looks up the "
                            "mail servers of a recipient domain and connects to the first one "
                            "on port 25. Which domain?"));
    dialog->setInputMode(QInputDialog::TextInput);
    // A long question in one line would make a dialog as wide as the screen.
    if (auto* label = dialog->findChild<QLabel*>())
        label->setWordWrap(true);
    dialog->setTextValue(session->domain.isEmpty() ? domainOf(session->account.address)
                                                   : session->domain);
    connect(dialog, &QInputDialog::textValueSelected, session->window,
            [this, session](const QString& text) {
                const QString domain = domainOf(u'@' + text);
                if (!isDomainName(domain)) {
                    session->window->setTarget(tr("“%1” is not a domain name.").arg(text));
                    return;
                }
                session->domain = domain;
                run(*session);
            });
    connect(dialog, &QDialog::rejected, session->window, [session] {
        if (session->domain.isEmpty())
            session->window->setTarget(
                tr("Press Run and name a recipient domain to check direct delivery."));
    });
    dialog->open();
}

void DiagnosisController::run(Session& session)
{
    if (!session.window || session.diagnosis->isRunning() || session.resolver)
        return;
    if (session.isDirect()) {
        runDirect(session);
        return;
    }
    smtp::SessionSettings settings = session.account.sessionSettings(session.secret);
    if (session.secret.isEmpty())
        settings.authMethod = smtp::AuthMethod::None;
    // A check waits as long as a send through this account would (its Timeout setting).
    if (m_timeouts)
        settings.timeouts = *m_timeouts;
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

void DiagnosisController::runDirect(Session& session)
{
    if (session.domain.isEmpty())
        return;
    smtp::SessionSettings settings = session.account.sessionSettings(QString());
    settings.host = session.domain;
    settings.timeouts = m_timeouts.value_or(defaultTimeouts());
    session.settings = settings;
    session.outcome.reset();
    session.mxHost.clear();

    DiagnosisWindow* window = session.window;
    showTarget(session);
    window->setPlannedSteps(
        smtp::Diagnosis::plannedSteps(settings, !session.account.address.isEmpty()));
    window->transcript()->clear();
    window->setCertificateAvailable(false);
    window->setRunning(true);
    window->markStarted(smtp::Phase::Resolve);
    window->transcript()->append(smtp::TranscriptRecord::make(
        smtp::TranscriptRecord::Direction::Info,
        smtp::Note::of(QT_TRANSLATE_NOOP("smtp", "Looking up the mail servers (MX) of %1"),
                       session.domain),
        false));

    auto* resolver = new smtp::MxResolver(window);
    session.resolver = resolver;
    const smtp::DirectDelivery::Options options = session.account.directDeliveryOptions();
    if (!options.dnsServer.isNull())
        resolver->setNameserver(options.dnsServer);
    Session* target = &session;
    connect(resolver, &smtp::MxResolver::finished, window,
            [this, target, resolver](const smtp::MxRoute& route) {
                resolver->deleteLater();
                onRoute(*target, route);
            });
    resolver->resolve(session.domain);
}

void DiagnosisController::onRoute(Session& session, const smtp::MxRoute& route)
{
    session.resolver = nullptr;
    TranscriptPane* transcript = session.window->transcript();
    smtp::Outcome failure;
    failure.phase = smtp::Phase::Connect;
    failure.port = session.settings.effectivePort();
    failure.security = session.settings.security;
    switch (route.kind) {
    case smtp::MxRoute::Kind::NullMx:
        failure.category = smtp::Outcome::Category::Rejected;
        failure.reason = smtp::Outcome::Reason::NullMx;
        failRoute(session, failure,
                  smtp::Note::of(QT_TRANSLATE_NOOP("smtp", "%1 accepts no mail (null MX)"),
                                 route.domain));
        return;
    case smtp::MxRoute::Kind::NoRoute:
        failure.category = route.temporaryFailure ? smtp::Outcome::Category::Temporary
                                                  : smtp::Outcome::Category::Rejected;
        failure.reason = smtp::Outcome::Reason::NoMailRoute;
        failure.detail = route.error;
        failRoute(session, failure, failure.detail);
        return;
    case smtp::MxRoute::Kind::ImplicitMx:
        transcript->append(smtp::TranscriptRecord::make(
            smtp::TranscriptRecord::Direction::Info,
            smtp::Note::of(
                QT_TRANSLATE_NOOP("smtp", "%1 has no MX records: mail goes to its own address"),
                route.domain),
            false));
        break;
    case smtp::MxRoute::Kind::Mx:
        break;
    }
    const smtp::MxHost* first = nullptr;
    for (const smtp::MxHost& host : route.hosts) {
        QStringList addresses;
        for (const QHostAddress& address : host.addresses)
            addresses.append(address.toString());
        transcript->append(smtp::TranscriptRecord::make(
            smtp::TranscriptRecord::Direction::Info,
            smtp::Note::of(QT_TRANSLATE_NOOP("smtp", "Mail server %1 (preference %2): %3"),
                           host.name, host.preference,
                           addresses.isEmpty() ? host.error
                                               : smtp::Note::verbatim(addresses.join(u", "_s))),
            false));
        if (!first && !host.addresses.isEmpty())
            first = &host;
    }
    if (!first) {
        failure.category = smtp::Outcome::Category::Temporary;
        failure.reason = smtp::Outcome::Reason::HostNotFound;
        failure.detail = smtp::Note::of(
            QT_TRANSLATE_NOOP("smtp", "no address for any mail server of %1"), route.domain);
        failRoute(session, failure, failure.detail);
        return;
    }
    // The first server a delivery would try, on the address the route gave for it; its
    // certificate is checked against its name, as a delivery would.
    session.mxHost = first->name;
    session.settings.host = first->name;
    session.settings.connectAddress = first->addresses.constFirst();
    showTarget(session);
    session.diagnosis->start(session.settings, session.account.address);
}

// The route lookup decided the result: the DNS step failed, nothing else was tried.
void DiagnosisController::failRoute(Session& session, const smtp::Outcome& outcome,
                                    const smtp::Note& why)
{
    session.resolver = nullptr;
    if (!session.window)
        return;
    session.window->transcript()->append(smtp::TranscriptRecord::make(
        smtp::TranscriptRecord::Direction::Error,
        smtp::Note::of(QT_TRANSLATE_NOOP("smtp", "No mail server to check for %1: %2"),
                       session.domain, why),
        false));
    const QList<smtp::Phase> steps =
        smtp::Diagnosis::plannedSteps(session.settings, !session.account.address.isEmpty());
    for (const smtp::Phase step : steps) {
        smtp::Diagnosis::StepReport report;
        report.phase = step;
        report.result = step == smtp::Phase::Resolve ? smtp::Diagnosis::StepResult::Failed
                                                     : smtp::Diagnosis::StepResult::Skipped;
        if (step == smtp::Phase::Resolve)
            report.facts = {why};
        session.window->markFinished(report);
    }
    onFinished(session, outcome);
}

// What is being checked, in words: server, port, security and the user signing in.
void DiagnosisController::showTarget(Session& session)
{
    if (session.isDirect()) {
        const QString security = OutcomeExplainer::securityText(session.settings.security);
        session.window->setTarget(
            session.mxHost.isEmpty()
                ? tr("Checking direct delivery to %1: looking up its mail servers.")
                      .arg(session.domain)
                : tr("Checking direct delivery to %1: its mail server %2 port %3, %4, without "
                     "signing in.")
                      .arg(session.domain, session.mxHost)
                      .arg(session.settings.effectivePort())
                      .arg(security));
        return;
    }
    const smtp::SessionSettings& settings = session.settings;
    const QString server = tr("%1 port %2, %3")
                               .arg(settings.host)
                               .arg(settings.effectivePort())
                               .arg(OutcomeExplainer::securityText(settings.security));
    session.window->setTarget(
        signsIn(settings)
            ? tr("Checking %1, signing in as %2.").arg(server, settings.credentials.user)
            : tr("Checking %1, without signing in.").arg(server));
}

void DiagnosisController::onFinished(Session& session, const smtp::Outcome& outcome)
{
    session.outcome = outcome;
    // The checks ran as one hop of MX delivery: explanations speak of port 25 and routes.
    session.outcome->directDelivery = session.isDirect();
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
    if (session.isDirect()) {
        // Direct delivery goes on without TLS when the server offers none: that is a pass
        // with a reservation, said as such.
        const smtp::TlsFacts facts = session.tls();
        if (!facts.encrypted)
            explanation.headline = tr("Port 25 is open, but this server does not encrypt.");
        else if (!facts.verified && !facts.pinned)
            explanation.headline =
                tr("Port 25 is open, but this server's certificate could not be verified.");
        QStringList details;
        details.append(tr("%1, the first mail server of %2, answered on port 25: outgoing port "
                          "25 is open from here.")
                           .arg(session.mxHost, session.domain));
        const smtp::TlsFacts tls = session.tls();
        details.append(!tls.encrypted ? tr("It did not encrypt the connection.")
                       : tls.verified ? tr("It encrypted the connection (%1) with a verified "
                                           "certificate.")
                                            .arg(tls.protocol)
                                      : tr("It encrypted the connection (%1), but its "
                                           "certificate could not be verified.")
                                            .arg(tls.protocol));
        if (mailFrom)
            details.append(
                tr("It accepts %1 as the sender; nothing was sent.").arg(session.account.address));
        explanation.details = details.join(u'\n');
        explanation.advice.append(tr("Other domains have other servers and rules: a message "
                                     "can still be refused or delayed (greylisting) by them."));
        session.window->showExplanation(explanation, true);
        return;
    }
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
    if (session.isDirect()) {
        // A pin trusts one certificate of an account's own server; recipient domains' mail
        // servers change and are many.
        auto* box = new QMessageBox(
            QMessageBox::Information, tr("Trust Certificate"),
            tr("Certificates of recipient mail servers cannot be pinned. To trust a private "
               "certificate authority, choose its certificate as the account's CA file."),
            QMessageBox::Ok,
            session.certificate ? static_cast<QWidget*>(session.certificate)
                                : static_cast<QWidget*>(session.window));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
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
