#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QTextEdit>

namespace hongyan {

// The body editor. Pasted or dropped image data becomes an inline image whose resource
// name is a "cid:" URL, so the HTML can go into a multipart/related message as it is;
// dropped or pasted files become attachments (filesDropped) rather than text.
class RichTextEdit : public QTextEdit
{
    Q_OBJECT

public:
    struct InlineImage
    {
        QString name; // "cid:<uuid>@hongyan"
        QString mimeType;
        QByteArray data;
    };

    explicit RichTextEdit(QWidget* parent = nullptr);

    // The images the document still shows, in order of first appearance.
    QList<InlineImage> inlineImages() const;
    // Registers images for HTML that refers to them (after setHtml()).
    void addInlineImages(const QList<InlineImage>& images);
    void insertImage(const QByteArray& data, const QString& mimeType);
    // Whether the body is plain text; pasting then inserts text only.
    void setPlainTextMode(bool plain);
    bool isPlainTextMode() const { return m_plainText; }

signals:
    void filesDropped(const QStringList& paths);

protected:
    bool canInsertFromMimeData(const QMimeData* source) const override;
    void insertFromMimeData(const QMimeData* source) override;

private:
    QHash<QString, InlineImage> m_images;
    bool m_plainText = false;
};

} // namespace hongyan
