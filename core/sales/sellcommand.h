// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "engine/command.h"
#include "sales/customer.h"
#include "sales/paymentinput.h"
#include "sales/salelines.h"

namespace tessera {

// Creates an order for seats, GA tickets and card keys, either straight from
// what is on sale or from a hold, with the payments taken so far. Paid in
// full, the order is issued at once (ticket codes, card keys delivered);
// otherwise it waits for add_payment.
class SellCommand final : public Command
{
public:
    Q_DECLARE_TR_FUNCTIONS(tessera::SellCommand)

public:
    struct Input
    {
        qint64 eventId = 0;
        qint64 holdId = 0;
        QList<SaleLine> lines;
        QList<PaymentInput> payments;
        Customer customer;
        QString channel = QStringLiteral("counter");
    };

    explicit SellCommand(Input input)
        : m_in(std::move(input))
    {}
    static Result<std::unique_ptr<Command>> fromJson(const QJsonObject &json);

    QString kind() const override { return QStringLiteral("sell"); }
    QJsonObject toJson() const override;
    // The same bytes as toJson() would give, written without QJsonObject.
    QByteArray toJsonBytes() const override;
    Result<CommandResult> apply(WriteContext &ctx) override;
    // The customer, which the journal leaves out.
    QByteArray privateRequestBytes() const override;
    // Seals the customer and makes its blind indexes.
    void seal(const std::shared_ptr<const DataKey> &key) override;
    void prefetch() const override;
    void prefetchContents() const override;

private:
    // The customer as the orders row stores it, and the key it is sealed under.
    struct SealedCustomer
    {
        std::shared_ptr<const DataKey> key;
        QByteArray sealed;
        QByteArray phoneIndex;
        QByteArray nameIndex;
    };
    SealedCustomer sealCustomer(const std::shared_ptr<const DataKey> &key) const;

    Input m_in;
    SealedCustomer m_sealed;
};

} // namespace tessera
