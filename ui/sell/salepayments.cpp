// SPDX-License-Identifier: GPL-3.0-or-later
// SaleController's payment taking: the shift gate, cash, card terminal and QR
// payments, the sale or payment they record and the finished sale. The cart
// and its holds are in salecontroller.cpp.
#include "salecontroller.h"

#include "console/consolecontext.h"
#include "payments/externalcardterminal.h"
#include "payments/paymentgateway.h"
#include "salecommand.h"

#include <QPointer>

namespace tessera {

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
    runSaleCommand(m_context, this, QStringLiteral("sell"), request,
                   [this, method, change](const CommandOutcome &outcome) {
                       setBusy(false);
                       if (!outcome.result) {
                           emit paymentFailed(outcome.result.error().message);
                           rehold();
                           return;
                       }
                       const QJsonObject answer = *outcome.result;
                       if (answer.value(QStringLiteral("state")).toString() ==
                           QLatin1String("paid")) {
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
    runSaleCommand(m_context, this, QStringLiteral("add_payment"), withOrder(payment),
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
                       if (answer.value(QStringLiteral("state")).toString() ==
                           QLatin1String("paid"))
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
    runSaleCommand(m_context, this, QStringLiteral("add_payment"), withOrder(payment),
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
