// SPDX-License-Identifier: GPL-3.0-or-later
#include "sales/holdcommand.h"

#include "common/jsonfields.h"
#include "common/jsontext.h"
#include "engine/writecontext.h"
#include "sales/holdrelease.h"
#include "sales/lineresolver.h"

#include <QCoreApplication>

namespace tessera {

namespace {

constexpr qint64 kMinTtlSeconds = 10;
constexpr qint64 kMaxTtlSeconds = 24 * 3600;

Result<void> insertItem(WriteContext &ctx, qint64 holdId, const HoldItem &item)
{
    return ctx.run("INSERT INTO hold_items(hold_id, kind, scope_id, ref_id, quantity) "
                   "VALUES(?, ?, ?, ?, ?)",
                   [&](SqliteStatement &s) {
                       s.bind(1, holdId).bind(2, int(item.kind)).bind(3, item.scopeId);
                       s.bind(4, item.refId).bind(5, item.quantity);
                   });
}

} // namespace

HoldCommand::HoldCommand(qint64 eventId, QList<SaleLine> lines, qint64 ttlSeconds)
    : m_eventId(eventId)
    , m_lines(std::move(lines))
    , m_ttlSeconds(ttlSeconds)
{}

Result<std::unique_ptr<Command>> HoldCommand::fromJson(const QJsonObject &json)
{
    const JsonFields f(json);
    if (auto r = f.only({"event", "lines", "ttl_seconds"}); !r)
        return r.error();
    auto event = f.optionalInteger(QStringLiteral("event"), 0);
    if (!event)
        return event.error();
    auto array = f.array(QStringLiteral("lines"));
    if (!array)
        return array.error();
    auto lines = SaleLines::parse(*array, QStringLiteral("lines"), false);
    if (!lines)
        return lines.error();
    auto ttl = f.optionalInteger(QStringLiteral("ttl_seconds"), kDefaultTtlSeconds);
    if (!ttl)
        return ttl.error();
    if (*ttl < kMinTtlSeconds || *ttl > kMaxTtlSeconds)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("tessera::HoldCommand",
                                                "A hold lasts between %1 seconds and %2 hours.")
                        .arg(kMinTtlSeconds)
                        .arg(kMaxTtlSeconds / 3600),
                    QStringLiteral("ttl_seconds"));
    return std::unique_ptr<Command>(new HoldCommand(*event, *lines, *ttl));
}

QJsonObject HoldCommand::toJson() const
{
    QJsonObject o{{QStringLiteral("lines"), SaleLines::toJson(m_lines)},
                  {QStringLiteral("ttl_seconds"), m_ttlSeconds}};
    if (m_eventId)
        o.insert(QStringLiteral("event"), m_eventId);
    return o;
}

Result<CommandResult> HoldCommand::apply(WriteContext &ctx)
{
    ResolvedLines resolved;
    if (auto r = LineResolver::resolve(ctx, m_eventId, m_lines, nullptr, resolved); !r)
        return r.error();
    const qint64 expiresAt = ctx.now() + m_ttlSeconds * 1000;
    auto holdId = ctx.insert("INSERT INTO holds(state, created_at, expires_at, actor) "
                             "VALUES(0, ?, ?, ?)",
                             [&](SqliteStatement &s) {
                                 s.bind(1, ctx.now()).bind(2, expiresAt);
                                 s.bindOptional(3, ctx.actor());
                             });
    if (!holdId)
        return holdId.error();

    ActiveHold hold;
    hold.id = *holdId;
    hold.expiresAt = expiresAt;
    JsonText json;
    json.beginObject().field("hold", *holdId).field("expires_at", expiresAt);
    json.key("seats").beginArray();
    for (SeatSlot *slot : resolved.seatSlots) {
        slot->state = SeatState::Held;
        slot->holdId = hold.id;
        resolved.event->markDirty(*slot);
        hold.items.push_back({ItemKind::Seat, resolved.event->eventId, slot->seatId, 1});
        json.value(resolved.event->guidOf(slot->seatId));
    }
    json.endArray().key("ga").beginArray();
    for (const auto &[quotaId, quantity] : resolved.gaByQuota) {
        GaQuota &quota = resolved.event->quotas[quotaId];
        quota.held += quantity;
        resolved.event->markDirty(quota);
        hold.items.push_back(
            {ItemKind::GeneralAdmission, resolved.event->eventId, quotaId, quantity});
        json.beginObject().field("ga", quotaId).field("quantity", quantity).endObject();
    }
    json.endArray().key("cards").beginArray();
    for (const auto &[productId, quantity] : resolved.cardsByProduct) {
        CardPool *pool = resolved.pools.value(productId);
        for (qint64 i = 0; i < quantity; ++i) {
            const qint64 codeId = pool->takeCode();
            auto r = ctx.run("UPDATE card_codes SET state = 1, hold_id = ? WHERE id = ?",
                             [&](SqliteStatement &s) { s.bind(1, hold.id).bind(2, codeId); });
            if (!r)
                return r.error();
            hold.items.push_back({ItemKind::CardKey, productId, codeId, 1});
        }
        json.beginObject().field("card", productId).field("quantity", quantity).endObject();
    }
    json.endArray().endObject();
    for (const HoldItem &item : hold.items) {
        if (auto r = insertItem(ctx, hold.id, item); !r)
            return r.error();
    }
    if (auto r = ctx.inventory().addHold(std::move(hold)); !r)
        return r.error();
    return CommandResult(json.take());
}

Result<std::unique_ptr<Command>> ReleaseHoldCommand::fromJson(const QJsonObject &json)
{
    const JsonFields f(json);
    if (auto r = f.only({"hold"}); !r)
        return r.error();
    auto hold = f.positive(QStringLiteral("hold"));
    if (!hold)
        return hold.error();
    return std::unique_ptr<Command>(new ReleaseHoldCommand(*hold));
}

QJsonObject ReleaseHoldCommand::toJson() const
{
    return QJsonObject{{QStringLiteral("hold"), m_holdId}};
}

Result<CommandResult> ReleaseHoldCommand::apply(WriteContext &ctx)
{
    auto released = releaseHold(ctx, m_holdId, HoldEnd::Released);
    if (!released)
        return released.error();
    return *released;
}

} // namespace tessera
