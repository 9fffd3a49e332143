#pragma once

#include <QWidget>

#include <memory>

class QAbstractItemModel;

namespace Ui {
class OutboxWindow;
}

namespace hongyan {

class SendProgressWidget;
class TranscriptPane;

// The outbox: every message not yet accepted by a server, with its status and last error,
// and Retry, Edit, Delete and Send All. It shows a model it is given (one row per message, the
// message's id in IdRole of column 0) and the details the controller writes for the
// selected message; retries show their progress and transcript here.
class OutboxWindow : public QWidget
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit OutboxWindow(QWidget* parent = nullptr);
    ~OutboxWindow() override;

    void setModel(QAbstractItemModel* model);
    QString currentId() const;
    void selectId(const QString& id);
    // Rich text about the selected message: its explanation, the server's words.
    void setDetails(const QString& html);
    // While a retry runs, Retry, Edit, Delete and Send All wait for it.
    void setBusy(bool busy);
    SendProgressWidget* sendProgress() const;
    TranscriptPane* transcriptPane() const;

signals:
    void currentChanged(const QString& id);
    // The person chose another message; a reload of the list, which also moves the current
    // row, does not count.
    void messageChosen(const QString& id);
    void retryRequested(const QString& id);
    // Every waiting message, not only the selected one.
    void sendAllRequested();
    void editRequested(const QString& id);
    void deleteRequested(const QString& id);
    void closed();
    // The language changed: the model's texts and the details need writing again.
    void retranslated();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void updateButtons();
    void confirmDelete();

    std::unique_ptr<Ui::OutboxWindow> m_ui;
    bool m_busy = false;
    bool m_reloading = false;
};

} // namespace hongyan
