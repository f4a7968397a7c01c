// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/salesmirror.h"

#include <functional>

namespace tessera {

class SqliteStatement;
class WriteContext;

// SalesMirror in the server's SQLite file, on the writer's connection:
//   sales_orders(terminal_id, order_id, event_id, currency, state, total, paid, refunded,
//                channel, created_at)
//   sales_lines(terminal_id, line_id, order_id, event_id, kind, price, state, stock)
//   sales_payments(terminal_id, payment_id, order_id, method, amount, state, error_code,
//                  created_at)
//   sales_refunds(terminal_id, refund_id, order_id, amount, reason, created_at)
// with the redemptions in RedemptionLedger's table and the refunds made
// elsewhere in RemoteRefunds'. SalesTotals and ServerSaleFacts read them.
class SqliteSalesMirror final : public SalesMirror
{
public:
    explicit SqliteSalesMirror(WriteContext &ctx)
        : m_ctx(ctx)
    {}

    // Creates the tables (and RedemptionLedger's and RemoteRefunds'); true
    // when they were not there before or lacked columns (a new or upgraded
    // server), so that the caller rebuilds the figures.
    static Result<bool> prepare(WriteContext &ctx);

    Result<void> clear() override;
    Result<void> putOrder(const MirroredOrder &order) override;
    Result<void> putLine(const MirroredLine &line) override;
    Result<void> addPayment(const MirroredPayment &payment) override;
    Result<void> addRefund(qint64 terminal, qint64 order, qint64 amount, const QString &reason,
                           qint64 at) override;
    Result<std::optional<MirroredOrder>> order(qint64 terminal, qint64 order) override;
    Result<std::optional<MirroredLine>> line(qint64 terminal, qint64 line) override;
    Result<std::vector<MirroredLine>> linesOfEvent(qint64 terminal, qint64 event) override;
    Result<std::vector<MirroredLine>> linesOfOrder(qint64 terminal, qint64 order) override;
    Result<void> setOrderState(qint64 terminal, qint64 order, int state) override;
    Result<void> setOrderPaid(qint64 terminal, qint64 order, qint64 paid) override;
    Result<void> addToOrder(qint64 terminal, qint64 order, qint64 total, qint64 paid,
                            qint64 refunded) override;
    Result<void> setLineState(qint64 terminal, qint64 line, int state) override;
    Result<void> settlePayment(qint64 terminal, qint64 payment, int state,
                               const QString &errorCode) override;
    Result<void> recordRedemption(const MirroredRedemption &redemption) override;
    Result<void> noteSellerRefund(qint64 terminal, const QJsonArray &lines, qint64 at) override;
    Result<QString> seatCategory(qint64 event, const QString &seat) override;
    Result<QString> quotaName(qint64 quota) override;

private:
    Result<std::vector<MirroredLine>> lines(const char *sql, qint64 terminal, qint64 key);
    Result<QString> textOf(const char *sql, const std::function<void(SqliteStatement &)> &bind);

    WriteContext &m_ctx;
};

} // namespace tessera
