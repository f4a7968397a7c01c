// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/dashboardfigures.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace tessera {

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr int kMaxBuckets = 2000;

bool isApproved(int paymentState)
{
    return paymentState == 0 || paymentState == 3; // approved, or approved then refunded
}

QString methodKey(const PaymentFact &p)
{
    return p.provider.isEmpty() ? p.method : p.method + QLatin1Char('/') + p.provider;
}

QMap<QString, qint64> mapFromJson(const QJsonValue &value)
{
    QMap<QString, qint64> map;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        map.insert(it.key(), it.value().toInteger());
    return map;
}

QJsonObject mapJson(const QMap<QString, qint64> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

// The time range to cover: "from the first sale" when the filter has no start.
std::pair<qint64, qint64> rangeOf(const SaleFacts &facts, const DashboardFilter &filter,
                                  qint64 nowMs)
{
    const qint64 to = filter.toMs > 0 ? filter.toMs : nowMs + 1;
    qint64 from = filter.fromMs;
    if (from <= 0) {
        from = to - kMinute;
        for (const OrderFact &o : facts.orders)
            from = std::min(from, o.createdAtMs);
        for (const PaymentFact &p : facts.payments)
            from = std::min(from, p.createdAtMs);
    }
    return {from, std::max(to, from + 1)};
}

} // namespace

QString paymentProviderOf(const QString &method)
{
    if (method == QLatin1String("cash"))
        return QStringLiteral("drawer");
    if (method == QLatin1String("card"))
        return QStringLiteral("card_terminal");
    if (method == QLatin1String("qr"))
        return QStringLiteral("sandbox_qr");
    if (method == QLatin1String("transfer"))
        return QStringLiteral("bank");
    return method;
}

qint64 DashboardFigures::bucketFor(qint64 spanMs)
{
    constexpr qint64 hour = 60 * kMinute;
    if (spanMs <= 3 * hour)
        return kMinute;
    if (spanMs <= 12 * hour)
        return 5 * kMinute;
    if (spanMs <= 48 * hour)
        return 15 * kMinute;
    if (spanMs <= 14 * 24 * hour)
        return hour;
    return 24 * hour;
}

