// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "tickets/signedticket.h"
#include "tickets/ticketverifier.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tessera {

class SqliteDb;

// Turns sold ticket lines into signed codes, and gives a gate what it needs
// to check codes offline (key, refunded tickets, entries so far). Reads only.
class TicketBook
{
    Q_DECLARE_TR_FUNCTIONS(tessera::TicketBook)

public:
    explicit TicketBook(SqliteDb &db)
        : m_db(db)
    {}

    // What the code of an issued ticket line says (not signed yet).
    Result<TicketClaims> claimsForLine(qint64 lineId);
    // {line, seat|ga, ticket_type, code} for every active ticket of a paid order.
    Result<QJsonArray> signedCodes(qint64 orderId, const Ed25519KeyPair &key);
    // The refunded tickets and entries, for a verifier trusting `key` only
    // (authenticTicketPublicKey(), the engine's key, or a gate's pinned key).
    Result<TicketVerifier::Setup> gateSetup(std::optional<qint64> eventId,
                                            const Ed25519PublicKey &key);

private:
    SqliteDb &m_db;
};

} // namespace tessera
