#pragma once

#include "diagnosis.h"
#include "explanation.h"

#include <QDialog>
#include <QList>

#include <memory>

class QTreeWidgetItem;

namespace Ui {
class DiagnosisWindow;
}

namespace hongyan {

class TranscriptPane;

// The step-by-step check of an account: the steps (DNS → TCP → TLS → EHLO → STARTTLS →
// AUTH → MAIL FROM) marked as they pass or fail, with timings and facts, the explanation of
// the result and the live transcript beside it. It shows what the controller gives it and
// asks for runs, cancels and the certificate through signals.
class DiagnosisWindow : public QDialog
{
    Q_OBJECT

public:
    explicit DiagnosisWindow(QWidget* parent = nullptr);
    ~DiagnosisWindow() override;

    // What is being checked, in words ("smtp.163.com port 465, SSL/TLS, as zhang@163.com").
    void setTarget(const QString& text);
    // Starts a new run: every step waiting, explanation cleared.
    void setPlannedSteps(const QList<smtp::Phase>& steps);
    void markStarted(smtp::Phase step);
    void markFinished(const smtp::Diagnosis::StepReport& report);
    void setRunning(bool running);
    void showExplanation(const Explanation& explanation, bool success);
    void setCertificateAvailable(bool available);
    TranscriptPane* transcript() const;

    // The translated word for a step's result, as shown in the Result column.
    static QString resultText(smtp::Diagnosis::StepResult result);

signals:
    void runRequested();
    void cancelRequested();
    void certificateRequested();
    // The language changed: the controller explains the result again in the new one.
    void retranslated();

protected:
    void changeEvent(QEvent* event) override;

private:
    QTreeWidgetItem* itemFor(smtp::Phase step) const;
    QIcon blankIcon() const;
    void renderExplanation();
    void retranslateSteps();
    void fitStepTree();

    std::unique_ptr<Ui::DiagnosisWindow> m_ui;
    QList<smtp::Phase> m_steps;
    QList<smtp::Diagnosis::StepReport> m_reports;
    std::optional<smtp::Phase> m_running;
    std::optional<Explanation> m_explanation;
    bool m_success = false;
};

} // namespace hongyan
