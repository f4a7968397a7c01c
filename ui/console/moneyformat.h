// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace tessera {

// Money as every screen, printout and card key of the console shows it and
// a cashier or manager types it. One rule, from the console's locale: the
// locale's own currency as QLocale::toCurrencyString writes it ("¥380.00" in
// Chinese, "$12.50" in American English), any other with its ISO code in
// front and the locale's digits ("CNY 380.00" in English, and in the C
// locale), so no reader mistakes one for another.
// Negative amounts start with the minus sign ("-¥20.00"). Typed "380" or
// "380.5" becomes minor units of the currency.
class MoneyFormat
{
public:
    static QString money(qint64 minor, const QString &currency, const QLocale &locale = QLocale());
    // As typed in an amount field, without symbol or grouping: "380.00".
    static QString plain(qint64 minor, const QString &currency);
    // A note or coin: "¥100", "¥0.50" (in English "CNY 100").
    static QString denomination(qint64 minor, const QString &currency,
                                const QLocale &locale = QLocale());
    // Minor units from what was typed (the currency's symbol or code and
    // spaces are ignored, "." or the locale's decimal point); nullopt when it
    // is not an amount with at most the currency's decimals (two when the
    // currency is not known yet).
    static std::optional<qint64> parse(const QString &text, const QString &currency,
                                       const QLocale &locale = QLocale());
    // What money() puts before or after the digits: "¥" in Chinese for CNY,
    // "CNY" in English.
    static QString symbol(const QString &currency, const QLocale &locale = QLocale());
};

} // namespace tessera
