// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "engine/command.h"
#include "sales/paymentinput.h"

#include <optional>

namespace tessera {

// Moves an active seat ticket of a paid order to another available seat of
// the same event. The old line becomes "exchanged" (void at the gate, its seat
// back on sale); a new active line with the same ticket type, the new seat's
// price and a fresh ticket code takes its place. At the same price no money
// moves. A dearer seat needs `payment`: approved, exactly the difference; it
// is recorded on the order, whose total grows by it. A cheaper seat gives the
// difference back as a refund of the order (reason kExchangeRefundReason),
// which the cash drawer counts like any other refund.
class ExchangeSeatCommand final : public Command
{
public:
    Q_DECLARE_TR_FUNCTIONS(tessera::ExchangeSeatCommand)

public:
    // The refund reason of the difference given back for a cheaper seat.
    static constexpr const char *kExchangeRefundReason = "Seat exchange";

    // `eventId` 0: the line's event; otherwise it must be the line's event.
    ExchangeSeatCommand(qint64 orderId, qint64 lineId, QString seatGuid, qint64 eventId = 0,
                        std::optional<PaymentInput> payment = std::nullopt)
        : m_orderId(orderId)
        , m_lineId(lineId)
        , m_seatGuid(std::move(seatGuid))
        , m_eventId(eventId)
        , m_payment(std::move(payment))
    {}
    static Result<std::unique_ptr<Command>> fromJson(const QJsonObject &json);

    QString kind() const override { return QStringLiteral("exchange_seat"); }
    QJsonObject toJson() const override;
    // Giving a customer another seat is as sensitive as a refund.
    std::optional<Permission> requiredPermission() const override { return Permission::Refund; }
    QString auditAction() const override { return QStringLiteral("exchange"); }
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    qint64 m_orderId;
    qint64 m_lineId;
    QString m_seatGuid;
    qint64 m_eventId;
    std::optional<PaymentInput> m_payment;
};

} // namespace tessera
