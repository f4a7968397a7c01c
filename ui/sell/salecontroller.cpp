// SPDX-License-Identifier: GPL-3.0-or-later
#include "salecontroller.h"

#include "api/commandfactory.h"
#include "console/consolecontext.h"
#include "engine/engine.h"
#include "payments/externalcardterminal.h"
#include "payments/paymentgateway.h"
#include "query/eventqueries.h"
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

void runJson(ConsoleContext &context, QObject *receiver, const QString &kind,
             const QJsonObject &json, std::function<void(const CommandOutcome &)> done,
             const QString &overrideBy = {})
{
    auto command = CommandFactory::fromJson(kind, json);
    if (!command) {
        CommandOutcome refused;
        refused.result = CommandAnswer(command.error());
        done(refused);
        return;
    }
    context.run(std::move(*command), receiver, std::move(done), overrideBy);
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
        item.title = seat.title;
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
    runJson(m_context, this, QStringLiteral("hold"), request,
            [this, items](const CommandOutcome &outcome) mutable {
                setBusy(false);
                if (!outcome.result) {
                    emit notice(outcome.result.error().message, true);
                    emit cartChanged();
                    return;
                }
                const qint64 hold = outcome.result->value(QStringLiteral("hold")).toInteger();
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
        runJson(m_context, this, QStringLiteral("release_hold"),
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
    runJson(
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
        runJson(m_context, this, QStringLiteral("release_hold"),
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

void SaleController::restore(const State &state)
{
    m_cart = state.cart;
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

QJsonObject SaleController::withOrder(QJsonObject payment) const
{
    return QJsonObject{{QStringLiteral("order"), m_pendingOrder},
                       {QStringLiteral("payment"), payment}};
}

void SaleController::throughGate(const QString &method, std::function<void()> take)
{
    // One payment at a time: Enter pressed twice (or the field's Enter and the
    // window's default button) must not sell the cart twice while the gate
    // or the engine is still answering the first.
    if (m_atGate || isBusy())
        return;
    if (!m_gate) {
        take();
        return;
    }
    m_atGate = true;
    QPointer<SaleController> self(this);
    m_gate(
        method,
        [self, take] {
            if (!self)
                return;
            self->m_atGate = false;
            take();
        },
        [self] {
            if (!self)
                return;
            self->m_atGate = false;
            emit self->paymentFailed(
                tr("No shift is open, so nothing was paid. Open a shift to take this "
                   "payment."));
        });
}

void SaleController::payCash(qint64 tenderedMinor)
{
    throughGate(QStringLiteral("cash"), [this, tenderedMinor] { takeCash(tenderedMinor); });
}

void SaleController::payCard(const QString &approvalCode, const QString &cardLast4)
{
    throughGate(QStringLiteral("card"),
                [this, approvalCode, cardLast4] { takeCard(approvalCode, cardLast4); });
}

void SaleController::payQr()
{
    throughGate(QStringLiteral("qr"), [this] { takeQr(); });
}

void SaleController::takeCash(qint64 tenderedMinor)
{
    const qint64 amount = due();
    if (tenderedMinor < amount) {
        emit paymentFailed(tr("The cash handed over is less than the amount due."));
        return;
    }
    // The cash handed over is kept with the payment for the books and a reprint.
    const QJsonObject payment{{QStringLiteral("method"), QStringLiteral("cash")},
                              {QStringLiteral("amount"), amount},
                              {QStringLiteral("tendered"), tenderedMinor}};
    m_cashTendered = tenderedMinor;
    if (m_pendingOrder)
        addPayment(payment, QStringLiteral("cash"), tenderedMinor - amount);
    else
        sell(QJsonArray{payment}, QStringLiteral("cash"), tenderedMinor - amount);
}

void SaleController::takeCard(const QString &approvalCode, const QString &cardLast4)
{
    if (auto valid = ExternalCardTerminal::validate(approvalCode.trimmed(), cardLast4.trimmed());
        !valid) {
        emit paymentFailed(valid.error().message);
        return;
    }
    QJsonObject payment{{QStringLiteral("method"), QStringLiteral("card")},
                        {QStringLiteral("amount"), due()},
                        {QStringLiteral("reference"), approvalCode.trimmed()}};
    if (!cardLast4.trimmed().isEmpty())
        payment.insert(QStringLiteral("card_last4"), cardLast4.trimmed());
    if (m_pendingOrder)
        addPayment(payment, QStringLiteral("card"), 0);
    else
        sell(QJsonArray{payment}, QStringLiteral("card"), 0);
}

void SaleController::takeQr()
{
    if (m_pendingOrder) {
        charge();
        return;
    }
    // The order is written first, so whatever the provider does the sale
    // and its payment attempt are on record.
    sell(QJsonArray{}, QStringLiteral("qr"), 0);
}

void SaleController::sell(const QJsonArray &payments, const QString &method, qint64 change)
{
    if (m_cart.isEmpty())
        return;
    QJsonObject request{{QStringLiteral("lines"), m_cart.sellLines()},
                        {QStringLiteral("channel"), QStringLiteral("counter")}};
    if (hasEventItems())
        request.insert(QStringLiteral("event"), m_prices.eventId());
    if (!payments.isEmpty())
        request.insert(QStringLiteral("payments"), payments);
    if (const QJsonObject who = customer(); !who.isEmpty())
        request.insert(QStringLiteral("customer"), who);
    // Held items are released and sold in the same queue, one after the other.
    releaseHolds();
    setBusy(true);
    emit paymentProgress(tr("Recording the sale…"));
    runJson(m_context, this, QStringLiteral("sell"), request,
            [this, method, change](const CommandOutcome &outcome) {
                setBusy(false);
                if (!outcome.result) {
                    emit paymentFailed(outcome.result.error().message);
                    rehold();
                    return;
                }
                const QJsonObject answer = *outcome.result;
                if (answer.value(QStringLiteral("state")).toString() == QLatin1String("paid")) {
                    complete(answer, method, change);
                    return;
                }
                m_pendingOrder = answer.value(QStringLiteral("order")).toInteger();
                m_pendingNumber = answer.value(QStringLiteral("number")).toString();
                m_pendingTotal = answer.value(QStringLiteral("total")).toInteger();
                m_pendingPaid = answer.value(QStringLiteral("paid")).toInteger();
                emit cartChanged();
                if (method == QLatin1String("qr"))
                    charge();
            });
}

void SaleController::addPayment(const QJsonObject &payment, const QString &method, qint64 change)
{
    setBusy(true);
    emit paymentProgress(tr("Recording the payment…"));
    runJson(m_context, this, QStringLiteral("add_payment"), withOrder(payment),
            [this, method, change](const CommandOutcome &outcome) {
                setBusy(false);
                if (!outcome.result) {
                    emit paymentFailed(outcome.result.error().message);
                    // The order may have expired meanwhile: say so and start over.
                    if (outcome.result.error().code == ErrorCode::InvalidState)
                        checkPendingOrder();
                    return;
                }
                const QJsonObject answer = *outcome.result;
                m_pendingPaid = answer.value(QStringLiteral("paid")).toInteger();
                if (answer.value(QStringLiteral("state")).toString() == QLatin1String("paid"))
                    complete(answer, method, change);
                else
                    emit cartChanged();
            });
}

void SaleController::charge()
{
    PaymentRequest request;
    request.key = QStringLiteral("%1-qr-%2").arg(m_pendingNumber).arg(++m_qrAttempt);
    request.amount =
        Money{due(), m_prices.currency().isEmpty() ? QStringLiteral("CNY") : m_prices.currency()};
    request.method = QStringLiteral("qr");
    setBusy(true);
    emit paymentProgress(tr("Waiting for the customer to pay with their phone…"));
    QPointer<SaleController> self(this);
    const QString key = request.key;
    m_context.gateway(QStringLiteral("qr"))
        .charge(request, [self, key](const PaymentResult &result) {
            if (self) {
                self->setBusy(false);
                self->onChargeResult(result, key);
            }
        });
}

void SaleController::onChargeResult(const PaymentResult &result, const QString &key)
{
    QJsonObject payment{{QStringLiteral("method"), QStringLiteral("qr")},
                        {QStringLiteral("amount"), due()}};
    switch (result.state) {
    case PaymentOutcome::Approved:
        payment.insert(QStringLiteral("state"), QStringLiteral("approved"));
        payment.insert(QStringLiteral("reference"), result.providerReference);
        addPayment(payment, QStringLiteral("qr"), 0);
        return;
    case PaymentOutcome::Declined:
        payment.insert(QStringLiteral("state"), QStringLiteral("declined"));
        break;
    case PaymentOutcome::Unknown:
        payment.insert(QStringLiteral("state"), QStringLiteral("unknown"));
        break;
    }
    // Refused and unknown attempts are recorded too: the dashboards count
    // their error codes, and an unknown one is reconciled by its key.
    payment.insert(QStringLiteral("reference"),
                   result.state == PaymentOutcome::Unknown ? key : result.providerReference);
    payment.insert(QStringLiteral("error_code"),
                   result.errorCode().isEmpty() ? QStringLiteral("unknown") : result.errorCode());
    const QString reason =
        result.message.isEmpty() ? PaymentResult::messageFor(result.error) : result.message;
    const bool unknown = result.state == PaymentOutcome::Unknown;
    setBusy(true);
    runJson(m_context, this, QStringLiteral("add_payment"), withOrder(payment),
            [this, reason, unknown](const CommandOutcome &outcome) {
                setBusy(false);
                if (!outcome.result)
                    emit notice(outcome.result.error().message, true);
                emit cartChanged();
                if (unknown)
                    emit paymentUnknown(reason);
                else
                    emit paymentFailed(reason);
            });
}

void SaleController::complete(const QJsonObject &answer, const QString &method, qint64 change)
{
    CompletedSale sale;
    sale.order = answer.value(QStringLiteral("order")).toInteger();
    sale.number = answer.value(QStringLiteral("number")).toString();
    if (sale.number.isEmpty())
        sale.number = m_pendingNumber;
    sale.currency = m_prices.currency();
    sale.total =
        m_pendingOrder ? m_pendingTotal : answer.value(QStringLiteral("total")).toInteger();
    sale.change = change;
    sale.method = method;
    sale.tendered = method == QLatin1String("cash") ? m_cashTendered : 0;
    m_cashTendered = 0;
    sale.cardCodes = answer.value(QStringLiteral("card_codes")).toArray();
    sale.tickets = int(answer.value(QStringLiteral("tickets")).toArray().size());
    if (sale.currency.isEmpty())
        sale.currency = answer.value(QStringLiteral("currency")).toString();
    resetSale();
    emit saleCompleted(sale);
}

} // namespace tessera
