// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerts/alertconditions.h"

#include <algorithm>
#include <limits>

namespace tessera {

namespace {

constexpr qint64 kMinute = 60'000;

AlertReading paymentSuccess(const AlertRule &rule, const AlertInputs &in, qint64 now)
{
    // Minute buckets that overlap the window: the share moves minute by minute.
    const qint64 windowStart = now - rule.windowMinutes * kMinute;
    qint64 attempts = 0;
    qint64 approved = 0;
    for (const PaymentBucket &b : in.figures.payments) {
        if (b.startMs + in.figures.bucketMs <= windowStart || b.startMs > now)
            continue;
        for (qint64 n : b.attempts)
            attempts += n;
        for (qint64 n : b.approved)
            approved += n;
    }
    AlertReading r;
    if (attempts == 0)
        return r;
    r.known = true;
    r.value = 100.0 * double(approved) / double(attempts);
    r.breached = r.value < rule.threshold;
    r.detail = QStringLiteral("%1/%2").arg(approved).arg(attempts);
    return r;
}

AlertReading errorRate(const AlertRule &rule, const AlertInputs &in, qint64 now)
{
    const qint64 windowStart = now - rule.windowMinutes * kMinute;
    qint64 count = 0;
    for (const PaymentFact &p : in.figures.failedWith(rule.code)) {
        if (p.createdAtMs > windowStart && p.createdAtMs <= now)
            ++count;
    }
    AlertReading r;
    r.known = true;
    r.value = double(count) / double(rule.windowMinutes);
    r.breached = r.value > rule.threshold;
    return r;
}

AlertReading terminalSilence(const AlertRule &rule, const AlertInputs &in, qint64 now)
{
    AlertReading r;
    for (const TerminalSeen &t : in.terminals) {
        const double minutes = double(std::max<qint64>(0, now - t.lastSeenMs)) / kMinute;
        if (!r.known || minutes > r.value) {
            r.value = minutes;
            r.detail = t.terminal;
        }
        r.known = true;
    }
    r.breached = r.known && r.value >= rule.threshold;
    return r;
}

AlertReading stockLeft(const AlertRule &rule, const AlertInputs &in)
{
    AlertReading r;
    for (const StockOutlook &s : in.figures.stock) {
        if ((rule.eventId && s.eventId != rule.eventId) ||
            (!rule.stock.isEmpty() && s.stock != rule.stock))
            continue;
        if (!r.known || double(s.left) < r.value) {
            r.value = double(s.left);
            r.detail = s.eventName + QStringLiteral(" · ") + s.stock;
        }
        r.known = true;
    }
    r.breached = r.known && r.value < rule.threshold;
    return r;
}

AlertReading optionalAbove(const AlertRule &rule, std::optional<double> value)
{
    AlertReading r;
    if (!value)
        return r;
    r.known = true;
    r.value = *value;
    r.breached = r.value > rule.threshold;
    return r;
}

} // namespace

AlertReading AlertConditions::measure(const AlertRule &rule, const AlertInputs &inputs,
                                      qint64 nowMs)
{
    switch (rule.kind) {
    case AlertKind::PaymentSuccessBelow:
        return paymentSuccess(rule, inputs, nowMs);
    case AlertKind::ErrorCodeAbove:
        return errorRate(rule, inputs, nowMs);
    case AlertKind::TerminalSilent:
        return terminalSilence(rule, inputs, nowMs);
    case AlertKind::BacklogAbove:
        return optionalAbove(rule, inputs.backlog ? std::optional<double>(double(*inputs.backlog))
                                                  : std::nullopt);
    case AlertKind::StockBelow:
        return stockLeft(rule, inputs);
    case AlertKind::ServerP99Above:
        return optionalAbove(rule, inputs.serverP99Ms);
    }
    return {};
}

qint64 AlertConditions::figuresSpanMs(const QList<AlertRule> &rules)
{
    qint64 span = kMinute;
    for (const AlertRule &r : rules) {
        if (r.enabled)
            span = std::max(span, r.windowMinutes * kMinute);
    }
    return span;
}

} // namespace tessera
