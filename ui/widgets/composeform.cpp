#include "composeform.h"

#include "attachmentlist.h"
#include "messageerrortext.h"
#include "recipientedit.h"
#include "richtexteditor.h"
#include "singlelinevalidator.h"
#include "themedicon.h"
#include "ui_composeform.h"

#include <QShortcut>
#include <QTextEdit>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

ComposeForm::ComposeForm(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ComposeForm>())
{
    m_ui->setupUi(this);
    applyIcons();
    // Header names as they appear in messages; MessageErrorText names them in the user's
    // language.
    m_ui->toEdit->setFieldName(u"To"_s);
    m_ui->ccEdit->setFieldName(u"Cc"_s);
    m_ui->bccEdit->setFieldName(u"Bcc"_s);
    m_ui->problemLabel->hide();
    m_ui->setupAccountButton->hide();
    m_ui->subjectEdit->setValidator(new SingleLineValidator(m_ui->subjectEdit));

    for (RecipientEdit* edit : recipientEdits()) {
        connect(edit, &QLineEdit::textEdited, this, &ComposeForm::contentChanged);
        connect(edit, &RecipientEdit::markedChanged, this, &ComposeForm::updateProblem);
    }
    connect(m_ui->subjectEdit, &QLineEdit::textEdited, this, &ComposeForm::contentChanged);
    connect(m_ui->editor, &RichTextEditor::contentChanged, this, &ComposeForm::contentChanged);
    connect(m_ui->editor, &RichTextEditor::filesDropped, m_ui->attachments,
            &AttachmentList::addPaths);
    connect(m_ui->attachments, &AttachmentList::changed, this, &ComposeForm::contentChanged);
    connect(m_ui->accountCombo, &QComboBox::activated, this, [this] {
        emit accountChanged(accountId());
        emit contentChanged();
    });
    connect(m_ui->sendButton, &QPushButton::clicked, this, &ComposeForm::sendRequested);
    connect(m_ui->setupAccountButton, &QPushButton::clicked, this,
            &ComposeForm::setupAccountRequested);

    for (const QKeySequence& key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        new QShortcut(key, this, this, [this] {
            if (m_ui->sendButton->isEnabled())
                emit sendRequested();
        });
    }
}

ComposeForm::~ComposeForm() = default;

QList<RecipientEdit*> ComposeForm::recipientEdits() const
{
    return {m_ui->toEdit, m_ui->ccEdit, m_ui->bccEdit};
}

void ComposeForm::setAccounts(const QList<AccountChoice>& accounts, const QString& currentId)
{
    QComboBox* combo = m_ui->accountCombo;
    combo->clear();
    for (const AccountChoice& account : accounts)
        combo->addItem(account.label, account.id);
    const bool none = accounts.isEmpty();
    if (none)
        combo->addItem(tr("No account set up yet"));
    combo->setEnabled(!none && !m_readOnly);
    m_ui->setupAccountButton->setVisible(none);
    setAccountId(currentId);
}

QString ComposeForm::accountId() const
{
    return m_ui->accountCombo->currentData().toString();
}

void ComposeForm::setAccountId(const QString& id)
{
    const int index = m_ui->accountCombo->findData(id);
    if (index >= 0)
        m_ui->accountCombo->setCurrentIndex(index);
}

QString ComposeForm::to() const
{
    return m_ui->toEdit->text();
}

QString ComposeForm::cc() const
{
    return m_ui->ccEdit->text();
}

QString ComposeForm::bcc() const
{
    return m_ui->bccEdit->text();
}

QString ComposeForm::subject() const
{
    return m_ui->subjectEdit->text();
}

void ComposeForm::setRecipients(const QString& to, const QString& cc, const QString& bcc)
{
    m_ui->toEdit->setText(to);
    m_ui->ccEdit->setText(cc);
    m_ui->bccEdit->setText(bcc);
    for (RecipientEdit* edit : recipientEdits())
        edit->markNow();
}

void ComposeForm::setSubject(const QString& subject)
{
    m_ui->subjectEdit->setText(SingleLineValidator::flattened(subject));
}

RecipientEdit* ComposeForm::toEdit() const
{
    return m_ui->toEdit;
}

RecipientEdit* ComposeForm::ccEdit() const
{
    return m_ui->ccEdit;
}

RecipientEdit* ComposeForm::bccEdit() const
{
    return m_ui->bccEdit;
}

QLineEdit* ComposeForm::subjectEdit() const
{
    return m_ui->subjectEdit;
}

RichTextEditor* ComposeForm::editor() const
{
    return m_ui->editor;
}

AttachmentList* ComposeForm::attachments() const
{
    return m_ui->attachments;
}

QPushButton* ComposeForm::sendButton() const
{
    return m_ui->sendButton;
}

void ComposeForm::setCompletionAddresses(const QStringList& addresses)
{
    for (RecipientEdit* edit : recipientEdits())
        edit->setCompletionAddresses(addresses);
}

void ComposeForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    const bool fields = !readOnly && m_fieldsEditable;
    for (RecipientEdit* edit : recipientEdits())
        edit->setReadOnly(!fields);
    m_ui->subjectEdit->setReadOnly(!fields);
    m_ui->editor->setReadOnly(!fields);
    m_ui->attachments->setReadOnly(!fields);
    m_ui->accountCombo->setEnabled(!readOnly && m_ui->accountCombo->itemData(0).isValid());
    m_ui->sendButton->setEnabled(!readOnly);
}

void ComposeForm::setFieldsEditable(bool editable)
{
    m_fieldsEditable = editable;
    m_ui->attachments->setVisible(editable);
    setReadOnly(m_readOnly);
}

bool ComposeForm::checkRecipients()
{
    for (RecipientEdit* edit : recipientEdits())
        edit->markNow();
    updateProblem();
    for (RecipientEdit* edit : recipientEdits()) {
        if (!edit->isValid()) {
            edit->setFocus();
            return false;
        }
    }
    if (to().trimmed().isEmpty() && cc().trimmed().isEmpty() && bcc().trimmed().isEmpty()) {
        showProblem(tr("Add at least one recipient in To, Cc or Bcc."));
        m_ui->toEdit->setFocus();
        return false;
    }
    return true;
}

void ComposeForm::updateProblem()
{
    for (RecipientEdit* edit : recipientEdits()) {
        if (edit->isMarkedInvalid()) {
            showProblem(MessageErrorText::describe(edit->error()));
            return;
        }
    }
    showProblem(QString());
}

void ComposeForm::showProblem(const QString& text)
{
    m_ui->problemLabel->setText(text);
    m_ui->problemLabel->setVisible(!text.isEmpty());
}

void ComposeForm::focusFirstEmptyField()
{
    if (to().trimmed().isEmpty())
        m_ui->toEdit->setFocus();
    else if (subject().trimmed().isEmpty())
        m_ui->subjectEdit->setFocus();
    else
        m_ui->editor->edit()->setFocus();
}

void ComposeForm::applyIcons()
{
    m_ui->sendButton->setIcon(themedIcon(u"mail-send"_s, palette()));
    m_ui->setupAccountButton->setIcon(themedIcon(u"system-users"_s, palette()));
}

void ComposeForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyIcons();
    if (event->type() == QEvent::LanguageChange) {
        const int index = m_ui->accountCombo->currentIndex();
        m_ui->retranslateUi(this);
        if (!m_ui->accountCombo->itemData(0).isValid())
            m_ui->accountCombo->setItemText(0, tr("No account set up yet"));
        m_ui->accountCombo->setCurrentIndex(index);
    }
    QWidget::changeEvent(event);
}

} // namespace hongyan
