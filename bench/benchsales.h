// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engine.h"
#include "venue/seatplan.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <utility>

namespace tessera::bench {

// The pieces the engine benchmark's runs share: throw-away databases, the
// event they sell from, the sales, and the clients that submit them.

// Removes a database file with its WAL, shared memory and key file.
void removeDatabase(const QString &path);
// Copies a closed database (and its key file) over `to`.
void copyDatabase(const QString &from, const QString &to);

std::unique_ptr<Engine> openEngine(const QString &path);

struct BenchEvent
{
    qint64 event = 0;
    qint64 quota = 0;
    SeatPlan plan;
    QStringList seatGuids; // every seat of the plan, zone by zone, row by row
};

// A venue from `plan` and an event on it with every category priced (10 000
// for the "adult" ticket type) and a GA quota "Floor" of `gaCapacity` (12 000).
BenchEvent setUpEvent(Engine &engine, SeatPlan plan, qint64 gaCapacity);

// One GA ticket paid in cash, no customer.
std::unique_ptr<Command> gaSale(const BenchEvent &event);
// Seat `seat` of the event, paid in cash, for a customer with a name, a phone
// and an e-mail address (sealed and indexed by the engine). Sale `n` gets
// customer `n`'s details, so no two are alike.
std::unique_ptr<Command> seatSale(const BenchEvent &event, int seat, int n);

// Runs `count` commands from `threads` client threads, each keeping up to
// `inFlight` submitted and unanswered. Returns (seconds, succeeded).
std::pair<double, qint64> drive(Engine &engine, int count, int threads, int inFlight,
                                const std::function<std::unique_ptr<Command>(int)> &make,
                                const QString &keyPrefix);

} // namespace tessera::bench
