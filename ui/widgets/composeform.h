#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include <memory>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace Ui {
class ComposeForm;
}

namespace hongyan {

class AttachmentList;
class RecipientEdit;
class RichTextEditor;

// The message being written: From (an account), To, Cc, Bcc, Subject, the body and the
// attachments, and the Send button (also Ctrl+Return). Values in, values and signals
// out; what sending means is the controller's business. Files dropped on the body are
// attached.
class ComposeForm : public QWidget
{
    Q_OBJECT

public:
    struct AccountChoice
    {
        QString id;
        QString label; // "Work — 张三 <zhang@example.com>"
    };

    explicit ComposeForm(QWidget* parent = nullptr);
    ~ComposeForm() override;

    void setAccounts(const QList<AccountChoice>& accounts, const QString& currentId);
    QString accountId() const;
    void setAccountId(const QString& id);

    QString to() const;
    QString cc() const;
    QString bcc() const;
    QString subject() const;
    // Programmatic changes do not count as the user's edits (no contentChanged()).
    void setRecipients(const QString& to, const QString& cc, const QString& bcc);
    void setSubject(const QString& subject);

    RecipientEdit* toEdit() const;
    RecipientEdit* ccEdit() const;
    RecipientEdit* bccEdit() const;
    QLineEdit* subjectEdit() const;
    RichTextEditor* editor() const;
    AttachmentList* attachments() const;
    QPushButton* sendButton() const;

    void setCompletionAddresses(const QStringList& addresses);
    // While a message is being sent nothing in the form can change.
    void setReadOnly(bool readOnly);
    // An opened .eml goes as it is: its fields and body are shown but cannot be edited.
    void setFieldsEditable(bool editable);
    // Marks every bad recipient field at once and shows the first problem. True when every
    // field parses and there is at least one recipient.
    bool checkRecipients();
    // A problem to show above the body (an empty text hides it).
    void showProblem(const QString& text);
    void focusFirstEmptyField();

signals:
    void accountChanged(const QString& accountId);
    void sendRequested();
    // The user changed something that belongs in the draft.
    void contentChanged();
    void setupAccountRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    // Icons in the palette's colours (themedicon.h): at start and when the palette changes.
    void applyIcons();
    void updateProblem();
    QList<RecipientEdit*> recipientEdits() const;

    std::unique_ptr<Ui::ComposeForm> m_ui;
    bool m_readOnly = false;
    bool m_fieldsEditable = true;
};

} // namespace hongyan
