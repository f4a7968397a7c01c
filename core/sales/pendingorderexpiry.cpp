// SPDX-License-Identifier: GPL-3.0-or-later
#include "sales/pendingorderexpiry.h"

#include "engine/writecontext.h"
#include "sales/inventoryreturn.h"
#include "sales/orderrecord.h"
#include "sales/pendingorderwait.h"

namespace tessera {

namespace {

// Pending, sold at the counter, nothing paid, created before the cutoff, and
// no payment that is still open (unknown) or was tried after the cutoff. The
// partial index orders_pending keeps this cheap however many paid orders
// there are.
const char *const kDueSql =
    "SELECT o.id FROM orders o WHERE o.state = 0 AND o.paid = 0 AND o.created_at <= ?1 "
    "AND o.channel = 'counter' "
    "AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.order_id = o.id "
    "AND (p.state = 2 OR p.created_at > ?1)) ORDER BY o.id LIMIT ?2";

const char *const kStillDueSql =
    "SELECT 1 FROM orders o WHERE o.id = ?2 AND o.state = 0 AND o.paid = 0 "
    "AND o.channel = 'counter' "
    "AND o.created_at <= ?1 AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.order_id = o.id "
    "AND (p.state = 2 OR p.created_at > ?1))";

// The oldest "last touched" moment (creation or latest payment attempt) of
// the pending counter orders that could expire, through orders_pending.
const char *const kNextDueSql =
    "SELECT MIN(MAX(o.created_at, COALESCE((SELECT MAX(p.created_at) FROM payments p "
    "WHERE p.order_id = o.id), 0))) FROM orders o WHERE o.state = 0 AND o.paid = 0 "
    "AND o.channel = 'counter' AND NOT EXISTS (SELECT 1 FROM payments p "
    "WHERE p.order_id = o.id AND p.state = 2)";

} // namespace

QString PendingOrderExpiry::expiredReason()
{
    return QStringLiteral("expired");
}

Result<qint64> PendingOrderExpiry::nextDue(WriteContext &ctx)
{
    const std::optional<int> set = PendingOrderWait::read(ctx.db());
    const qint64 ttl = set ? qint64(*set) * 60'000 : m_defaultTtlMs;
    if (ttl <= 0)
        return 0;
    auto stmt = ctx.statement(kNextDueSql);
    if (!stmt)
        return stmt.error();
    SqliteStatement &s = **stmt;
    auto row = s.step();
    if (!row)
        return row.error();
    const bool none = s.columnIsNull(0);
    const qint64 last = s.columnInt(0);
    s.reset();
    return none ? 0 : last + ttl;
}

Result<std::vector<qint64>> PendingOrderExpiry::due(WriteContext &ctx, int limit, bool force)
{
    const qint64 now = ctx.now();
    if (!force && m_lastCheck != 0 && now >= m_lastCheck && now - m_lastCheck < 1000)
        return std::vector<qint64>();
    m_lastCheck = now;
    // The box office's wait, looked up each time so a change holds at once.
    const std::optional<int> set = PendingOrderWait::read(ctx.db());
    m_ttlMs = set ? qint64(*set) * 60'000 : m_defaultTtlMs;
    if (m_ttlMs <= 0)
        return std::vector<qint64>();
    auto stmt = ctx.statement(kDueSql);
    if (!stmt)
        return stmt.error();
    SqliteStatement &s = **stmt;
    s.bind(1, now - m_ttlMs).bind(2, qint64(limit));
    std::vector<qint64> ids;
    for (;;) {
        auto row = s.step();
        if (!row) {
            s.reset();
            return row.error();
        }
        if (!*row)
            break;
        ids.push_back(s.columnInt(0));
    }
    s.reset();
    return ids;
}

Result<bool> PendingOrderExpiry::stillDue(WriteContext &ctx, qint64 orderId, qint64 cutoff)
{
    auto stmt = ctx.statement(kStillDueSql);
    if (!stmt)
        return stmt.error();
    SqliteStatement &s = **stmt;
    s.bind(1, cutoff).bind(2, orderId);
    auto row = s.step();
    s.reset();
    if (!row)
        return row.error();
    return *row;
}

Result<QJsonObject> PendingOrderExpiry::expire(WriteContext &ctx, qint64 orderId)
{
    if (m_ttlMs <= 0)
        return QJsonObject();
    auto due = stillDue(ctx, orderId, ctx.now() - m_ttlMs);
    if (!due)
        return due.error();
    if (!*due)
        return QJsonObject();
    auto order = OrderRecord::load(ctx, orderId);
    if (!order)
        return order.error();
    if (auto r = cancelUnpaidOrder(ctx, *order, expiredReason()); !r)
        return r.error();
    return QJsonObject{{QStringLiteral("order"), orderId},
                       {QStringLiteral("state"), orderStateName(order->state)},
                       {QStringLiteral("released_lines"), qint64(order->lines.size())},
                       {QStringLiteral("reason"), QStringLiteral("expired")}};
}

} // namespace tessera
