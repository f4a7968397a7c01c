// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace tessera {

// Installs Tessera's own translation (embedded, :/i18n) and Qt's for
// `locale` on the application; for English only its plural forms ("1 seat
// free", "2 seats free"). Returns whether Tessera's
// translation for the locale was found.
bool installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace tessera
