// SPDX-License-Identifier: GPL-3.0-or-later
#include "sales/orderrecord.h"

#include "engine/writecontext.h"
#include "sales/ticketcode.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tessera {

Result<OrderRecord> OrderRecord::load(WriteContext &ctx, qint64 orderId)
{
    OrderRecord order;
    {
        auto stmt =
            ctx.statement("SELECT state, currency, total, paid, refunded FROM orders WHERE id = ?");
        if (!stmt)
            return stmt.error();
        SqliteStatement &s = **stmt;
        s.bind(1, orderId);
        auto row = s.step();
        if (!row)
            return row.error();
        if (!*row)
            return fail(ErrorCode::NotFound,
                        QCoreApplication::translate("tessera::OrderRecord", "There is no order %1.")
                            .arg(orderId),
                        QStringLiteral("order"));
        order.id = orderId;
        order.state = OrderState(s.columnInt(0));
        order.currency = s.columnText(1);
        order.total = s.columnInt(2);
        order.paid = s.columnInt(3);
        order.refunded = s.columnInt(4);
        s.reset();
    }
    auto stmt = ctx.statement("SELECT id, kind, event_id, ref_id, ticket_type_id, price, state, "
                              "secret, redeemed_at, redeemed_gate FROM order_lines "
                              "WHERE order_id = ? ORDER BY id");
    if (!stmt)
        return stmt.error();
    SqliteStatement &s = **stmt;
    s.bind(1, orderId);
    for (;;) {
        auto row = s.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        OrderLineRecord line;
        line.id = s.columnInt(0);
        line.kind = ItemKind(s.columnInt(1));
        line.eventId = s.columnInt(2);
        line.refId = s.columnInt(3);
        line.ticketTypeId = s.columnInt(4);
        line.price = s.columnInt(5);
        line.state = LineState(s.columnInt(6));
        line.secret = s.columnText(7);
        line.redeemedAt = s.columnInt(8);
        line.redeemedGate = s.columnText(9);
        order.lines.push_back(line);
    }
    return order;
}

QJsonArray OrderRecord::ticketsJson() const
{
    QJsonArray out;
    for (const OrderLineRecord &line : lines) {
        if (line.kind == ItemKind::CardKey || line.state != LineState::Active)
            continue;
        out.push_back(
            QJsonObject{{QStringLiteral("line"), line.id},
                        {QStringLiteral("price"), line.price},
                        {QStringLiteral("code"), TicketCode{line.id, line.secret}.toString()}});
    }
    return out;
}

Result<void> OrderRecord::saveTotals(WriteContext &ctx) const
{
    return ctx.run("UPDATE orders SET state = ?, total = ?, paid = ?, refunded = ? WHERE id = ?",
                   [&](SqliteStatement &s) {
                       s.bind(1, int(state)).bind(2, total).bind(3, paid).bind(4, refunded);
                       s.bind(5, id);
                   });
}

} // namespace tessera
