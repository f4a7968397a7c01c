// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../sales/salerequests.h"

#include <QJsonArray>
#include <QJsonObject>

// Builders for the JSON requests of the shift commands.
namespace tessera::test {

inline QJsonObject openShift(qint64 floatAmount, const QString &currency = {})
{
    QJsonObject o{{QStringLiteral("float"), floatAmount}};
    if (!currency.isEmpty())
        o.insert(QStringLiteral("currency"), currency);
    return o;
}

inline QJsonObject movement(const QString &kind, qint64 amount,
                            const QString &reason = QStringLiteral("change from the safe"))
{
    return QJsonObject{{QStringLiteral("kind"), kind},
                       {QStringLiteral("amount"), amount},
                       {QStringLiteral("reason"), reason}};
}

// {denomination: count} pairs, largest first as a cashier counts them.
inline QJsonObject closeShift(std::initializer_list<std::pair<qint64, qint64>> rows,
                              const QString &note = {})
{
    QJsonArray counted;
    for (const auto &[denomination, count] : rows)
        counted.push_back(QJsonObject{{QStringLiteral("denomination"), denomination},
                                      {QStringLiteral("count"), count}});
    QJsonObject o{{QStringLiteral("counted"), counted}};
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return o;
}

// Sells one seat of the demo event (¥380) with the given payments.
inline CommandOutcome sellSeat(EngineFixture &f, const QString &guid, const QJsonArray &payments)
{
    return f.run(QStringLiteral("sell"),
                 saleRequest(f.ids().event, QJsonArray{seatLine(guid)}, payments));
}

} // namespace tessera::test
