// SPDX-License-Identifier: GPL-3.0-or-later
#include "payments/paymentprovider.h"

#include <array>

namespace tessera {

namespace {

struct ErrorName
{
    PaymentError error;
    const char *name;
};

constexpr std::array<ErrorName, 10> kErrorNames{{
    {PaymentError::InsufficientFunds, "insufficient_funds"},
    {PaymentError::CardDeclined, "card_declined"},
    {PaymentError::ExpiredCard, "expired_card"},
    {PaymentError::Timeout, "timeout"},
    {PaymentError::NetworkError, "network_error"},
    {PaymentError::ProviderUnavailable, "provider_unavailable"},
    {PaymentError::CancelledByCustomer, "cancelled_by_customer"},
    {PaymentError::InvalidAmount, "invalid_amount"},
    {PaymentError::Unknown, "unknown"},
    {PaymentError::InvalidRequest, "invalid_request"},
}};

} // namespace

QString paymentErrorName(PaymentError error)
{
    for (const auto &entry : kErrorNames) {
        if (entry.error == error)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

PaymentError paymentErrorFromName(const QString &name)
{
    if (name.isEmpty())
        return PaymentError::None;
    for (const auto &entry : kErrorNames) {
        if (name == QLatin1String(entry.name))
            return entry.error;
    }
    return PaymentError::Unknown;
}

bool isTransientPaymentError(PaymentError error)
{
    return error == PaymentError::Timeout || error == PaymentError::NetworkError ||
           error == PaymentError::ProviderUnavailable;
}

QString paymentOutcomeName(PaymentOutcome outcome)
{
    switch (outcome) {
    case PaymentOutcome::Approved:
        return QStringLiteral("approved");
    case PaymentOutcome::Declined:
        return QStringLiteral("declined");
    case PaymentOutcome::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

bool PaymentRequest::sameContentAs(const PaymentRequest &other) const
{
    return key == other.key && amount == other.amount && method == other.method &&
           tenderedMinor == other.tenderedMinor && approvalCode == other.approvalCode &&
           cardLast4 == other.cardLast4 && customerCode == other.customerCode;
}

PaymentResult PaymentResult::approved(QString reference)
{
    PaymentResult result;
    result.state = PaymentOutcome::Approved;
    result.providerReference = std::move(reference);
    result.message = tr("Payment approved.");
    return result;
}

PaymentResult PaymentResult::declined(PaymentError error, QString message)
{
    PaymentResult result;
    result.state = PaymentOutcome::Declined;
    result.error = error;
    result.message = message.isEmpty() ? messageFor(error) : std::move(message);
    return result;
}

PaymentResult PaymentResult::unknown(PaymentError error, QString message)
{
    PaymentResult result;
    result.state = PaymentOutcome::Unknown;
    result.error = error;
    result.message = message.isEmpty() ? messageFor(error) : std::move(message);
    return result;
}

QString PaymentResult::messageFor(PaymentError error)
{
    switch (error) {
    case PaymentError::None:
        return tr("Payment approved.");
    case PaymentError::InsufficientFunds:
        return tr("Insufficient funds. Ask for another payment method.");
    case PaymentError::CardDeclined:
        return tr("The payment was declined by the issuer.");
    case PaymentError::ExpiredCard:
        return tr("The card has expired.");
    case PaymentError::Timeout:
        return tr("No answer from the payment provider in time. The payment will be "
                  "reconciled; do not charge again with a new attempt before checking.");
    case PaymentError::NetworkError:
        return tr("The payment provider could not be reached.");
    case PaymentError::ProviderUnavailable:
        return tr("The payment provider is unavailable. Try again later or use another "
                  "payment method.");
    case PaymentError::CancelledByCustomer:
        return tr("The customer cancelled the payment.");
    case PaymentError::InvalidAmount:
        return tr("The amount is not valid for this payment.");
    case PaymentError::InvalidRequest:
        return tr("The payment details are not valid.");
    case PaymentError::Unknown:
        break;
    }
    return tr("The payment failed for an unknown reason.");
}

PaymentProvider::PaymentProvider(QObject *parent)
    : QObject(parent)
{}

PaymentProvider::~PaymentProvider() = default;

void ImmediatePaymentProvider::charge(const PaymentRequest &request, PaymentResultHandler onResult)
{
    const auto it = m_attempts.constFind(request.key);
    if (it != m_attempts.constEnd()) {
        if (!it->request.sameContentAs(request)) {
            onResult(PaymentResult::declined(
                PaymentError::InvalidRequest,
                PaymentResult::tr("This payment key was already used for a different payment.")));
            return;
        }
        onResult(it->result);
        return;
    }
    if (request.key.isEmpty()) {
        onResult(PaymentResult::declined(PaymentError::InvalidRequest));
        return;
    }
    const PaymentResult result = decide(request);
    m_attempts.insert(request.key, Attempt{request, result});
    onResult(result);
}

void ImmediatePaymentProvider::query(const QString &key, PaymentResultHandler onResult)
{
    const auto it = m_attempts.constFind(key);
    if (it == m_attempts.constEnd()) {
        onResult(PaymentResult::declined(PaymentError::Unknown,
                                         PaymentResult::tr("No payment with this key; nothing was "
                                                           "charged.")));
        return;
    }
    onResult(it->result);
}

void ImmediatePaymentProvider::refund(const QString &reference, const Money &amount,
                                      PaymentResultHandler onResult)
{
    // The money goes back by hand (drawer, standalone terminal); the till only
    // records that the cashier did it.
    if (amount.minor <= 0) {
        onResult(PaymentResult::declined(PaymentError::InvalidAmount));
        return;
    }
    onResult(PaymentResult::approved(reference));
}

} // namespace tessera
