#include "richtexteditor.h"

#include "documentsfolder.h"
#include "textformatting.h"
#include "themedicon.h"
#include "ui_richtexteditor.h"

#include <QBuffer>
#include <QColorDialog>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QImage>
#include <QInputDialog>
#include <QMessageBox>
#include <QMimeData>
#include <QMimeDatabase>
#include <QSet>
#include <QShortcut>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QTextList>
#include <QUrl>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

namespace {

const QString SignatureDelimiter = u"-- "_s;
constexpr qreal QuoteIndent = 24;
// Image data offered as is, in order of preference: no re-encoding, no quality lost.
const QString DirectImageTypes[] = {u"image/png"_s, u"image/jpeg"_s, u"image/gif"_s};

QStringList localFiles(const QMimeData* source)
{
    QStringList paths;
    if (!source->hasUrls())
        return paths;
    const QList<QUrl> urls = source->urls();
    for (const QUrl& url : urls) {
        if (!url.isLocalFile())
            return {};
        paths.append(url.toLocalFile());
    }
    return paths;
}

// The quote level of a block: the property Qt sets for <blockquote> and Markdown '>', or
// the block's user state, which is how a quote made here survives a draft's HTML (Qt
// writes the state as -qt-user-state and reads it back; the property is not written).
int quoteLevel(const QTextBlock& block)
{
    return std::max(block.blockFormat().intProperty(QTextFormat::BlockQuoteLevel),
                    block.userState());
}

QString listPrefix(const QTextBlock& block)
{
    QTextList* list = block.textList();
    if (!list)
        return {};
    const QTextListFormat format = list->format();
    const QString indent(std::max(0, format.indent() - 1) * 2, u' ');
    switch (format.style()) {
    case QTextListFormat::ListDecimal:
    case QTextListFormat::ListLowerAlpha:
    case QTextListFormat::ListUpperAlpha:
    case QTextListFormat::ListLowerRoman:
    case QTextListFormat::ListUpperRoman:
        return indent + list->itemText(block) + u' ';
    default:
        return indent + u"- "_s;
    }
}

// One block's text with links written out: "text <url>" unless the text is the URL.
QString blockText(const QTextBlock& block)
{
    QString text;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const QTextCharFormat format = fragment.charFormat();
        if (format.isImageFormat())
            continue;
        QString piece = fragment.text();
        piece.remove(QChar::ObjectReplacementCharacter);
        text += piece;
        const QString href = format.anchorHref();
        if (format.isAnchor() && !href.isEmpty() && href != piece.trimmed() &&
            u"mailto:"_s + piece.trimmed() != href) {
            text += u" <"_s + href + u'>';
        }
    }
    // Qt keeps line breaks inside a block (<br>) as U+2028.
    text.replace(QChar::LineSeparator, u'\n');
    return text;
}

} // namespace

// The text area: QTextEdit, with paste and drop decided by the editor (images inline,
// files as attachments).
class RichTextEditor::TextArea : public QTextEdit
{
public:
    explicit TextArea(RichTextEditor* editor)
        : QTextEdit(editor)
        , m_editor(editor)
    {
        setObjectName(u"edit"_s);
        setTabChangesFocus(true);
    }

protected:
    bool canInsertFromMimeData(const QMimeData* source) const override
    {
        return m_editor->canInsert(source) || QTextEdit::canInsertFromMimeData(source);
    }
    void insertFromMimeData(const QMimeData* source) override
    {
        if (!m_editor->insert(source))
            QTextEdit::insertFromMimeData(source);
    }

private:
    RichTextEditor* m_editor;
};

