#include "languagefont.h"

#include <QFont>
#include <QFontInfo>
#include <QGuiApplication>

#ifdef HONGYAN_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

namespace {

// The family that counts as "the language's default" for the font now in use.
QString& managedFamily()
{
    static QString family;
    return family;
}

} // namespace

QString LanguageFont::defaultFamily(const QString& language)
{
#ifdef HONGYAN_HAVE_FONTCONFIG
    // fontconfig names languages by RFC 3066 tags in lower case: zh-cn, en.
    const QByteArray tag = language.toLower().replace(u'_', u'-').toUtf8();
    FcPattern* pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>("sans-serif"));
    FcPatternAddString(pattern, FC_LANG, reinterpret_cast<const FcChar8*>(tag.constData()));
    FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern* match = FcFontMatch(nullptr, pattern, &result);
    QString family;
    FcChar8* name = nullptr;
    if (match && FcPatternGetString(match, FC_FAMILY, 0, &name) == FcResultMatch)
        family = QString::fromUtf8(reinterpret_cast<const char*>(name));
    if (match)
        FcPatternDestroy(match);
    FcPatternDestroy(pattern);
    return family;
#else
    Q_UNUSED(language)
    return {};
#endif
}

void LanguageFont::start(const QString& processLanguage, const QString& interfaceLanguage)
{
    managedFamily() = defaultFamily(processLanguage);
    follow(interfaceLanguage);
}

void LanguageFont::follow(const QString& interfaceLanguage)
{
    QString& managed = managedFamily();
    const QFont font = QGuiApplication::font();
    if (managed.isEmpty() || QFontInfo(font).family() != managed)
        return;
    const QString wanted = defaultFamily(interfaceLanguage);
    if (wanted.isEmpty() || wanted == managed)
        return;
    QFont changed = font;
    changed.setFamilies({wanted});
    QGuiApplication::setFont(changed);
    managed = wanted;
}

} // namespace hongyan