DashboardFigures DashboardFigures::compute(const SaleFacts &facts, const DashboardFilter &asked,
                                           qint64 nowMs)
{
    const DashboardFilter filter = asked.at(nowMs);
    DashboardFigures f;
    f.filter = filter;
    f.computedAtMs = nowMs;
    const auto [from, to] = rangeOf(facts, filter, nowMs);
    f.filter.fromMs = from;
    f.filter.toMs = to;
    f.bucketMs = bucketFor(to - from);
    const qint64 start = from - from % f.bucketMs;
    const int count =
        int(std::min<qint64>(kMaxBuckets, (to - start + f.bucketMs - 1) / f.bucketMs));
    for (int i = 0; i < count; ++i) {
        f.sales.push_back(SalesBucket{start + i * f.bucketMs, {}, {}});
        f.payments.push_back(PaymentBucket{start + i * f.bucketMs, {}, {}});
    }
    const auto bucketOf = [&](qint64 ms) {
        return std::clamp<qint64>((ms - start) / f.bucketMs, 0, count - 1);
    };

    QHash<QPair<QString, qint64>, const OrderFact *> orders;
    orders.reserve(facts.orders.size());
    for (const OrderFact &o : facts.orders)
        orders.insert({o.terminal, o.orderId}, &o);
    // The venue filter takes its events (card keys, event 0, belong to none).
    const auto takesEvent = [&](qint64 event) {
        return filter.takesEvent(event) &&
               (filter.venueId == 0 || facts.eventVenues.value(event) == filter.venueId);
    };
    const auto taken = [&](const QString &terminal, qint64 orderId) -> const OrderFact * {
        const OrderFact *o = orders.value({terminal, orderId});
        if (!o || !filter.takesTerminal(o->terminal) || !takesEvent(o->eventId) ||
            !filter.takesChannel(o->channel))
            return nullptr;
        return o;
    };

    QSet<QString> channels;
    QSet<QString> methods;
    QHash<qint64, qint64> perMinute;
    for (const OrderFact &o : facts.orders) {
        if (!f.filter.takesTime(o.createdAtMs) || !taken(o.terminal, o.orderId))
            continue;
        if (f.currency.isEmpty())
            f.currency = o.currency;
        channels.insert(o.channel);
        if (o.state == 2) {
            ++f.cancelledOrders;
            continue;
        }
        ++f.orders;
        ++f.sales[bucketOf(o.createdAtMs)].orders[o.channel];
        ++f.ordersByChannel[o.channel];
        ++f.ordersByTerminal[o.terminal];
        const qint64 minute = o.createdAtMs - o.createdAtMs % kMinute;
        const qint64 n = ++perMinute[minute];
        if (n > f.peakMinuteOrders || (n == f.peakMinuteOrders && minute < f.peakMinuteStartMs)) {
            f.peakMinuteOrders = n;
            f.peakMinuteStartMs = minute;
        }
    }

    QMap<QString, qint64> errors;
    for (const PaymentFact &p : facts.payments) {
        const OrderFact *o = taken(p.terminal, p.orderId);
        if (!o || !f.filter.takesTime(p.createdAtMs))
            continue;
        const QString key = methodKey(p);
        methods.insert(key);
        PaymentBucket &bucket = f.payments[bucketOf(p.createdAtMs)];
        ++f.attempts;
        ++bucket.attempts[key];
        if (isApproved(p.state)) {
            ++f.approved;
            ++bucket.approved[key];
            f.revenue += p.amount;
            f.sales[bucketOf(p.createdAtMs)].revenue[o->channel] += p.amount;
            f.revenueByChannel[o->channel] += p.amount;
            f.revenueByTerminal[o->terminal] += p.amount;
            channels.insert(o->channel);
        } else {
            PaymentFact failed = p;
            if (failed.errorCode.isEmpty())
                failed.errorCode = QStringLiteral("unknown");
            ++errors[failed.errorCode];
            f.failedPayments.push_back(failed);
        }
    }
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        f.errors.push_back({it.key(), it.value()});
    std::stable_sort(f.errors.begin(), f.errors.end(),
                     [](const auto &a, const auto &b) { return a.count > b.count; });
    std::stable_sort(f.failedPayments.begin(), f.failedPayments.end(),
                     [](const auto &a, const auto &b) { return a.createdAtMs > b.createdAtMs; });
    if (f.failedPayments.size() > kMaxFailedListed)
        f.failedPayments.resize(kMaxFailedListed);

    QMap<QString, RefundReason> reasons;
    for (const RefundFact &r : facts.refunds) {
        if (!f.filter.takesTime(r.createdAtMs) || !taken(r.terminal, r.orderId))
            continue;
        ++f.refunds;
        f.refundedAmount += r.amount;
        RefundReason &reason = reasons[r.reason];
        reason.reason = r.reason;
        ++reason.count;
        reason.amount += r.amount;
    }
    f.refundReasons = reasons.values();
    std::stable_sort(f.refundReasons.begin(), f.refundReasons.end(),
                     [](const auto &a, const auto &b) { return a.amount > b.amount; });

    // The pace: tickets of each stock sold in the last kRateWindowMs.
    QHash<QPair<qint64, QString>, qint64> recent;
    for (const LineFact &l : facts.lines) {
        if (l.state == 0 && l.createdAtMs >= nowMs - kRateWindowMs && l.createdAtMs <= nowMs)
            ++recent[{l.eventId, l.stock}];
    }
    for (const StockFact &s : facts.stock) {
        if (!takesEvent(s.eventId))
            continue;
        StockOutlook out{s.eventId,
                         s.eventName,
                         s.stock,
                         s.capacity,
                         s.sold,
                         s.held,
                         std::max<qint64>(0, s.capacity - s.sold - s.held),
                         0,
                         0};
        out.perMinute = double(recent.value({s.eventId, s.stock})) * kMinute / kRateWindowMs;
        if (out.perMinute > 0 && out.left > 0)
            out.sellOutAtMs = nowMs + qint64(double(out.left) / out.perMinute * kMinute);
        f.stock.push_back(out);
    }

    f.channels = QStringList(channels.cbegin(), channels.cend());
    f.channels.sort();
    f.methods = QStringList(methods.cbegin(), methods.cend());
    f.methods.sort();
    return f;
}

double DashboardFigures::successPercent() const
{
    return attempts > 0 ? 100.0 * double(approved) / double(attempts) : -1;
}