RichTextEditor::RichTextEditor(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RichTextEditor>())
{
    m_ui->setupUi(this);
    applyIcons();
    m_edit = new TextArea(this);
    m_ui->mainLayout->addWidget(m_edit);
    QFont bold = m_ui->boldButton->font();
    bold.setBold(true);
    m_ui->boldButton->setFont(bold);
    QFont italic = m_ui->italicButton->font();
    italic.setItalic(true);
    m_ui->italicButton->setFont(italic);
    QFont underline = m_ui->underlineButton->font();
    underline.setUnderline(true);
    m_ui->underlineButton->setFont(underline);
    const QList<int> sizes = QFontDatabase::standardSizes();
    for (int size : sizes)
        m_ui->sizeCombo->addItem(QString::number(size));
    m_ui->sizeCombo->setCurrentText(QString::number(m_edit->font().pointSize()));

    QTextEdit* edit = m_edit;
    // The body keeps room for a few lines whatever else the window shows.
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 6 + 2 * edit->frameWidth() +
                           int(2 * edit->document()->documentMargin()));
    connectFormattingControls();

    // Shortcuts as QShortcut objects: a button's own shortcut is reset whenever its text
    // is set, which retranslateUi() does. They act while the body has the focus.
    const std::pair<QKeySequence, QToolButton*> shortcuts[] = {
        {QKeySequence::Bold, m_ui->boldButton},
        {QKeySequence::Italic, m_ui->italicButton},
        {QKeySequence::Underline, m_ui->underlineButton},
        {QKeySequence(Qt::CTRL | Qt::Key_K), m_ui->linkButton},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period), m_ui->quoteButton},
    };
    for (const auto& [key, button] : shortcuts) {
        QToolButton* target = button;
        new QShortcut(
            key, this, this,
            [target] {
                if (target->isEnabled())
                    target->click();
            },
            Qt::WidgetWithChildrenShortcut);
    }

    connect(edit, &QTextEdit::currentCharFormatChanged, this, &RichTextEditor::updateFormatButtons);
    connect(edit, &QTextEdit::cursorPositionChanged, this, &RichTextEditor::updateFormatButtons);
    connect(edit, &QTextEdit::textChanged, this, [this] {
        if (!m_programmatic)
            emit contentChanged();
    });
    updateFormatButtons();
}

RichTextEditor::~RichTextEditor() = default;

void RichTextEditor::connectParagraphControls()
{
    const std::pair<QToolButton*, Qt::Alignment> alignments[] = {
        {m_ui->alignLeftButton, Qt::AlignLeft | Qt::AlignAbsolute},
        {m_ui->alignCenterButton, Qt::AlignHCenter},
        {m_ui->alignRightButton, Qt::AlignRight | Qt::AlignAbsolute},
    };
    for (const auto& [button, alignment] : alignments) {
        connect(button, &QToolButton::clicked, this, [this, alignment] {
            if (!m_programmatic)
                m_edit->setAlignment(alignment);
            updateFormatButtons();
        });
    }
    connect(m_ui->indentMoreButton, &QToolButton::clicked, this,
            [this] { textformatting::changeIndent(*m_edit, 1); });
    connect(m_ui->indentLessButton, &QToolButton::clicked, this,
            [this] { textformatting::changeIndent(*m_edit, -1); });
    connect(m_ui->imageButton, &QToolButton::clicked, this, &RichTextEditor::chooseImage);
    connect(m_ui->ruleButton, &QToolButton::clicked, this,
            [this] { textformatting::insertRule(*m_edit); });
    connect(m_ui->clearFormatButton, &QToolButton::clicked, this, [this] {
        textformatting::removeTextStyles(*m_edit);
        updateFormatButtons();
    });
    connect(m_ui->bulletListButton, &QToolButton::clicked, this,
            [this](bool on) { toggleList(QTextListFormat::ListDisc, on); });
    connect(m_ui->numberedListButton, &QToolButton::clicked, this,
            [this](bool on) { toggleList(QTextListFormat::ListDecimal, on); });
    connect(m_ui->quoteButton, &QToolButton::clicked, this, &RichTextEditor::toggleQuote);
    connect(m_ui->linkButton, &QToolButton::clicked, this, &RichTextEditor::editLink);
    connect(m_ui->plainTextButton, &QToolButton::clicked, this, &RichTextEditor::askPlainText);
}

