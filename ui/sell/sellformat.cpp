#include "sellformat.h"

#include "payments/cashpayment.h"

#include <QLocale>

namespace tessera {

namespace {

int decimalsOf(const QString &currency)
{
    const qint64 perMajor = CashPayment::minorPerMajor(currency);
    return perMajor >= 100 ? 2 : perMajor >= 10 ? 1 : 0;
}

} // namespace

QString SellFormat::money(qint64 minor, const QString &currency)
{
    const QLocale locale;
    const qint64 perMajor = CashPayment::minorPerMajor(currency);
    const QString symbol = currency == QLatin1String("CNY")   ? QStringLiteral("¥")
                           : currency == QLatin1String("EUR") ? QStringLiteral("€")
                           : currency == QLatin1String("USD") ? QStringLiteral("$")
                           : currency == QLatin1String("GBP") ? QStringLiteral("£")
                                                              : currency + QLatin1Char(' ');
    const QString sign = minor < 0 ? QStringLiteral("−") : QString();
    return sign + symbol +
           locale.toString(double(qAbs(minor)) / double(perMajor), 'f', decimalsOf(currency));
}

QString SellFormat::plainAmount(qint64 minor, const QString &currency)
{
    const qint64 perMajor = CashPayment::minorPerMajor(currency);
    return QString::number(double(minor) / double(perMajor), 'f', decimalsOf(currency));
}

qint64 SellFormat::parseAmount(const QString &text, const QString &currency)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(','));
    if (t.isEmpty())
        return -1;
    bool ok = false;
    const double value = t.toDouble(&ok);
    if (!ok || value < 0 || value > 1e12)
        return -1;
    return qRound64(value * double(CashPayment::minorPerMajor(currency)));
}

} // namespace tessera
