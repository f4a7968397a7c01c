// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "common/itemkind.h"
#include "common/result.h"

#include <QJsonArray>
#include <QList>

namespace tessera {

// One requested line of a hold or sale: a seat, a number of GA tickets from a
// quota, or a number of card keys from a product.
struct SaleLine
{
    ItemKind kind = ItemKind::Seat;
    QString seatGuid; // Seat
    qint64 refId = 0; // GA quota id or card product id
    qint64 quantity = 1;
    QString ticketType; // Seat and GA; empty means "adult" where priced
    QString path;       // "lines[2]", for error messages

    QJsonObject toJson() const;
};

// Parses and checks the "lines" array shared by hold and sell.
class SaleLines
{
public:
    Q_DECLARE_TR_FUNCTIONS(tessera::SaleLines)

public:
    static Result<QList<SaleLine>> parse(const QJsonArray &lines, const QString &field,
                                         bool withTicketTypes);
    static QJsonArray toJson(const QList<SaleLine> &lines);
    static bool needsEvent(const QList<SaleLine> &lines);
};

} // namespace tessera
