// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolepayments.h"

#include "payments/cashpayment.h"
#include "payments/externalcardterminal.h"
#include "payments/paymentgateway.h"
#include "payments/reconciliationqueue.h"

namespace tessera {

ConsolePayments::ConsolePayments(const Clock &clock, const SandboxQrConfig &qr, int qrTimeoutMs)
    : m_clock(clock)
    , m_reconciliation(std::make_unique<ReconciliationQueue>(clock))
    , m_cash(std::make_unique<CashPayment>())
    , m_card(std::make_unique<ExternalCardTerminal>())
{
    m_cashGateway = std::make_unique<PaymentGateway>(*m_cash, *m_reconciliation, clock);
    m_cardGateway = std::make_unique<PaymentGateway>(*m_card, *m_reconciliation, clock);
    configureQrSandbox(qr, qrTimeoutMs);
}

ConsolePayments::~ConsolePayments() = default;

SandboxQrConfig ConsolePayments::demoSandbox(quint64 seed)
{
    SandboxQrConfig config;
    config.minLatencyMs = 700;
    config.maxLatencyMs = 1800;
    config.failureRate = 0.08;
    config.lostRate = 0.0;
    config.seed = seed;
    return config;
}

PaymentGateway &ConsolePayments::gateway(const QString &method) const
{
    if (method == QLatin1String("card"))
        return *m_cardGateway;
    if (method == QLatin1String("qr"))
        return *m_qrGateway;
    return *m_cashGateway;
}

void ConsolePayments::configureQrSandbox(const SandboxQrConfig &config, int attemptTimeoutMs)
{
    m_qrGateway.reset();
    m_qrSandbox = std::make_unique<SandboxQrProvider>(config);
    PaymentGatewayConfig gatewayConfig;
    gatewayConfig.attemptTimeoutMs = attemptTimeoutMs;
    m_qrGateway =
        std::make_unique<PaymentGateway>(*m_qrSandbox, *m_reconciliation, m_clock, gatewayConfig);
}

} // namespace tessera
