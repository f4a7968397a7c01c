// SPDX-License-Identifier: GPL-3.0-or-later
#include "payments/sandboxqrprovider.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QtEndian>
#include <QTimer>

#include <array>

namespace tessera {

namespace {

// A generator for one key: the same seed and key always give the same draws,
// whatever order the keys arrive in.
QRandomGenerator generatorFor(quint64 seed, const QString &key)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const quint64 seedLe = qToLittleEndian(seed);
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&seedLe), sizeof seedLe));
    hash.addData(key.toUtf8());
    const QByteArray digest = hash.result();
    std::array<quint32, 4> words{};
    for (int i = 0; i < 4; ++i)
        words[size_t(i)] = qFromLittleEndian<quint32>(digest.constData() + 4 * i);
    return QRandomGenerator(words.data(), words.data() + words.size());
}

PaymentError pickError(QRandomGenerator &rng, const QList<SandboxErrorWeight> &mix)
{
    int total = 0;
    for (const SandboxErrorWeight &entry : mix)
        total += qMax(0, entry.weight);
    if (total == 0)
        return PaymentError::CardDeclined;
    int roll = int(rng.bounded(total));
    for (const SandboxErrorWeight &entry : mix) {
        roll -= qMax(0, entry.weight);
        if (roll < 0)
            return entry.error;
    }
    return PaymentError::CardDeclined;
}

} // namespace

QList<SandboxErrorWeight> defaultSandboxErrorMix()
{
    QList<SandboxErrorWeight> mix;
    mix.append({PaymentError::InsufficientFunds, 3});
    mix.append({PaymentError::CardDeclined, 3});
    mix.append({PaymentError::ExpiredCard, 1});
    mix.append({PaymentError::CancelledByCustomer, 1});
    mix.append({PaymentError::NetworkError, 1});
    mix.append({PaymentError::ProviderUnavailable, 1});
    return mix;
}

SandboxQrProvider::SandboxQrProvider(SandboxQrConfig config, QObject *parent)
    : PaymentProvider(parent)
    , m_config(std::move(config))
{}

int SandboxQrProvider::approvedCharges() const
{
    int count = 0;
    for (const Charge &c : m_charges)
        count += c.result.state == PaymentOutcome::Approved ? 1 : 0;
    return count;
}

qint64 SandboxQrProvider::refundedMinor(const QString &reference) const
{
    const auto key = m_keyByReference.constFind(reference);
    return key == m_keyByReference.constEnd() ? 0 : m_charges.value(*key).refundedMinor;
}

SandboxQrProvider::Charge SandboxQrProvider::decide(const PaymentRequest &request, int &latencyMs,
                                                    bool &lost) const
{
    QRandomGenerator rng = generatorFor(m_config.seed, request.key);
    // Draw in a fixed order so a given seed and key always give the same fate.
    const int span = qMax(0, m_config.maxLatencyMs - m_config.minLatencyMs);
    latencyMs = m_config.minLatencyMs + (span > 0 ? int(rng.bounded(span + 1)) : 0);
    const bool fails = rng.generateDouble() < m_config.failureRate;
    const PaymentError error = pickError(rng, m_config.errorMix);
    lost = rng.generateDouble() < m_config.lostRate;
    const QString reference =
        QStringLiteral("sbx-") + QString::number(rng.generate64(), 16).rightJustified(16, u'0');

    Charge charge{request, {}, 0};
    if (request.amount.minor <= 0 || !isCurrencyCode(request.amount.currency))
        charge.result = PaymentResult::declined(PaymentError::InvalidAmount);
    else if (fails)
        charge.result = PaymentResult::declined(error);
    else
        charge.result = PaymentResult::approved(reference);
    return charge;
}

void SandboxQrProvider::charge(const PaymentRequest &request, PaymentResultHandler onResult)
{
    if (!m_available) {
        answerLater(m_config.minLatencyMs,
                    PaymentResult::declined(PaymentError::ProviderUnavailable),
                    std::move(onResult));
        return;
    }
    if (request.key.isEmpty()) {
        answerLater(m_config.minLatencyMs, PaymentResult::declined(PaymentError::InvalidRequest),
                    std::move(onResult));
        return;
    }
    int latencyMs = 0;
    bool lost = false;
    const Charge fresh = decide(request, latencyMs, lost);

    const auto earlier = m_charges.constFind(request.key);
    if (earlier != m_charges.constEnd()) {
        // A retry: the first attempt's answer, never a second charge.
        PaymentResult result =
            earlier->request.sameContentAs(request)
                ? earlier->result
                : PaymentResult::declined(PaymentError::InvalidRequest,
                                          PaymentResult::tr("This payment key was already used "
                                                            "for a different payment."));
        answerLater(latencyMs, std::move(result), std::move(onResult));
        return;
    }

    m_charges.insert(request.key, fresh);
    if (!fresh.result.providerReference.isEmpty())
        m_keyByReference.insert(fresh.result.providerReference, request.key);
    answerLater(latencyMs, lost ? PaymentResult::unknown(PaymentError::NetworkError) : fresh.result,
                std::move(onResult));
}

void SandboxQrProvider::query(const QString &key, PaymentResultHandler onResult)
{
    if (!m_available) {
        answerLater(m_config.minLatencyMs,
                    PaymentResult::unknown(PaymentError::ProviderUnavailable), std::move(onResult));
        return;
    }
    const auto it = m_charges.constFind(key);
    answerLater(m_config.minLatencyMs,
                it != m_charges.constEnd()
                    ? it->result
                    : PaymentResult::declined(PaymentError::Unknown,
                                              PaymentResult::tr("No payment with this key; "
                                                                "nothing was charged.")),
                std::move(onResult));
}

void SandboxQrProvider::refund(const QString &reference, const Money &amount,
                               PaymentResultHandler onResult)
{
    if (!m_available) {
        answerLater(m_config.minLatencyMs,
                    PaymentResult::declined(PaymentError::ProviderUnavailable),
                    std::move(onResult));
        return;
    }
    const auto key = m_keyByReference.constFind(reference);
    auto it = key == m_keyByReference.constEnd() ? m_charges.end() : m_charges.find(*key);
    PaymentResult result;
    if (it == m_charges.end() || it->result.state != PaymentOutcome::Approved) {
        result =
            PaymentResult::declined(PaymentError::InvalidRequest,
                                    PaymentResult::tr("No approved payment with this reference."));
    } else if (amount.minor <= 0 || amount.currency != it->request.amount.currency ||
               it->refundedMinor + amount.minor > it->request.amount.minor) {
        result = PaymentResult::declined(PaymentError::InvalidAmount);
    } else {
        it->refundedMinor += amount.minor;
        result = PaymentResult::approved(reference);
        result.message = PaymentResult::tr("Refund approved.");
    }
    answerLater(m_config.minLatencyMs, std::move(result), std::move(onResult));
}

void SandboxQrProvider::answerLater(int latencyMs, PaymentResult result,
                                    PaymentResultHandler onResult)
{
    QTimer::singleShot(
        qMax(0, latencyMs), this,
        [result = std::move(result), onResult = std::move(onResult)] { onResult(result); });
}

} // namespace tessera
