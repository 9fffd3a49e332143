#pragma once

#include "explanation.h"
#include "outcome.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class FailureDialog;
}

namespace hongyan {

// Why a send failed (or reached only some recipients), in the user's language: what
// happened and at which stage, the reply code and enhanced code, the server's own words
// verbatim, what to try next, every recipient with its status, where the message is now,
// and a button that opens the transcript.
class FailureDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FailureDialog(QWidget* parent = nullptr);
    ~FailureDialog() override;

    // `stageText` and `explanation` come from OutcomeExplainer; `whereNow` says what became
    // of the message ("It is kept in the outbox.").
    void setOutcome(const smtp::Outcome& outcome, const Explanation& explanation,
                    const QString& stageText, const QString& host, const QString& whereNow);
    // Hidden where the dialog is opened from the outbox itself.
    void setOutboxButtonVisible(bool visible);

signals:
    void transcriptRequested();
    void outboxRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fitToText();

    std::unique_ptr<Ui::FailureDialog> m_ui;
    QPushButton* m_transcriptButton = nullptr;
    QPushButton* m_outboxButton = nullptr;
};

} // namespace hongyan
