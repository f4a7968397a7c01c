// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payments/paymentprovider.h"

#include <QList>
#include <QTest>

#include <memory>

namespace tessera::test {

// Collects the answers a payment handler receives, for QTRY_ checks.
class ResultCapture
{
public:
    PaymentResultHandler handler()
    {
        return [results = m_results](const PaymentResult &r) { results->append(r); };
    }
    int count() const { return int(m_results->size()); }
    // Runs the event loop until n answers have arrived (QTRY_ polls only
    // every 50 ms; this keeps the tests in milliseconds).
    bool waitForCount(int n, int timeoutMs = 2000) const
    {
        return QTest::qWaitFor([this, n] { return count() >= n; }, timeoutMs) && count() == n;
    }
    const PaymentResult &last() const { return m_results->constLast(); }
    const PaymentResult &at(int i) const { return m_results->at(i); }

private:
    std::shared_ptr<QList<PaymentResult>> m_results = std::make_shared<QList<PaymentResult>>();
};

inline PaymentRequest qrRequest(const QString &key, qint64 minor = 1200)
{
    PaymentRequest request;
    request.key = key;
    request.amount = Money{minor, QStringLiteral("CNY")};
    request.method = QStringLiteral("qr");
    return request;
}

} // namespace tessera::test
