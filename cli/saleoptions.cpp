// SPDX-License-Identifier: GPL-3.0-or-later
#include "saleoptions.h"

#include "cli.h"
#include "verbarguments.h"

namespace tessera {

namespace {

Error badSpec(const QString &option, const QString &pattern, const QString &spec)
{
    return fail(ErrorCode::InvalidInput,
                CliText::tr("%1 expects %2, not \"%3\".").arg(option, pattern, spec), option);
}

// Reads one numeric part of a spec; its error names the option and the part.
Result<qint64> part(const QString &text, const QString &option, const QString &name)
{
    auto value = VerbArguments::readInteger(text, name, 1);
    if (!value) {
        Error e = value.error();
        e.message = option + QStringLiteral(": ") + e.message;
        e.where = option;
        return e;
    }
    return value;
}

} // namespace

Result<QJsonObject> SaleOptions::seat(const QString &spec, bool withTicketType)
{
    const QString option = QStringLiteral("--seat");
    const QString pattern = withTicketType ? QStringLiteral("GUID[:TYPE]") : QStringLiteral("GUID");
    QString guid = spec.trimmed();
    QString type;
    if (withTicketType) {
        const qsizetype colon = guid.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0) {
            type = guid.mid(colon + 1).trimmed();
            guid = guid.left(colon).trimmed();
            if (type.isEmpty())
                return badSpec(option, pattern, spec);
        }
    }
    if (guid.isEmpty())
        return badSpec(option, pattern, spec);
    QJsonObject line{{QStringLiteral("seat"), guid}};
    if (!type.isEmpty())
        line.insert(QStringLiteral("ticket_type"), type);
    return line;
}

Result<QJsonObject> SaleOptions::ga(const QString &spec, bool withTicketType)
{
    const QString option = QStringLiteral("--ga");
    const QString pattern =
        withTicketType ? QStringLiteral("QUOTA:QTY[:TYPE]") : QStringLiteral("QUOTA:QTY");
    const QStringList parts = spec.split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > (withTicketType ? 3 : 2))
        return badSpec(option, pattern, spec);
    auto quota = part(parts.at(0), option, QStringLiteral("QUOTA"));
    if (!quota)
        return quota.error();
    auto quantity = part(parts.at(1), option, QStringLiteral("QTY"));
    if (!quantity)
        return quantity.error();
    QJsonObject line{{QStringLiteral("ga"), *quota}, {QStringLiteral("quantity"), *quantity}};
    if (parts.size() == 3) {
        const QString type = parts.at(2).trimmed();
        if (type.isEmpty())
            return badSpec(option, pattern, spec);
        line.insert(QStringLiteral("ticket_type"), type);
    }
    return line;
}

Result<QJsonObject> SaleOptions::card(const QString &spec)
{
    const QString option = QStringLiteral("--card");
    const QStringList parts = spec.split(QLatin1Char(':'));
    if (parts.size() != 2)
        return badSpec(option, QStringLiteral("PRODUCT:QTY"), spec);
    auto product = part(parts.at(0), option, QStringLiteral("PRODUCT"));
    if (!product)
        return product.error();
    auto quantity = part(parts.at(1), option, QStringLiteral("QTY"));
    if (!quantity)
        return quantity.error();
    return QJsonObject{{QStringLiteral("card"), *product}, {QStringLiteral("quantity"), *quantity}};
}

Result<QJsonObject> SaleOptions::payment(const QString &spec)
{
    const QString option = QStringLiteral("--pay");
    const QString pattern = QStringLiteral("METHOD:AMOUNT[:REFERENCE]");
    const qsizetype first = spec.indexOf(QLatin1Char(':'));
    if (first <= 0)
        return badSpec(option, pattern, spec);
    const qsizetype second = spec.indexOf(QLatin1Char(':'), first + 1);
    const QString method = spec.left(first).trimmed();
    const QString amountText =
        second < 0 ? spec.mid(first + 1) : spec.mid(first + 1, second - first - 1);
    auto amount = part(amountText, option, QStringLiteral("AMOUNT"));
    if (!amount)
        return amount.error();
    QJsonObject payment{{QStringLiteral("method"), method}, {QStringLiteral("amount"), *amount}};
    if (second >= 0) {
        const QString reference = spec.mid(second + 1).trimmed();
        if (reference.isEmpty())
            return badSpec(option, pattern, spec);
        payment.insert(QStringLiteral("reference"), reference);
    }
    return payment;
}

} // namespace tessera
