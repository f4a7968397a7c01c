// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "engine/command.h"
#include "sales/paymentinput.h"

namespace tessera {

struct OrderRecord;

// Counts an approved amount, already checked against what is due, toward a
// pending order. Paid in full, the order becomes paid: its tickets are issued
// and its card keys may be shown to the buyer. Saves the order's totals and
// answers its part of a result: order, state, paid, due, and tickets once
// paid. Shared by add_payment and settle_payment.
Result<QJsonObject> countApprovedPayment(WriteContext &ctx, OrderRecord &order, qint64 amount);

// Records a payment against a pending order; paid in full, the order is issued.
class AddPaymentCommand final : public Command
{
public:
    Q_DECLARE_TR_FUNCTIONS(tessera::AddPaymentCommand)

public:
    AddPaymentCommand(qint64 orderId, PaymentInput payment)
        : m_orderId(orderId)
        , m_payment(std::move(payment))
    {}
    static Result<std::unique_ptr<Command>> fromJson(const QJsonObject &json);

    QString kind() const override { return QStringLiteral("add_payment"); }
    QJsonObject toJson() const override;
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    qint64 m_orderId;
    PaymentInput m_payment;
};

// Cancels an order that was never paid; its inventory goes back on sale.
class CancelOrderCommand final : public Command
{
public:
    Q_DECLARE_TR_FUNCTIONS(tessera::CancelOrderCommand)

public:
    CancelOrderCommand(qint64 orderId, QString reason)
        : m_orderId(orderId)
        , m_reason(std::move(reason))
    {}
    static Result<std::unique_ptr<Command>> fromJson(const QJsonObject &json);

    QString kind() const override { return QStringLiteral("cancel_order"); }
    QJsonObject toJson() const override;
    std::optional<Permission> requiredPermission() const override
    {
        return Permission::CancelOrder;
    }
    QString auditAction() const override { return QStringLiteral("void"); }
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    qint64 m_orderId;
    QString m_reason;
};

} // namespace tessera
