// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "tickets/ticketverifier.h"

#include <QHash>
#include <QList>
#include <QString>

namespace tessera {

class SqliteDb;

// An event a gate may be set to admit.
struct GateEvent
{
    qint64 id = 0;
    QString name;
    qint64 startsAtMs = 0;
    QString timeZone; // the venue's: the show's time reads in it
};

// Everything a gate needs to check signed codes without asking the
// database: the organizer's keys, the revoked tickets, the entries so far
// and the events. Read off the UI thread, then used there for every scan.
struct GateSnapshot
{
    // Keys and revocations from TicketBook::gateSetup, for any event; no
    // entry look-up (entries below).
    TicketVerifier::Setup setup;
    QHash<qint64, Redemption> entries;
    QList<GateEvent> events;

    // Trusts `key` only: the engine's ticket key, which is the sealed one.
    static Result<GateSnapshot> load(SqliteDb &db, const Ed25519PublicKey &key);

    // A setup for a verifier on this thread, admitting `eventId` (any when
    // empty) and looking entries up in this snapshot.
    TicketVerifier::Setup verifierSetup(std::optional<qint64> eventId) const;
    // An entry made since the snapshot was read.
    void recordEntry(qint64 ticketId, Redemption entry) { entries.insert(ticketId, entry); }
    QString eventName(qint64 eventId) const;
};

} // namespace tessera
