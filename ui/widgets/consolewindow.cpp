#include "consolewindow.h"

#include "consoledatadialog.h"
#include "transcriptpane.h"
#include "ui_consolewindow.h"

#include <QAbstractItemView>
#include <QCloseEvent>
#include <QCompleter>
#include <QKeyEvent>
#include <QScreen>
#include <QStringListModel>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

namespace {

// The order of the security combo box items in consolewindow.ui.
constexpr std::array<smtp::Security, 3> SecurityItems{
    smtp::Security::ImplicitTls, smtp::Security::StartTls, smtp::Security::Plain};

// What completion offers before anything was sent: the verbs of RFC 5321 (and STARTTLS,
// AUTH), with the separator each one is followed by.
const QStringList& verbs()
{
    static const QStringList list{
        u"EHLO "_s, u"HELO "_s, u"MAIL FROM:<"_s, u"RCPT TO:<"_s, u"DATA"_s, u"RSET"_s, u"NOOP"_s,
        u"VRFY "_s, u"EXPN "_s, u"HELP"_s,        u"STARTTLS"_s,  u"AUTH"_s, u"QUIT"_s};
    return list;
}

} // namespace

ConsoleWindow::ConsoleWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::ConsoleWindow>())
{
    m_ui->setupUi(this);
    // Room for a long reply line and a screenful of exchange.
    const QRect available = screen()->availableGeometry();
    resize(std::min(available.width() * 3 / 4, 1000), std::min(available.height() * 4 / 5, 800));

    m_completions = new QStringListModel(this);
    m_completer = new QCompleter(m_completions, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->commandEdit->setCompleter(m_completer);
    m_ui->commandEdit->installEventFilter(this);
    updateCompletion();

    connect(m_ui->accountCombo, &QComboBox::currentIndexChanged, this,
            &ConsoleWindow::updateFields);
    connect(m_ui->securityCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        // A port that was a default follows the security mode; one typed by hand stays.
        const int port = m_ui->portSpin->value();
        if (port == 465 || port == 587 || port == 25)
            m_ui->portSpin->setValue(
                smtp::SessionSettings::defaultPort(SecurityItems[std::size_t(index)]));
        updateFields();
    });
    connect(m_ui->connectButton, &QPushButton::clicked, this, &ConsoleWindow::connectRequested);
    connect(m_ui->disconnectButton, &QPushButton::clicked, this,
            &ConsoleWindow::disconnectRequested);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QWidget::close);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &ConsoleWindow::sendTyped);
    connect(m_ui->commandEdit, &QLineEdit::returnPressed, this, &ConsoleWindow::sendTyped);

    connect(m_ui->ehloButton, &QPushButton::clicked, this,
            [this] { submit(u"EHLO "_s + m_ehloName); });
    connect(m_ui->startTlsButton, &QPushButton::clicked, this, [this] { submit(u"STARTTLS"_s); });
    connect(m_ui->authButton, &QPushButton::clicked, this, [this] { submit(u"AUTH"_s); });
    connect(m_ui->helpButton, &QPushButton::clicked, this, [this] { submit(u"HELP"_s); });
    connect(m_ui->noopButton, &QPushButton::clicked, this, [this] { submit(u"NOOP"_s); });
    connect(m_ui->quitButton, &QPushButton::clicked, this, [this] { submit(u"QUIT"_s); });
    connect(m_ui->rsetButton, &QPushButton::clicked, this, [this] { submit(u"RSET"_s); });
    connect(m_ui->dataButton, &QPushButton::clicked, this, [this] { submit(u"DATA"_s); });
    connect(m_ui->mailFromButton, &QPushButton::clicked, this,
            [this] { editCommand(u"MAIL FROM:<"_s + m_sender + u'>'); });
    connect(m_ui->rcptToButton, &QPushButton::clicked, this,
            [this] { editCommand(u"RCPT TO:<>"_s); });
    connect(m_ui->vrfyButton, &QPushButton::clicked, this, [this] { editCommand(u"VRFY "_s); });
    connect(m_ui->expnButton, &QPushButton::clicked, this, [this] { editCommand(u"EXPN "_s); });

    setAccounts({}, {});
    setConnection(Connection::Disconnected);
}

ConsoleWindow::~ConsoleWindow() = default;

void ConsoleWindow::setAccounts(const QList<AccountChoice>& accounts, const QString& currentId)
{
    QComboBox* combo = m_ui->accountCombo;
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const AccountChoice& account : accounts)
        combo->addItem(account.label, account.id);
    combo->addItem(tr("Another server (typed below)"), QString());
    const int current = combo->findData(currentId);
    combo->setCurrentIndex(current >= 0 && !currentId.isEmpty() ? current : combo->count() - 1);
    updateFields();
}

ConsoleTarget ConsoleWindow::target() const
{
    ConsoleTarget target;
    target.accountId = m_ui->accountCombo->currentData().toString();
    target.host = m_ui->hostEdit->text().trimmed();
    target.port = quint16(m_ui->portSpin->value());
    const int security = m_ui->securityCombo->currentIndex();
    target.security =
        security >= 0 ? SecurityItems[std::size_t(security)] : smtp::Security::StartTls;
    target.user = m_ui->userEdit->text().trimmed();
    target.password = m_ui->passwordEdit->text();
    target.allowPlaintextAuth = m_ui->plaintextAuthCheck->isChecked();
    return target;
}

void ConsoleWindow::clearPassword()
{
    m_ui->passwordEdit->clear();
}

