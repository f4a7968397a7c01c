// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace tessera {

// Prices as managers type them: major units with at most two decimals
// ("380", "380.5", "380.50"; the locale's decimal separator works too),
// kept as integer minor units.
std::optional<qint64> parseAmount(const QString &text);
// 38000 -> "380.00" in the current locale.
QString formatAmount(qint64 minor);
// "380.00 CNY".
QString formatMoney(qint64 minor, const QString &currency);

} // namespace tessera
