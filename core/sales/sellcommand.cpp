// SPDX-License-Identifier: GPL-3.0-or-later
#include "sales/sellcommand.h"

#include "common/jsonfields.h"
#include "common/jsontext.h"
#include "common/randomsource.h"
#include "crypto/keyring.h"
#include "engine/writecontext.h"
#include "sales/holdrelease.h"
#include "sales/lineresolver.h"
#include "sales/orderstate.h"
#include "sales/ticketcode.h"
#include "shift/shiftguard.h"

#include <QCoreApplication>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>

namespace tessera {

namespace {

const QStringList &knownChannels()
{
    static const QStringList channels{QStringLiteral("counter"), QStringLiteral("online"),
                                      QStringLiteral("phone")};
    return channels;
}

// Inserts one ticket line and returns its id.
Result<qint64> insertLine(WriteContext &ctx, qint64 orderId, ItemKind kind, qint64 eventId,
                          qint64 refId, qint64 ticketTypeId, qint64 price, QByteArrayView secret)
{
    return ctx.insert("INSERT INTO order_lines(order_id, kind, event_id, ref_id, ticket_type_id, "
                      "price, secret) VALUES(?, ?, ?, ?, ?, ?, ?)",
                      [&](SqliteStatement &s) {
                          s.bind(1, orderId).bind(2, int(kind));
                          eventId ? s.bind(3, eventId) : s.bindNull(3);
                          s.bind(4, refId);
                          ticketTypeId ? s.bind(5, ticketTypeId) : s.bindNull(5);
                          s.bind(6, price);
                          // The secret outlives run(), which resets the statement.
                          secret.isEmpty() ? s.bindNull(7) : s.bindTextNoCopy(7, secret);
                      });
}

} // namespace

Result<std::unique_ptr<Command>> SellCommand::fromJson(const QJsonObject &json)
{
    const JsonFields f(json);
    if (auto r = f.only({"event", "hold", "lines", "payments", "customer", "channel"}); !r)
        return r.error();
    Input in;
    auto event = f.optionalInteger(QStringLiteral("event"), 0);
    if (!event)
        return event.error();
    in.eventId = *event;
    auto hold = f.optionalInteger(QStringLiteral("hold"), 0);
    if (!hold)
        return hold.error();
    in.holdId = *hold;
    auto lines = f.array(QStringLiteral("lines"));
    if (!lines)
        return lines.error();
    auto parsed = SaleLines::parse(*lines, QStringLiteral("lines"), true);
    if (!parsed)
        return parsed.error();
    in.lines = *parsed;
    auto payments = f.optionalArray(QStringLiteral("payments"));
    if (!payments)
        return payments.error();
    auto parsedPayments = PaymentInput::listFromJson(*payments, QStringLiteral("payments"));
    if (!parsedPayments)
        return parsedPayments.error();
    in.payments = *parsedPayments;
    auto customer = f.optionalObject(QStringLiteral("customer"));
    if (!customer)
        return customer.error();
    auto parsedCustomer = Customer::fromJson(*customer, QStringLiteral("customer"));
    if (!parsedCustomer)
        return parsedCustomer.error();
    in.customer = *parsedCustomer;
    auto channel = f.optionalString(QStringLiteral("channel"));
    if (!channel)
        return channel.error();
    if (!channel->isEmpty()) {
        if (!knownChannels().contains(*channel))
            return fail(ErrorCode::InvalidInput, tr("Unknown sales channel \"%1\".").arg(*channel),
                        QStringLiteral("channel"));
        in.channel = *channel;
    }
    return std::unique_ptr<Command>(new SellCommand(std::move(in)));
}

QJsonObject SellCommand::toJson() const
{
    QJsonObject o{{QStringLiteral("lines"), SaleLines::toJson(m_in.lines)},
                  {QStringLiteral("payments"), PaymentInput::listToJson(m_in.payments)},
                  {QStringLiteral("channel"), m_in.channel}};
    if (m_in.eventId)
        o.insert(QStringLiteral("event"), m_in.eventId);
    if (m_in.holdId)
        o.insert(QStringLiteral("hold"), m_in.holdId);
    // The customer's details are personal data and are stored only encrypted:
    // the journalled request (built here, on the caller's thread, without the
    // data key) leaves them out; they travel in the command object.
    return o;
}

QByteArray SellCommand::toJsonBytes() const
{
    // Members in QJsonObject's (sorted) order, so both paths agree byte for byte.
    JsonText json;
    json.beginObject().field("channel", m_in.channel);
    // No customer, as in toJson().
    if (m_in.eventId)
        json.field("event", m_in.eventId);
    if (m_in.holdId)
        json.field("hold", m_in.holdId);
    json.key("lines").beginArray();
    for (const SaleLine &line : m_in.lines) {
        json.beginObject();
        if (line.kind == ItemKind::CardKey)
            json.field("card", line.refId);
        if (line.kind == ItemKind::GeneralAdmission)
            json.field("ga", line.refId);
        if (line.kind != ItemKind::Seat)
            json.field("quantity", line.quantity);
        if (line.kind == ItemKind::Seat)
            json.field("seat", line.seatGuid);
        if (!line.ticketType.isEmpty())
            json.field("ticket_type", line.ticketType);
        json.endObject();
    }
    json.endArray().key("payments").beginArray();
    for (const PaymentInput &p : m_in.payments) {
        json.beginObject().field("amount", p.amount);
        if (!p.cardLast4.isEmpty())
            json.field("card_last4", p.cardLast4);
        if (!p.errorCode.isEmpty())
            json.field("error_code", p.errorCode);
        json.field("method", p.method);
        if (!p.reference.isEmpty())
            json.field("reference", p.reference);
        json.field("state", paymentStateName(p.state)).endObject();
    }
    json.endArray().endObject();
    return json.take();
}

Result<CommandResult> SellCommand::apply(WriteContext &ctx)
{
    ActiveHold *hold = nullptr;
    if (m_in.holdId) {
        auto found = ctx.inventory().hold(m_in.holdId);
        if (!found)
            return found.error();
        hold = *found;
    }
    ResolvedLines resolved;
    if (auto r = LineResolver::resolve(ctx, m_in.eventId, m_in.lines, hold, resolved); !r)
        return r.error();
    EventInventory *event = resolved.event;

    // Price every line before anything is written.
    QString currency = event ? event->currency : QString();
    // A counter sale has a few lines: these stay on the stack.
    QVarLengthArray<qint64, 8> linePrice(m_in.lines.size());
    QVarLengthArray<qint64, 8> lineType(m_in.lines.size());
    std::fill(linePrice.begin(), linePrice.end(), 0);
    std::fill(lineType.begin(), lineType.end(), 0);
    size_t seatIndex = 0;
    qint64 total = 0;
    for (qsizetype i = 0; i < m_in.lines.size(); ++i) {
        const SaleLine &line = m_in.lines[i];
        if (line.kind == ItemKind::CardKey) {
            const CardPool *pool = resolved.pools.value(line.refId);
            if (currency.isEmpty())
                currency = pool->currency;
            if (pool->currency != currency)
                return fail(ErrorCode::InvalidInput,
                            tr("\"%1\" is sold in %2, the rest of the order in %3.")
                                .arg(pool->name, pool->currency, currency),
                            line.path + QStringLiteral(".card"));
            linePrice[i] = pool->price;
            total += pool->price * line.quantity;
            continue;
        }
        const qint64 typeId = event->ticketTypeId(line.ticketType);
        if (!typeId)
            return fail(ErrorCode::UnknownReference,
                        tr("This event has no ticket type \"%1\".").arg(line.ticketType),
                        line.path + QStringLiteral(".ticket_type"));
        lineType[i] = typeId;
        std::optional<qint64> price;
        if (line.kind == ItemKind::Seat) {
            const SeatSlot *slot = resolved.seatSlots[seatIndex++];
            const auto it =
                event->seatPrice.constFind(EventInventory::priceKey(slot->categoryId, typeId));
            if (it != event->seatPrice.cend())
                price = *it;
        } else {
            const GaQuota &quota = event->quotas[line.refId];
            const auto it = quota.priceByTicketType.constFind(typeId);
            if (it != quota.priceByTicketType.cend())
                price = *it;
        }
        if (!price)
            return fail(ErrorCode::UnknownReference,
                        tr("There is no price for ticket type \"%1\" here.").arg(line.ticketType),
                        line.path + QStringLiteral(".ticket_type"));
        linePrice[i] = *price;
        total += *price * line.quantity;
    }
    const qint64 approved = PaymentInput::approvedSum(m_in.payments);
    if (approved > total)
        return fail(ErrorCode::PaymentMismatch,
                    tr("The payments (%1) exceed the order total (%2); record the amount applied "
                       "to the order and give the change.")
                        .arg(approved)
                        .arg(total),
                    QStringLiteral("payments"));
    const OrderState state = approved == total ? OrderState::Paid : OrderState::Pending;
    if (auto r = ShiftGuard::forPayments(ctx, PaymentInput::methodsTaking(m_in.payments),
                                         QStringLiteral("payments"));
        !r)
        return r.error();

    // The customer is stored only sealed (customer_enc) with blind indexes of
    // the phone and name for search; customer_name/phone/email stay NULL.
    auto orderId = ctx.insert(
        "INSERT INTO orders(state, currency, total, paid, customer_enc, phone_index, "
        "name_index, created_at, actor, channel) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [&](SqliteStatement &s) {
            s.bind(1, int(state)).bind(2, currency).bind(3, total).bind(4, approved);
            if (m_in.customer.isEmpty()) {
                s.bindNull(5).bindNull(6).bindNull(7);
            } else {
                // Sealed on the caller's thread unless the key changed since
                // (then sealed again here and kept, for an apply after a
                // rollback). The command outlives the statement's run, so
                // its bytes are bound in place, not copied.
                const DataKey &key = ctx.dataKey();
                if (m_sealed.key.get() != &key)
                    m_sealed = sealCustomer(ctx.keyRing().keyFor(ctx.db()));
                const SealedCustomer &c = m_sealed;
                s.bindBlobNoCopy(5, c.sealed);
                c.phoneIndex.isNull() ? s.bindNull(6) : s.bindBlobNoCopy(6, c.phoneIndex);
                c.nameIndex.isNull() ? s.bindNull(7) : s.bindBlobNoCopy(7, c.nameIndex);
            }
            s.bind(8, ctx.now()).bindOptional(9, ctx.actor()).bind(10, m_in.channel);
        });
    if (!orderId)
        return orderId.error();

