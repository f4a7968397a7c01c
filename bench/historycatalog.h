// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace tessera {
class SqliteDb;
} // namespace tessera

namespace tessera::bench {

// The ticket types of every bench performance, in HistoryCatalog's order.
inline constexpr const char *kTicketTypeCodes[3] = {"adult", "child", "student"};

// The bench's past performances at the demo theatre: one a day at 19:30 in
// Shanghai, each set up and priced like the demo event (create_event request).
QJsonObject pastEventJson(qint64 venue, const QDateTime &startsAt, qint64 number);

// What a bench history is sold from: the venue, the first past performance
// and the card codes the engine created, read back from the database.
struct HistoryCatalog
{
    struct Event
    {
        qint64 id = 0;
        qint64 startsAt = 0;
        qint64 quota = 0;
        qint64 typeIds[3] = {}; // adult, child, student
    };
    struct Seat
    {
        qint64 id = 0;
        QString guid;
        qint64 prices[3] = {}; // adult, child, student
    };
    qint64 venue = 0;
    Event first;             // the oldest performance; OrderHistoryWriter adds one a day after it
    std::vector<Seat> seats; // in plan order, so an order's seats sit together
    qint64 quotaCapacity = 0;
    qint64 gaPrice = 0; // adult standing
    qint64 cardProduct = 0;
    qint64 cardPrice = 0;
    std::vector<qint64> codes; // card codes on sale, in id order
    QString currency;
    QString terminalId;

    static Result<HistoryCatalog> read(SqliteDb &db, qint64 firstEvent, qint64 cardProduct);
};

} // namespace tessera::bench
