#include "richtextedit.h"

#include <QBuffer>
#include <QImage>
#include <QMimeData>
#include <QSet>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QUrl>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

namespace {

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

} // namespace

RichTextEdit::RichTextEdit(QWidget* parent)
    : QTextEdit(parent)
{}

void RichTextEdit::setPlainTextMode(bool plain)
{
    m_plainText = plain;
    setAcceptRichText(!plain);
}

bool RichTextEdit::canInsertFromMimeData(const QMimeData* source) const
{
    return !localFiles(source).isEmpty() || (!m_plainText && source->hasImage()) ||
           QTextEdit::canInsertFromMimeData(source);
}

void RichTextEdit::insertFromMimeData(const QMimeData* source)
{
    const QStringList files = localFiles(source);
    if (!files.isEmpty()) {
        emit filesDropped(files);
        return;
    }
    if (!m_plainText && source->hasImage()) {
        for (const QString& type : DirectImageTypes) {
            if (source->hasFormat(type)) {
                insertImage(source->data(type), type);
                return;
            }
        }
        const QImage image = qvariant_cast<QImage>(source->imageData());
        if (!image.isNull()) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            insertImage(png, u"image/png"_s);
            return;
        }
    }
    if (m_plainText) {
        insertPlainText(source->text());
        return;
    }
    QTextEdit::insertFromMimeData(source);
}

void RichTextEdit::insertImage(const QByteArray& data, const QString& mimeType)
{
    QImage image;
    if (!image.loadFromData(data))
        return;
    InlineImage inlineImage{u"cid:"_s + QUuid::createUuid().toString(QUuid::WithoutBraces) +
                                u"@hongyan"_s,
                            mimeType, data};
    m_images.insert(inlineImage.name, inlineImage);
    document()->addResource(QTextDocument::ImageResource, QUrl(inlineImage.name), image);
    QTextImageFormat format;
    format.setName(inlineImage.name);
    // Large screenshots are shown at the editor's width; the image itself is sent whole.
    const int available = viewport()->width() - 2 * int(document()->documentMargin()) - 4;
    if (available > 50 && image.width() > available) {
        format.setWidth(available);
        format.setHeight(qreal(image.height()) * available / image.width());
    }
    textCursor().insertImage(format);
}

QList<RichTextEdit::InlineImage> RichTextEdit::inlineImages() const
{
    QList<InlineImage> result;
    QSet<QString> seen;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
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

void RichTextEdit::addInlineImages(const QList<InlineImage>& images)
{
    for (const InlineImage& inlineImage : images) {
        QImage image;
        if (!image.loadFromData(inlineImage.data))
            continue;
        m_images.insert(inlineImage.name, inlineImage);
        document()->addResource(QTextDocument::ImageResource, QUrl(inlineImage.name), image);
    }
    // Images laid out before their resource existed were drawn as placeholders.
    document()->markContentsDirty(0, document()->characterCount());
}

} // namespace hongyan
