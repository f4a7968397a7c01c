// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payments/sandboxqrprovider.h"

#include <QString>

#include <memory>

namespace tessera {

class Clock;
class PaymentGateway;
class PaymentProvider;
class ReconciliationQueue;

// The console's ways to take money: the cash drawer, the external card
// terminal and QR pay (the local sandbox provider), each behind a gateway,
// with one queue of unknown outcomes to reconcile. Built by the app's
// main() (or a test) with the clock and the sandbox's seed it chooses.
class ConsolePayments
{
public:
    static constexpr int kDefaultQrTimeoutMs = 20'000;

    // `clock` must outlive the payments.
    ConsolePayments(const Clock &clock, const SandboxQrConfig &qr,
                    int qrTimeoutMs = kDefaultQrTimeoutMs);
    ~ConsolePayments();
    ConsolePayments(const ConsolePayments &) = delete;
    ConsolePayments &operator=(const ConsolePayments &) = delete;

    // The sandbox as a demo shows it: a second or two to pay, now and then
    // a refusal; every draw from `seed`.
    static SandboxQrConfig demoSandbox(quint64 seed);

    // "cash", "card" or "qr"; anything else is the cash drawer.
    PaymentGateway &gateway(const QString &method) const;
    ReconciliationQueue &reconciliation() const { return *m_reconciliation; }
    SandboxQrProvider &qrSandbox() const { return *m_qrSandbox; }
    // Replaces the QR provider's behaviour (tests, demos) and the attempt
    // timeout of its gateway.
    void configureQrSandbox(const SandboxQrConfig &config, int attemptTimeoutMs);

private:
    const Clock &m_clock;
    std::unique_ptr<ReconciliationQueue> m_reconciliation;
    std::unique_ptr<PaymentProvider> m_cash;
    std::unique_ptr<PaymentProvider> m_card;
    std::unique_ptr<SandboxQrProvider> m_qrSandbox;
    std::unique_ptr<PaymentGateway> m_cashGateway;
    std::unique_ptr<PaymentGateway> m_cardGateway;
    std::unique_ptr<PaymentGateway> m_qrGateway;
};

} // namespace tessera
