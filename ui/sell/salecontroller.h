// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cart.h"
#include "pricelist.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <functional>

namespace tessera {

class ConsoleContext;
struct CommandOutcome;
struct PaymentResult;

// A seat picked on the map, as the cart shows it.
struct SeatPick
{
    QString guid;
    QString zone; // may be empty
    QString row;
    QString number;
    QString category;
};

// A finished sale, for the fulfilment screen.
struct CompletedSale
{
    qint64 order = 0;
    QString number;
    QString currency;
    qint64 total = 0;
    qint64 change = 0;   // cash handed back
    qint64 tendered = 0; // cash handed over (0: not paid in cash)
    QString method;
    QJsonArray cardCodes; // shown to the buyer once
    int tickets = 0;
};

// One sale at the counter, from the first seat picked to the paid order.
// Items are held in the engine as they go into the cart (so another till
// cannot sell them meanwhile). Paying in cash or by card terminal sells and
// pays in one durable step; QR pay first turns the cart into a pending order,
// then charges through the provider and records what it answered. A refused
// payment keeps the cart (and the pending order) for another try; an unknown
// outcome is recorded as such and goes to the reconciliation list.
class SaleController : public QObject
{
    Q_OBJECT
public:
    explicit SaleController(ConsoleContext &context, QObject *parent = nullptr);

    // An unfinished sale as data: carried into a window rebuilt in another
    // language (the engine's holds and a pending order stay as they are).
    struct State
    {
        Cart cart;
        PriceList prices;
        QString customerName;
        QString customerPhone;
        QString customerEmail;
        qint64 pendingOrder = 0;
        QString pendingNumber;
        qint64 pendingTotal = 0;
        qint64 pendingPaid = 0;
        int qrAttempt = 0;
    };
    State state() const;
    // Takes over `state` in place of the current sale (nothing is released);
    // the seats' titles are worded again in the current language.
    void restore(const State &state);
    // "Stalls · Row A · Seat 1" ("Row A · Seat 1" without a zone).
    static QString seatTitle(const QString &zone, const QString &row, const QString &number);

    const Cart &cart() const { return m_cart; }
    const PriceList &prices() const { return m_prices; }
    bool hasEventItems() const;
    // The order awaiting payment, once a QR payment was tried (0: none).
    qint64 pendingOrder() const { return m_pendingOrder; }
    QString pendingNumber() const { return m_pendingNumber; }
    // What is left to pay.
    qint64 due() const;
    bool isBusy() const { return m_busy > 0; }
    // A cart whose items are all held, or a pending order, can be paid.
    bool canPay() const;

    // The event the seats and standing tickets are for. Refused (false)
    // while the cart holds another event's items.
    bool setEvent(const PriceList &prices);

    void addSeats(const QList<SeatPick> &seats);
    void addStanding(qint64 quota, int quantity, const QString &ticketType);
    void addCards(qint64 product, const QString &title, qint64 unitPrice, int quantity);
    void removeItem(qsizetype index);
    // False when the item cannot be sold as that type.
    bool setTicketType(qsizetype index, const QString &ticketType);
    void setCustomer(const QString &name, const QString &phone, const QString &email);

    // Empties the cart and gives its items back; a pending order is
    // cancelled, with `approvedBy` when the user's role needs an override.
    void clear(const QString &approvedBy = {});
    // Whether clearing needs a supervisor (a pending order is a void).
    bool clearNeedsApproval() const;

    // Asked before every payment with its method ("cash", "card", "qr"):
    // calls `proceed` to take it, or `cancelled` (the sale stays as it is).
    // The Sell screen offers to open a shift here (ui/shift/shiftgate.h).
    using PaymentGate = std::function<void(const QString &method, std::function<void()> proceed,
                                           std::function<void()> cancelled)>;
    void setPaymentGate(PaymentGate gate) { m_gate = std::move(gate); }

    void payCash(qint64 tenderedMinor);
    void payCard(const QString &approvalCode, const QString &cardLast4);
    void payQr();

signals:
    void cartChanged();
    void busyChanged(bool busy);
    // A line for the cart's status area.
    void notice(const QString &text, bool isError);
    void paymentProgress(const QString &text);
    // The payment did not go through: the cart is kept.
    void paymentFailed(const QString &reason);
    // The provider did not say: recorded for reconciliation, cart kept.
    void paymentUnknown(const QString &reason);
    void saleCompleted(const tessera::CompletedSale &sale);

private:
    void throughGate(const QString &method, std::function<void()> take);
    void takeCash(qint64 tenderedMinor);
    void takeCard(const QString &approvalCode, const QString &cardLast4);
    void takeQr();
    void checkPendingOrder();
    void holdItems(QList<CartItem> items);
    void rehold();
    void releaseHolds();
    void sell(const QJsonArray &payments, const QString &method, qint64 change);
    void addPayment(const QJsonObject &payment, const QString &method, qint64 change);
    void charge();
    void onChargeResult(const PaymentResult &result, const QString &key);
    void complete(const QJsonObject &answer, const QString &method, qint64 change);
    void resetSale();
    QJsonObject customer() const;
    void setBusy(bool busy);
    QJsonObject withOrder(QJsonObject payment) const;

    ConsoleContext &m_context;
    Cart m_cart;
    PriceList m_prices;
    QString m_customerName;
    QString m_customerPhone;
    QString m_customerEmail;
    qint64 m_pendingOrder = 0;
    QString m_pendingNumber;
    qint64 m_pendingTotal = 0;
    qint64 m_pendingPaid = 0;
    qint64 m_cashTendered = 0; // of the cash payment under way, for the receipt
    int m_qrAttempt = 0;
    int m_busy = 0;
    bool m_atGate = false; // a payment waits for the shift gate's answer
    PaymentGate m_gate;
};

} // namespace tessera