QList<PaymentFact> DashboardFigures::failedWith(const QString &code) const
{
    QList<PaymentFact> out;
    for (const PaymentFact &p : failedPayments) {
        if (p.errorCode == code)
            out.push_back(p);
    }
    return out;
}

QJsonObject DashboardFigures::toJson() const
{
    QJsonArray series;
    for (int i = 0; i < sales.size(); ++i) {
        series.push_back(QJsonObject{{QStringLiteral("at"), sales[i].startMs},
                                     {QStringLiteral("orders"), mapJson(sales[i].orders)},
                                     {QStringLiteral("revenue"), mapJson(sales[i].revenue)},
                                     {QStringLiteral("attempts"), mapJson(payments[i].attempts)},
                                     {QStringLiteral("approved"), mapJson(payments[i].approved)}});
    }
    QJsonArray errorArray;
    for (const ErrorCodeCount &e : errors)
        errorArray.push_back(
            QJsonObject{{QStringLiteral("code"), e.code}, {QStringLiteral("count"), e.count}});
    QJsonArray failed;
    for (const PaymentFact &p : failedPayments)
        failed.push_back(QJsonObject{{QStringLiteral("terminal"), p.terminal},
                                     {QStringLiteral("order"), p.orderId},
                                     {QStringLiteral("payment"), p.paymentId},
                                     {QStringLiteral("method"), p.method},
                                     {QStringLiteral("provider"), p.provider},
                                     {QStringLiteral("error_code"), p.errorCode},
                                     {QStringLiteral("amount"), p.amount},
                                     {QStringLiteral("at"), p.createdAtMs}});
    QJsonArray reasons;
    for (const RefundReason &r : refundReasons)
        reasons.push_back(QJsonObject{{QStringLiteral("reason"), r.reason},
                                      {QStringLiteral("count"), r.count},
                                      {QStringLiteral("amount"), r.amount}});
    QJsonArray stockArray;
    for (const StockOutlook &s : stock)
        stockArray.push_back(QJsonObject{{QStringLiteral("event"), s.eventId},
                                         {QStringLiteral("event_name"), s.eventName},
                                         {QStringLiteral("stock"), s.stock},
                                         {QStringLiteral("capacity"), s.capacity},
                                         {QStringLiteral("sold"), s.sold},
                                         {QStringLiteral("held"), s.held},
                                         {QStringLiteral("left"), s.left},
                                         {QStringLiteral("per_minute"), s.perMinute},
                                         {QStringLiteral("sell_out_at"), s.sellOutAtMs}});
    return QJsonObject{{QStringLiteral("from"), filter.fromMs},
                       {QStringLiteral("to"), filter.toMs},
                       {QStringLiteral("event"), filter.eventId},
                       {QStringLiteral("venue"), filter.venueId},
                       {QStringLiteral("channel"), filter.channel},
                       {QStringLiteral("terminal"), filter.terminal},
                       {QStringLiteral("computed_at"), computedAtMs},
                       {QStringLiteral("bucket_ms"), bucketMs},
                       {QStringLiteral("currency"), currency},
                       {QStringLiteral("orders"), orders},
                       {QStringLiteral("cancelled_orders"), cancelledOrders},
                       {QStringLiteral("revenue"), revenue},
                       {QStringLiteral("attempts"), attempts},
                       {QStringLiteral("approved"), approved},
                       {QStringLiteral("refunds"), refunds},
                       {QStringLiteral("refunded_amount"), refundedAmount},
                       {QStringLiteral("peak_minute"), peakMinuteStartMs},
                       {QStringLiteral("peak_minute_orders"), peakMinuteOrders},
                       {QStringLiteral("orders_by_channel"), mapJson(ordersByChannel)},
                       {QStringLiteral("revenue_by_channel"), mapJson(revenueByChannel)},
                       {QStringLiteral("orders_by_terminal"), mapJson(ordersByTerminal)},
                       {QStringLiteral("revenue_by_terminal"), mapJson(revenueByTerminal)},
                       {QStringLiteral("series"), series},
                       {QStringLiteral("errors"), errorArray},
                       {QStringLiteral("failed_payments"), failed},
                       {QStringLiteral("refund_reasons"), reasons},
                       {QStringLiteral("stock"), stockArray}};
}

} // namespace tessera

