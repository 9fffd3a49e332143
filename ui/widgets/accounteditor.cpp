#include "accounteditor.h"

#include "outcomeexplainer.h"
#include "ui_accounteditor.h"

#include <QEvent>
#include <QFileDialog>
#include <QPushButton>
#include <QScreen>
#include <QStyle>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

namespace {

// The order of the combo box items in accounteditor.ui.
constexpr std::array<smtp::Security, 3> SecurityItems{
    smtp::Security::ImplicitTls, smtp::Security::StartTls, smtp::Security::Plain};
constexpr std::array<smtp::AuthMethod, 6> AuthItems{
    smtp::AuthMethod::Auto,    smtp::AuthMethod::Plain,   smtp::AuthMethod::Login,
    smtp::AuthMethod::CramMd5, smtp::AuthMethod::XOAuth2, smtp::AuthMethod::None};

int securityIndex(smtp::Security security)
{
    // Submission accounts never use opportunistic TLS; STARTTLS is its strict form.
    if (security == smtp::Security::Opportunistic)
        security = smtp::Security::StartTls;
    for (std::size_t i = 0; i < SecurityItems.size(); ++i) {
        if (SecurityItems[i] == security)
            return int(i);
    }
    return 0;
}

smtp::Security securityAt(int index)
{
    return index >= 0 && index < int(SecurityItems.size()) ? SecurityItems[std::size_t(index)]
                                                           : smtp::Security::ImplicitTls;
}

int authIndex(smtp::AuthMethod method)
{
    // Both OAuth 2.0 mechanisms take the same access token; the item is "OAuth2 token".
    if (method == smtp::AuthMethod::OAuthBearer)
        method = smtp::AuthMethod::XOAuth2;
    for (std::size_t i = 0; i < AuthItems.size(); ++i) {
        if (AuthItems[i] == method)
            return int(i);
    }
    return 0;
}

bool isOAuth(smtp::AuthMethod method)
{
    return method == smtp::AuthMethod::XOAuth2 || method == smtp::AuthMethod::OAuthBearer;
}

// Errors and warnings stand out without a fixed palette that breaks dark themes.
void emphasise(QLabel* label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    label->setPalette(palette);
}

} // namespace

AccountEditor::AccountEditor(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountEditor>())
{
    m_ui->setupUi(this);
    emphasise(m_ui->securityWarning);
    emphasise(m_ui->errorLabel);
    m_ui->errorLabel->hide();
    m_ui->providerNoteLabel->hide();
    m_ui->keychainLabel->hide();
    m_ui->sourceLabel->setText(tr("Entered by hand."));

    connect(m_ui->addressEdit, &QLineEdit::textEdited, this, &AccountEditor::addressEdited);
    connect(m_ui->hostEdit, &QLineEdit::textEdited, this, &AccountEditor::serverEdited);
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, [this] {
        if (!m_applying)
            emit serverEdited();
    });
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &AccountEditor::updateKind);
    connect(m_ui->hostEdit, &QLineEdit::textChanged, this, &AccountEditor::updateServerSummary);
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, &AccountEditor::updateServerSummary);
    connect(m_ui->securityCombo, &QComboBox::currentIndexChanged, this,
            &AccountEditor::onSecurityChanged);
    connect(m_ui->authCombo, &QComboBox::currentIndexChanged, this,
            &AccountEditor::updateAuthFields);
    connect(m_ui->detectButton, &QPushButton::clicked, this, &AccountEditor::detectRequested);
    connect(m_ui->testButton, &QPushButton::clicked, this, &AccountEditor::testRequested);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AccountEditor::saveRequested);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &AccountEditor::chooseCaFile);
    connect(m_ui->forgetPinButton, &QPushButton::clicked, this, [this] {
        m_pinnedSha256.clear();
        updatePin();
    });

    updateSecurityWarning();
    updateAuthFields();
    updatePin();
    updateKind();
}

AccountEditor::~AccountEditor() = default;

// Wrapped labels (notes, warnings) change height with their text and width; a dialog does
// not follow them on its own. Wide enough for a comfortable line of text in any language,
// tall enough for everything at that width (so a note that hides leaves no blank space),
// and never larger than the screen: on a 1024×600 laptop the buttons stay in reach.
void AccountEditor::fitToContents()
{
    layout()->activate(); // the pages' widths below are those of the current window width
    const QRect available = screen()->availableGeometry();
    // Before the window is first shown its frame is unknown; a title bar is the most of it.
    QMargins frame(geometry().left() - frameGeometry().left(),
                   geometry().top() - frameGeometry().top(),
                   frameGeometry().right() - geometry().right(),
                   frameGeometry().bottom() - geometry().bottom());
    if (frame.isNull())
        frame.setTop(style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, this));
    const int width = std::min(
        std::max({this->width(), minimumSizeHint().width(), fontMetrics().averageCharWidth() * 80}),
        available.width() - frame.left() - frame.right());
    // A tab widget measures its current page only; the window keeps the height of the
    // tallest page, so it does not jump when the person changes page.
    const auto heightAt = [](QWidget* widget, int atWidth) {
        QLayout* widgetLayout = widget->layout();
        return widgetLayout->hasHeightForWidth() ? widgetLayout->totalHeightForWidth(atWidth)
                                                 : widgetLayout->totalSizeHint().height();
    };
    const int pageWidth = width - (this->width() - m_ui->pages->currentWidget()->width());
    int tallestPage = 0;
    for (int page = 0; page < m_ui->pages->count(); ++page)
        tallestPage = std::max(tallestPage, heightAt(m_ui->pages->widget(page), pageWidth));
    const int height =
        heightAt(this, width) + tallestPage - heightAt(m_ui->pages->currentWidget(), pageWidth);
    resize(width, std::min(height, available.height() - frame.top() - frame.bottom()));
}

