// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace tessera {

class SqliteDb;
class WriteContext;

// A ticket as the server knows it from the journal of the terminal that sold
// it (SalesProjection), found by its code.
struct SoldTicket
{
    qint64 seller = 0;
    QString sellerName;
    qint64 line = 0;  // the seller's order line (the code's ticket id)
    qint64 order = 0; // the seller's order
    qint64 event = 0;
    QString eventName;
    QString ticket; // the seat ("S-A-12") or the quota's name
    QString stock;  // the seat's category or the quota's name
    qint64 price = 0;
    QString currency;
    // sold, refunded (by the seller), refunded_elsewhere, exchanged, used,
    // unpaid (the order is pending or cancelled)
    QString state;
    qint64 redeemedAt = 0; // ms, when used
    QString redeemedGate;
    qint64 remoteRefund = 0; // remote_refunds.id, when refunded elsewhere
    qint64 refundedAt = 0;
    QString refundedBy; // the terminal that paid it back

    QJsonObject toJson() const;
};

// Tickets refunded at another terminal than the one that sold them, through
// the server (docs/operations.md, "A refund at another counter"):
//   terminal_ticket_keys(public_key PK, key_id, terminal_id, first_seen)
//       each terminal's ticket-signing public key, as its catalog pulls
//       report it: how the server tells who signed a code;
//   remote_refunds(id, ticket_key UNIQUE, seller_id, line_id, order_id, event_id,
//                  amount, currency, reason, refunder_id, approved_by, created_at,
//                  also_refunded_at, UNIQUE(seller_id, line_id))
//       the server's own record, the authority that a ticket was paid back
//       (the seller learns it with its next catalog pull). also_refunded_at:
//       the seller refunded the same ticket itself, offline, before it knew
//       (a double refund, listed by GET /v1/conflicts).
// A remote refund counts in the sales figures as a refund of the seller's
// order (sales_refunds row with refund_id = −id).
class RemoteRefunds
{
    Q_DECLARE_TR_FUNCTIONS(tessera::RemoteRefunds)

public:
    static Result<void> prepare(WriteContext &ctx);
    // The ticket `code` names: its signature checked against the keys the
    // terminals reported (untrusted_key when none of them signed it), then
    // the seller's projected sale (not_found while it has not reached the
    // server), with what became of it.
    static Result<SoldTicket> find(SqliteDb &db, const QString &code);
    // The key a code is known by on the server (as RedemptionLedger's).
    static QByteArray ticketKey(const QString &code);
    // Remote refunds whose seller refunded the ticket itself too.
    static Result<QJsonArray> doubleRefunds(SqliteDb &db);
    // Tickets refunded elsewhere that a gate let in too (scanned offline
    // before it knew, or before the refund).
    static Result<QJsonArray> usedAndRefunded(SqliteDb &db);

    explicit RemoteRefunds(WriteContext &ctx)
        : m_ctx(ctx)
    {}
    // Counts remote refund `id` in the sales figures.
    Result<void> project(qint64 id);
    // Counts every remote refund again (after SalesProjection::rebuild
    // forgot them) and marks double refunds.
    Result<void> reproject();
    // The seller refunded `lines` of its own: marks any of them refunded
    // elsewhere already as a double refund at `at`.
    Result<void> noteSellerRefund(qint64 seller, const QJsonArray &lines, qint64 at);

private:
    WriteContext &m_ctx;
};

} // namespace tessera
