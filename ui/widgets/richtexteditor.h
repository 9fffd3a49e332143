#pragma once

#include "richtextedit.h"

#include <QWidget>

#include <memory>

namespace Ui {
class RichTextEditor;
}

namespace hongyan {

// The message body: a formatting bar (bold, italic, underline, colour, font size, lists,
// quote, link, plain-text mode) over a RichTextEdit. It produces the HTML body and its
// plain-text alternative (lists as "- " and "1. ", quotes as "> ", links as "text <url>"),
// and keeps the account's signature below a "-- " line so it can be swapped when the
// account changes.
class RichTextEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RichTextEditor(QWidget* parent = nullptr);
    ~RichTextEditor() override;

    RichTextEdit* edit() const;

    bool isPlainText() const;
    // Switching to plain text drops the formatting (the text is kept).
    void setPlainText(bool plain);
    // The body as HTML; empty in plain-text mode.
    QString html() const;
    // The plain-text body, or the text alternative of the HTML body.
    QString plainText() const;
    QList<RichTextEdit::InlineImage> inlineImages() const;
    void setContent(bool plainText, const QString& html, const QString& text,
                    const QList<RichTextEdit::InlineImage>& images);
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
    void mergeFormat(const QTextCharFormat& format);
    void updateFormatButtons();
    void toggleList(QTextListFormat::Style style, bool on);
    void toggleQuote(bool on);
    void editLink();
    void chooseColour();
    void askPlainText(bool plain);
    void applyPlainText(bool plain);
    void setMode(bool plain);
    void updateEnabled();

    std::unique_ptr<Ui::RichTextEditor> m_ui;
    bool m_programmatic = false;
};

} // namespace hongyan
