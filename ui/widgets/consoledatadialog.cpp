#include "consoledatadialog.h"

#include "ui_consoledatadialog.h"

#include <QEvent>
#include <QFontDatabase>
#include <QPushButton>

namespace hongyan {

ConsoleDataDialog::ConsoleDataDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConsoleDataDialog>())
{
    m_ui->setupUi(this);
    // What is typed is what goes on the wire: a fixed-width font shows it as it is.
    m_ui->textEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sendButton = m_ui->buttonBox->addButton(tr("Send &Message"), QDialogButtonBox::AcceptRole);
    m_sendButton->setDefault(true);
    connect(m_sendButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->textEdit, &QPlainTextEdit::textChanged, this,
            [this] { m_sendButton->setEnabled(!m_ui->textEdit->toPlainText().isEmpty()); });
    fitToText();
}

ConsoleDataDialog::~ConsoleDataDialog() = default;

void ConsoleDataDialog::setText(const QString& text)
{
    m_ui->textEdit->setPlainText(text);
    // The cursor where the body begins, after the header and the empty line.
    QTextCursor cursor = m_ui->textEdit->textCursor();
    cursor.movePosition(QTextCursor::End);
    m_ui->textEdit->setTextCursor(cursor);
    m_ui->textEdit->setFocus();
}

QString ConsoleDataDialog::text() const
{
    return m_ui->textEdit->toPlainText();
}

// Room for a header line of 78 characters (RFC 5322) and a screenful of body.
void ConsoleDataDialog::fitToText()
{
    const QFontMetrics metrics(m_ui->textEdit->font());
    const int width = metrics.horizontalAdvance(QLatin1Char('M')) * 80;
    m_ui->textEdit->setMinimumWidth(width);
    m_ui->textEdit->setMinimumHeight(metrics.lineSpacing() * 14);
    adjustSize();
}

void ConsoleDataDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_sendButton->setText(tr("Send &Message"));
    }
    QDialog::changeEvent(event);
}

} // namespace hongyan
