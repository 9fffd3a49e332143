#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

namespace hongyan {

// An action's icon by its freedesktop name ("mail-send", "document-open"): the desktop
// theme's when it has one; otherwise our own line drawing (resources/icons/actions) in the
// palette's button-text colour, so it reads on light and dark palettes alike and the window
// looks the same without an icon theme. Widgets ask again when their palette changes.
QIcon themedIcon(const QString& name, const QPalette& palette);

} // namespace hongyan
