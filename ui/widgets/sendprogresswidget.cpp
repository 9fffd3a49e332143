#include "sendprogresswidget.h"

#include "ui_sendprogresswidget.h"

#include <QLocale>

namespace hongyan {

SendProgressWidget::SendProgressWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SendProgressWidget>())
{
    m_ui->setupUi(this);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &SendProgressWidget::cancelRequested);
}

SendProgressWidget::~SendProgressWidget() = default;

void SendProgressWidget::setStage(std::function<QString()> text)
{
    m_stage = std::move(text);
    m_ui->stageLabel->setText(m_stage());
}

void SendProgressWidget::setFraction(qint64 done, qint64 total)
{
    // Permille keeps the bar's int range safe for messages beyond 2 GB.
    m_ui->progressBar->setRange(0, 1000);
    m_ui->progressBar->setValue(total > 0 ? int(done * 1000 / total) : 0);
}

void SendProgressWidget::showPreparing()
{
    m_bodyShown.invalidate();
    m_ui->cancelButton->setEnabled(true);
    setStage([] { return tr("Preparing…"); });
    m_ui->progressBar->setRange(0, 0);
}

void SendProgressWidget::showSavingToOutbox(qint64 written, qint64 total)
{
    const int percent = total > 0 ? int(written * 100 / total) : 0;
    setStage([percent] { return tr("Saving to the outbox %1 %…").arg(percent); });
    setFraction(written, total);
}

void SendProgressWidget::showPhase(smtp::Phase phase, const QString& host)
{
    using smtp::Phase;
    switch (phase) {
    case Phase::Setup:
    case Phase::Console:
        return;
    case Phase::Resolve:
    case Phase::Connect:
        setStage([host] { return tr("Connecting to %1…").arg(host); });
        break;
    case Phase::TlsHandshake:
    case Phase::StartTls:
        setStage([] { return tr("Securing the connection (TLS)…"); });
        break;
    case Phase::Greeting:
    case Phase::Ehlo:
        setStage([] { return tr("Greeting the server…"); });
        break;
    case Phase::Auth:
        setStage([] { return tr("Authenticating…"); });
        break;
    case Phase::MailFrom:
    case Phase::RcptTo:
    case Phase::Data:
        setStage([] { return tr("Sending the sender and recipients…"); });
        break;
    case Phase::Body:
        setStage([] { return tr("Sending 0 %…"); });
        return;
    case Phase::DataEnd:
        setStage([] { return tr("Waiting for the server to accept the message…"); });
        m_ui->progressBar->setRange(0, 1000);
        m_ui->progressBar->setValue(1000);
        return;
    case Phase::Quit:
        setStage([] { return tr("Closing the connection…"); });
        return;
    }
    m_ui->progressBar->setRange(0, 0);
}

void SendProgressWidget::showBodyProgress(qint64 sent, qint64 total)
{
    // Twenty-five times a second is smooth for a bar; the last report is always shown.
    if (m_bodyShown.isValid() && m_bodyShown.elapsed() < 40 && sent < total)
        return;
    m_bodyShown.start();
    const int percent = total > 0 ? int(sent * 100 / total) : 0;
    setStage([percent, sent, total] {
        const QLocale locale;
        return tr("Sending %1 % (%2 of %3)…")
            .arg(percent)
            .arg(locale.formattedDataSize(sent), locale.formattedDataSize(total));
    });
    setFraction(sent, total);
}

void SendProgressWidget::showMessageOfBatch(qsizetype number, qsizetype count)
{
    setStage([number, count] { return tr("Sending message %1 of %2…").arg(number).arg(count); });
    setFraction(number - 1, count);
}

void SendProgressWidget::showDirectDelivery()
{
    setStage([] { return tr("Delivering to the recipients' mail servers…"); });
    m_ui->progressBar->setRange(0, 0);
}

void SendProgressWidget::showCancelling()
{
    m_ui->cancelButton->setEnabled(false);
    setStage([] { return tr("Cancelling…"); });
}

void SendProgressWidget::setCancelEnabled(bool enabled)
{
    m_ui->cancelButton->setEnabled(enabled);
}

QString SendProgressWidget::stageText() const
{
    return m_ui->stageLabel->text();
}

void SendProgressWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (m_stage)
            m_ui->stageLabel->setText(m_stage());
    }
    QWidget::changeEvent(event);
}

} // namespace hongyan