void RichTextEditor::connectFormattingControls()
{
    connect(m_ui->boldButton, &QToolButton::toggled, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontWeight(on ? QFont::Bold : QFont::Normal);
        mergeFormat(format);
    });
    connect(m_ui->italicButton, &QToolButton::toggled, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontItalic(on);
        mergeFormat(format);
    });
    connect(m_ui->underlineButton, &QToolButton::toggled, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontUnderline(on);
        mergeFormat(format);
    });
    connect(m_ui->sizeCombo, &QComboBox::textActivated, this, [this](const QString& text) {
        bool ok = false;
        const qreal size = text.toDouble(&ok);
        if (ok && size > 0 && size < 400) {
            QTextCharFormat format;
            format.setFontPointSize(size);
            mergeFormat(format);
        }
    });
    connect(m_ui->colourButton, &QToolButton::clicked, this, &RichTextEditor::chooseColour);
    connect(m_ui->fontCombo, &QFontComboBox::currentFontChanged, this, [this](const QFont& font) {
        QTextCharFormat format;
        format.setFontFamilies({font.family()});
        mergeFormat(format);
    });
    connectParagraphControls();
}

QTextEdit* RichTextEditor::edit() const
{
    return m_edit;
}

bool RichTextEditor::canInsert(const QMimeData* source) const
{
    return !localFiles(source).isEmpty() || (!m_plainTextMode && source->hasImage());
}

bool RichTextEditor::insert(const QMimeData* source)
{
    const QStringList files = localFiles(source);
    if (!files.isEmpty()) {
        emit filesDropped(files);
        return true;
    }
    if (!m_plainTextMode && source->hasImage()) {
        for (const QString& type : DirectImageTypes) {
            if (source->hasFormat(type)) {
                insertImage(source->data(type), type);
                return true;
            }
        }
        const QImage image = qvariant_cast<QImage>(source->imageData());
        if (!image.isNull()) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            insertImage(png, u"image/png"_s);
            return true;
        }
    }
    if (m_plainTextMode) {
        m_edit->insertPlainText(source->text());
        return true;
    }
    return false;
}

void RichTextEditor::insertImage(const QByteArray& data, const QString& mimeType)
{
    QImage image;
    if (!image.loadFromData(data))
        return;
    InlineImage inlineImage{u"cid:"_s + QUuid::createUuid().toString(QUuid::WithoutBraces) +
                                u"@hongyan"_s,
                            mimeType, data};
    m_images.insert(inlineImage.name, inlineImage);
    m_edit->document()->addResource(QTextDocument::ImageResource, QUrl(inlineImage.name), image);
    QTextImageFormat format;
    format.setName(inlineImage.name);
    // Large screenshots are shown at the editor's width; the image itself is sent whole.
    const int available =
        m_edit->viewport()->width() - 2 * int(m_edit->document()->documentMargin()) - 4;
    if (available > 50 && image.width() > available) {
        format.setWidth(available);
        format.setHeight(qreal(image.height()) * available / image.width());
    }
    m_edit->textCursor().insertImage(format);
}

bool RichTextEditor::insertImageFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    const QString mimeType = QMimeDatabase().mimeTypeForFileNameAndData(path, data).name();
    if (!mimeType.startsWith(u"image/"_s) || QImage::fromData(data).isNull()) {
        *error = tr("%1 is not an image that can be shown in a message.").arg(path);
        return false;
    }
    insertImage(data, mimeType);
    return true;
}

void RichTextEditor::chooseImage()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Insert Image"), documentsFolder(),
        tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!insertImageFile(path, &error))
        QMessageBox::warning(this, tr("Insert Image"), error);
}

void RichTextEditor::addInlineImages(const QList<InlineImage>& images)
{
    QTextDocument* document = m_edit->document();
    for (const InlineImage& inlineImage : images) {
        QImage image;
        if (!image.loadFromData(inlineImage.data))
            continue;
        m_images.insert(inlineImage.name, inlineImage);
        document->addResource(QTextDocument::ImageResource, QUrl(inlineImage.name), image);
    }
    // Images laid out before their resource existed were drawn as placeholders.
    document->markContentsDirty(0, document->characterCount());
}

