#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

namespace {

struct Installed
{
    QTranslator hongyan;
    QTranslator qt;
    QString language = u"en"_s;
};

Installed& installed()
{
    static Installed state;
    return state;
}

} // namespace

QStringList Translations::availableLanguages()
{
    return {u"zh_CN"_s, u"en"_s};
}

QString Translations::nativeName(const QString& language)
{
    return language == u"zh_CN" ? u"简体中文"_s : u"English"_s;
}

QString Translations::systemLanguage()
{
    // QLocale::system() follows LC_ALL, LC_MESSAGES and LANG on Unix.
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::Chinese)
        return u"zh_CN"_s;
    return u"en"_s;
}

QString Translations::currentLanguage()
{
    return installed().language;
}

void Translations::install(const QString& language)
{
    Installed& state = installed();
    QCoreApplication::removeTranslator(&state.hongyan);
    QCoreApplication::removeTranslator(&state.qt);
    state.language = availableLanguages().contains(language) ? language : u"en"_s;
    // English plural forms ("1 recipient" / "2 recipients") come from hongyan_en.qm too.
    if (state.hongyan.load(u":/i18n/hongyan_%1.qm"_s.arg(state.language)))
        QCoreApplication::installTranslator(&state.hongyan);
    if (state.language != u"en" &&
        state.qt.load(u"qtbase_%1"_s.arg(state.language),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&state.qt);
    QLocale::setDefault(QLocale(state.language));
}

QString Translations::notePattern(const QString& pattern)
{
    return QCoreApplication::translate(smtp::Note::Context, pattern.toUtf8().constData());
}

QString Translations::noteText(const smtp::Note& note)
{
    return note.localized();
}

QString Translations::noteText(const QList<smtp::Note>& notes)
{
    return noteText(smtp::Note::joined(notes));
}

} // namespace hongyan
