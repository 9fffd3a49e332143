#pragma once

#include "phase.h"

#include <QElapsedTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class SendProgressWidget;
}

namespace hongyan {

// Where a send stands, in words and bytes: the stage ("Connecting to smtp.163.com…",
// "Securing the connection (TLS)…", "Authenticating…", "Sending 43 %…"), a progress bar
// over the message's bytes, and Cancel.
class SendProgressWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SendProgressWidget(QWidget* parent = nullptr);
    ~SendProgressWidget() override;

    // Before the session: waiting for the keychain or the user's password.
    void showPreparing();
    // Writing the message to the outbox before anything is sent.
    void showSavingToOutbox(qint64 written, qint64 total);
    void showPhase(smtp::Phase phase, const QString& host);
    void showBodyProgress(qint64 sent, qint64 total);
    // Several messages over one connection: which one is being sent, the bar over all of
    // them. Their own phases and bytes are not shown: they pass too fast to read, and
    // redrawing the bar for each cost a flush of 200 messages a seventh of its time.
    void showMessageOfBatch(qsizetype number, qsizetype count);
    // Direct delivery: one session per recipient domain, to its MX hosts.
    void showDirectDelivery();
    // Cancel was pressed and the session is stopping.
    void showCancelling();
    void setCancelEnabled(bool enabled);
    QString stageText() const;

signals:
    void cancelRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    // The stage's words are made again when the language changes.
    void setStage(std::function<QString()> text);
    void setFraction(qint64 done, qint64 total);

    std::unique_ptr<Ui::SendProgressWidget> m_ui;
    std::function<QString()> m_stage;
    // When the bytes were last shown: a 100 MB message reports every 128 KiB, and drawing
    // each report cost more than a frame's worth of time in total.
    QElapsedTimer m_bodyShown;
};

} // namespace hongyan