void ConsoleWindow::setConnection(Connection connection)
{
    m_connection = connection;
    const bool disconnected = connection == Connection::Disconnected;
    const bool ready = connection == Connection::Ready;
    m_ui->connectButton->setEnabled(disconnected);
    m_ui->disconnectButton->setEnabled(!disconnected);
    m_ui->sendButton->setEnabled(ready);
    const QList<QPushButton*> commands{
        m_ui->ehloButton,     m_ui->startTlsButton, m_ui->authButton, m_ui->helpButton,
        m_ui->noopButton,     m_ui->quitButton,     m_ui->rsetButton, m_ui->dataButton,
        m_ui->mailFromButton, m_ui->rcptToButton,   m_ui->vrfyButton, m_ui->expnButton};
    for (QPushButton* button : commands)
        button->setEnabled(ready);
    updateFields();
    if (disconnected) {
        m_capabilities.clear();
        m_capabilitiesKnown = false;
        if (m_dataDialog)
            m_dataDialog->reject();
    }
    showCapabilities();
    if (ready && !m_ui->commandEdit->hasFocus() && isActiveWindow())
        m_ui->commandEdit->setFocus();
}

void ConsoleWindow::setStatus(const QString& text)
{
    m_ui->statusLabel->setText(text);
}

void ConsoleWindow::setCapabilities(const QStringList& keywords, bool known)
{
    m_capabilities = keywords;
    m_capabilitiesKnown = known;
    showCapabilities();
}

void ConsoleWindow::showCapabilities()
{
    QLabel* label = m_ui->capabilitiesLabel;
    label->setVisible(m_connection != Connection::Disconnected &&
                      m_connection != Connection::Connecting);
    if (!m_capabilitiesKnown)
        label->setText(tr("Server extensions: not known; send EHLO to ask for them."));
    else if (m_capabilities.isEmpty())
        label->setText(tr("Server extensions: none (the server answered HELO, or EHLO without "
                          "extensions)."));
    else
        label->setText(tr("Server extensions: %1").arg(m_capabilities.join(u", "_s)));
}

void ConsoleWindow::setCommandDefaults(const QString& ehloName, const QString& sender)
{
    m_ehloName = ehloName;
    m_sender = sender;
}

void ConsoleWindow::editCommand(const QString& text)
{
    QLineEdit* edit = m_ui->commandEdit;
    edit->setText(text);
    // Inside the angle brackets when they are still empty.
    edit->setCursorPosition(text.endsWith(u"<>"_s) ? int(text.size()) - 1 : int(text.size()));
    edit->setFocus();
}

void ConsoleWindow::openDataEditor(const QString& initialText)
{
    if (m_dataDialog) {
        m_dataDialog->raise();
        return;
    }
    auto* dialog = new ConsoleDataDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setText(initialText);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { emit dataEntered(dialog->text()); });
    m_dataDialog = dialog;
    dialog->open();
}

TranscriptPane* ConsoleWindow::transcriptPane() const
{
    return m_ui->transcriptPane;
}

void ConsoleWindow::submit(const QString& line)
{
    if (m_connection != Connection::Ready)
        return;
    // Repeating the last command does not fill the history with copies.
    if (m_history.isEmpty() || m_history.constLast() != line) {
        m_history.append(line);
        updateCompletion();
    }
    m_historyIndex = int(m_history.size());
    m_typed.clear();
    emit commandEntered(line);
}

void ConsoleWindow::sendTyped()
{
    const QString line = m_ui->commandEdit->text();
    if (m_connection != Connection::Ready || line.trimmed().isEmpty())
        return;
    m_ui->commandEdit->clear();
    submit(line);
}

// Fields of the typed-in server apply only when no account is chosen, and none can change
// while a session is open.
void ConsoleWindow::updateFields()
{
    const bool editable = m_connection == Connection::Disconnected;
    const bool typed = m_ui->accountCombo->currentData().toString().isEmpty();
    m_ui->accountCombo->setEnabled(editable);
    // An account brings its own server and sign-in: the rows for typing them go away and
    // leave the room to the transcript.
    m_ui->connectionForm->setRowVisible(1, typed);
    m_ui->connectionForm->setRowVisible(2, typed);
    m_ui->plaintextAuthCheck->setVisible(typed);
    for (QWidget* field : std::initializer_list<QWidget*>{
             m_ui->hostEdit, m_ui->portSpin, m_ui->securityCombo, m_ui->userEdit,
             m_ui->passwordEdit, m_ui->plaintextAuthCheck}) {
        field->setEnabled(editable);
    }
}

void ConsoleWindow::updateCompletion()
{
    QStringList completions = verbs();
    for (const QString& line : std::as_const(m_history)) {
        if (!completions.contains(line))
            completions.append(line);
    }
    m_completions->setStringList(completions);
}

void ConsoleWindow::browseHistory(int step)
{
    if (m_history.isEmpty())
        return;
    if (m_historyIndex == int(m_history.size()))
        m_typed = m_ui->commandEdit->text();
    m_historyIndex = std::clamp(m_historyIndex + step, 0, int(m_history.size()));
    m_ui->commandEdit->setText(
        m_historyIndex == int(m_history.size()) ? m_typed : m_history.at(m_historyIndex));
}

bool ConsoleWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->commandEdit && event->type() == QEvent::KeyPress &&
        !m_completer->popup()->isVisible()) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) {
            browseHistory(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ConsoleWindow::closeEvent(QCloseEvent* event)
{
    QWidget::closeEvent(event);
    if (event->isAccepted())
        emit closed();
}

void ConsoleWindow::retranslate()
{
    // The account items are the controller's; the last one is ours.
    QComboBox* combo = m_ui->accountCombo;
    combo->setItemText(combo->count() - 1, tr("Another server (typed below)"));
    showCapabilities();
    emit retranslated();
}

void ConsoleWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace hongyan
