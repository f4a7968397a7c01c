// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/salesprojection.h"

#include "common/itemkind.h"
#include "refunds/remoterefunds.h"
#include "sales/exchangecommand.h"
#include "sales/orderstate.h"
#include "store/journalledger.h"
#include "store/salesmirror.h"
#include "sync/journalbatch.h"
#include "sync/jsonlite.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace tessera {

namespace {

// The engine's numbers (core/sales/orderstate.h) for the names its answers
// use; -1 for a name it does not give.
int orderState(const QString &name)
{
    for (OrderState state : {OrderState::Pending, OrderState::Paid, OrderState::Cancelled,
                             OrderState::Refunded, OrderState::PartlyRefunded}) {
        if (orderStateName(state) == name)
            return int(state);
    }
    return -1;
}

int paymentState(const QString &name)
{
    for (PaymentState state : {PaymentState::Approved, PaymentState::Declined,
                               PaymentState::Unknown, PaymentState::Refunded}) {
        if (paymentStateName(state) == name)
            return int(state);
    }
    return -1;
}

constexpr int kSeat = int(ItemKind::Seat);
constexpr int kStanding = int(ItemKind::GeneralAdmission);
constexpr int kCard = int(ItemKind::CardKey);
constexpr int kActive = int(LineState::Active);
constexpr int kRefunded = int(LineState::Refunded);
constexpr int kExchanged = int(LineState::Exchanged);
constexpr int kPending = int(OrderState::Pending);
constexpr int kPaid = int(OrderState::Paid);
constexpr int kOrderCancelled = int(OrderState::Cancelled);
constexpr int kOrderRefunded = int(OrderState::Refunded);
constexpr int kPartlyRefunded = int(OrderState::PartlyRefunded);

QJsonObject objectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// QJsonObject and JsonLite::Value read alike (sell and its payments go
// through either: JsonLite when it can read the entry, which is the usual case).
qint64 num(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger();
}
qint64 num(const JsonLite::Value &o, const char *key)
{
    return o[key].toInteger();
}
QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
QString text(const JsonLite::Value &o, const char *key)
{
    return o[key].toString();
}
bool has(const QJsonObject &o, const char *key)
{
    return o.contains(QLatin1String(key));
}
bool has(const JsonLite::Value &o, const char *key)
{
    return o.contains(key);
}
std::vector<QJsonObject> objects(const QJsonObject &o, const char *key)
{
    std::vector<QJsonObject> out;
    for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
        out.push_back(v.toObject());
    return out;
}
std::vector<JsonLite::Value> objects(const JsonLite::Value &o, const char *key)
{
    return o[key].items();
}

} // namespace

Result<void> SalesProjection::project(qint64 terminalId, const ShippedEntry &entry)
{
    const QString &kind = entry.kind;
    m_at = entry.createdAt;
    if (kind == QLatin1String("redeem"))
        return redeem(terminalId, entry.seq, objectOf(entry.payload), objectOf(entry.result));
    if (kind == QLatin1String("sell")) {
        const auto payload = JsonLite::parse(entry.payload);
        const auto result = payload ? JsonLite::parse(entry.result) : std::nullopt;
        if (payload && result)
            return sell(terminalId, payload->root(), result->root());
        return sell(terminalId, objectOf(entry.payload), objectOf(entry.result));
    }
    if (kind == QLatin1String("add_payment"))
        return addPayment(terminalId, objectOf(entry.payload), objectOf(entry.result));
    if (kind == QLatin1String("settle_payment"))
        return settlePayment(terminalId, objectOf(entry.payload), objectOf(entry.result));
    if (kind == QLatin1String("cancel_order") || kind == QLatin1String("expire_order"))
        return updateOrder(terminalId, objectOf(entry.result));
    if (kind == QLatin1String("refund"))
        return refund(terminalId, objectOf(entry.result));
    if (kind == QLatin1String("exchange_seat"))
        return exchange(terminalId, objectOf(entry.payload), objectOf(entry.result));
    if (kind == QLatin1String("cancel_event"))
        return cancelEvent(terminalId, objectOf(entry.payload));
    return {};
}

Result<qint64> SalesProjection::rebuild(JournalLedger &ledger)
{
    if (auto r = m_mirror.clear(); !r)
        return r.error();
    return ledger.forEachEntry(
        [this](qint64 terminal, const ShippedEntry &e) { return project(terminal, e); });
}

