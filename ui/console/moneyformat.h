// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace tessera {

// Money as every screen of the console shows it and a cashier types it:
// "¥380.00", "€12.50" (the symbol first, the locale's digits and grouping);
// typed "380" or "380.5" becomes minor units of the currency.
class MoneyFormat
{
public:
    static QString money(qint64 minor, const QString &currency, const QLocale &locale = QLocale());
    // As typed in an amount field, without symbol or grouping: "380.00".
    static QString plain(qint64 minor, const QString &currency);
    // A note or coin: "¥100", "¥0.50".
    static QString denomination(qint64 minor, const QString &currency,
                                const QLocale &locale = QLocale());
    // Minor units from what was typed (the currency symbol and spaces are
    // ignored, "." or the locale's decimal point); nullopt when it is not an
    // amount with at most the currency's decimals.
    static std::optional<qint64> parse(const QString &text, const QString &currency,
                                       const QLocale &locale = QLocale());
    // "¥", "€", "$", "£"; the code itself for others.
    static QString symbol(const QString &currency);
};

} // namespace tessera
