#pragma once

#include <QFrame>
#include <QTimer>

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

    // actionText empty: no action button.
    void showMessage(Kind kind, const QString& text, const QString& actionText = {});
    void dismiss();
    QString text() const;
    Kind kind() const { return m_kind; }

signals:
    void actionTriggered();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColours();

    std::unique_ptr<Ui::NotificationBar> m_ui;
    Kind m_kind = Kind::Information;
    QTimer m_autoHide;
};

} // namespace hongyan
