// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "payments/paymentprovider.h"

namespace tessera {

// A standalone card terminal not wired to the till: the customer pays on the
// terminal and the cashier types its approval code and the card's last four
// digits, which are only checked for form.
class ExternalCardTerminal final : public ImmediatePaymentProvider
{
    Q_OBJECT

public:
    using ImmediatePaymentProvider::ImmediatePaymentProvider;

    QString method() const override { return QStringLiteral("card"); }

    // An approval code is 4 to 12 letters or digits; last four is four digits.
    // The error names the field ("approval_code", "card_last4").
    static Result<void> validate(const QString &approvalCode, const QString &cardLast4);

protected:
    PaymentResult decide(const PaymentRequest &request) const override;
};

} // namespace tessera