namespace tessera {

DashboardFigures DashboardFigures::fromJson(const QJsonObject &json)
{
    const auto n = [&json](const char *key) { return json[QLatin1String(key)].toInteger(); };
    DashboardFigures f;
    f.filter.fromMs = n("from");
    f.filter.toMs = n("to");
    f.filter.eventId = n("event");
    f.filter.venueId = n("venue");
    f.filter.channel = json[QLatin1String("channel")].toString();
    f.filter.terminal = json[QLatin1String("terminal")].toString();
    f.computedAtMs = n("computed_at");
    f.bucketMs = std::max<qint64>(60000, n("bucket_ms"));
    f.currency = json[QLatin1String("currency")].toString();
    f.orders = n("orders");
    f.cancelledOrders = n("cancelled_orders");
    f.revenue = n("revenue");
    f.attempts = n("attempts");
    f.approved = n("approved");
    f.refunds = n("refunds");
    f.refundedAmount = n("refunded_amount");
    f.peakMinuteStartMs = n("peak_minute");
    f.peakMinuteOrders = n("peak_minute_orders");
    f.ordersByChannel = mapFromJson(json[QLatin1String("orders_by_channel")]);
    f.revenueByChannel = mapFromJson(json[QLatin1String("revenue_by_channel")]);
    f.ordersByTerminal = mapFromJson(json[QLatin1String("orders_by_terminal")]);
    f.revenueByTerminal = mapFromJson(json[QLatin1String("revenue_by_terminal")]);
    QSet<QString> channels;
    QSet<QString> methods;
    for (const QJsonValue &v : json[QLatin1String("series")].toArray()) {
        const qint64 at = v[QLatin1String("at")].toInteger();
        SalesBucket sales{at, mapFromJson(v[QLatin1String("orders")]),
                          mapFromJson(v[QLatin1String("revenue")])};
        PaymentBucket payments{at, mapFromJson(v[QLatin1String("attempts")]),
                               mapFromJson(v[QLatin1String("approved")])};
        for (auto it = sales.orders.cbegin(); it != sales.orders.cend(); ++it)
            channels.insert(it.key());
        for (auto it = sales.revenue.cbegin(); it != sales.revenue.cend(); ++it)
            channels.insert(it.key());
        for (auto it = payments.attempts.cbegin(); it != payments.attempts.cend(); ++it)
            methods.insert(it.key());
        f.sales.push_back(sales);
        f.payments.push_back(payments);
    }
    for (const QJsonValue &v : json[QLatin1String("errors")].toArray())
        f.errors.push_back(
            {v[QLatin1String("code")].toString(), v[QLatin1String("count")].toInteger()});
    for (const QJsonValue &v : json[QLatin1String("failed_payments")].toArray()) {
        PaymentFact p;
        p.terminal = v[QLatin1String("terminal")].toString();
        p.orderId = v[QLatin1String("order")].toInteger();
        p.paymentId = v[QLatin1String("payment")].toInteger();
        p.method = v[QLatin1String("method")].toString();
        p.provider = v[QLatin1String("provider")].toString();
        p.errorCode = v[QLatin1String("error_code")].toString();
        p.amount = v[QLatin1String("amount")].toInteger();
        p.createdAtMs = v[QLatin1String("at")].toInteger();
        p.state = p.errorCode == QLatin1String("unknown") ? 2 : 1;
        f.failedPayments.push_back(p);
    }
    for (const QJsonValue &v : json[QLatin1String("refund_reasons")].toArray())
        f.refundReasons.push_back({v[QLatin1String("reason")].toString(),
                                   v[QLatin1String("count")].toInteger(),
                                   v[QLatin1String("amount")].toInteger()});
    for (const QJsonValue &v : json[QLatin1String("stock")].toArray())
        f.stock.push_back(
            {v[QLatin1String("event")].toInteger(), v[QLatin1String("event_name")].toString(),
             v[QLatin1String("stock")].toString(), v[QLatin1String("capacity")].toInteger(),
             v[QLatin1String("sold")].toInteger(), v[QLatin1String("held")].toInteger(),
             v[QLatin1String("left")].toInteger(), v[QLatin1String("per_minute")].toDouble(),
             v[QLatin1String("sell_out_at")].toInteger()});
    f.channels = QStringList(channels.cbegin(), channels.cend());
    f.channels.sort();
    f.methods = QStringList(methods.cbegin(), methods.cend());
    f.methods.sort();
    return f;
}

} // namespace tessera
