#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QTextListFormat>
#include <QWidget>

#include <memory>

class QMimeData;
class QTextCharFormat;
class QTextEdit;

namespace Ui {
class RichTextEditor;
}

namespace hongyan {

// The message body: a formatting bar (bold, italic, underline, colour, font size, lists,
// quote, link, plain-text mode) over the text. It produces the HTML body and its plain-text
// alternative (lists as "- " and "1. ", quotes as "> ", links as "text <url>"), and keeps
// the account's signature below a "-- " line so it can be swapped when the account changes.
// Pasted or dropped image data becomes an inline image whose resource name is a "cid:" URL,
// so the HTML can go into a multipart/related message as it is; dropped or pasted files
// become attachments (filesDropped) rather than text.
class RichTextEditor : public QWidget
{
    Q_OBJECT

public:
    struct InlineImage
    {
        QString name; // "cid:<uuid>@hongyan"
        QString mimeType;
        QByteArray data;
    };

    explicit RichTextEditor(QWidget* parent = nullptr);
    ~RichTextEditor() override;

    // The text area itself (for focus and typing).
    QTextEdit* edit() const;

    bool isPlainText() const;
    // Switching to plain text drops the formatting (the text is kept).
    void setPlainText(bool plain);
    // The body as HTML; empty in plain-text mode.
    QString html() const;
    // The plain-text body, or the text alternative of the HTML body.
    QString plainText() const;
    // The images the body still shows, in order of first appearance.
    QList<InlineImage> inlineImages() const;
    void insertImage(const QByteArray& data, const QString& mimeType);
    // The image in `path` at the cursor (Insert Image…); false with *error naming the problem.
    bool insertImageFile(const QString& path, QString* error);
    void setContent(bool plainText, const QString& html, const QString& text,
                    const QList<InlineImage>& images);
    // Replaces the text below the last "-- " line (the signature delimiter) with this
    // signature (HTML; converted in plain-text mode); an empty signature removes it.
    void setSignature(const QString& html);
    void setReadOnly(bool readOnly);

signals:
    // The user changed the body (not setContent() or setSignature()).
    void contentChanged();
    void filesDropped(const QStringList& paths);

protected:
    void changeEvent(QEvent* event) override;

private:
    // Icons in the palette's colours (themedicon.h): at start and when the palette changes.
    void applyIcons();
    class TextArea;

    // Paste and drop (TextArea's overrides of QTextEdit's).
    bool canInsert(const QMimeData* source) const;
    // False when QTextEdit's own insertion should handle it.
    bool insert(const QMimeData* source);
    // Registers images for HTML that refers to them (after setHtml()).
    void addInlineImages(const QList<InlineImage>& images);
    // The formatting bar's controls: character styles, colour, font and size; then
    // paragraphs (alignment, indent, lists, quote), images, lines, links and style removal.
    void connectFormattingControls();
    void connectParagraphControls();
    void mergeFormat(const QTextCharFormat& format);
    void updateFormatButtons();
    void toggleList(QTextListFormat::Style style, bool on);
    void toggleQuote(bool on);
    void editLink();
    void chooseColour();
    void chooseImage();
    void askPlainText(bool plain);
    void applyPlainText(bool plain);
    void setMode(bool plain);
    void updateEnabled();

    std::unique_ptr<Ui::RichTextEditor> m_ui;
    TextArea* m_edit;
    QHash<QString, InlineImage> m_images;
    bool m_plainTextMode = false;
    bool m_programmatic = false;
};

} // namespace hongyan
