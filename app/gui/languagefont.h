#pragma once

#include <QString>

namespace hongyan {

// The interface font follows the interface language. A desktop without its own font
// setting gives the application fontconfig's sans-serif for the locale the process started
// in: a Chinese font under zh_CN, whose Latin letters and "…" (drawn centred, as "⋯") look
// wrong in an English interface, and the other way round. When the font in use is that
// locale default, switching the language switches to the new language's default; a font
// the person or their desktop chose is left alone.
class LanguageFont
{
public:
    // At start: `processLanguage` is the language of the locale the process started in
    // (the one the platform's default font was picked for).
    static void start(const QString& processLanguage, const QString& interfaceLanguage);
    static void follow(const QString& interfaceLanguage);
    // fontconfig's sans-serif for an interface language ("en", "zh_CN"); empty when there is
    // no fontconfig.
    static QString defaultFamily(const QString& language);
};

} // namespace hongyan