bool RichTextEditor::isPlainText() const
{
    return m_plainTextMode;
}

void RichTextEditor::mergeFormat(const QTextCharFormat& format)
{
    // Buttons follow the cursor; their toggles while following must not format anything.
    if (m_programmatic)
        return;
    QTextCursor cursor = m_edit->textCursor();
    cursor.mergeCharFormat(format);
    m_edit->mergeCurrentCharFormat(format);
}

void RichTextEditor::updateFormatButtons()
{
    const bool wasProgrammatic = m_programmatic;
    m_programmatic = true;
    const QTextCharFormat format = m_edit->currentCharFormat();
    m_ui->boldButton->setChecked(format.fontWeight() >= QFont::Bold);
    m_ui->italicButton->setChecked(format.fontItalic());
    m_ui->underlineButton->setChecked(format.fontUnderline());
    const qreal size =
        format.fontPointSize() > 0 ? format.fontPointSize() : m_edit->font().pointSizeF();
    m_ui->sizeCombo->setCurrentText(QString::number(size));
    const QStringList families = format.fontFamilies().toStringList();
    m_ui->fontCombo->setCurrentFont(
        QFont(families.isEmpty() ? m_edit->font().family() : families.constFirst()));
    const Qt::Alignment alignment = m_edit->alignment();
    m_ui->alignCenterButton->setChecked(alignment & Qt::AlignHCenter);
    m_ui->alignRightButton->setChecked(alignment & Qt::AlignRight);
    m_ui->alignLeftButton->setChecked(!(alignment & (Qt::AlignHCenter | Qt::AlignRight)));
    const QTextCursor cursor = m_edit->textCursor();
    QTextList* list = cursor.currentList();
    const auto style = list ? list->format().style() : QTextListFormat::ListStyleUndefined;
    m_ui->bulletListButton->setChecked(list && style >= QTextListFormat::ListSquare &&
                                       style <= QTextListFormat::ListDisc);
    m_ui->numberedListButton->setChecked(list && style <= QTextListFormat::ListDecimal);
    m_ui->quoteButton->setChecked(quoteLevel(cursor.block()) > 0);
    m_programmatic = wasProgrammatic;
}

void RichTextEditor::toggleList(QTextListFormat::Style style, bool on)
{
    QTextCursor cursor = m_edit->textCursor();
    cursor.beginEditBlock();
    if (on) {
        QTextListFormat format;
        format.setStyle(style);
        if (QTextList* list = cursor.currentList())
            format.setIndent(list->format().indent());
        cursor.createList(format);
    } else if (QTextList* list = cursor.currentList()) {
        // Taking the selected blocks out of the list, keeping their text.
        QTextBlock block = m_edit->document()->findBlock(cursor.selectionStart());
        const QTextBlock last = m_edit->document()->findBlock(cursor.selectionEnd());
        for (;;) {
            list->remove(block);
            QTextCursor blockCursor(block);
            QTextBlockFormat blockFormat = block.blockFormat();
            blockFormat.setIndent(0);
            blockCursor.setBlockFormat(blockFormat);
            if (block == last || !block.next().isValid())
                break;
            block = block.next();
        }
    }
    cursor.endEditBlock();
    updateFormatButtons();
}

void RichTextEditor::toggleQuote(bool on)
{
    QTextCursor cursor = m_edit->textCursor();
    cursor.beginEditBlock();
    QTextBlockFormat format;
    format.setProperty(QTextFormat::BlockQuoteLevel, on ? 1 : 0);
    format.setLeftMargin(on ? QuoteIndent : 0);
    cursor.mergeBlockFormat(format);
    QTextDocument* document = m_edit->document();
    const QTextBlock last = document->findBlock(cursor.selectionEnd());
    for (QTextBlock block = document->findBlock(cursor.selectionStart()); block.isValid();
         block = block.next()) {
        block.setUserState(on ? 1 : -1);
        if (block == last)
            break;
    }
    QTextCharFormat colour;
    if (on)
        colour.setForeground(QColor(0x5e, 0x5c, 0x64));
    else
        colour.clearForeground();
    cursor.mergeCharFormat(colour);
    cursor.endEditBlock();
    updateFormatButtons();
}

