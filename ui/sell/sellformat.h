#pragma once

#include <QString>

namespace tessera {

// How the Sell screen writes amounts: "¥380.00", "€12.50".
class SellFormat
{
public:
    static QString money(qint64 minor, const QString &currency);
    // "380.00" as typed in an amount field, and back (nullopt-like -1 on nonsense).
    static QString plainAmount(qint64 minor, const QString &currency);
    static qint64 parseAmount(const QString &text, const QString &currency);
};

} // namespace tessera
