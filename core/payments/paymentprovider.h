// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/money.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace tessera {

// How a payment attempt ended, as far as the till knows.
enum class PaymentOutcome : int { Approved = 0, Declined = 1, Unknown = 2 };

// Provider failures, normalised so the dashboards count one set of codes
// whatever the provider said. The names are stable: never rename one.
enum class PaymentError : int {
    None = 0,
    InsufficientFunds,
    CardDeclined,
    ExpiredCard,
    Timeout,
    NetworkError,
    ProviderUnavailable,
    CancelledByCustomer,
    InvalidAmount,
    Unknown,
    // The request itself was malformed (a mistyped approval code) or reused a
    // key with different content.
    InvalidRequest,
};

// "insufficient_funds"...; empty for None.
QString paymentErrorName(PaymentError error);
// The reverse of paymentErrorName; Unknown for a name it does not know.
PaymentError paymentErrorFromName(const QString &name);
// Errors that say the provider could not be reached or did not answer in
// time, as opposed to a customer's card being refused: the circuit breaker
// counts only these.
bool isTransientPaymentError(PaymentError error);
QString paymentOutcomeName(PaymentOutcome outcome);

// One payment attempt. The key makes it idempotent: sending the same key again
// is the same attempt, never a second charge.
struct PaymentRequest
{
    QString key;
    Money amount;
    QString method; // cash, card, qr
    // cash: what the customer handed over
    qint64 tenderedMinor = 0;
    // external card terminal: typed by the cashier from the terminal's slip
    QString approvalCode;
    QString cardLast4;
    // QR: the customer's payment code when the till scans the phone (empty
    // when the customer scans the till's code)
    QString customerCode;

    bool sameContentAs(const PaymentRequest &other) const;
};

// What a provider answered for a charge, query or refund.
struct PaymentResult
{
    Q_DECLARE_TR_FUNCTIONS(tessera::PaymentResult)

public:
    PaymentOutcome state = PaymentOutcome::Unknown;
    QString providerReference;
    PaymentError error = PaymentError::None;
    // Only the last four digits of a card, never more (PCI DSS 3.3).
    QString maskedLast4;
    QString message;        // translated, for the cashier
    qint64 changeMinor = 0; // cash only

    QString errorCode() const { return paymentErrorName(error); }
    bool isDefinite() const { return state != PaymentOutcome::Unknown; }

    static PaymentResult approved(QString reference);
    // With no message, the standard one for the error.
    static PaymentResult declined(PaymentError error, QString message = {});
    static PaymentResult unknown(PaymentError error, QString message = {});
    // The cashier-facing text for an error code.
    static QString messageFor(PaymentError error);
};

using PaymentResultHandler = std::function<void(const PaymentResult &)>;

// A way to take money: cash drawer, card terminal, QR-pay service. Every call
// answers through its handler exactly once, possibly before the call returns.
// A provider that cannot tell whether money moved answers Unknown; the caller
// then reconciles with query().
class PaymentProvider : public QObject
{
    Q_OBJECT

public:
    explicit PaymentProvider(QObject *parent = nullptr);
    ~PaymentProvider() override;

    // "cash", "card", "qr": the method recorded on the order's payment.
    virtual QString method() const = 0;
    virtual void charge(const PaymentRequest &request, PaymentResultHandler onResult) = 0;
    // The definite outcome of an earlier charge with this key; Declined when
    // the provider never saw it (nothing was charged).
    virtual void query(const QString &key, PaymentResultHandler onResult) = 0;
    virtual void refund(const QString &reference, const Money &amount,
                        PaymentResultHandler onResult) = 0;
};

// A provider that decides on the spot (cash, a standalone card terminal):
// answers synchronously and remembers each key's result, so a repeated key
// gets the first answer.
class ImmediatePaymentProvider : public PaymentProvider
{
    Q_OBJECT

public:
    using PaymentProvider::PaymentProvider;

    void charge(const PaymentRequest &request, PaymentResultHandler onResult) override;
    void query(const QString &key, PaymentResultHandler onResult) override;
    void refund(const QString &reference, const Money &amount,
                PaymentResultHandler onResult) override;

protected:
    virtual PaymentResult decide(const PaymentRequest &request) const = 0;

private:
    struct Attempt
    {
        PaymentRequest request;
        PaymentResult result;
    };
    QHash<QString, Attempt> m_attempts;
};

} // namespace tessera
