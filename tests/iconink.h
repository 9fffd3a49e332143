#pragma once

#include <QColor>
#include <QIcon>
#include <QImage>

namespace testsupport {

// The mean lightness (0–255) of an icon's drawn pixels at 24 px: whether it reads on a light
// or a dark background. -1 when it draws (almost) nothing.
inline int inkLightness(const QIcon& icon)
{
    const QImage image = icon.pixmap(24, 24).toImage();
    qint64 sum = 0;
    qint64 count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() > 128) {
                sum += pixel.lightness();
                ++count;
            }
        }
    }
    return count > 20 ? int(sum / count) : -1;
}

} // namespace testsupport
