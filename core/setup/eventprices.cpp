// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/eventprices.h"

#include "common/jsonfields.h"

#include <QCoreApplication>
#include <QSet>

namespace tessera {

Result<QList<EventPrice>> readEventPrices(const QJsonArray &array, const QString &path,
                                          const char *nameField)
{
    QList<EventPrice> out;
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
        if (!array.at(i).isObject())
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("tessera::EventPrices",
                                                    "Each price must be an object."),
                        at);
        const JsonFields p(array.at(i).toObject(), at);
        if (auto r = nameField ? p.only({nameField, "ticket_type", "amount"})
                               : p.only({"ticket_type", "amount"});
            !r)
            return r.error();
        EventPrice price;
        if (nameField) {
            auto name = p.string(QString::fromLatin1(nameField));
            if (!name)
                return name.error();
            price.category = *name;
        }
        auto type = p.string(QStringLiteral("ticket_type"));
        if (!type)
            return type.error();
        price.ticketType = *type;
        auto amount = p.nonNegative(QStringLiteral("amount"));
        if (!amount)
            return amount.error();
        price.amount = *amount;
        const QString key = price.category + QLatin1Char('\n') + price.ticketType;
        if (seen.contains(key))
            return fail(
                ErrorCode::DuplicateId,
                QCoreApplication::translate("tessera::EventPrices", "This price is given twice."),
                at);
        seen.insert(key);
        out.push_back(price);
    }
    return out;
}

} // namespace tessera