template<class Json>
Result<void> SalesProjection::sell(qint64 terminal, const Json &payload, const Json &result)
{
    const qint64 orderId = num(result, "order");
    if (orderId <= 0)
        return {};
    // Seats and standing always name their event; card keys alone have none (0).
    MirroredOrder order;
    order.terminal = terminal;
    order.order = orderId;
    order.event = num(payload, "event");
    order.currency = text(result, "currency");
    order.state = orderState(text(result, "state"));
    order.total = num(result, "total");
    order.paid = num(result, "paid");
    order.channel = text(payload, "channel");
    order.createdAt = m_at;
    if (auto r = m_mirror.putOrder(order); !r)
        return r;
    for (const auto &ticket : objects(result, "tickets")) {
        const bool seat = has(ticket, "seat");
        auto stock = seat ? m_mirror.seatCategory(order.event, text(ticket, "seat"))
                          : m_mirror.quotaName(num(ticket, "ga"));
        if (!stock)
            return stock.error();
        if (auto l = insertLine(terminal, num(ticket, "line"), orderId, order.event,
                                seat ? kSeat : kStanding, num(ticket, "price"), *stock);
            !l)
            return l;
    }
    for (const auto &card : objects(result, "cards")) {
        if (auto l = insertLine(terminal, num(card, "line"), orderId, 0, kCard, num(card, "price"),
                                QString());
            !l)
            return l;
    }
    for (const auto &p : objects(payload, "payments")) {
        if (auto i = insertPayment(terminal, orderId, p); !i)
            return i;
    }
    return {};
}

Result<void> SalesProjection::addPayment(qint64 terminal, const QJsonObject &payload,
                                         const QJsonObject &result)
{
    const QJsonObject payment = payload.value(QStringLiteral("payment")).toObject();
    if (auto r = insertPayment(terminal, num(payload, "order"), payment); !r)
        return r;
    return updateOrder(terminal, result);
}

Result<void> SalesProjection::settlePayment(qint64 terminal, const QJsonObject &payload,
                                            const QJsonObject &result)
{
    const int state = paymentState(text(payload, "state"));
    if (state < 0)
        return {};
    // The terminal keeps the code its answer gives (a late approval of a
    // settled order becomes "refund_due"), and none when there is none.
    if (auto r = m_mirror.settlePayment(terminal, num(payload, "payment"), state,
                                        text(result, "error_code"));
        !r)
        return r;
    return updateOrder(terminal, result);
}

Result<void> SalesProjection::refund(qint64 terminal, const QJsonObject &result)
{
    const qint64 orderId = num(result, "order");
    const QJsonArray lines = result.value(QStringLiteral("lines")).toArray();
    for (const QJsonValue &line : lines) {
        if (auto r = m_mirror.setLineState(terminal, line.toInteger(), kRefunded); !r)
            return r;
    }
    const qint64 amount = num(result, "amount");
    if (auto r = m_mirror.addToOrder(terminal, orderId, 0, 0, amount); !r)
        return r;
    if (auto i = insertRefund(terminal, orderId, amount, text(result, "reason")); !i)
        return i;
    // A ticket refunded at another terminal meanwhile was paid back twice.
    if (auto d = m_mirror.noteSellerRefund(terminal, lines, m_at); !d)
        return d;
    return updateOrder(terminal, result);
}

Result<void> SalesProjection::exchange(qint64 terminal, const QJsonObject &payload,
                                       const QJsonObject &result)
{
    const qint64 orderId = num(result, "order");
    auto old = m_mirror.line(terminal, num(result, "line"));
    if (!old)
        return old.error();
    if (!*old)
        return {};
    const qint64 event = (*old)->event;
    if (auto r = m_mirror.setLineState(terminal, (*old)->line, kExchanged); !r)
        return r;
    auto stock = m_mirror.seatCategory(event, text(result, "seat"));
    if (!stock)
        return stock.error();
    if (auto l = insertLine(terminal, num(result, "new_line"), orderId, event, kSeat,
                            num(result, "price"), *stock);
        !l)
        return l;
    const qint64 difference = num(result, "difference");
    if (difference > 0) {
        if (auto p = insertPayment(terminal, orderId,
                                   payload.value(QStringLiteral("payment")).toObject());
            !p)
            return p;
    }
    if (difference < 0) {
        if (auto i = insertRefund(terminal, orderId, -difference,
                                  QString::fromLatin1(ExchangeSeatCommand::kExchangeRefundReason));
            !i)
            return i;
    }
    const qint64 more = qMax<qint64>(difference, 0);
    if (auto r = m_mirror.addToOrder(terminal, orderId, more, more, qMax<qint64>(-difference, 0));
        !r)
        return r;
    return updateOrder(
        terminal, QJsonObject{{QStringLiteral("order"), orderId},
                              {QStringLiteral("state"), result.value(QStringLiteral("state"))}});
}

