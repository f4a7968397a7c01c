// SPDX-License-Identifier: GPL-3.0-or-later
#include "sales/lineresolver.h"

#include "engine/writecontext.h"

#include <QCoreApplication>
#include <QDateTime>

namespace tessera {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tessera", text);
}

QString seatStateName(SeatState state)
{
    switch (state) {
    case SeatState::Available:
        return tr("available");
    case SeatState::Held:
        return tr("held by another sale");
    case SeatState::Sold:
        return tr("sold");
    case SeatState::Blocked:
        return tr("blocked");
    case SeatState::Elsewhere:
        return tr("not this counter's to sell");
    }
    return {};
}

qint64 heldQuantity(const ActiveHold &hold, ItemKind kind, qint64 scope, qint64 ref)
{
    qint64 sum = 0;
    for (const HoldItem &item : hold.items) {
        if (item.kind == kind && item.scopeId == scope && (ref == 0 || item.refId == ref))
            sum += item.quantity;
    }
    return sum;
}

} // namespace

Result<void> LineResolver::checkSaleWindow(const EventInventory &event, qint64 now)
{
    if (event.cancelledAt)
        return fail(ErrorCode::SaleWindowClosed,
                    tr("\"%1\" was cancelled; it is not on sale.").arg(event.name),
                    QStringLiteral("event"));
    if (event.saleStartsAt && now < event.saleStartsAt)
        return fail(ErrorCode::SaleWindowClosed,
                    tr("Sales for \"%1\" open at %2.")
                        .arg(event.name, QDateTime::fromMSecsSinceEpoch(event.saleStartsAt, Qt::UTC)
                                             .toString(Qt::ISODate)),
                    QStringLiteral("event"));
    if (event.saleEndsAt && now >= event.saleEndsAt)
        return fail(ErrorCode::SaleWindowClosed,
                    tr("Sales for \"%1\" closed at %2.")
                        .arg(event.name, QDateTime::fromMSecsSinceEpoch(event.saleEndsAt, Qt::UTC)
                                             .toString(Qt::ISODate)),
                    QStringLiteral("event"));
    return {};
}

Result<void> LineResolver::resolve(WriteContext &ctx, qint64 eventId, const QList<SaleLine> &lines,
                                   const ActiveHold *fromHold, ResolvedLines &out)
{
    if (SaleLines::needsEvent(lines)) {
        if (eventId <= 0)
            return fail(ErrorCode::MissingField, tr("Seats and GA tickets need an event."),
                        QStringLiteral("event"));
        auto event = ctx.inventory().event(eventId);
        if (!event)
            return event.error();
        out.event = *event;
        if (auto r = checkSaleWindow(*out.event, ctx.now()); !r)
            return r.error();
    }
    for (const SaleLine &line : lines) {
        switch (line.kind) {
        case ItemKind::Seat: {
            SeatSlot *slot = out.event->seatByGuid(line.seatGuid);
            if (!slot)
                return fail(ErrorCode::UnknownReference,
                            tr("Seat \"%1\" is not part of this event's venue.").arg(line.seatGuid),
                            line.path + QStringLiteral(".seat"));
            const bool ours =
                fromHold && slot->state == SeatState::Held && slot->holdId == fromHold->id;
            if (!ours && slot->state == SeatState::Elsewhere)
                return fail(ErrorCode::NotAllocated,
                            tr("Seat \"%1\" is not this counter's to sell: the central server "
                               "has not allocated it to this terminal.")
                                .arg(line.seatGuid),
                            line.path + QStringLiteral(".seat"));
            if (!ours && slot->state != SeatState::Available)
                return fail(ErrorCode::SeatUnavailable,
                            tr("Seat \"%1\" is %2.").arg(line.seatGuid, seatStateName(slot->state)),
                            line.path + QStringLiteral(".seat"));
            if (fromHold && !ours)
                return fail(
                    ErrorCode::InvalidInput,
                    tr("Seat \"%1\" is not in hold %2.").arg(line.seatGuid).arg(fromHold->id),
                    line.path + QStringLiteral(".seat"));
            // Typed callers bypass SaleLines::parse; one seat is still sold once.
            if (std::find(out.seatSlots.cbegin(), out.seatSlots.cend(), slot) !=
                out.seatSlots.cend())
                return fail(ErrorCode::DuplicateId, tr("The same seat is listed twice."),
                            line.path + QStringLiteral(".seat"));
            out.seatSlots.push_back(slot);
            out.seatLines.push_back(&line);
            break;
        }
        case ItemKind::GeneralAdmission: {
            const auto found = std::as_const(out.event->quotas).find(line.refId);
            if (found == out.event->quotas.cend())
                return fail(ErrorCode::UnknownReference,
                            tr("GA quota %1 does not belong to this event.").arg(line.refId),
                            line.path + QStringLiteral(".ga"));
            const qint64 wanted = out.gaByQuota.add(line.refId, line.quantity);
            const GaQuota &quota = *found;
            const qint64 have = fromHold ? heldQuantity(*fromHold, ItemKind::GeneralAdmission,
                                                        out.event->eventId, line.refId)
                                         : quota.available();
            if (wanted > have && !fromHold && quota.allocationLimits())
                return fail(ErrorCode::NotAllocated,
                            tr("Only %1 tickets of \"%2\" are left of this counter's allocation.")
                                .arg(have)
                                .arg(quota.name),
                            line.path + QStringLiteral(".quantity"));
            if (wanted > have)
                return fail(
                    ErrorCode::QuotaExhausted,
                    fromHold ? tr("Hold %1 reserves only %2 tickets of \"%3\".")
                                   .arg(fromHold->id)
                                   .arg(have)
                                   .arg(quota.name)
                             : tr("Only %1 tickets of \"%2\" are left.").arg(have).arg(quota.name),
                    line.path + QStringLiteral(".quantity"));
            break;
        }
        case ItemKind::CardKey: {
            auto pool = ctx.inventory().cardPool(line.refId);
            if (!pool)
                return fail(pool.error().code, pool.error().message,
                            line.path + QStringLiteral(".card"));
            out.pools.insert(line.refId, *pool);
            const qint64 wanted = out.cardsByProduct.add(line.refId, line.quantity);
            const qint64 have = fromHold ? heldQuantity(*fromHold, ItemKind::CardKey, line.refId, 0)
                                         : qint64((*pool)->availableCodes.size());
            if (wanted > have)
                return fail(ErrorCode::PoolExhausted,
                            tr("Only %1 codes of \"%2\" are left.").arg(have).arg((*pool)->name),
                            line.path + QStringLiteral(".quantity"));
            break;
        }
        }
    }
    return {};
}

} // namespace tessera
