// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketfacts.h"

#include "sales/orderstate.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>
#include <QStringList>

namespace tessera {

namespace {

class TicketFactsText
{
    Q_DECLARE_TR_FUNCTIONS(tessera::TicketFacts)

public:
    // The plan's row label ("Row A") as printed, else "Row" and its number.
    static QString seat(const QString &zone, const QString &rowLabel, const QString &rowNumber,
                        const QString &number)
    {
        QStringList parts;
        if (!zone.isEmpty())
            parts << zone;
        if (!rowLabel.isEmpty())
            parts << rowLabel;
        else if (!rowNumber.isEmpty())
            parts << tr("Row %1").arg(rowNumber);
        parts << tr("Seat %1").arg(number);
        return parts.join(QStringLiteral(" · "));
    }
    static QString standing(qint64 quotaId) { return tr("Standing area %1").arg(quotaId); }
    static QString noTicket(qint64 id) { return tr("There is no ticket %1.").arg(id); }
};

} // namespace

Result<TicketFacts> TicketFacts::load(SqliteDb &db, qint64 ticketId)
{
    auto stmt = db.prepare(QStringLiteral(
        "SELECT l.event_id, e.name, e.starts_at, l.kind, l.ref_id, l.state, o.state, "
        "l.redeemed_at, l.redeemed_gate, t.code, t.name, s.guid, s.zone, s.row_label, "
        "s.row_number, s.seat_number, q.name "
        "FROM order_lines l JOIN orders o ON o.id = l.order_id "
        "LEFT JOIN events e ON e.id = l.event_id "
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
        return fail(ErrorCode::NotFound, TicketFactsText::noTicket(ticketId),
                    QStringLiteral("ticket"));
    TicketFacts facts;
    facts.ticketId = ticketId;
    facts.eventId = stmt->columnInt(0);
    facts.eventName = stmt->columnText(1);
    facts.eventStartsAtMs = stmt->columnInt(2);
    if (stmt->columnInt(3) == 0) {
        const QString number = stmt->columnText(15);
        facts.area = number.isEmpty()
                         ? stmt->columnText(11)
                         : TicketFactsText::seat(stmt->columnText(12), stmt->columnText(13),
                                                 stmt->columnText(14), number);
    } else {
        facts.area = stmt->columnText(16);
        if (facts.area.isEmpty())
            facts.area = TicketFactsText::standing(stmt->columnInt(4));
    }
    facts.refunded = LineState(stmt->columnInt(5)) == LineState::Refunded ||
                     OrderState(stmt->columnInt(6)) == OrderState::Refunded;
    facts.exchanged = LineState(stmt->columnInt(5)) == LineState::Exchanged;
    facts.cancelled = OrderState(stmt->columnInt(6)) == OrderState::Cancelled;
    if (const qint64 at = stmt->columnInt(7))
        facts.firstEntry = Redemption{at, stmt->columnText(8)};
    facts.ticketType = stmt->columnText(10);
    if (facts.ticketType.isEmpty())
        facts.ticketType = stmt->columnText(9);
    stmt->reset();
    return facts;
}

TicketFacts TicketFacts::fromClaims(const TicketClaims &claims)
{
    TicketFacts facts;
    facts.ticketId = claims.ticketId;
    facts.eventId = claims.eventId;
    facts.area = claims.kind == TicketKind::Seat ? claims.seatGuid
                                                 : TicketFactsText::standing(claims.quotaId);
    facts.ticketType = claims.ticketType;
    return facts;
}

} // namespace tessera
