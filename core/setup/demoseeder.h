// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "venue/seatplan.h"

#include <QCoreApplication>

#include <QJsonObject>

namespace tessera {

class Engine;

// Fills a database with a demo box office: a 303-seat theatre, an event a
// week from now with three ticket types and a standing area, and a gift-card
// product with codes. Names (venue, zones, categories, ticket types, the
// event, the product) are in the language installed when it runs, so a
// Chinese console gets a Chinese demo. Runs through ordinary commands with
// fixed idempotency keys, so seeding twice changes nothing.
class DemoSeeder
{
    Q_DECLARE_TR_FUNCTIONS(tessera::DemoSeeder)

public:
    struct Ids
    {
        qint64 venue = 0;
        qint64 event = 0;
        qint64 standingQuota = 0;
        qint64 cardProduct = 0;
    };

    static Result<Ids> seed(Engine &engine, qint64 nowMs, int cardCodes = 50);
    static QJsonObject toJson(const Ids &ids);
    // The demo theatre with its names in the current language.
    static SeatPlan theatre();
};

} // namespace tessera
