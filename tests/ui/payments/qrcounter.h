// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consolefixture.h"

#include "api/commandfactory.h"
#include "payments/paymentgateway.h"
#include "payments/sandboxqrprovider.h"
#include "query/orderqueries.h"

#include <QJsonArray>
#include <QTest>

#include <optional>

// What the Sell screen does with a QR payment, for the reconciliation tests:
// a pending order, a charge through the console's QR gateway, and the
// payment recorded as unknown with the request key when the answer is lost.
namespace tessera::test {

class QrCounter
{
public:
    explicit QrCounter(ConsoleFixture &f)
        : m_f(f)
    {}

    // The provider takes the money but its answer is lost on the way back.
    void loseEveryAnswer(int latencyMs = 5, int attemptTimeoutMs = 2'000)
    {
        SandboxQrConfig config;
        config.minLatencyMs = latencyMs;
        config.maxLatencyMs = latencyMs;
        config.failureRate = 0.0;
        config.lostRate = 1.0;
        m_f.context().configureQrSandbox(config, attemptTimeoutMs);
    }

    // Runs a command straight on the engine as `actor` (no changed() signal).
    CommandOutcome runAs(const QString &kind, const QJsonObject &json,
                         const QString &actor = QStringLiteral("cashier"))
    {
        auto command = CommandFactory::fromJson(kind, json);
        if (!command) {
            CommandOutcome refused;
            refused.result = command.error();
            return refused;
        }
        return m_f.engine().execute(std::move(*command),
                                    QStringLiteral("qr-counter-%1").arg(++m_keys), actor);
    }

    // A pending order for one seat (380.00 CNY), nothing paid.
    qint64 pendingOrder(const QString &seat)
    {
        auto sold = runAs(QStringLiteral("sell"),
                          QJsonObject{{QStringLiteral("event"), m_f.db().ids().event},
                                      {QStringLiteral("lines"),
                                       QJsonArray{QJsonObject{{QStringLiteral("seat"), seat}}}}});
        if (!sold.result.ok())
            qFatal("sale failed: %s", qPrintable(sold.result.error().toString()));
        return sold.result.value()[QStringLiteral("order")].toInteger();
    }

    // Charges through the QR gateway and waits for its answer.
    PaymentResult charge(const QString &key, qint64 amount = 38000)
    {
        PaymentRequest request;
        request.key = key;
        request.amount = Money{amount, QStringLiteral("CNY")};
        request.method = QStringLiteral("qr");
        std::optional<PaymentResult> answer;
        m_f.context().gateway(QStringLiteral("qr")).charge(request, [&](const PaymentResult &r) {
            answer = r;
        });
        if (!ConsoleFixture::waitFor([&] { return answer.has_value(); }))
            qFatal("the QR gateway never answered");
        return *answer;
    }

    // Records the payment as unknown on the order, as the signed-in user
    // (through the console, so screens hear of it).
    void recordUnknown(qint64 order, const QString &key, const QString &errorCode,
                       qint64 amount = 38000)
    {
        const QJsonObject json{{QStringLiteral("order"), order},
                               {QStringLiteral("payment"),
                                QJsonObject{{QStringLiteral("method"), QStringLiteral("qr")},
                                            {QStringLiteral("amount"), amount},
                                            {QStringLiteral("state"), QStringLiteral("unknown")},
                                            {QStringLiteral("reference"), key},
                                            {QStringLiteral("error_code"), errorCode}}}};
        auto command = CommandFactory::fromJson(QStringLiteral("add_payment"), json);
        if (!command)
            qFatal("bad add_payment: %s", qPrintable(command.error().toString()));
        std::optional<CommandOutcome> done;
        QObject receiver;
        m_f.context().run(std::move(*command), &receiver,
                          [&](const CommandOutcome &outcome) { done = outcome; });
        if (!ConsoleFixture::waitFor([&] { return done.has_value(); }) || !done->result.ok())
            qFatal("add_payment unknown was not recorded");
    }

    // The whole Sell-screen path: order, charge (answer lost), record unknown.
    qint64 sellWithLostAnswer(const QString &seat, const QString &key)
    {
        const qint64 order = pendingOrder(seat);
        const PaymentResult answer = charge(key);
        if (answer.state != PaymentOutcome::Unknown)
            qFatal("expected an unknown outcome");
        recordUnknown(order, key, answer.errorCode());
        return order;
    }

    qint64 orderState(qint64 order) const
    {
        return m_f.db().scalar(QStringLiteral("SELECT state FROM orders WHERE id = %1").arg(order));
    }

    // The ticket codes of an order, as the Orders screen reads them.
    QStringList ticketCodes(qint64 order)
    {
        OrderQueries orders(m_f.context().reader(), QStringLiteral("T1"));
        auto found = orders.order(order);
        QStringList codes;
        if (!found)
            return codes;
        for (const QJsonValue &line : found->value(QStringLiteral("lines")).toArray()) {
            const QString code = line[QStringLiteral("code")].toString();
            if (!code.isEmpty())
                codes.append(code);
        }
        return codes;
    }

private:
    ConsoleFixture &m_f;
    int m_keys = 0;
};

} // namespace tessera::test
