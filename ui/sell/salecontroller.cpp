// SPDX-License-Identifier: GPL-3.0-or-later
#include "salecontroller.h"

#include "console/consolecontext.h"
#include "engine/engine.h"
#include "query/eventqueries.h"
#include "salecommand.h"
#include "sales/pendingorderexpiry.h"

#include <QPointer>

namespace tessera {

namespace {

// Long enough for a customer to make up their mind, short enough that an
// abandoned cart does not keep seats off sale for long.
constexpr int kHoldSeconds = 20 * 60;

QString preferredType(const QStringList &types)
{
    if (types.contains(QStringLiteral("adult")))
        return QStringLiteral("adult");
    return types.isEmpty() ? QStringLiteral("adult") : types.first();
}

} // namespace

SaleController::SaleController(ConsoleContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    // A pending order can be paid behind the screen: an unknown QR payment
    // reconciled as approved.
    connect(&m_context, &ConsoleContext::changed, this, &SaleController::checkPendingOrder);
}

void SaleController::checkPendingOrder()
{
    if (!m_pendingOrder || isBusy())
        return;
    auto status = EventQueries(m_context.reader()).orderStatus(m_pendingOrder);
    if (!status)
        return;
    const int state = status->state;
    const qint64 paid = status->paid;
    const QString reason = status->cancelReason;
    if (state == 1) { // paid
        QJsonObject answer{{QStringLiteral("order"), m_pendingOrder},
                           {QStringLiteral("state"), QStringLiteral("paid")},
                           {QStringLiteral("paid"), paid}};
        emit notice(tr("The QR payment for order %1 was confirmed.").arg(m_pendingNumber), false);
        complete(answer, QStringLiteral("qr"), 0);
    } else if (state == 2) { // cancelled: expired unpaid, or voided on the Orders screen
        const QString number = m_pendingNumber;
        resetSale();
        if (reason == PendingOrderExpiry::expiredReason())
            emit notice(tr("Order %1 was not paid in time: it expired and its seats are back on "
                           "sale. Start the sale again.")
                            .arg(number),
                        true);
        else
            emit notice(tr("Order %1 was cancelled on another screen.").arg(number), true);
    }
}

bool SaleController::hasEventItems() const
{
    for (const CartItem &item : m_cart.items()) {
        if (item.kind != CartItem::Kind::CardKey)
            return true;
    }
    return false;
}

qint64 SaleController::due() const
{
    return m_pendingOrder ? m_pendingTotal - m_pendingPaid : m_cart.total();
}

bool SaleController::canPay() const
{
    return !isBusy() && (m_pendingOrder || !m_cart.isEmpty());
}

bool SaleController::setEvent(const PriceList &prices)
{
    if (hasEventItems() && prices.eventId() != m_prices.eventId())
        return false;
    m_prices = prices;
    emit cartChanged();
    return true;
}

void SaleController::setBusy(bool busy)
{
    const bool was = isBusy();
    m_busy += busy ? 1 : -1;
    if (was != isBusy())
        emit busyChanged(isBusy());
}

void SaleController::addSeats(const QList<SeatPick> &seats)
{
    if (m_pendingOrder) {
        emit notice(tr("Order %1 is waiting for payment: take the payment or cancel the sale "
                       "before adding more.")
                        .arg(m_pendingNumber),
                    true);
        return;
    }
    QList<CartItem> items;
    for (const SeatPick &seat : seats) {
        if (m_cart.containsSeat(seat.guid))
            continue;
        CartItem item;
        item.kind = CartItem::Kind::Seat;
        item.seat = seat.guid;
        item.zone = seat.zone;
        item.row = seat.row;
        item.number = seat.number;
        item.title = seatTitle(seat.zone, seat.row, seat.number);
        item.category = seat.category;
        item.ticketType = preferredType(m_prices.seatTypes(seat.category));
        item.unitPrice = m_prices.seatPrice(seat.category, item.ticketType).value_or(0);
        items.push_back(item);
    }
    if (!items.isEmpty())
        holdItems(items);
}

void SaleController::addStanding(qint64 quota, int quantity, const QString &ticketType)
{
    if (m_pendingOrder || quantity <= 0)
        return;
    QString name;
    for (const PriceList::Quota &q : m_prices.quotas()) {
        if (q.id == quota)
            name = q.name;
    }
    QList<CartItem> items;
    for (int i = 0; i < quantity; ++i) {
        CartItem item;
        item.kind = CartItem::Kind::Standing;
        item.quota = quota;
        item.title = name;
        item.ticketType = ticketType;
        item.unitPrice = m_prices.standingPrice(quota, ticketType).value_or(0);
        items.push_back(item);
    }
    holdItems(items);
}

void SaleController::addCards(qint64 product, const QString &title, qint64 unitPrice, int quantity)
{
    if (m_pendingOrder || quantity <= 0)
        return;
    QList<CartItem> items;
    for (int i = 0; i < quantity; ++i) {
        CartItem item;
        item.kind = CartItem::Kind::CardKey;
        item.product = product;
        item.title = title;
        item.unitPrice = unitPrice;
        items.push_back(item);
    }
    holdItems(items);
}

void SaleController::holdItems(QList<CartItem> items)
{
    QJsonObject request{{QStringLiteral("lines"), Cart::holdLines(items)},
                        {QStringLiteral("ttl_seconds"), kHoldSeconds}};
    bool needsEvent = false;
    for (const CartItem &item : items)
        needsEvent = needsEvent || item.kind != CartItem::Kind::CardKey;
    if (needsEvent)
        request.insert(QStringLiteral("event"), m_prices.eventId());
    setBusy(true);
    runSaleCommand(m_context, this, QStringLiteral("hold"), request,
                   [this, items](const CommandOutcome &outcome) mutable {
                       setBusy(false);
                       if (!outcome.result) {
                           emit notice(outcome.result.error().message, true);
                           emit cartChanged();
                           return;
                       }
                       const qint64 hold =
                           outcome.result->value(QStringLiteral("hold")).toInteger();
                       for (CartItem &item : items) {
                           item.hold = hold;
                           m_cart.add(item);
                       }
                       // The cart panel says how many items are held, from the cart itself.
                       emit notice(QString(), false);
                       emit cartChanged();
                   });
}

void SaleController::removeItem(qsizetype index)
{
    if (m_pendingOrder || index < 0 || index >= m_cart.size())
        return;
    const qint64 hold = m_cart.at(index).hold;
    m_cart.removeAt(index);
    if (hold) {
        // The hold goes; what else it kept is held again on its own.
        QList<CartItem> rest;
        for (qsizetype i : m_cart.itemsOfHold(hold))
            rest.push_back(m_cart.at(i));
        for (qsizetype i = m_cart.size() - 1; i >= 0; --i) {
            if (m_cart.at(i).hold == hold)
                m_cart.removeAt(i);
        }
        runSaleCommand(m_context, this, QStringLiteral("release_hold"),
                       QJsonObject{{QStringLiteral("hold"), hold}}, [](const CommandOutcome &) {});
        if (!rest.isEmpty()) {
            for (CartItem &item : rest)
                item.hold = 0;
            holdItems(rest);
        }
    }
    emit cartChanged();
}

bool SaleController::setTicketType(qsizetype index, const QString &ticketType)
{
    if (m_pendingOrder || index < 0 || index >= m_cart.size())
        return false;
    CartItem &item = m_cart.at(index);
    std::optional<qint64> price;
    if (item.kind == CartItem::Kind::Seat)
        price = m_prices.seatPrice(item.category, ticketType);
    else if (item.kind == CartItem::Kind::Standing)
        price = m_prices.standingPrice(item.quota, ticketType);
    if (!price)
        return false;
    item.ticketType = ticketType;
    item.unitPrice = *price;
    emit cartChanged();
    return true;
}

void SaleController::setCustomer(const QString &name, const QString &phone, const QString &email)
{
    m_customerName = name.trimmed();
    m_customerPhone = phone.trimmed();
    m_customerEmail = email.trimmed();
}

QJsonObject SaleController::customer() const
{
    QJsonObject out;
    if (!m_customerName.isEmpty())
        out.insert(QStringLiteral("name"), m_customerName);
    if (!m_customerPhone.isEmpty())
        out.insert(QStringLiteral("phone"), m_customerPhone);
    if (!m_customerEmail.isEmpty())
        out.insert(QStringLiteral("email"), m_customerEmail);
    return out;
}

bool SaleController::clearNeedsApproval() const
{
    return m_pendingOrder &&
           m_context.decide(Permission::CancelOrder) == PermissionTable::Decision::NeedsOverride;
}

void SaleController::clear(const QString &approvedBy)
{
    if (!m_pendingOrder) {
        releaseHolds();
        resetSale();
        return;
    }
    setBusy(true);
    runSaleCommand(
        m_context, this, QStringLiteral("cancel_order"),
        QJsonObject{{QStringLiteral("order"), m_pendingOrder},
                    {QStringLiteral("reason"), QStringLiteral("Sale abandoned at the counter")}},
        [this](const CommandOutcome &outcome) {
            setBusy(false);
            if (!outcome.result) {
                emit notice(outcome.result.error().message, true);
                if (outcome.result.error().code == ErrorCode::InvalidState)
                    checkPendingOrder();
                return;
            }
            emit notice(
                tr("Order %1 was cancelled; its seats are back on sale.").arg(m_pendingNumber),
                false);
            resetSale();
        },
        approvedBy);
}

void SaleController::releaseHolds()
{
    for (qint64 hold : m_cart.holds()) {
        // An expired hold answers not_found: nothing is lost, sell checks again.
        runSaleCommand(m_context, this, QStringLiteral("release_hold"),
                       QJsonObject{{QStringLiteral("hold"), hold}}, [](const CommandOutcome &) {});
    }
    for (qsizetype i = 0; i < m_cart.size(); ++i)
        m_cart.at(i).hold = 0;
}

void SaleController::rehold()
{
    QList<CartItem> items = m_cart.items();
    m_cart.clear();
    if (!items.isEmpty())
        holdItems(items);
    else
        emit cartChanged();
}

SaleController::State SaleController::state() const
{
    return State{m_cart,         m_prices,        m_customerName, m_customerPhone, m_customerEmail,
                 m_pendingOrder, m_pendingNumber, m_pendingTotal, m_pendingPaid,   m_qrAttempt};
}

QString SaleController::seatTitle(const QString &zone, const QString &row, const QString &number)
{
    const QString where = tr("Row %1 · Seat %2").arg(row, number);
    return zone.isEmpty() ? where : zone + QStringLiteral(" · ") + where;
}

void SaleController::restore(const State &state)
{
    m_cart = state.cart;
    // Worded in the language the sale started in: say it in this one.
    for (qsizetype i = 0; i < m_cart.size(); ++i) {
        CartItem &item = m_cart.at(i);
        if (item.kind == CartItem::Kind::Seat && !item.row.isEmpty())
            item.title = seatTitle(item.zone, item.row, item.number);
    }
    m_prices = state.prices;
    m_customerName = state.customerName;
    m_customerPhone = state.customerPhone;
    m_customerEmail = state.customerEmail;
    m_pendingOrder = state.pendingOrder;
    m_pendingNumber = state.pendingNumber;
    m_pendingTotal = state.pendingTotal;
    m_pendingPaid = state.pendingPaid;
    m_qrAttempt = state.qrAttempt;
    emit cartChanged();
}

void SaleController::resetSale()
{
    m_cart.clear();
    m_pendingOrder = 0;
    m_pendingNumber.clear();
    m_pendingTotal = 0;
    m_pendingPaid = 0;
    m_qrAttempt = 0;
    m_customerName.clear();
    m_customerPhone.clear();
    m_customerEmail.clear();
    emit cartChanged();
}

} // namespace tessera