    const bool issued = state == OrderState::Paid;
    struct IssuedLine
    {
        qint64 line;
        const SaleLine *request;
        qint64 price;
        TicketCode::SecretDigits secret;
    };
    auto digits = [](const TicketCode::SecretDigits &secret) {
        return QByteArrayView(secret.data(), qsizetype(secret.size()));
    };
    QVarLengthArray<IssuedLine, 8> tickets;
    QVarLengthArray<IssuedLine, 4> cards;
    QSet<qint64> consumedSeats;
    seatIndex = 0;
    for (qsizetype i = 0; i < m_in.lines.size(); ++i) {
        const SaleLine &line = m_in.lines[i];
        const qint64 price = linePrice[i];
        if (line.kind == ItemKind::Seat) {
            SeatSlot *slot = resolved.seatSlots[seatIndex++];
            const TicketCode::SecretDigits secret = TicketCode::newSecretDigits(ctx.random());
            auto lineId = insertLine(ctx, *orderId, ItemKind::Seat, event->eventId, slot->seatId,
                                     lineType[i], price, digits(secret));
            if (!lineId)
                return lineId.error();
            slot->state = SeatState::Sold;
            slot->holdId = 0;
            slot->orderId = *orderId;
            event->markDirty(*slot);
            if (hold) // only a hold's leftovers are sorted out below
                consumedSeats.insert(slot->seatId);
            tickets.push_back({*lineId, &line, price, secret});
        } else if (line.kind == ItemKind::GeneralAdmission) {
            GaQuota &quota = event->quotas[line.refId];
            for (qint64 n = 0; n < line.quantity; ++n) {
                const TicketCode::SecretDigits secret = TicketCode::newSecretDigits(ctx.random());
                auto lineId = insertLine(ctx, *orderId, ItemKind::GeneralAdmission, event->eventId,
                                         line.refId, lineType[i], price, digits(secret));
                if (!lineId)
                    return lineId.error();
                tickets.push_back({*lineId, &line, price, secret});
            }
            quota.sold += line.quantity;
            if (hold) {
                quota.held -= line.quantity;
                qint64 left = line.quantity;
                for (HoldItem &item : hold->items) {
                    if (item.kind == ItemKind::GeneralAdmission && item.refId == line.refId) {
                        const qint64 take = qMin(left, item.quantity);
                        item.quantity -= take;
                        left -= take;
                    }
                }
            }
            event->markDirty(quota);
        } else {
            CardPool *pool = resolved.pools.value(line.refId);
            for (qint64 n = 0; n < line.quantity; ++n) {
                qint64 codeId = 0;
                if (hold) {
                    for (HoldItem &item : hold->items) {
                        if (item.kind == ItemKind::CardKey && item.scopeId == line.refId &&
                            item.quantity > 0) {
                            codeId = item.refId;
                            item.quantity = 0;
                            break;
                        }
                    }
                } else {
                    codeId = pool->takeCode();
                }
                auto r = ctx.run("UPDATE card_codes SET state = 2, hold_id = NULL, order_id = ? "
                                 "WHERE id = ?",
                                 [&](SqliteStatement &s) { s.bind(1, *orderId).bind(2, codeId); });
                if (!r)
                    return r.error();
                auto lineId = insertLine(ctx, *orderId, ItemKind::CardKey, 0, codeId, 0, price, {});
                if (!lineId)
                    return lineId.error();
                cards.push_back({*lineId, &line, price, {}});
            }
        }
    }
    if (auto r = PaymentInput::record(ctx, *orderId, m_in.payments); !r)
        return r.error();
    if (hold) {
        // What the sale did not take goes back on sale now.
        std::erase_if(hold->items, [&](const HoldItem &item) {
            return item.quantity <= 0 ||
                   (item.kind == ItemKind::Seat && consumedSeats.contains(item.refId));
        });
        if (auto r = releaseHold(ctx, m_in.holdId, HoldEnd::Converted); !r)
            return r.error();
    }
    // The answer as journalled, without the ticket codes (bearer credentials,
    // TicketCredentials); where each code goes in the caller's copy, which
    // the thread answering the caller writes.
    CommandResult result{QByteArray()};
    JsonText json;
    json.beginObject().field("order", *orderId);
    char numberText[64];
    if (const std::string_view number = orderNumber(numberText, ctx.terminalId(), *orderId);
        !number.empty())
        json.field("number", number);
    else
        json.field("number", orderNumber(ctx.terminalId(), *orderId));
    json.field("state", orderStateName(state))
        .field("currency", currency)
        .field("total", total)
        .field("paid", approved);
    json.key("tickets").beginArray();
    if (issued)
        result.codes.reserve(size_t(tickets.size()));
    for (const IssuedLine &t : tickets) {
        json.beginObject().field("line", t.line);
        if (t.request->kind == ItemKind::Seat)
            json.field("seat", t.request->seatGuid);
        else
            json.field("ga", t.request->refId);
        json.field("ticket_type", t.request->ticketType).field("price", t.price);
        if (issued)
            result.codes.push_back({json.size(), t.line, t.secret});
        json.endObject();
    }
    json.endArray().key("cards").beginArray();
    for (const IssuedLine &c : cards)
        json.beginObject()
            .field("line", c.line)
            .field("card", c.request->refId)
            .field("price", c.price)
            .endObject();
    json.endArray().endObject();
    result.json = json.take();
    return result;
}

