// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "engine/command.h"
#include "sales/orderstate.h"

namespace tessera {

// Records what became of a payment whose outcome was unknown, once the
// provider (or a supervisor reading the provider's portal) says. Approved, it
// counts toward its order exactly as add_payment would, and an order paid in
// full is issued. Declined, it keeps its error code and pays nothing. Money
// taken for an order that can no longer take it (cancelled, or paid some
// other way meanwhile) is recorded as approved with the error code
// "refund_due", outside the order's totals: it is refunded through the
// provider, never silently dropped.
class SettlePaymentCommand final : public Command
{
public:
    Q_DECLARE_TR_FUNCTIONS(tessera::SettlePaymentCommand)

public:
    // `state` is Approved or Declined.
    SettlePaymentCommand(qint64 paymentId, PaymentState state, QString reference, QString errorCode)
        : m_paymentId(paymentId)
        , m_state(state)
        , m_reference(std::move(reference))
        , m_errorCode(std::move(errorCode))
    {}
    static Result<std::unique_ptr<Command>> fromJson(const QJsonObject &json);

    // The error code of money taken that its order cannot take.
    static QString refundDueCode() { return QStringLiteral("refund_due"); }
    // One key per payment and outcome, on this terminal: whoever settles a
    // payment (the console's service, a second window, a retry after a
    // crash) settles it once.
    static QString idempotencyKey(const QString &terminalId, qint64 paymentId, PaymentState state);

    QString kind() const override { return QStringLiteral("settle_payment"); }
    QJsonObject toJson() const override;
    // Settling decides whether tickets are issued without money at the till.
    QString auditAction() const override { return QStringLiteral("payment_settlement"); }
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    qint64 m_paymentId;
    PaymentState m_state;
    QString m_reference;
    QString m_errorCode;
};

} // namespace tessera