void RichTextEditor::editLink()
{
    QTextCursor cursor = m_edit->textCursor();
    const QTextCharFormat current = cursor.charFormat();
    QString suggestion = current.anchorHref();
    if (suggestion.isEmpty() && cursor.hasSelection()) {
        const QString selected = cursor.selectedText().trimmed();
        if (selected.contains(u"://"_s) || selected.startsWith(u"www."_s))
            suggestion = selected;
    }
    bool ok = false;
    QString url = QInputDialog::getText(this, tr("Link"),
                                        tr("Link address (leave empty to remove the link):"),
                                        QLineEdit::Normal, suggestion, &ok)
                      .trimmed();
    if (!ok)
        return;
    if (url.startsWith(u"www."_s))
        url.prepend(u"https://"_s);
    QTextCharFormat format;
    if (url.isEmpty()) {
        format.setAnchor(false);
        format.setAnchorHref(QString());
        format.setFontUnderline(false);
        format.clearForeground();
        if (!cursor.hasSelection())
            cursor.select(QTextCursor::WordUnderCursor);
        cursor.mergeCharFormat(format);
        return;
    }
    format.setAnchor(true);
    format.setAnchorHref(url);
    format.setFontUnderline(true);
    format.setForeground(palette().color(QPalette::Link));
    if (cursor.hasSelection()) {
        cursor.mergeCharFormat(format);
    } else {
        cursor.insertText(url, format);
        // Typing after the link must not extend it.
        m_edit->setCurrentCharFormat(QTextCharFormat());
    }
}

void RichTextEditor::chooseColour()
{
    const QColor current = m_edit->currentCharFormat().foreground().color();
    const QColor colour = QColorDialog::getColor(current, this, tr("Text Colour"));
    if (!colour.isValid())
        return;
    QTextCharFormat format;
    format.setForeground(colour);
    mergeFormat(format);
}

void RichTextEditor::askPlainText(bool plain)
{
    if (plain && !m_edit->toPlainText().trimmed().isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Plain Text"),
            tr("Switching to plain text removes all formatting and inline images from the "
               "message. Continue?"));
        if (answer != QMessageBox::Yes) {
            m_ui->plainTextButton->setChecked(false);
            return;
        }
    }
    applyPlainText(plain);
    emit contentChanged();
}

void RichTextEditor::setPlainText(bool plain)
{
    m_programmatic = true;
    applyPlainText(plain);
    m_programmatic = false;
}

void RichTextEditor::applyPlainText(bool plain)
{
    if (plain == isPlainText())
        return;
    const QString text = plainText();
    setMode(plain);
    if (plain)
        m_edit->setPlainText(text);
    else
        m_edit->setHtml(m_edit->toPlainText().toHtmlEscaped().replace(u'\n', u"<br>"_s));
}

QString RichTextEditor::html() const
{
    return isPlainText() ? QString() : m_edit->toHtml();
}

QString RichTextEditor::plainText() const
{
    if (isPlainText())
        return m_edit->toPlainText();
    QStringList lines;
    for (QTextBlock block = m_edit->document()->begin(); block.isValid(); block = block.next()) {
        const QString quote = QString(u"> "_s).repeated(quoteLevel(block));
        const QString prefix = quote + listPrefix(block);
        const QStringList parts = blockText(block).split(u'\n');
        for (const QString& part : parts)
            lines.append(prefix + part);
    }
    return lines.join(u'\n');
}

QList<RichTextEditor::InlineImage> RichTextEditor::inlineImages() const
{
    QList<InlineImage> result;
    if (isPlainText())
        return result;
    QSet<QString> seen;
    for (QTextBlock block = m_edit->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            const QString name = format.toImageFormat().name();
            const auto image = m_images.constFind(name);
            if (image != m_images.cend() && !seen.contains(name)) {
                seen.insert(name);
                result.append(*image);
            }
        }
    }
    return result;
}