void AccountEditor::setValues(const AccountFormValues& values)
{
    m_applying = true;
    m_ui->nameEdit->setText(values.name);
    m_ui->addressEdit->setText(values.address);
    m_ui->displayNameEdit->setText(values.displayName);
    m_ui->kindCombo->setCurrentIndex(values.directDelivery ? 1 : 0);
    m_ui->requireTlsCheck->setChecked(values.requireTls);
    m_ui->hostEdit->setText(values.host);
    m_security = values.security;
    m_ui->securityCombo->setCurrentIndex(securityIndex(values.security));
    m_ui->portSpin->setValue(values.port != 0 ? values.port
                                              : smtp::SessionSettings::defaultPort(m_security));
    m_ui->authCombo->setCurrentIndex(authIndex(values.authMethod));
    m_ui->userEdit->setText(values.user);
    m_ui->passwordEdit->setText(values.password);
    m_ui->plaintextAuthCheck->setChecked(values.allowPlaintextAuth);
    m_ui->caFileEdit->setText(values.caFile);
    m_pinnedSha256 = values.pinnedSha256;
    m_ui->waitSpin->setValue(values.waitSeconds);
    m_applying = false;
    updateSecurityWarning();
    updateAuthFields();
    updatePin();
    updateKind();
}

AccountFormValues AccountEditor::values() const
{
    AccountFormValues values;
    values.name = m_ui->nameEdit->text().trimmed();
    values.address = m_ui->addressEdit->text().trimmed();
    values.displayName = m_ui->displayNameEdit->text().trimmed();
    values.directDelivery = m_ui->kindCombo->currentIndex() == 1;
    values.requireTls = values.directDelivery && m_ui->requireTlsCheck->isChecked();
    values.host = m_ui->hostEdit->text().trimmed();
    values.port = quint16(m_ui->portSpin->value());
    values.security = securityAt(m_ui->securityCombo->currentIndex());
    const int auth = m_ui->authCombo->currentIndex();
    values.authMethod = auth >= 0 && auth < int(AuthItems.size()) ? AuthItems[std::size_t(auth)]
                                                                  : smtp::AuthMethod::Auto;
    values.user = m_ui->userEdit->text().trimmed();
    values.password = m_ui->passwordEdit->text();
    values.allowPlaintextAuth =
        values.security == smtp::Security::Plain && m_ui->plaintextAuthCheck->isChecked();
    values.caFile = m_ui->caFileEdit->text().trimmed();
    values.pinnedSha256 = m_pinnedSha256;
    values.waitSeconds = m_ui->waitSpin->value();
    return values;
}

void AccountEditor::setAccountName(const QString& name)
{
    m_ui->nameEdit->setText(name);
}

void AccountEditor::applyServer(const QString& host, quint16 port, smtp::Security security,
                                smtp::AuthMethod authMethod, const QString& user)
{
    m_applying = true;
    m_ui->hostEdit->setText(host);
    m_security = security;
    m_ui->securityCombo->setCurrentIndex(securityIndex(security));
    m_ui->portSpin->setValue(port != 0 ? port : smtp::SessionSettings::defaultPort(security));
    m_ui->authCombo->setCurrentIndex(authIndex(authMethod));
    m_ui->userEdit->setText(user);
    m_applying = false;
    updateSecurityWarning();
    updateAuthFields();
}

void AccountEditor::setProviderNote(const QString& text, const QUrl& helpUrl)
{
    if (text.isEmpty()) {
        m_ui->providerNoteLabel->clear();
        m_ui->providerNoteLabel->hide();
        return;
    }
    QString html = text.toHtmlEscaped();
    if (helpUrl.isValid())
        html +=
            u" <a href=\"%1\">%2</a>"_s.arg(helpUrl.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                            tr("Provider's help").toHtmlEscaped());
    m_ui->providerNoteLabel->setText(html);
    m_ui->providerNoteLabel->show();
    fitToContents();
}

void AccountEditor::setSettingsSource(const QString& text)
{
    m_ui->sourceLabel->setText(text);
    fitToContents();
}

void AccountEditor::setKeychainStatus(const QString& text)
{
    m_ui->keychainLabel->setText(text);
    m_ui->keychainLabel->setVisible(!text.isEmpty());
    fitToContents();
}

