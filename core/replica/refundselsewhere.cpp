// SPDX-License-Identifier: GPL-3.0-or-later
#include "replica/refundselsewhere.h"

#include "common/jsonfields.h"
#include "engine/writecontext.h"
#include "sales/inventoryreturn.h"
#include "sales/orderrecord.h"
#include "storage/sqlitedb.h"

namespace tessera {

Result<RefundsElsewhere> RefundsElsewhere::parse(const QJsonValue &value)
{
    RefundsElsewhere out;
    if (value.isUndefined())
        return out;
    const QString where = QStringLiteral("refunded_elsewhere");
    auto bad = [&](const QString &at, const QString &what) {
        return fail(ErrorCode::InvalidInput,
                    tr("The server's catalog is malformed at %1: %2.").arg(at, what), at);
    };
    if (!value.isArray())
        return bad(where, tr("a list is expected"));
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonArray r = list.at(i).toArray();
        const QString at = QStringLiteral("%1[%2]").arg(where).arg(i);
        if (r.size() != 7 || !isWholeNumber(r.at(0), 1) || !isWholeNumber(r.at(1), 1) ||
            !isWholeNumber(r.at(2), 1) || !isWholeNumber(r.at(3), 0) || !r.at(4).isString() ||
            !isWholeNumber(r.at(5), 0) || !r.at(6).isString())
            return bad(at, tr("[refund, line, order, amount, reason, time, terminal] is expected"));
        out.m_entries.push_back(Entry{r.at(0).toInteger(), r.at(1).toInteger(), r.at(2).toInteger(),
                                      r.at(3).toInteger(), r.at(4).toString(), r.at(5).toInteger(),
                                      r.at(6).toString()});
    }
    return out;
}

Result<qint64> RefundsElsewhere::apply(WriteContext &ctx) const
{
    qint64 applied = 0;
    for (const Entry &e : m_entries) {
        auto done = applyOne(ctx, e);
        if (!done)
            return done.error();
        applied += *done ? 1 : 0;
    }
    return applied;
}

Result<bool> RefundsElsewhere::applyOne(WriteContext &ctx, const Entry &e) const
{
    auto known = ctx.statement("SELECT 1 FROM refunds_elsewhere WHERE server_refund = ?");
    if (!known)
        return known.error();
    (*known)->bind(1, e.refund);
    bool seen = false;
    if (auto r = (*known)->forEachRow([&](SqliteStatement &) { seen = true; }); !r)
        return r.error();
    if (seen)
        return false;
    bool applied = false;
    auto order = OrderRecord::load(ctx, e.order);
    if (order) {
        const auto line = std::find_if(order->lines.cbegin(), order->lines.cend(),
                                       [&](const OrderLineRecord &l) { return l.id == e.line; });
        if (line != order->lines.cend() && line->state == LineState::Active && !line->redeemedAt &&
            line->kind != ItemKind::CardKey) {
            if (auto r = returnLineToSale(ctx, e.order, *line, CardKeyFate::Void); !r)
                return r.error();
            if (auto r = ctx.run("UPDATE order_lines SET state = ? WHERE id = ?",
                                 [&](SqliteStatement &s) {
                                     s.bind(1, int(LineState::Refunded)).bind(2, e.line);
                                 });
                !r)
                return r.error();
            const bool activeLeft =
                std::any_of(order->lines.cbegin(), order->lines.cend(), [&](const auto &l) {
                    return l.id != e.line && l.state == LineState::Active;
                });
            order->refunded += e.amount;
            order->state = activeLeft ? OrderState::PartlyRefunded : OrderState::Refunded;
            if (auto r = order->saveTotals(ctx); !r)
                return r.error();
            applied = true;
        }
    } else if (order.error().code != ErrorCode::NotFound) {
        return order.error();
    }
    auto r = ctx.run("INSERT INTO refunds_elsewhere(server_refund, order_id, line_id, amount, "
                     "reason, refunded_by, refunded_at, applied) VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
                     [&](SqliteStatement &s) {
                         s.bind(1, e.refund).bind(2, e.order).bind(3, e.line).bind(4, e.amount);
                         s.bind(5, e.reason).bind(6, e.by).bind(7, e.at).bind(8, applied ? 1 : 0);
                     });
    if (!r)
        return r.error();
    return applied;
}

} // namespace tessera
