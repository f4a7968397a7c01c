// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickets/ticketbook.h"

#include "sales/orderstate.h"
#include "storage/sqlitedb.h"

#include <QJsonObject>

namespace tessera {

namespace {

// A ticket is good from its sale until six hours after the show starts,
// unless the event says when it ends.
constexpr qint64 kGraceAfterStartMs = 6 * 3600 * 1000;

} // namespace

Result<TicketClaims> TicketBook::claimsForLine(qint64 lineId)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT l.kind, l.event_id, l.ref_id, s.guid, t.code, o.created_at, e.starts_at, "
        "e.ends_at, o.state, l.state FROM order_lines l JOIN orders o ON o.id = l.order_id "
        "JOIN events e ON e.id = l.event_id LEFT JOIN seats s ON l.kind = 0 AND s.id = l.ref_id "
        "LEFT JOIN ticket_types t ON t.id = l.ticket_type_id WHERE l.id = ? AND l.kind IN (0, 1)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, lineId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return fail(ErrorCode::NotFound, tr("There is no ticket %1.").arg(lineId),
                    QStringLiteral("line"));
    const auto orderState = OrderState(stmt->columnInt(8));
    if (orderState != OrderState::Paid && orderState != OrderState::PartlyRefunded)
        return fail(ErrorCode::InvalidState, tr("Ticket %1 is not paid.").arg(lineId),
                    QStringLiteral("line"));
    TicketClaims claims;
    claims.ticketId = lineId;
    claims.eventId = stmt->columnInt(1);
    claims.kind = stmt->columnInt(0) == 0 ? TicketKind::Seat : TicketKind::GeneralAdmission;
    if (claims.kind == TicketKind::Seat)
        claims.seatGuid = stmt->columnText(3);
    else
        claims.quotaId = stmt->columnInt(2);
    claims.ticketType = stmt->columnText(4);
    claims.validFromMs = stmt->columnInt(5);
    const qint64 startsAt = stmt->columnInt(6);
    const qint64 endsAt = stmt->columnInt(7);
    claims.validUntilMs = qMax(claims.validFromMs, endsAt ? endsAt : startsAt + kGraceAfterStartMs);
    stmt->reset();
    return claims;
}

Result<QJsonArray> TicketBook::signedCodes(qint64 orderId, const Ed25519KeyPair &key)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT id FROM order_lines WHERE order_id = ? "
                                            "AND kind IN (0, 1) AND state = 0 ORDER BY id"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, orderId);
    QList<qint64> lines;
    if (auto r = stmt->forEachRow([&](SqliteStatement &row) { lines.push_back(row.columnInt(0)); });
        !r)
        return r.error();
    QJsonArray out;
    for (const qint64 line : std::as_const(lines)) {
        auto claims = claimsForLine(line);
        if (!claims)
            return claims.error();
        QJsonObject o{{QStringLiteral("line"), line},
                      {QStringLiteral("ticket_type"), claims->ticketType},
                      {QStringLiteral("code"), SignedTicket::issue(*claims, key)}};
        if (claims->kind == TicketKind::Seat)
            o.insert(QStringLiteral("seat"), claims->seatGuid);
        else
            o.insert(QStringLiteral("ga"), claims->quotaId);
        out.push_back(o);
    }
    return out;
}

Result<TicketVerifier::Setup> TicketBook::gateSetup(std::optional<qint64> eventId,
                                                    const Ed25519PublicKey &key)
{
    TicketVerifier::Setup setup;
    setup.keys.push_back(key);
    setup.expectedEventId = eventId;
    // Refunded and exchanged tickets, and every ticket of a cancelled or
    // refunded order.
    auto revoked = m_db.prepare(
        QStringLiteral("SELECT l.id FROM order_lines l JOIN orders o ON o.id = l.order_id "
                       "WHERE l.kind IN (0, 1) AND (l.state IN (1, 2) OR o.state IN (2, 3))"));
    if (!revoked)
        return revoked.error();
    if (auto r =
            revoked->forEachRow([&](SqliteStatement &row) { setup.revoked.add(row.columnInt(0)); });
        !r)
        return r.error();
    // The gate asks the database for entries as it checks (a local gate).
    auto *db = &m_db;
    setup.alreadyUsed = [db](qint64 ticketId) -> std::optional<Redemption> {
        auto stmt = db->prepare(
            QStringLiteral("SELECT redeemed_at, redeemed_gate FROM order_lines WHERE id = ? AND "
                           "redeemed_at IS NOT NULL"));
        if (!stmt)
            return std::nullopt;
        stmt->bind(1, ticketId);
        auto found = stmt->step();
        if (!found || !*found)
            return std::nullopt;
        return Redemption{stmt->columnInt(0), stmt->columnText(1)};
    };
    return setup;
}

} // namespace tessera
