#include "themedicon.h"

#include <QImage>
#include <QPainter>
#include <QPixmap>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

namespace {

QPixmap tinted(const QIcon& drawing, int size, const QColor& colour)
{
    QImage image = drawing.pixmap(QSize(size, size))
                       .toImage()
                       .convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(image.rect(), colour);
    painter.end();
    return QPixmap::fromImage(image);
}

} // namespace

QIcon themedIcon(const QString& name, const QPalette& palette)
{
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    const QIcon drawing(u":/actions/%1.svg"_s.arg(name));
    QIcon icon;
    for (const int size : {16, 20, 22, 24, 32, 48}) {
        icon.addPixmap(tinted(drawing, size, palette.color(QPalette::Active, QPalette::ButtonText)),
                       QIcon::Normal);
        icon.addPixmap(
            tinted(drawing, size, palette.color(QPalette::Disabled, QPalette::ButtonText)),
            QIcon::Disabled);
    }
    return icon;
}

} // namespace hongyan
