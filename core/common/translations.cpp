// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace tessera {

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    // English: only the plural forms ("1 seat free"); the sources are English.
    auto *own = new QTranslator(&app);
    const bool found =
        own->load(english ? QLocale(QLocale::English) : locale, QStringLiteral("tessera"),
                  QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (found)
        QCoreApplication::installTranslator(own);
    else
        delete own;
    if (english)
        return found;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return found;
}

} // namespace tessera
