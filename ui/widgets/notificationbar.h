#pragma once

#include <QFrame>
#include <QTimer>

#include <functional>
#include <memory>

namespace Ui {
class NotificationBar;
}

namespace hongyan {

// A message inside the window that does not interrupt: "Message sent (queue id 4F2A1C)",
// "2 messages are waiting in the outbox", with one optional action button. Success
// notices dismiss themselves after a while; warnings and errors stay until dismissed.
class NotificationBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Success, Warning, Error };

    explicit NotificationBar(QWidget* parent = nullptr);
    ~NotificationBar() override;

    // Makes a text in the current language; called again when the language changes.
    using Text = std::function<QString()>;

    // actionText empty: no action button.
    void showMessage(Kind kind, const QString& text, const QString& actionText = {});
    // The same for text that follows the language: the bar asks for it again on every
    // language change. No actionText: no action button.
    void showMessage(Kind kind, Text text, Text actionText = {});
    void dismiss();
    QString text() const;
    Kind kind() const { return m_kind; }

signals:
    void actionTriggered();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColours();
    void updateTexts();

    std::unique_ptr<Ui::NotificationBar> m_ui;
    Kind m_kind = Kind::Information;
    bool m_colouring = false; // applyColours() is setting the palette
    Text m_text;
    Text m_actionText;
    QTimer m_autoHide;
};

} // namespace hongyan
