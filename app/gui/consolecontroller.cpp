#include "consolecontroller.h"

#include "accountstore.h"
#include "consolewindow.h"
#include "maildate.h"
#include "messageid.h"
#include "outcomeexplainer.h"
#include "passworddialog.h"
#include "replycodecatalogue.h"
#include "transcriptpane.h"
#include "translations.h"

#include <QDateTime>
#include <QSysInfo>
#include <QUrl>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace hongyan {

namespace {

bool hasLineBreakOrNul(const QString& line)
{
    return line.contains(u'\r') || line.contains(u'\n') || line.contains(QChar(0));
}

// The first word of a command line, upper case ("MAIL" of "mail from:<a@b>").
QByteArray verbOf(const QByteArray& line)
{
    QByteArray verb = line.trimmed();
    const qsizetype end = verb.indexOf(' ');
    if (end >= 0)
        verb.truncate(end);
    const qsizetype colon = verb.indexOf(':');
    if (colon >= 0)
        verb.truncate(colon);
    return verb.toUpper();
}

// The address between angle brackets of MAIL FROM:<…> or RCPT TO:<…>.
QString pathOf(const QString& line)
{
    const qsizetype open = line.indexOf(u'<');
    const qsizetype close = line.indexOf(u'>', open + 1);
    return open >= 0 && close > open ? line.mid(open + 1, close - open - 1) : QString();
}

QString accountLabel(const Account& account)
{
    const QString name = account.name.isEmpty() ? account.address : account.name;
    const quint16 port =
        account.port != 0 ? account.port : smtp::SessionSettings::defaultPort(account.security);
    return u"%1 — %2:%3"_s.arg(name, account.host).arg(port);
}

} // namespace