void RichTextEditor::setContent(bool plainText, const QString& html, const QString& text,
                                const QList<RichTextEditor::InlineImage>& images)
{
    m_programmatic = true;
    setMode(plainText);
    if (plainText || html.isEmpty()) {
        if (plainText)
            m_edit->setPlainText(text);
        else
            m_edit->setHtml(text.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    } else {
        m_edit->setHtml(html);
        addInlineImages(images);
    }
    m_edit->document()->setModified(false);
    m_programmatic = false;
    updateFormatButtons();
}

void RichTextEditor::setSignature(const QString& html)
{
    m_programmatic = true;
    QTextDocument* document = m_edit->document();
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    // The last delimiter line starts the signature: remove from there to the end, with the
    // line break before it.
    for (QTextBlock block = document->lastBlock(); block.isValid(); block = block.previous()) {
        if (block.text() == SignatureDelimiter) {
            cursor.setPosition(std::max(0, block.position() - 1));
            cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
            break;
        }
    }
    const QString signature = QTextDocumentFragment::fromHtml(html).toPlainText().trimmed();
    if (!signature.isEmpty()) {
        // An empty first line stays above the signature for the message itself.
        cursor.movePosition(QTextCursor::End);
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        cursor.insertText(SignatureDelimiter, QTextCharFormat());
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        if (isPlainText())
            cursor.insertText(signature);
        else
            cursor.insertFragment(QTextDocumentFragment::fromHtml(html));
    }
    cursor.endEditBlock();
    m_programmatic = false;
}

void RichTextEditor::setMode(bool plain)
{
    m_plainTextMode = plain;
    m_edit->setAcceptRichText(!plain);
    m_ui->plainTextButton->setChecked(plain);
    updateEnabled();
}

void RichTextEditor::updateEnabled()
{
    const bool readOnly = m_edit->isReadOnly();
    const bool formatting = !readOnly && !isPlainText();
    const QList<QWidget*> buttons = {
        m_ui->boldButton,       m_ui->italicButton,       m_ui->underlineButton,
        m_ui->colourButton,     m_ui->fontCombo,          m_ui->sizeCombo,
        m_ui->bulletListButton, m_ui->numberedListButton, m_ui->quoteButton,
        m_ui->linkButton,       m_ui->alignLeftButton,    m_ui->alignCenterButton,
        m_ui->alignRightButton, m_ui->indentLessButton,   m_ui->indentMoreButton,
        m_ui->imageButton,      m_ui->ruleButton,         m_ui->clearFormatButton};
    for (QWidget* widget : buttons)
        widget->setEnabled(formatting);
    m_ui->plainTextButton->setEnabled(!readOnly);
}

void RichTextEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    updateEnabled();
}

void RichTextEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    else if (event->type() == QEvent::PaletteChange)
        applyIcons();
    QWidget::changeEvent(event);
}

void RichTextEditor::applyIcons()
{
    const std::pair<QToolButton*, QString> buttons[] = {
        {m_ui->boldButton, u"format-text-bold"_s},
        {m_ui->italicButton, u"format-text-italic"_s},
        {m_ui->underlineButton, u"format-text-underline"_s},
        {m_ui->bulletListButton, u"format-list-unordered"_s},
        {m_ui->numberedListButton, u"format-list-ordered"_s},
        {m_ui->quoteButton, u"format-text-blockquote"_s},
        {m_ui->linkButton, u"insert-link"_s},
        {m_ui->alignLeftButton, u"format-justify-left"_s},
        {m_ui->alignCenterButton, u"format-justify-center"_s},
        {m_ui->alignRightButton, u"format-justify-right"_s},
        {m_ui->indentLessButton, u"format-indent-less"_s},
        {m_ui->indentMoreButton, u"format-indent-more"_s},
        {m_ui->imageButton, u"insert-image"_s},
        {m_ui->ruleButton, u"insert-horizontal-rule"_s},
        {m_ui->clearFormatButton, u"edit-clear"_s},
    };
    for (const auto& [button, name] : buttons) {
        button->setIcon(themedIcon(name, palette()));
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
}

} // namespace hongyan
