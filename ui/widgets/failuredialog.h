#pragma once

#include "directdelivery.h"
#include "explanation.h"
#include "outcome.h"

#include <QDialog>

#include <memory>
#include <optional>

class QPushButton;
class QTableWidget;

namespace Ui {
class FailureDialog;
}

namespace hongyan {

// Why a send failed (or reached only some recipients), in the user's language: what
// happened and at which stage, the reply code and enhanced code, the server's own words
// verbatim, what to try next, every recipient domain (direct delivery) and every recipient
// with its status, where the message is now, a button that opens the transcript and, when
// the server's certificate was refused, one that shows the certificate. On a
// language change it explains the outcome again in the new language.
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
    // Direct delivery: one row per recipient domain (its mail server, result, reply and
    // what happened). An empty list hides the table.
    void setDomainResults(const QList<smtp::DirectDelivery::DomainResult>& domains);
    // Hidden where the dialog is opened from the outbox itself.
    void setOutboxButtonVisible(bool visible);
    // Shown when the server's certificate was refused and can be looked at and pinned.
    void setCertificateButtonVisible(bool visible);
    // What became of the message, again (in another language after retranslated()).
    void setWhereNow(const QString& whereNow);

signals:
    void transcriptRequested();
    void outboxRequested();
    void certificateRequested();
    // The language changed and the dialog explained the outcome again in it; what became
    // of the message is the caller's sentence: setWhereNow() says it in the new language.
    void retranslated();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fitToText();
    static void fitTable(QTableWidget* table);
    void showDomains();

    std::unique_ptr<Ui::FailureDialog> m_ui;
    QPushButton* m_transcriptButton = nullptr;
    QPushButton* m_outboxButton = nullptr;
    QPushButton* m_certificateButton = nullptr;
    QList<smtp::DirectDelivery::DomainResult> m_domains;
    std::optional<smtp::Outcome> m_outcome;
    QString m_host;
    QString m_whereNow;
};

} // namespace hongyan
