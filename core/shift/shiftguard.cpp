// SPDX-License-Identifier: GPL-3.0-or-later
#include "shift/shiftguard.h"

#include "engine/writecontext.h"
#include "shift/shiftpolicy.h"
#include "storage/sqlitedb.h"

#include <algorithm>

namespace tessera {

namespace {

Result<void> requireOpenShift(WriteContext &ctx, bool cash, const QString &field)
{
    // Through the writer's kept statement: asked once a cash sale.
    auto stmt = ctx.statement("SELECT 1 FROM shifts WHERE terminal = ? AND closed_at IS NULL");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, ctx.terminalId());
    bool open = false;
    if (auto r = (*stmt)->forEachRow([&](SqliteStatement &) { open = true; }); !r)
        return r.error();
    if (open)
        return {};
    return fail(ErrorCode::ShiftRequired,
                cash ? ShiftGuard::tr("No shift is open on terminal %1: cash needs a shift, so "
                                      "that it is counted. Open a shift with its float first.")
                           .arg(ctx.terminalId())
                     : ShiftGuard::tr("No shift is open on terminal %1: this box office takes "
                                      "every payment within a shift. Open a shift first.")
                           .arg(ctx.terminalId()),
                field);
}

} // namespace

Result<void> ShiftGuard::forPayments(WriteContext &ctx, const QStringList &methods,
                                     const QString &field)
{
    if (methods.isEmpty())
        return {};
    const ShiftPolicy policy = ShiftPolicy::read(ctx);
    const bool needed = std::any_of(methods.cbegin(), methods.cend(),
                                    [&](const QString &m) { return policy.needsShift(m); });
    if (!needed)
        return {};
    return requireOpenShift(ctx, methods.contains(QStringLiteral("cash")), field);
}

Result<void> ShiftGuard::forRefund(WriteContext &ctx, qint64 orderId, qint64 refundedBefore,
                                   qint64 amount, const QString &field)
{
    const ShiftPolicy policy = ShiftPolicy::read(ctx);
    if (policy.requiredFor == ShiftRule::None)
        return {};
    auto stmt = ctx.statement("SELECT COALESCE(SUM(amount), 0) FROM payments WHERE order_id = ? "
                              "AND method = 'cash' AND state = 0");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, orderId);
    qint64 cashPaid = 0;
    auto r = (*stmt)->forEachRow([&](SqliteStatement &s) { cashPaid = s.columnInt(0); });
    if (!r)
        return r.error();
    const qint64 cash =
        std::min(cashPaid, refundedBefore + amount) - std::min(cashPaid, refundedBefore);
    if (cash <= 0 && policy.requiredFor != ShiftRule::All)
        return {};
    return requireOpenShift(ctx, cash > 0, field);
}

} // namespace tessera
