#pragma once

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ConsoleDataDialog;
}

namespace hongyan {

// The SMTP console's editor for the text sent after DATA: plain text, as it goes on the wire
// (headers, an empty line, the body); the engine adds CRLF line ends, dot-stuffing and the
// final dot. Send accepts the dialog; the text is taken with text().
class ConsoleDataDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConsoleDataDialog(QWidget* parent = nullptr);
    ~ConsoleDataDialog() override;

    void setText(const QString& text);
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void fitToText();

    std::unique_ptr<Ui::ConsoleDataDialog> m_ui;
    QPushButton* m_sendButton = nullptr;
};

} // namespace hongyan