void SellCommand::seal(const std::shared_ptr<const DataKey> &key)
{
    if (!m_in.customer.isEmpty() && key)
        m_sealed = sealCustomer(key);
}

void SellCommand::prefetch() const
{
    // A line or a payment spans two cache lines.
    for (const auto *at : {static_cast<const void *>(m_in.lines.constData()),
                           static_cast<const void *>(m_in.payments.constData())}) {
        if (at) {
            __builtin_prefetch(at);
            __builtin_prefetch(static_cast<const char *>(at) + 64);
        }
    }
    __builtin_prefetch(m_sealed.sealed.constData());
    __builtin_prefetch(m_sealed.phoneIndex.constData());
    __builtin_prefetch(m_sealed.nameIndex.constData());
}

void SellCommand::prefetchContents() const
{
    for (const SaleLine &line : m_in.lines) {
        __builtin_prefetch(line.seatGuid.constData());
        __builtin_prefetch(line.ticketType.constData());
    }
    for (const PaymentInput &payment : m_in.payments)
        __builtin_prefetch(payment.method.constData());
}

SellCommand::SealedCustomer
SellCommand::sealCustomer(const std::shared_ptr<const DataKey> &key) const
{
    SealedCustomer c;
    c.key = key;
    c.sealed = SealedFields::sealCustomer(*key, m_in.customer.name, m_in.customer.phone,
                                          m_in.customer.email);
    c.phoneIndex = SealedFields::phoneIndex(*key, m_in.customer.phone);
    c.nameIndex = SealedFields::nameIndex(*key, m_in.customer.name);
    return c;
}

QByteArray SellCommand::privateRequestBytes() const
{
    if (m_in.customer.isEmpty())
        return {};
    return QStringList{QStringLiteral("customer"), m_in.customer.name, m_in.customer.phone,
                       m_in.customer.email}
        .join(QLatin1Char('\n'))
        .toUtf8();
}

} // namespace tessera
