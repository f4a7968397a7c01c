// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a console sells in the server's tests, through its real engine: each
// scenario leaves every kind of journal entry the server projects.
#include "enginefixture.h"
#include "sync/journalbatch.h"

#include <vector>

namespace tessera::test {

constexpr qint64 kStallsAdult = 38000;
constexpr qint64 kStallsChild = 19000;
constexpr qint64 kStanding = 12000;
constexpr qint64 kGiftCard = 10000;

// Box 1: seats for cash, standing by card with one ticket refunded, an unpaid
// order cancelled, a gift card on its own.
void sellAtBoxOne(EngineFixture &box);
// Box 2: seats by card, one exchanged for a cheaper seat (money back); a
// deposit paid off later; a standing order refunded whole; a card payment
// whose outcome was unknown, then approved; a sale of what a hold kept.
void sellAtBoxTwo(EngineFixture &box);
// Seats for cash (one of them let in at the North gate), a seat with a gift
// card, standing with a deposit and standing unpaid; then the event is
// cancelled ("storm").
void sellThenCancelTheEvent(EngineFixture &box);

// Every entry of the console's journal, as the shipper sends them.
std::vector<ShippedEntry> wholeJournal(const EngineFixture &console);

} // namespace tessera::test