// As CancelEventCommand does on the terminal: pending orders of the event are
// cancelled (what they had paid refunded), paid ones refund the event's
// active tickets.
Result<void> SalesProjection::cancelEvent(qint64 terminal, const QJsonObject &payload)
{
    const qint64 eventId = num(payload, "event");
    const QString reason = text(payload, "reason");
    auto lines = m_mirror.linesOfEvent(terminal, eventId);
    if (!lines)
        return lines.error();
    // The orders the event's lines belong to, once each, with what each
    // has of the event still active (card keys are never the event's).
    struct Touched
    {
        qint64 order = 0;
        qint64 value = 0; // of its active tickets of the event
        bool active = false;
    };
    std::vector<Touched> orders;
    for (const MirroredLine &l : *lines) {
        if (orders.empty() || orders.back().order != l.order)
            orders.push_back(Touched{l.order});
        if (l.state == kActive && l.kind != kCard) {
            orders.back().value += l.price;
            orders.back().active = true;
        }
    }
    for (const Touched &touched : orders) {
        const qint64 orderId = touched.order;
        auto order = m_mirror.order(terminal, orderId);
        if (!order)
            return order.error();
        if (!*order)
            continue;
        const MirroredOrder &o = **order;
        if (o.state == kPending) {
            const qint64 owed = qMax<qint64>(o.paid - o.refunded, 0);
            if (auto i = insertRefund(terminal, orderId, owed, reason); !i)
                return i;
            if (auto r = m_mirror.addToOrder(terminal, orderId, 0, 0, owed); !r)
                return r;
            if (auto r = m_mirror.setOrderState(terminal, orderId, kOrderCancelled); !r)
                return r;
            continue;
        }
        if ((o.state != kPaid && o.state != kPartlyRefunded) || !touched.active)
            continue;
        bool anyActive = false;
        auto all = m_mirror.linesOfOrder(terminal, orderId);
        if (!all)
            return all.error();
        for (const MirroredLine &l : *all) {
            if (l.state != kActive)
                continue;
            if (l.event == eventId && l.kind != kCard) {
                if (auto r = m_mirror.setLineState(terminal, l.line, kRefunded); !r)
                    return r;
            } else {
                anyActive = true;
            }
        }
        if (auto i = insertRefund(terminal, orderId, touched.value, reason); !i)
            return i;
        if (auto r = m_mirror.addToOrder(terminal, orderId, 0, 0, touched.value); !r)
            return r;
        if (auto r = m_mirror.setOrderState(terminal, orderId,
                                            anyActive ? kPartlyRefunded : kOrderRefunded);
            !r)
            return r;
    }
    return {};
}

Result<void> SalesProjection::redeem(qint64 terminal, qint64 seq, const QJsonObject &payload,
                                     const QJsonObject &result)
{
    const QString code = text(payload, "code");
    if (code.isEmpty())
        return {};
    MirroredRedemption d;
    d.terminal = terminal;
    d.seq = seq;
    d.ticketKey = RemoteRefunds::ticketKey(code);
    d.event = num(result, "event");
    d.line = num(result, "line");
    d.gate = text(result, "gate");
    d.redeemedAt = num(result, "redeemed_at");
    return m_mirror.recordRedemption(d);
}

Result<void> SalesProjection::insertLine(qint64 terminal, qint64 line, qint64 order, qint64 event,
                                         int kind, qint64 price, const QString &stock)
{
    if (line <= 0)
        return {};
    return m_mirror.putLine(
        MirroredLine{terminal, line, order, event, kind, price, kActive, stock});
}

Result<void> SalesProjection::insertRefund(qint64 terminal, qint64 order, qint64 amount,
                                           const QString &reason)
{
    if (order <= 0 || amount <= 0)
        return {};
    return m_mirror.addRefund(terminal, order, amount, reason, m_at);
}

template<class Json>
Result<void> SalesProjection::insertPayment(qint64 terminal, qint64 order, const Json &payment)
{
    const int state = paymentState(text(payment, "state"));
    if (order <= 0 || state < 0)
        return {};
    return m_mirror.addPayment(MirroredPayment{terminal, order, text(payment, "method"),
                                               num(payment, "amount"), state,
                                               text(payment, "error_code"), m_at});
}

Result<void> SalesProjection::updateOrder(qint64 terminal, const QJsonObject &result)
{
    const qint64 order = num(result, "order");
    const int state = orderState(text(result, "state"));
    if (state >= 0) {
        if (auto r = m_mirror.setOrderState(terminal, order, state); !r)
            return r;
    }
    if (result.contains(QStringLiteral("paid")))
        return m_mirror.setOrderPaid(terminal, order, num(result, "paid"));
    return {};
}

} // namespace tessera
