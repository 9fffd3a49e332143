#include "notificationbar.h"

#include "ui_notificationbar.h"

#include <QApplication>
#include <QStyle>

namespace hongyan {

namespace {

constexpr int SuccessVisibleMs = 20000;

} // namespace

NotificationBar::NotificationBar(QWidget* parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::NotificationBar>())
{
    m_ui->setupUi(this);
    m_autoHide.setSingleShot(true);
    connect(&m_autoHide, &QTimer::timeout, this, &NotificationBar::dismiss);
    connect(m_ui->closeButton, &QToolButton::clicked, this, &NotificationBar::dismiss);
    connect(m_ui->actionButton, &QPushButton::clicked, this, &NotificationBar::actionTriggered);
    hide();
}

NotificationBar::~NotificationBar() = default;

void NotificationBar::showMessage(Kind kind, const QString& text, const QString& actionText)
{
    showMessage(
        kind, [text] { return text; },
        actionText.isEmpty() ? Text() : [actionText] { return actionText; });
}

void NotificationBar::showMessage(Kind kind, Text text, Text actionText)
{
    m_kind = kind;
    m_text = std::move(text);
    m_actionText = std::move(actionText);
    updateTexts();
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (kind == Kind::Warning)
        icon = QStyle::SP_MessageBoxWarning;
    else if (kind == Kind::Error)
        icon = QStyle::SP_MessageBoxCritical;
    else if (kind == Kind::Success)
        icon = QStyle::SP_DialogApplyButton;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_ui->iconLabel->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    applyColours();
    show();
    if (kind == Kind::Success)
        m_autoHide.start(SuccessVisibleMs);
    else
        m_autoHide.stop();
}

void NotificationBar::updateTexts()
{
    m_ui->textLabel->setText(m_text ? m_text() : QString());
    const QString action = m_actionText ? m_actionText() : QString();
    m_ui->actionButton->setText(action);
    m_ui->actionButton->setVisible(!action.isEmpty());
}

void NotificationBar::dismiss()
{
    m_autoHide.stop();
    hide();
}

QString NotificationBar::text() const
{
    return m_ui->textLabel->text();
}

void NotificationBar::applyColours()
{
    // Tints of the palette's window colour, so the bar suits light and dark themes.
    QColor tint;
    switch (m_kind) {
    case Kind::Information:
        tint = QColor(0x35, 0x84, 0xe4);
        break;
    case Kind::Success:
        tint = QColor(0x2e, 0xc2, 0x7e);
        break;
    case Kind::Warning:
        tint = QColor(0xf6, 0xd3, 0x2d);
        break;
    case Kind::Error:
        tint = QColor(0xe0, 0x1b, 0x24);
        break;
    }
    // Only the background is ours: every other role, the text's included, keeps following
    // the window's palette when the desktop switches between light and dark.
    const QColor base = (parentWidget() ? parentWidget()->palette() : QApplication::palette())
                            .color(QPalette::Window);
    const QColor mixed((base.red() * 4 + tint.red()) / 5, (base.green() * 4 + tint.green()) / 5,
                       (base.blue() * 4 + tint.blue()) / 5);
    QPalette palette;
    palette.setColor(QPalette::Window, mixed);
    m_colouring = true;
    setPalette(palette);
    m_colouring = false;
}

void NotificationBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange && !m_colouring)
        applyColours();
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
    }
    QFrame::changeEvent(event);
}

} // namespace hongyan
