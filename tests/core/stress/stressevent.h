// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "engine/command.h"
#include "venue/seatplan.h"

#include <QList>
#include <QString>

#include <memory>

namespace tessera {
class Engine;
}

namespace tessera::test {

// The event the stress tests sell out: a rectangular hall (rows x seats, one
// zone, a "Front" and a "Back" category) and one event on it with a GA quota.
// Setup runs through the engine under fixed idempotency keys, so setting it
// up again on a reopened file is answered from the journal.
class StressEvent
{
public:
    static constexpr qint64 kFrontPrice = 8000;
    static constexpr qint64 kBackPrice = 5000;
    static constexpr qint64 kGaPrice = 3000;

    struct Layout
    {
        int rows = 50;
        int seatsPerRow = 100;
        int frontRows = 10;
        qint64 gaCapacity = 2000;
    };
    struct Seat
    {
        QString guid;
        qint64 price = 0;
    };
    struct Ids
    {
        qint64 venue = 0;
        qint64 event = 0;
        qint64 quota = 0;
        QList<Seat> seats; // every seat of the hall, row by row
    };

    static SeatPlan hallPlan(const Layout &layout);
    // Creates (or finds again) the venue under `<keyPrefix>:venue` and the
    // event under `<keyPrefix>:event:<generation>`.
    static Result<Ids> ensure(Engine &engine, const Layout &layout, const QString &keyPrefix,
                              int generation = 1);

    // A paid sale of the given seats (adult tickets, exact cash).
    static std::unique_ptr<Command> seatSale(qint64 eventId, const QList<Seat> &seats);
    // A paid sale of `quantity` GA tickets.
    static std::unique_ptr<Command> gaSale(qint64 eventId, qint64 quotaId, qint64 quantity);
    // A hold of one seat and one GA ticket, and the paid sale that converts it.
    static std::unique_ptr<Command> seatAndGaHold(qint64 eventId, const Seat &seat, qint64 quotaId);
    static std::unique_ptr<Command> saleFromHold(qint64 eventId, qint64 holdId, const Seat &seat,
                                                 qint64 quotaId);
};

} // namespace tessera::test
