// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/dashboardfilter.h"
#include "dashboard/salefacts.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

namespace tessera {

// Orders and money taken in one time bucket, by sales channel.
struct SalesBucket
{
    qint64 startMs = 0;
    QMap<QString, qint64> orders;  // channel -> orders placed (not cancelled)
    QMap<QString, qint64> revenue; // channel -> approved payments, minor units
};

// Payment attempts in one time bucket, by "method/provider".
struct PaymentBucket
{
    qint64 startMs = 0;
    QMap<QString, qint64> attempts;
    QMap<QString, qint64> approved;
};

struct ErrorCodeCount
{
    QString code;
    qint64 count = 0;
};

struct RefundReason
{
    QString reason;
    qint64 count = 0;
    qint64 amount = 0;
};

// One event's category or quota: what is left and when it will be gone at
// the current pace.
struct StockOutlook
{
    qint64 eventId = 0;
    QString eventName;
    QString stock;
    qint64 capacity = 0;
    qint64 sold = 0;
    qint64 held = 0;
    qint64 left = 0;
    double perMinute = 0;   // tickets sold per minute over the last kRateWindowMs
    qint64 sellOutAtMs = 0; // 0: not at this pace (nothing sold lately, or none left)
};

// Everything a dashboard and a run report show, computed from SaleFacts for a
// filter at a moment. The same facts give the same figures whoever computes
// them (a console from its own database, the server from every terminal).
class DashboardFigures
{
public:
    static constexpr qint64 kRateWindowMs = 15 * 60 * 1000;
    // The newest failed payments kept for the drill-down (the counts by
    // code are exact whatever their number).
    static constexpr qsizetype kMaxFailedListed = 500;

    static DashboardFigures compute(const SaleFacts &facts, const DashboardFilter &filter,
                                    qint64 nowMs);

    // The bucket width for a range: a minute up to 3 hours, then 5 or 15
    // minutes, an hour, a day, so a chart has at most a few hundred points.
    static qint64 bucketFor(qint64 spanMs);

    DashboardFilter filter;
    qint64 computedAtMs = 0;
    qint64 bucketMs = 60000;
    QString currency;                  // of the first order in range ("" when none)
    QStringList channels;              // seen in range, sorted
    QStringList methods;               // "method/provider" seen in range, sorted
    QList<SalesBucket> sales;          // every bucket of the range, empty ones too
    QList<PaymentBucket> payments;     // same buckets
    QList<ErrorCodeCount> errors;      // most frequent first
    QList<PaymentFact> failedPayments; // declined or unknown, newest first (kMaxFailedListed)
    QList<RefundReason> refundReasons; // largest amount first
    QList<StockOutlook> stock;

    qint64 orders = 0;
    qint64 cancelledOrders = 0;
    qint64 revenue = 0;
    qint64 attempts = 0;
    qint64 approved = 0;
    qint64 refunds = 0;
    qint64 refundedAmount = 0;
    qint64 peakMinuteStartMs = 0; // the minute with the most orders (0: none)
    qint64 peakMinuteOrders = 0;
    QMap<QString, qint64> ordersByChannel;
    QMap<QString, qint64> revenueByChannel;
    QMap<QString, qint64> ordersByTerminal;
    QMap<QString, qint64> revenueByTerminal;

    // Approved / attempts in percent; -1 when there was no attempt.
    double successPercent() const;
    // Failed payments with `code` ("unknown" for an unknown outcome).
    QList<PaymentFact> failedWith(const QString &code) const;

    QJsonObject toJson() const;
    // The figures back from toJson() (what a dashboard receives from the
    // server); missing or malformed members read as empty or 0.
    static DashboardFigures fromJson(const QJsonObject &json);
};

} // namespace tessera
