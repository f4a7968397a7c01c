// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payments/paymentprovider.h"

#include <QHash>
#include <QList>

namespace tessera {

struct SandboxErrorWeight
{
    PaymentError error = PaymentError::Unknown;
    int weight = 0;
};

// Mostly customers' cards refused, some network trouble.
QList<SandboxErrorWeight> defaultSandboxErrorMix();

// How the sandbox behaves. Every draw comes from the seed and the request key,
// so a run is repeatable and a key always meets the same fate.
struct SandboxQrConfig
{
    int minLatencyMs = 0;
    int maxLatencyMs = 0;     // equal to minLatencyMs for a fixed latency
    double failureRate = 0.0; // share of charges that fail
    // Which error a failure reports, by weight.
    QList<SandboxErrorWeight> errorMix = defaultSandboxErrorMix();
    // Share of charges whose answer is lost on the way back: the provider
    // decided (and may have taken the money) but the till hears Unknown.
    double lostRate = 0.0;
    quint64 seed = 1;
};

// A local stand-in for a QR-pay service, for demos and tests: answers after a
// simulated latency with a configurable mix of approvals, errors and lost
// answers; honours idempotency keys and answers queries and refunds.
class SandboxQrProvider final : public PaymentProvider
{
    Q_OBJECT

public:
    explicit SandboxQrProvider(SandboxQrConfig config, QObject *parent = nullptr);

    QString method() const override { return QStringLiteral("qr"); }
    void charge(const PaymentRequest &request, PaymentResultHandler onResult) override;
    void query(const QString &key, PaymentResultHandler onResult) override;
    void refund(const QString &reference, const Money &amount,
                PaymentResultHandler onResult) override;

    // An outage: while unavailable every call answers provider_unavailable
    // and nothing is recorded.
    void setAvailable(bool available) { m_available = available; }
    bool isAvailable() const { return m_available; }
    const SandboxQrConfig &config() const { return m_config; }

    // Charges the provider has seen (a repeated key is not a new one).
    int chargeRequests() const { return int(m_charges.size()); }
    // Charges where money actually moved.
    int approvedCharges() const;
    qint64 refundedMinor(const QString &reference) const;

private:
    struct Charge
    {
        PaymentRequest request;
        PaymentResult result; // the true, definite outcome
        qint64 refundedMinor = 0;
    };

    void answerLater(int latencyMs, PaymentResult result, PaymentResultHandler onResult);
    Charge decide(const PaymentRequest &request, int &latencyMs, bool &lost) const;

    SandboxQrConfig m_config;
    bool m_available = true;
    QHash<QString, Charge> m_charges; // by request key
    QHash<QString, QString> m_keyByReference;
};

} // namespace tessera
