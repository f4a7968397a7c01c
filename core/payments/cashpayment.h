// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "payments/paymentprovider.h"

#include <QList>

namespace tessera {

// Cash at the counter: checks that the tender covers the amount due and works
// out the change; suggests the notes a customer is likely to hand over.
class CashPayment final : public ImmediatePaymentProvider
{
    Q_OBJECT

public:
    using ImmediatePaymentProvider::ImmediatePaymentProvider;

    QString method() const override { return QStringLiteral("cash"); }

    // Change to give back, or InvalidInput when the tender is short.
    static Result<qint64> changeFor(qint64 dueMinor, qint64 tenderedMinor);
    // Quick-amount buttons for a due amount, ascending, in minor units: the
    // exact amount, then the next whole unit and the next 10/20/50/100 notes
    // above it (at most five). Empty when nothing is due.
    static QList<qint64> suggestedTenders(qint64 dueMinor, const QString &currency);
    // Minor units in one major unit: 100 for EUR or CNY, 1 for JPY or KRW.
    static qint64 minorPerMajor(const QString &currency);

protected:
    PaymentResult decide(const PaymentRequest &request) const override;
};

} // namespace tessera
