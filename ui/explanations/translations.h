#pragma once

#include "note.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace hongyan {

// Installs Hongyan's translations (embedded .qm files) and Qt's own (so standard dialogs
// and buttons speak the same language) for a language, replacing the previous ones.
// Installing a translator sends QEvent::LanguageChange to every widget, so open windows
// retranslate at once. Core only: the GUI and hongyan-cli share it.
class Translations
{
public:
    // "zh_CN" or "en". Unknown languages fall back to English (the source language).
    static void install(const QString& language);
    // The language the system asks for (LANG, LC_ALL, LC_MESSAGES), mapped to a supported one.
    static QString systemLanguage();
    static QString currentLanguage();
    static QStringList availableLanguages();
    // The language's own name ("简体中文", "English"), for menus.
    static QString nativeName(const QString& language);

    // An engine note's pattern in the current language (the English one when untranslated).
    static QString notePattern(const QString& pattern);
    // The note in the current language: its pattern translated, the same values in it.
    static QString noteText(const smtp::Note& note);
    // Several notes as one line, separated as the language separates clauses.
    static QString noteText(const QList<smtp::Note>& notes);
};

} // namespace hongyan
