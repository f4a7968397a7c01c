// SPDX-License-Identifier: GPL-3.0-or-later
#include "moneyformat.h"

#include "shift/cashdenominations.h"

namespace tessera {

namespace {

double major(qint64 minor, int digits)
{
    double value = double(minor);
    for (int i = 0; i < digits; ++i)
        value /= 10;
    return value;
}

bool isLocalCurrency(const QString &currency, const QLocale &locale)
{
    return !currency.isEmpty() && locale.currencySymbol(QLocale::CurrencyIsoCode) == currency;
}

// The locale's own currency as the locale writes it ("¥380.00", "380,00 €");
// any other with its ISO code in front, as ISO 4217 writes it ("CNY 380.00"),
// in every locale (the C locale would put it after the digits).
QString amount(double value, const QString &currency, int digits, const QLocale &locale)
{
    if (isLocalCurrency(currency, locale))
        return locale.toCurrencyString(value, locale.currencySymbol(), digits);
    return currency + QChar(0x00A0) + locale.toString(value, 'f', digits);
}

} // namespace

QString MoneyFormat::symbol(const QString &currency, const QLocale &locale)
{
    return isLocalCurrency(currency, locale) ? locale.currencySymbol() : currency;
}

QString MoneyFormat::money(qint64 minor, const QString &currency, const QLocale &locale)
{
    const int digits = CashDenominations::minorDigits(currency);
    // A minus sign in front, never the accounting brackets some locales use.
    return (minor < 0 ? locale.negativeSign() : QString()) +
           amount(major(qAbs(minor), digits), currency, digits, locale);
}

QString MoneyFormat::plain(qint64 minor, const QString &currency)
{
    const int digits = CashDenominations::minorDigits(currency);
    return QString::number(major(minor, digits), 'f', digits);
}

QString MoneyFormat::denomination(qint64 minor, const QString &currency, const QLocale &locale)
{
    const int digits = CashDenominations::minorDigits(currency);
    qint64 unit = 1;
    for (int i = 0; i < digits; ++i)
        unit *= 10;
    // Notes without decimals, coins below one unit with them.
    return amount(major(minor, digits), currency, minor % unit == 0 ? 0 : digits, locale);
}

std::optional<qint64> MoneyFormat::parse(const QString &text, const QString &currency,
                                         const QLocale &locale)
{
    QString t = text.trimmed();
    if (!currency.isEmpty())
        t.remove(currency, Qt::CaseInsensitive);
    t.removeIf([](QChar c) { return c.category() == QChar::Symbol_Currency; });
    t.remove(QLatin1Char(' '));
    t.remove(QChar(0x00A0));
    t.replace(locale.decimalPoint(), QStringLiteral("."));
    if (t.isEmpty())
        return std::nullopt;
    const int digits = CashDenominations::minorDigits(currency);
    const qsizetype point = t.indexOf(QLatin1Char('.'));
    const QString whole = point < 0 ? t : t.left(point);
    QString fraction = point < 0 ? QString() : t.mid(point + 1);
    if (whole.size() > 12 || fraction.size() > digits || (whole.isEmpty() && fraction.isEmpty()))
        return std::nullopt;
    for (const QString &part : {whole, fraction}) {
        for (const QChar c : part) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return std::nullopt;
        }
    }
    while (fraction.size() < digits)
        fraction += QLatin1Char('0');
    return QString(whole + fraction).toLongLong();
}

} // namespace tessera