void AccountEditor::setPasswordPlaceholder(const QString& text)
{
    m_ui->passwordEdit->setPlaceholderText(text);
}

void AccountEditor::setDetecting(bool detecting)
{
    m_ui->detectButton->setEnabled(!detecting);
    m_ui->testButton->setEnabled(!detecting);
}

void AccountEditor::showError(const QString& text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setVisible(!text.isEmpty());
    fitToContents();
}

// Direct delivery has no server, port, security mode or sign-in of its own, and nothing to
// detect; its note and the TLS requirement take their place. Hidden fields keep their
// values, so switching back loses nothing.
void AccountEditor::updateKind()
{
    const bool direct = m_ui->kindCombo->currentIndex() == 1;
    m_ui->serverGroup->setVisible(!direct);
    m_ui->signInGroup->setVisible(!direct);
    m_ui->detectButton->setVisible(!direct);
    m_ui->directGroup->setVisible(direct);
    m_ui->basicsForm->setRowVisible(m_ui->passwordEdit, !direct);
    m_ui->pinTitleLabel->setVisible(!direct);
    m_ui->pinLabel->setVisible(!direct);
    m_ui->forgetPinButton->setVisible(!direct);
    m_ui->testButton->setToolTip(direct ? tr("Look up the mail servers of a recipient domain and "
                                             "check the first one on port 25, without sending "
                                             "mail")
                                        : tr("Check these settings step by step without sending "
                                             "mail"));
    updateServerSummary();
    fitToContents();
}

void AccountEditor::onSecurityChanged(int index)
{
    const smtp::Security previous = m_security;
    m_security = securityAt(index);
    // A port that was the old mode's default follows the mode; one typed by hand stays.
    if (!m_applying && m_ui->portSpin->value() == smtp::SessionSettings::defaultPort(previous)) {
        m_applying = true;
        m_ui->portSpin->setValue(smtp::SessionSettings::defaultPort(m_security));
        m_applying = false;
    }
    updateSecurityWarning();
    updateServerSummary();
    if (!m_applying)
        emit serverEdited();
}

void AccountEditor::updateSecurityWarning()
{
    const bool plain = securityAt(m_ui->securityCombo->currentIndex()) == smtp::Security::Plain;
    m_ui->securityWarning->setVisible(plain);
    fitToContents();
    const int auth = m_ui->authCombo->currentIndex();
    const bool signsIn = auth >= 0 && AuthItems[std::size_t(auth)] != smtp::AuthMethod::None;
    m_ui->plaintextAuthCheck->setVisible(plain && signsIn);
}

void AccountEditor::updateAuthFields()
{
    const int index = m_ui->authCombo->currentIndex();
    const smtp::AuthMethod method =
        index >= 0 ? AuthItems[std::size_t(index)] : smtp::AuthMethod::Auto;
    const bool signsIn = method != smtp::AuthMethod::None;
    m_ui->userEdit->setEnabled(signsIn);
    m_ui->passwordEdit->setEnabled(signsIn);
    m_ui->passwordLabel->setText(isOAuth(method) ? tr("Access &token:") : tr("Pass&word:"));
    updateSecurityWarning();
}

void AccountEditor::updatePin()
{
    if (m_pinnedSha256.isEmpty()) {
        m_ui->pinLabel->setText(tr("None"));
        m_ui->forgetPinButton->setEnabled(false);
        return;
    }
    // 32 bytes of hex do not wrap by themselves: two lines of 16.
    const QString hex = QString::fromLatin1(m_pinnedSha256.toHex(':').toUpper());
    m_ui->pinLabel->setText(tr("SHA-256 %1").arg(hex.left(47) + u'\n' + hex.mid(48)));
    m_ui->forgetPinButton->setEnabled(true);
}

// The basics page says where mail goes, so a person who never opens the server page still
// sees what the detection found.
void AccountEditor::updateServerSummary()
{
    if (m_ui->kindCombo->currentIndex() == 1) {
        m_ui->serverSummaryLabel->setText(tr("Directly to the recipients' mail servers"));
        return;
    }
    const QString host = m_ui->hostEdit->text().trimmed();
    if (host.isEmpty()) {
        m_ui->serverSummaryLabel->setText(
            tr("No server yet: detect the settings, or enter them under “Server settings”."));
        return;
    }
    m_ui->serverSummaryLabel->setText(
        tr("%1, port %2, %3")
            .arg(host, QString::number(m_ui->portSpin->value()),
                 OutcomeExplainer::securityText(securityAt(m_ui->securityCombo->currentIndex()))));
}

void AccountEditor::chooseCaFile()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Certificate authority"), m_ui->caFileEdit->text(),
                                     tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_ui->caFileEdit->setText(file);
}

void AccountEditor::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitToContents();
}

void AccountEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        const AccountFormValues current = values();
        m_ui->retranslateUi(this);
        setValues(current);
        emit retranslated();
    }
    QDialog::changeEvent(event);
}

} // namespace hongyan