ConsoleController::ConsoleController(AccountStore& accounts, SecretStore& secrets, QObject* parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_secrets(secrets)
{
    connect(&m_accounts, &AccountStore::changed, this, &ConsoleController::refreshAccounts);
}

ConsoleController::~ConsoleController()
{
    if (m_window) {
        m_window->disconnect(this);
        delete m_window;
    }
}

smtp::Timeouts ConsoleController::defaultTimeouts()
{
    smtp::Timeouts timeouts = smtp::Timeouts::uniform(60s);
    timeouts.connect = 15s;
    timeouts.tlsHandshake = 20s;
    return timeouts;
}

ConsoleWindow* ConsoleController::show()
{
    if (!m_window) {
        // A window of its own, like the outbox: it outlives the window it was opened from.
        auto* window = new ConsoleWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        m_window = window;
        connect(window, &ConsoleWindow::connectRequested, this,
                &ConsoleController::connectToServer);
        connect(window, &ConsoleWindow::disconnectRequested, this,
                &ConsoleController::disconnectFromServer);
        connect(window, &ConsoleWindow::commandEntered, this, &ConsoleController::onCommand);
        connect(window, &ConsoleWindow::dataEntered, this, &ConsoleController::onData);
        connect(window, &ConsoleWindow::closed, this, &ConsoleController::onWindowClosed);
        connect(window, &ConsoleWindow::retranslated, this, &ConsoleController::showStatus);
        refreshAccounts();
        showStatus();
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    return m_window;
}

void ConsoleController::refreshAccounts()
{
    if (!m_window)
        return;
    QList<ConsoleWindow::AccountChoice> choices;
    const QList<Account> accounts = m_accounts.accounts();
    for (const Account& account : accounts) {
        // Direct delivery has no server of its own to talk to.
        if (account.kind == Account::Kind::Submission)
            choices.append({account.id, accountLabel(account)});
    }
    QString current = m_window->target().accountId;
    if (current.isEmpty()) {
        const std::optional<Account> preferred = m_accounts.defaultAccount();
        if (preferred && preferred->kind == Account::Kind::Submission)
            current = preferred->id;
    }
    m_window->setAccounts(choices, current);
}

void ConsoleController::connectToServer()
{
    if (!m_window || m_session || m_asking)
        return;
    const ConsoleTarget target = m_window->target();
    m_window->clearPassword();
    if (!target.accountId.isEmpty()) {
        connectWithAccount(target.accountId);
        return;
    }
    smtp::SessionSettings settings;
    settings.host = target.host;
    settings.port = target.port;
    settings.security = target.security;
    settings.allowPlaintextAuth = target.allowPlaintextAuth;
    if (!target.user.isEmpty() && !target.password.isEmpty()) {
        settings.authMethod = smtp::AuthMethod::Auto;
        settings.credentials.user = target.user;
        settings.credentials.secret = target.password;
    } else {
        settings.authMethod = smtp::AuthMethod::None;
    }
    if (settings.host.isEmpty()) {
        note(smtp::TranscriptRecord::Direction::Error,
             [] { return tr("Enter the server to connect to, or choose an account."); });
        return;
    }
    m_sender = target.user.contains(u'@') ? target.user : QString();
    openSession(settings);
}

void ConsoleController::connectWithAccount(const QString& accountId)
{
    const std::optional<Account> account = m_accounts.account(accountId);
    if (!account) {
        note(smtp::TranscriptRecord::Direction::Error,
             [] { return tr("This account no longer exists."); });
        refreshAccounts();
        return;
    }
    m_sender = account->address;
    if (!account->needsSecret()) {
        openSession(account->sessionSettings(QString()));
        return;
    }
    // The engine takes the credentials with the settings, so they are fetched now, before
    // the connection, even if Authenticate is never pressed.
    m_asking = true;
    m_window->setConnection(ConsoleWindow::Connection::Connecting);
    showStatus();
    QPointer<ConsoleController> self = this;
    const Account chosen = *account;
    m_secrets.read(chosen.id, [self, this, chosen](const SecretStore::Result& result) {
        if (!self || !m_asking || !m_window)
            return;
        if (result.status == SecretStore::Result::Status::Ok) {
            m_asking = false;
            openSession(chosen.sessionSettings(result.secret));
            return;
        }
        PasswordDialog::Reason reason = PasswordDialog::Reason::KeychainFailed;
        if (result.status == SecretStore::Result::Status::NotFound)
            reason = PasswordDialog::Reason::NotStored;
        else if (result.status == SecretStore::Result::Status::Unavailable)
            reason = PasswordDialog::Reason::KeychainUnavailable;
        auto* dialog = new PasswordDialog(m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setRequest(reason, result.errorString,
                           chosen.name.isEmpty() ? chosen.address : chosen.name, chosen.host,
                           chosen.user);
        connect(dialog, &QDialog::accepted, this, [this, dialog, chosen] {
            if (!m_asking)
                return;
            m_asking = false;
            openSession(chosen.sessionSettings(dialog->password()));
        });
        connect(dialog, &QDialog::rejected, this, [this, chosen] {
            if (!m_asking)
                return;
            m_asking = false;
            note(smtp::TranscriptRecord::Direction::Info, [] {
                return tr("No password was given: the console connects, but Authenticate will not "
                          "work in this session.");
            });
            openSession(chosen.sessionSettings(QString()));
        });
        dialog->open();
    });
}

void ConsoleController::openSession(const smtp::SessionSettings& base)
{
    if (!m_window)
        return;
    smtp::SessionSettings settings = base;
    settings.timeouts = m_timeouts;
    m_settings = settings;
    m_mailFrom.clear();
    m_recipients.clear();
    m_pendingVerb.clear();

    auto* session = new smtp::SmtpSession(this);
    m_session = session;
    session->setSettings(settings);
    connect(session, &smtp::SmtpSession::transcript, m_window->transcriptPane(),
            &TranscriptPane::append);
    m_window->transcriptPane()->clearTiming();
    connect(session, &smtp::SmtpSession::timed, m_window->transcriptPane(),
            &TranscriptPane::addTiming);
    // The window follows the session: each phase, the end of each step, the end of opening.
    connect(session, &smtp::SmtpSession::phaseChanged, this, &ConsoleController::onSessionMoved);
    connect(session, &smtp::SmtpSession::established, this, &ConsoleController::onSessionMoved);
    connect(session, &smtp::SmtpSession::finished, this, &ConsoleController::onSessionMoved);
    connect(session, &smtp::SmtpSession::established, this, [this] {
        note(smtp::TranscriptRecord::Direction::Info, [] {
            return tr("220: %1 Send EHLO to greet the server.")
                .arg(ReplyCodeCatalogue::explainCode(220));
        });
    });
    connect(session, &smtp::SmtpSession::capabilitiesReceived, this,
            [this](const smtp::Capabilities& capabilities) {
                if (!m_window)
                    return;
                m_window->setCapabilities(capabilities.displayLines(), true);
            });
    connect(session, &smtp::SmtpSession::finished, this, &ConsoleController::onStepFinished);
    connect(session, &smtp::SmtpSession::closed, this, [this, session] { onClosed(session); });

    const QString machine = QSysInfo::machineHostName();
    m_window->setCommandDefaults(!settings.ehloName.isEmpty() ? settings.ehloName
                                 : machine.isEmpty()          ? u"localhost"_s
                                                              : machine,
                                 m_sender);
    m_window->setCapabilities({}, false);
    m_window->setConnection(ConsoleWindow::Connection::Connecting);
    session->openInteractive();
    showStatus();
}

void ConsoleController::disconnectFromServer()
{
    if (m_asking) {
        // Still waiting for the keychain or the password: nothing was connected.
        m_asking = false;
        if (m_window)
            m_window->setConnection(ConsoleWindow::Connection::Disconnected);
        showStatus();
        return;
    }
    if (m_session)
        m_session->quit(); // cancels first when a command is under way
}

void ConsoleController::onCommand(const QString& line)
{
    using Direction = smtp::TranscriptRecord::Direction;
    // Checked here, before anything else: a line break would put a second command, of the
    // user's or of whoever made the text they pasted, on the wire.
    if (hasLineBreakOrNul(line)) {
        note(Direction::Error, [] {
            return tr("Not sent: the line contains a line break or a NUL character, "
                      "which could smuggle a second command onto the wire.");
        });
        return;
    }
    if (!m_session || !m_session->isIdle()) {
        if (m_session)
            note(Direction::Error,
                 [] { return tr("Not sent: wait for the answer to the previous command."); });
        else
            note(Direction::Error, [] { return tr("Not sent: the console is not connected."); });
        return;
    }
    const QByteArray bytes = line.trimmed().toUtf8();
    if (bytes.isEmpty())
        return;
    const QByteArray verb = verbOf(bytes);
    if (verb == "QUIT") {
        m_session->quit();
        return;
    }
    if (verb == "STARTTLS") {
        if (m_session->isEncrypted()) {
            note(Direction::Error,
                 [] { return tr("Not sent: the connection is already encrypted."); });
            return;
        }
        m_pendingVerb = verb;
        m_session->startTlsInteractive();
        return;
    }
    if (verb == "AUTH") {
        if (bytes.contains(' ')) {
            note(Direction::Error, [] {
                return tr("Not sent: type AUTH alone, or press Authenticate. Hongyan signs in with "
                          "the account's user name and password and keeps them out of the "
                          "transcript; a typed AUTH line would put them on the screen and the wire "
                          "as you typed them.");
            });
            return;
        }
        if (m_settings.credentials.user.isEmpty() || m_settings.credentials.secret.isEmpty()) {
            note(Direction::Error, [] {
                return tr(
                    "Not sent: there is no user name and password for this session. Choose an "
                    "account, or type them before connecting.");
            });
            return;
        }
        m_pendingVerb = verb;
        m_session->authenticateInteractive();
        return;
    }
    if (verb == "DATA") {
        if (m_window)
            m_window->openDataEditor(dataTemplate());
        return;
    }
    if (verb == "BDAT") {
        note(Direction::Error, [] {
            return tr(
                "Not sent: BDAT is not available in the console; DATA sends the text for you.");
        });
        return;
    }
    m_pendingVerb = verb;
    if (verb == "MAIL")
        m_mailFrom = pathOf(line);
    else if (verb == "RCPT")
        m_recipients.append(pathOf(line));
    m_session->sendLine(bytes);
}

void ConsoleController::onData(const QString& text)
{
    if (!m_session || !m_session->isIdle()) {
        note(smtp::TranscriptRecord::Direction::Error, [] {
            return tr("Not sent: the console is not connected, or still waiting for an answer.");
        });
        return;
    }
    m_data.close();
    m_data.setData(text.toUtf8());
    m_data.open(QIODevice::ReadOnly);
    m_pendingVerb = "DATA";
    m_session->sendDataInteractive(&m_data);
}

bool ConsoleController::isConnecting() const
{
    const smtp::Phase phase = m_session->phase();
    return !m_session->isIdle() && !m_session->isDisconnected() &&
           (phase == smtp::Phase::Connect || phase == smtp::Phase::TlsHandshake ||
            phase == smtp::Phase::Greeting);
}

void ConsoleController::onSessionMoved()
{
    if (!m_window || !m_session || m_session->isDisconnected())
        return; // closed() follows
    if (m_session->isIdle())
        m_window->setConnection(ConsoleWindow::Connection::Ready);
    else if (isConnecting())
        m_window->setConnection(ConsoleWindow::Connection::Connecting);
    else
        m_window->setConnection(ConsoleWindow::Connection::Busy);
    showStatus();
}

void ConsoleController::onStepFinished(const smtp::Outcome& outcome)
{
    const QByteArray verb = std::exchange(m_pendingVerb, {});
    explainReply(outcome);
    const bool open = m_session && m_session->isIdle();
    if (open && outcome.isSuccess()) {
        // What the transaction holds, for the DATA editor's header.
        if (verb == "RSET" || verb == "EHLO" || verb == "HELO" || verb == "DATA") {
            m_mailFrom.clear();
            m_recipients.clear();
        } else if (verb == "MAIL") {
            m_recipients.clear();
        }
        if (verb == "STARTTLS" && m_window) // RFC 3207 §4.2: forgotten, ask again
            m_window->setCapabilities({}, false);
    } else if (open && verb == "RCPT" && !m_recipients.isEmpty()) {
        m_recipients.removeLast();
    }
    showStatus();
}

void ConsoleController::explainReply(const smtp::Outcome& outcome)
{
    using Direction = smtp::TranscriptRecord::Direction;
    const bool open = m_session && m_session->isIdle();
    if (outcome.code != 0) {
        note(Direction::Info, [reply = outcome.code, enhanced = outcome.enhanced] {
            const QString code = enhanced.isValid() ? u"%1 %2"_s.arg(reply).arg(enhanced.toString())
                                                    : QString::number(reply);
            const QString meaning = ReplyCodeCatalogue::explain(reply, enhanced);
            return meaning.isEmpty() ? tr("%1: the meaning of this code is not known.").arg(code)
                                     : tr("%1: %2").arg(code, meaning);
        });
        if (open || outcome.isSuccess())
            return;
    }
    if (outcome.isSuccess())
        return;
    if (outcome.category == smtp::Outcome::Category::Cancelled) {
        note(Direction::Info, [] { return tr("Stopped."); });
        return;
    }
    if (open && outcome.category == smtp::Outcome::Category::Usage) {
        // A refusal by the engine itself; the session is still there.
        note(Direction::Error, [detail = outcome.detail] {
            return tr("Not sent: %1").arg(Translations::noteText(detail));
        });
        return;
    }
    // Both lines are told from one copy of the outcome, kept as long as the transcript is.
    const auto failure = std::make_shared<const smtp::Outcome>(outcome);
    const QString host = m_settings.host;
    note(Direction::Error,
         [failure, host] { return OutcomeExplainer::explain(*failure, host).headline; });
    if (!OutcomeExplainer::explain(outcome, host).details.isEmpty()) {
        note(Direction::Info,
             [failure, host] { return OutcomeExplainer::explain(*failure, host).details; });
    }
}

void ConsoleController::onClosed(smtp::SmtpSession* session)
{
    session->deleteLater();
    if (session != m_session)
        return;
    m_session = nullptr;
    m_pendingVerb.clear();
    m_data.close();
    if (!m_window)
        return;
    note(smtp::TranscriptRecord::Direction::Info, [] { return tr("Disconnected."); });
    m_window->setConnection(ConsoleWindow::Connection::Disconnected);
    showStatus();
}

void ConsoleController::onWindowClosed()
{
    m_asking = false;
    if (!m_session)
        return;
    // The session says goodbye on its own and goes when the server has answered QUIT (or
    // the engine stopped waiting for it).
    smtp::SmtpSession* session = m_session;
    m_session = nullptr;
    disconnect(session, nullptr, this, nullptr);
    connect(session, &smtp::SmtpSession::closed, session, &QObject::deleteLater);
    if (session->isDisconnected())
        session->deleteLater();
    else
        session->quit();
}

void ConsoleController::note(smtp::TranscriptRecord::Direction direction,
                             std::function<QString()> tell)
{
    if (!m_window)
        return;
    m_window->transcriptPane()->appendTold(
        smtp::TranscriptRecord::make(direction, QString(), m_session && m_session->isEncrypted()),
        std::move(tell));
}

void ConsoleController::showStatus()
{
    if (!m_window)
        return;
    if (m_asking) {
        m_window->setStatus(tr("Getting the password…"));
        return;
    }
    if (!m_session || m_session->isDisconnected()) {
        m_window->setStatus(tr("Not connected."));
        return;
    }
    const QString host = m_settings.host;
    const quint16 port = m_settings.effectivePort();
    if (isConnecting()) {
        m_window->setStatus(tr("Connecting to %1 port %2…").arg(host).arg(port));
        return;
    }
    if (m_session->isClosing()) {
        m_window->setStatus(tr("Closing the connection…"));
        return;
    }
    const smtp::TlsFacts& tls = m_session->tlsFacts();
    QString security = tr("not encrypted");
    if (m_session->isEncrypted())
        security = tls.pinned ? tr("encrypted (%1), pinned certificate").arg(tls.protocol)
                   : tls.verified
                       ? tr("encrypted (%1), certificate verified").arg(tls.protocol)
                       : tr("encrypted (%1), certificate NOT verified").arg(tls.protocol);
    m_window->setStatus(m_session->isIdle()
                            ? tr("Connected to %1 port %2, %3.").arg(host).arg(port).arg(security)
                            : tr("Connected to %1 port %2, %3. Waiting for the server…")
                                  .arg(host)
                                  .arg(port)
                                  .arg(security));
}

// A message that the server will take as it is: the envelope's addresses in From and To, a
// Date and a Message-ID. The header is message content, not interface text: plain ASCII,
// as RFC 5322 wants it, whatever the interface language.
QString ConsoleController::dataTemplate() const
{
    const QString from = m_mailFrom.isEmpty() ? m_sender : m_mailFrom;
    const QString domain =
        from.contains(u'@') ? from.sliced(from.lastIndexOf(u'@') + 1) : u"hongyan.invalid"_s;
    QStringList lines;
    if (!from.isEmpty())
        lines.append(u"From: <%1>"_s.arg(from));
    if (!m_recipients.isEmpty())
        lines.append(u"To: <%1>"_s.arg(m_recipients.join(u">, <"_s)));
    lines.append(u"Subject: Test from the Hongyan SMTP console"_s);
    lines.append(u"Date: "_s +
                 QString::fromLatin1(smtp::MailDate::format(QDateTime::currentDateTime())));
    lines.append(u"Message-ID: "_s +
                 QString::fromLatin1(smtp::MessageId::generate(QUrl::toAce(domain))));
    lines.append(QString());
    lines.append(QString());
    return lines.join(u'\n');
}

} // namespace hongyan
