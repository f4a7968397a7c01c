// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace tessera {

// An amount in integer minor units (cents, fen) of one ISO 4217 currency.
struct Money
{
    qint64 minor = 0;
    QString currency;

    bool operator==(const Money &) const = default;
    // "12.50 EUR", for logs and the CLI; the UI formats with the locale.
    QString toString() const;
};

// Accepts "CNY", "EUR"...: three upper-case ASCII letters.
bool isCurrencyCode(const QString &code);

} // namespace tessera
