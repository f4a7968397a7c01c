// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup/canceleventcommand.h"

#include "common/jsonfields.h"
#include "engine/writecontext.h"
#include "sales/holdrelease.h"
#include "sales/inventoryreturn.h"
#include "sales/orderrecord.h"
#include "setup/canceleventrefunds.h"

#include <QJsonObject>

#include <vector>

namespace tessera {

namespace {

// The ids a query bound to one id returns, in order.
Result<std::vector<qint64>> idsOf(WriteContext &ctx, const char *sql, qint64 scope)
{
    auto stmt = ctx.statement(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, scope);
    std::vector<qint64> out;
    for (;;) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.push_back((*stmt)->columnInt(0));
    }
    return out;
}

} // namespace

Result<std::unique_ptr<Command>> CancelEventCommand::fromJson(const QJsonObject &json)
{
    const JsonFields f(json);
    if (auto r = f.only({"event", "reason"}); !r)
        return r.error();
    auto event = f.positive(QStringLiteral("event"));
    if (!event)
        return event.error();
    auto reason = f.string(QStringLiteral("reason"));
    if (!reason)
        return reason.error();
    if (reason->trimmed().isEmpty())
        return fail(ErrorCode::MissingField,
                    tr("Say why the event is cancelled: the refunds carry the reason."),
                    QStringLiteral("reason"));
    return std::unique_ptr<Command>(new CancelEventCommand(*event, reason->trimmed()));
}

QJsonObject CancelEventCommand::toJson() const
{
    return QJsonObject{{QStringLiteral("event"), m_eventId}, {QStringLiteral("reason"), m_reason}};
}

Result<CommandResult> CancelEventCommand::apply(WriteContext &ctx)
{
    QString name;
    {
        auto stmt = ctx.statement("SELECT name, cancelled_at FROM events WHERE id = ?");
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, m_eventId);
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            return fail(ErrorCode::NotFound, tr("There is no event %1.").arg(m_eventId),
                        QStringLiteral("event"));
        name = (*stmt)->columnText(0);
        const bool cancelled = !(*stmt)->columnIsNull(1);
        (*stmt)->reset();
        if (cancelled)
            return fail(ErrorCode::InvalidState, tr("\"%1\" was cancelled already.").arg(name),
                        QStringLiteral("event"));
    }

    // Holds first, so their seats are free before orders give theirs back.
    auto holds = idsOf(ctx,
                       "SELECT DISTINCT h.id FROM holds h JOIN hold_items i ON i.hold_id = h.id "
                       "WHERE h.state = 0 AND i.kind IN (0, 1) AND i.scope_id = ? ORDER BY h.id",
                       m_eventId);
    if (!holds)
        return holds.error();
    for (qint64 hold : *holds) {
        if (auto r = releaseHold(ctx, hold, HoldEnd::Released); !r)
            return r.error();
    }

    auto pending = idsOf(ctx,
                         "SELECT DISTINCT o.id FROM orders o JOIN order_lines l ON "
                         "l.order_id = o.id WHERE l.event_id = ? AND o.state = 0 ORDER BY o.id",
                         m_eventId);
    if (!pending)
        return pending.error();
    qint64 refunded = 0;
    qint64 partPaid = 0;
    for (qint64 id : *pending) {
        auto order = OrderRecord::load(ctx, id);
        if (!order)
            return order.error();
        if (order->paid > 0) {
            // The show will not happen: what was paid goes back and the order ends.
            auto amount = refundAndCancelPartPaidOrder(ctx, *order, m_reason);
            if (!amount)
                return amount.error();
            refunded += *amount;
            ++partPaid;
            continue;
        }
        if (auto r = cancelUnpaidOrder(ctx, *order, m_reason); !r)
            return r.error();
    }

    // Every paid ticket of the event, scanned at the gate or not, refunded per order.
    auto paid = idsOf(ctx,
                      "SELECT DISTINCT o.id FROM orders o JOIN order_lines l ON l.order_id = o.id "
                      "WHERE l.event_id = ? AND l.state = 0 AND o.state IN (1, 4) ORDER BY o.id",
                      m_eventId);
    if (!paid)
        return paid.error();
    qint64 tickets = 0;
    for (qint64 id : *paid) {
        auto order = OrderRecord::load(ctx, id);
        if (!order)
            return order.error();
        QList<qint64> ofEvent;
        for (const OrderLineRecord &line : order->lines) {
            if (line.state == LineState::Active && line.kind != ItemKind::CardKey &&
                line.eventId == m_eventId)
                ofEvent.push_back(line.id);
        }
        auto amount = refundLinesOfCancelledEvent(ctx, *order, ofEvent, m_reason);
        if (!amount)
            return amount.error();
        refunded += *amount;
        tickets += qint64(ofEvent.size());
    }

    auto marked = ctx.run("UPDATE events SET cancelled_at = ?, cancelled_by = ?, "
                          "cancel_reason = ? WHERE id = ?",
                          [&](SqliteStatement &s) {
                              s.bind(1, ctx.now()).bindOptional(2, ctx.actor());
                              s.bind(3, m_reason).bind(4, m_eventId);
                          });
    if (!marked)
        return marked.error();
    auto inventory = ctx.inventory().event(m_eventId);
    if (!inventory)
        return inventory.error();
    (*inventory)->cancelledAt = ctx.now();
    if ((*inventory)->generation)
        ++*(*inventory)->generation;
    return QJsonObject{{QStringLiteral("event"), m_eventId},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("refunded_orders"), qint64(paid->size())},
                       {QStringLiteral("refunded_tickets"), tickets},
                       {QStringLiteral("refunded_amount"), refunded},
                       {QStringLiteral("cancelled_orders"), qint64(pending->size())},
                       {QStringLiteral("refunded_part_paid_orders"), partPaid},
                       {QStringLiteral("released_holds"), qint64(holds->size())}};
}

} // namespace tessera
