// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QJsonObject>

#include <functional>

namespace tessera {

class SqliteStatement;
class WriteContext;
struct ShippedEntry;

// What the terminals sold, kept on the server as their journals arrive: a
// mirror of each terminal's orders, ticket lines and payments, keyed by the
// terminal and its own ids, from which SalesTotals reads per-event figures.
//   sales_orders(terminal_id, order_id, event_id, currency, state, total, paid, refunded,
//                channel, created_at)
//   sales_lines(terminal_id, line_id, order_id, event_id, kind, price, state, stock)
//   sales_payments(terminal_id, payment_id, order_id, method, amount, state, error_code,
//                  created_at)
//   sales_refunds(terminal_id, refund_id, order_id, amount, reason, created_at)
// Times are the terminal's (its journal entry's created_at); a line's stock is
// its seat's category or its quota's name in the server's catalog
// (ServerSaleFacts reads them for the dashboard).
// States and kinds are the engine's numbers (core/storage/schema.cpp). Each
// entry is applied once, when the server first stores it (IngestJournalCommand),
// in the same transaction; redemptions go to RedemptionLedger. An entry whose
// JSON is not what the engine writes is stored but changes no figure.
class SalesProjection
{
public:
    explicit SalesProjection(WriteContext &ctx)
        : m_ctx(ctx)
    {}

    // Creates the projection's tables (and RedemptionLedger's); true when
    // they were not there before (a new or upgraded server).
    static Result<bool> prepare(WriteContext &ctx);

    Result<void> project(qint64 terminalId, const ShippedEntry &entry);
    // Forgets what was projected and projects every stored entry again, in
    // each terminal's order; answers how many entries it read.
    Result<qint64> rebuild();

private:
    // Reads QJsonObject or JsonLite::Value alike.
    template<class Json>
    Result<void> sell(qint64 terminal, const Json &payload, const Json &result);
    Result<void> addPayment(qint64 terminal, const QJsonObject &payload, const QJsonObject &result);
    Result<void> settlePayment(qint64 terminal, const QJsonObject &payload,
                               const QJsonObject &result);
    Result<void> refund(qint64 terminal, const QJsonObject &result);
    Result<void> exchange(qint64 terminal, const QJsonObject &payload, const QJsonObject &result);
    Result<void> cancelEvent(qint64 terminal, const QJsonObject &payload);
    Result<void> insertLine(qint64 terminal, qint64 line, qint64 order, qint64 event, int kind,
                            qint64 price, const QString &stock);
    Result<void> insertRefund(qint64 terminal, qint64 order, qint64 amount, const QString &reason);
    Result<QString> stockOfSeat(qint64 event, const QString &guid);
    Result<QString> stockOfQuota(qint64 quota);
    Result<QString> textOf(const char *sql, const std::function<void(SqliteStatement &)> &bind);
    template<class Json>
    Result<void> insertPayment(qint64 terminal, qint64 order, const Json &payment);
    // The order's state and paid amount as the command's answer gives them.
    Result<void> updateOrder(qint64 terminal, const QJsonObject &result);

    WriteContext &m_ctx;
    qint64 m_at = 0; // the entry's time at the terminal (its journal's created_at)
};

} // namespace tessera
