// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/gatequeries.h"

#include "sales/orderstate.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>

namespace tessera {

Result<QHash<qint64, Redemption>> GateQueries::entries()
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT id, redeemed_at, redeemed_gate FROM order_lines WHERE redeemed_at IS NOT NULL"));
    if (!stmt)
        return stmt.error();
    QHash<qint64, Redemption> out;
    if (auto r = stmt->forEachRow([&](SqliteStatement &row) {
            out.insert(row.columnInt(0), Redemption{row.columnInt(1), row.columnText(2)});
        });
        !r)
        return r.error();
    return out;
}

Result<GateTicket> GateQueries::ticket(qint64 ticketId)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT l.event_id, e.name, e.starts_at, l.kind, l.ref_id, l.state, o.state, "
        "l.redeemed_at, l.redeemed_gate, t.code, t.name, s.guid, s.zone, s.row_label, "
        "s.row_number, s.seat_number, q.name, v.timezone "
        "FROM order_lines l JOIN orders o ON o.id = l.order_id "
        "LEFT JOIN events e ON e.id = l.event_id "
        "LEFT JOIN venues v ON v.id = e.venue_id "
        "LEFT JOIN ticket_types t ON t.id = l.ticket_type_id "
        "LEFT JOIN seats s ON l.kind = 0 AND s.id = l.ref_id "
        "LEFT JOIN ga_quotas q ON l.kind = 1 AND q.id = l.ref_id "
        "WHERE l.id = ? AND l.kind IN (0, 1)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, ticketId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("tessera::GateQueries", "There is no ticket %1.")
                        .arg(ticketId),
                    QStringLiteral("ticket"));
    GateTicket t;
    t.ticketId = ticketId;
    t.eventId = stmt->columnInt(0);
    t.eventName = stmt->columnText(1);
    t.eventStartsAtMs = stmt->columnInt(2);
    t.seat = stmt->columnInt(3) == 0;
    t.quotaId = t.seat ? 0 : stmt->columnInt(4);
    const auto line = LineState(stmt->columnInt(5));
    const auto order = OrderState(stmt->columnInt(6));
    t.refunded = line == LineState::Refunded || order == OrderState::Refunded;
    t.exchanged = line == LineState::Exchanged;
    t.cancelled = order == OrderState::Cancelled;
    if (const qint64 at = stmt->columnInt(7))
        t.firstEntry = Redemption{at, stmt->columnText(8)};
    t.ticketTypeCode = stmt->columnText(9);
    t.ticketTypeName = stmt->columnText(10);
    t.seatGuid = stmt->columnText(11);
    t.zone = stmt->columnText(12);
    t.rowLabel = stmt->columnText(13);
    t.rowNumber = stmt->columnText(14);
    t.seatNumber = stmt->columnText(15);
    t.quotaName = stmt->columnText(16);
    t.eventTimeZone = stmt->columnText(17);
    stmt->reset();
    return t;
}

} // namespace tessera
