// SPDX-License-Identifier: GPL-3.0-or-later
#include "replica/recordremoterefundcommand.h"

#include "common/jsonfields.h"
#include "common/money.h"
#include "engine/writecontext.h"
#include "shift/shiftrecord.h"
#include "storage/sqlitedb.h"

namespace tessera {

QJsonObject RecordRemoteRefundCommand::toJson() const
{
    QJsonObject o;
    for (const char *key :
         {"refund", "amount", "currency", "reason", "sold_by", "event", "ticket", "approved_by"}) {
        if (m_refund.contains(QLatin1String(key)))
            o.insert(QLatin1String(key), m_refund.value(QLatin1String(key)));
    }
    return o;
}

Result<CommandResult> RecordRemoteRefundCommand::apply(WriteContext &ctx)
{
    const JsonFields f(m_refund);
    auto refund = f.positive(QStringLiteral("refund"));
    if (!refund)
        return refund.error();
    const QJsonValue amountValue = m_refund.value(QLatin1String("amount"));
    if (!isWholeNumber(amountValue, 0))
        return fail(ErrorCode::InvalidInput, tr("The amount is a whole number of minor units."),
                    QStringLiteral("amount"));
    const qint64 amount = amountValue.toInteger();
    const QString currency = m_refund.value(QLatin1String("currency")).toString();
    const QString soldBy = m_refund.value(QLatin1String("sold_by")).toString();
    const QString ticket = m_refund.value(QLatin1String("ticket")).toString();
    const QString reason = m_refund.value(QLatin1String("reason")).toString();
    auto paid = ctx.statement("SELECT 1 FROM remote_refunds_paid WHERE server_refund = ?");
    if (!paid)
        return paid.error();
    (*paid)->bind(1, *refund);
    bool already = false;
    if (auto r = (*paid)->forEachRow([&](SqliteStatement &) { already = true; }); !r)
        return r.error();
    if (already)
        return fail(ErrorCode::InvalidState,
                    tr("The server's refund %1 was paid at this counter already.").arg(*refund),
                    QStringLiteral("refund"));
    auto shift = ShiftRecord::openOn(ctx.db(), ctx.terminalId());
    if (!shift)
        return shift.error();
    if (!*shift)
        return fail(ErrorCode::ShiftRequired,
                    tr("No shift is open on terminal %1: the money is paid back from the drawer, "
                       "so open a shift first.")
                        .arg(ctx.terminalId()),
                    QStringLiteral("shift"));
    if ((*shift)->currency != currency)
        return fail(ErrorCode::InvalidState,
                    tr("The ticket was paid in %1; this drawer holds %2.")
                        .arg(currency, (*shift)->currency),
                    QStringLiteral("currency"));
    std::optional<qint64> movement;
    if (amount > 0) {
        auto id = ctx.insert(
            "INSERT INTO cash_movements(shift_id, kind, amount, reason, actor, created_at) "
            "VALUES(?, 'out', ?, ?, ?, ?)",
            [&](SqliteStatement &s) {
                s.bind(1, (*shift)->id).bind(2, amount);
                s.bind(3, tr("Refund of ticket %1 sold at %2 (server refund %3): %4")
                              .arg(ticket, soldBy)
                              .arg(*refund)
                              .arg(reason));
                s.bindOptional(4, ctx.actor()).bind(5, ctx.now());
            });
        if (!id)
            return id.error();
        movement = *id;
    }
    auto r =
        ctx.run("INSERT INTO remote_refunds_paid(server_refund, movement_id, sold_by, "
                "event_id, ticket, amount, currency, reason, actor, approved_by, created_at) "
                "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [&](SqliteStatement &s) {
                    s.bind(1, *refund);
                    if (movement)
                        s.bind(2, *movement);
                    else
                        s.bindNull(2);
                    s.bind(3, soldBy).bind(4, m_refund.value(QLatin1String("event")).toInteger());
                    s.bind(5, ticket).bind(6, amount).bind(7, currency).bind(8, reason);
                    s.bindOptional(9, ctx.actor());
                    s.bindOptional(10, m_refund.value(QLatin1String("approved_by")).toString());
                    s.bind(11, ctx.now());
                });
    if (!r)
        return r.error();
    QJsonObject out{{QStringLiteral("refund"), *refund},
                    {QStringLiteral("amount"), amount},
                    {QStringLiteral("currency"), currency},
                    {QStringLiteral("cash"), Money{amount, currency}.toString()},
                    {QStringLiteral("sold_by"), soldBy},
                    {QStringLiteral("ticket"), ticket},
                    {QStringLiteral("shift"), (*shift)->id}};
    if (movement)
        out.insert(QStringLiteral("movement"), *movement);
    return out;
}

} // namespace tessera
