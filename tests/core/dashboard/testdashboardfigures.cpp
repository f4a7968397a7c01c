// SPDX-License-Identifier: GPL-3.0-or-later
// DashboardFigures from a known set of facts: every figure, not a sample.
#include "dashboard/dashboardfigures.h"

#include <QJsonArray>
#include <QtTest>

using namespace tessera;

namespace {

constexpr qint64 kMin = 60 * 1000;
constexpr qint64 kT0 = 1'800'000'000'000 - 1'800'000'000'000 % (60 * 1000); // a whole minute

// Two terminals, three channels, over five minutes:
//   T1 #1 counter paid 100 at 0:10, cash 100 approved at 0:10
//   T1 #2 counter paid 200 at 0:50, qr declined (timeout) at 0:40, qr approved at 0:50
//   T1 #3 online cancelled 300 at 1:05, qr declined (insufficient_funds) at 1:05
//   T2 #1 phone paid 400 at 3:20 (event 2), card unknown ("") at 3:10, card approved at 3:20
//   T2 #2 counter refunded 500 at 4:00, cash approved at 4:00, refunded (Customer request) 4:30
//   T2 #3 counter paid 50 outside the range (at 9:00)
SaleFacts facts()
{
    SaleFacts f;
    const auto order = [&](const char *terminal, qint64 id, qint64 event, const char *channel,
                           int state, qint64 total, qint64 at) {
        f.orders.push_back(OrderFact{QString::fromLatin1(terminal), id, event,
                                     QString::fromLatin1(channel), QStringLiteral("CNY"), state,
                                     total, kT0 + at});
    };
    const auto pay = [&](const char *terminal, qint64 id, qint64 orderId, const char *method,
                         int state, const char *code, qint64 amount, qint64 at) {
        const QString m = QString::fromLatin1(method);
        f.payments.push_back(PaymentFact{QString::fromLatin1(terminal), id, orderId, m,
                                         paymentProviderOf(m), state, QString::fromLatin1(code),
                                         amount, kT0 + at});
    };
    order("T1", 1, 1, "counter", 1, 100, 10'000);
    order("T1", 2, 1, "counter", 1, 200, 50'000);
    order("T1", 3, 1, "online", 2, 300, 65'000);
    order("T2", 1, 2, "phone", 1, 400, 200'000);
    order("T2", 2, 1, "counter", 3, 500, 240'000);
    order("T2", 3, 1, "counter", 1, 50, 540'000);
    pay("T1", 1, 1, "cash", 0, "", 100, 10'000);
    pay("T1", 2, 2, "qr", 1, "timeout", 200, 40'000);
    pay("T1", 3, 2, "qr", 0, "", 200, 50'000);
    pay("T1", 4, 3, "qr", 1, "insufficient_funds", 300, 65'000);
    pay("T2", 1, 1, "card", 2, "", 400, 190'000);
    pay("T2", 2, 1, "card", 0, "", 400, 200'000);
    pay("T2", 3, 2, "cash", 3, "", 500, 240'000);
    pay("T2", 4, 3, "cash", 0, "", 50, 540'000);
    f.refunds.push_back(RefundFact{QStringLiteral("T2"), 2, 500, QStringLiteral("Customer request"),
                                   kT0 + 270'000});
    return f;
}

QMap<QString, qint64> counts(std::initializer_list<std::pair<const char *, qint64>> pairs)
{
    QMap<QString, qint64> map;
    for (const auto &[key, value] : pairs)
        map.insert(QString::fromLatin1(key), value);
    return map;
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *name : list)
        out.push_back(QString::fromLatin1(name));
    return out;
}

DashboardFilter fiveMinutes()
{
    DashboardFilter filter;
    filter.fromMs = kT0;
    filter.toMs = kT0 + 5 * kMin;
    return filter;
}

} // namespace

class TestDashboardFigures : public QObject
{
    Q_OBJECT

private slots:
    void everyFigureOfAKnownRange()
    {
        const auto f = DashboardFigures::compute(facts(), fiveMinutes(), kT0 + 5 * kMin);
        QCOMPARE(f.bucketMs, kMin);
        QCOMPARE(f.sales.size(), 5);
        QCOMPARE(f.payments.size(), 5);
        QCOMPARE(f.currency, QStringLiteral("CNY"));
        QCOMPARE(f.orders, 4); // the cancelled one apart, the 9:00 one outside
        QCOMPARE(f.cancelledOrders, 1);
        QCOMPARE(f.revenue, 100 + 200 + 400 + 500);
        QCOMPARE(f.attempts, 7);
        QCOMPARE(f.approved, 4);
        QCOMPARE(f.successPercent(), 100.0 * 4 / 7);
        QCOMPARE(f.refunds, 1);
        QCOMPARE(f.refundedAmount, 500);
        QCOMPARE(f.channels, names({"counter", "online", "phone"}));
        QCOMPARE(f.methods, names({"card/card_terminal", "cash/drawer", "qr/sandbox_qr"}));

        // Minute by minute.
        QCOMPARE(f.sales[0].startMs, kT0);
        QCOMPARE(f.sales[0].orders, counts({{"counter", 2}}));
        QCOMPARE(f.sales[0].revenue, counts({{"counter", 300}}));
        QCOMPARE(f.payments[0].attempts, counts({{"cash/drawer", 1}, {"qr/sandbox_qr", 2}}));
        QCOMPARE(f.payments[0].approved, counts({{"cash/drawer", 1}, {"qr/sandbox_qr", 1}}));
        QVERIFY(f.sales[1].orders.isEmpty()); // the cancelled order is not an order placed
        QVERIFY(f.sales[1].revenue.isEmpty());
        QCOMPARE(f.payments[1].attempts, counts({{"qr/sandbox_qr", 1}}));
        QVERIFY(f.payments[1].approved.isEmpty());
        QVERIFY(f.sales[2].orders.isEmpty());
        QVERIFY(f.payments[2].attempts.isEmpty());
        QCOMPARE(f.sales[3].startMs, kT0 + 3 * kMin);
        QCOMPARE(f.sales[3].orders, counts({{"phone", 1}}));
        QCOMPARE(f.sales[3].revenue, counts({{"phone", 400}}));
        QCOMPARE(f.payments[3].attempts, counts({{"card/card_terminal", 2}}));
        QCOMPARE(f.payments[3].approved, counts({{"card/card_terminal", 1}}));
        QCOMPARE(f.sales[4].orders, counts({{"counter", 1}}));
        QCOMPARE(f.sales[4].revenue, counts({{"counter", 500}}));

        // Error codes, most frequent first, then by name; an unknown outcome
        // without a code is "unknown".
        QCOMPARE(f.errors.size(), 3);
        QCOMPARE(f.errors[0].code, QStringLiteral("insufficient_funds"));
        QCOMPARE(f.errors[1].code, QStringLiteral("timeout"));
        QCOMPARE(f.errors[2].code, QStringLiteral("unknown"));
        for (const auto &e : f.errors)
            QCOMPARE(e.count, 1);
        QCOMPARE(f.failedPayments.size(), 3);
        QCOMPARE(f.failedPayments[0].terminal, QStringLiteral("T2")); // newest first
        QCOMPARE(f.failedPayments[0].errorCode, QStringLiteral("unknown"));
        const auto timeouts = f.failedWith(QStringLiteral("timeout"));
        QCOMPARE(timeouts.size(), 1);
        QCOMPARE(timeouts[0].orderId, 2);
        QCOMPARE(timeouts[0].amount, 200);
        QCOMPARE(timeouts[0].createdAtMs, kT0 + 40'000);

        QCOMPARE(f.refundReasons.size(), 1);
        QCOMPARE(f.refundReasons[0].reason, QStringLiteral("Customer request"));
        QCOMPARE(f.refundReasons[0].count, 1);
        QCOMPARE(f.refundReasons[0].amount, 500);

        QCOMPARE(f.peakMinuteStartMs, kT0);
        QCOMPARE(f.peakMinuteOrders, 2);
        QCOMPARE(f.ordersByChannel, counts({{"counter", 3}, {"phone", 1}}));
        QCOMPARE(f.revenueByChannel, counts({{"counter", 800}, {"phone", 400}}));
        QCOMPARE(f.ordersByTerminal, counts({{"T1", 2}, {"T2", 2}}));
        QCOMPARE(f.revenueByTerminal, counts({{"T1", 300}, {"T2", 900}}));
    }

    void filtersNarrowEveryFigure()
    {
        auto filter = fiveMinutes();
        filter.terminal = QStringLiteral("T1");
        auto f = DashboardFigures::compute(facts(), filter, kT0 + 5 * kMin);
        QCOMPARE(f.orders, 2);
        QCOMPARE(f.attempts, 4);
        QCOMPARE(f.revenue, 300);
        QCOMPARE(f.refunds, 0);

        filter = fiveMinutes();
        filter.channel = QStringLiteral("online");
        f = DashboardFigures::compute(facts(), filter, kT0 + 5 * kMin);
        QCOMPARE(f.orders, 0);
        QCOMPARE(f.cancelledOrders, 1);
        QCOMPARE(f.attempts, 1);
        QCOMPARE(f.errors.size(), 1);
        QCOMPARE(f.errors[0].code, QStringLiteral("insufficient_funds"));

        filter = fiveMinutes();
        filter.eventId = 2;
        f = DashboardFigures::compute(facts(), filter, kT0 + 5 * kMin);
        QCOMPARE(f.orders, 1);
        QCOMPARE(f.revenue, 400);
        QCOMPARE(f.attempts, 2);
        QCOMPARE(f.channels, QStringList{QStringLiteral("phone")});
    }

    void aVenueTakesItsEventsOnly()
    {
        // Event 1 at venue 10, event 2 at venue 20; a card-key order (event
        // 0) belongs to no venue.
        SaleFacts all = facts();
        all.eventVenues = {{1, 10}, {2, 20}};
        all.orders.push_back(OrderFact{QStringLiteral("T1"), 9, 0, QStringLiteral("counter"),
                                       QStringLiteral("CNY"), 1, 70, kT0 + 30'000});
        all.payments.push_back(PaymentFact{QStringLiteral("T1"),
                                           9,
                                           9,
                                           QStringLiteral("cash"),
                                           paymentProviderOf(QStringLiteral("cash")),
                                           0,
                                           {},
                                           70,
                                           kT0 + 30'000});
        all.stock.push_back(
            StockFact{1, QStringLiteral("Gala"), QStringLiteral("Stalls"), 100, 40, 0});
        all.stock.push_back(
            StockFact{2, QStringLiteral("Matinee"), QStringLiteral("Standing"), 50, 1, 0});

        auto filter = fiveMinutes();
        auto f = DashboardFigures::compute(all, filter, kT0 + 5 * kMin);
        QCOMPARE(f.orders, 5); // every venue, the card keys too
        QCOMPARE(f.stock.size(), 2);

        filter.venueId = 20;
        f = DashboardFigures::compute(all, filter, kT0 + 5 * kMin);
        QCOMPARE(f.orders, 1);
        QCOMPARE(f.revenue, 400);
        QCOMPARE(f.attempts, 2);
        QCOMPARE(f.stock.size(), 1);
        QCOMPARE(f.stock[0].eventName, QStringLiteral("Matinee"));

        filter.venueId = 10;
        f = DashboardFigures::compute(all, filter, kT0 + 5 * kMin);
        QCOMPARE(f.orders, 3); // T1 #1, #2 and T2 #2 (T1 #3 cancelled)
        QCOMPARE(f.cancelledOrders, 1);
        QCOMPARE(f.revenue, 100 + 200 + 500); // not the card keys' 70
        QCOMPARE(f.refunds, 1);
        QCOMPARE(f.stock[0].eventName, QStringLiteral("Gala"));

        filter.venueId = 30; // no event there
        f = DashboardFigures::compute(all, filter, kT0 + 5 * kMin);
        QCOMPARE(f.orders, 0);
        QCOMPARE(f.attempts, 0);
        QVERIFY(f.stock.isEmpty());
        QCOMPARE(DashboardFigures::fromJson(f.toJson()).filter.venueId, 30);
    }

    void wholeSaleStartsAtTheFirstSaleWithWiderBuckets()
    {
        DashboardFilter filter;                  // from the first sale until now
        const qint64 now = kT0 + 10 * 60 * kMin; // ten hours later
        const auto f = DashboardFigures::compute(facts(), filter, now);
        QCOMPARE(f.filter.fromMs, kT0 + 10'000);
        QCOMPARE(f.bucketMs, 5 * kMin);
        QCOMPARE(f.orders, 5);
        QCOMPARE(f.revenue, 1250);
        QCOMPARE(f.sales.first().startMs, kT0);
        QCOMPARE(f.sales.first().orders.value(QStringLiteral("counter")), 3);
        QCOMPARE(f.sales.first().orders.value(QStringLiteral("phone")), 1);
        QVERIFY(f.sales.size() <= 121);
        QVERIFY(f.sales.last().startMs <= now);
    }

    void bucketWidthGrowsWithTheRange()
    {
        QCOMPARE(DashboardFigures::bucketFor(kMin), kMin);
        QCOMPARE(DashboardFigures::bucketFor(3 * 60 * kMin), kMin);
        QCOMPARE(DashboardFigures::bucketFor(6 * 60 * kMin), 5 * kMin);
        QCOMPARE(DashboardFigures::bucketFor(24 * 60 * kMin), 15 * kMin);
        QCOMPARE(DashboardFigures::bucketFor(7 * 24 * 60 * kMin), 60 * kMin);
        QCOMPARE(DashboardFigures::bucketFor(60LL * 24 * 60 * kMin), 24 * 60 * kMin);
    }

    void stockPaceAndSellOut()
    {
        SaleFacts f;
        const qint64 now = kT0 + 60 * kMin;
        f.stock.push_back(
            StockFact{1, QStringLiteral("Gala"), QStringLiteral("Stalls"), 100, 40, 10});
        f.stock.push_back(
            StockFact{1, QStringLiteral("Gala"), QStringLiteral("Balcony"), 20, 20, 0});
        f.stock.push_back(
            StockFact{2, QStringLiteral("Matinee"), QStringLiteral("Standing"), 50, 0, 0});
        // 30 Stalls tickets in the last 15 minutes (2 a minute), one refunded
        // (not counted), one older than the window (not counted).
        for (int i = 0; i < 30; ++i)
            f.lines.push_back(LineFact{1, QStringLiteral("Stalls"), 0, now - i * 20'000});
        f.lines.push_back(LineFact{1, QStringLiteral("Stalls"), 1, now - 1000});
        f.lines.push_back(LineFact{1, QStringLiteral("Stalls"), 0, now - 16 * kMin});
        const auto figures = DashboardFigures::compute(f, DashboardFilter{}, now);
        QCOMPARE(figures.stock.size(), 3);
        const StockOutlook &stalls = figures.stock[0];
        QCOMPARE(stalls.left, 50);
        QCOMPARE(stalls.perMinute, 2.0);
        QCOMPARE(stalls.sellOutAtMs, now + 25 * kMin);
        QCOMPARE(figures.stock[1].left, 0); // sold out: no projection
        QCOMPARE(figures.stock[1].sellOutAtMs, 0);
        QCOMPARE(figures.stock[2].perMinute, 0.0); // nothing sold lately: no projection
        QCOMPARE(figures.stock[2].sellOutAtMs, 0);

        DashboardFilter second;
        second.eventId = 2;
        QCOMPARE(DashboardFigures::compute(f, second, now).stock.size(), 1);
    }

    void jsonCarriesEveryFigure()
    {
        const auto f = DashboardFigures::compute(facts(), fiveMinutes(), kT0 + 5 * kMin);
        const QJsonObject json = f.toJson();
        QCOMPARE(json[QStringLiteral("orders")].toInteger(), 4);
        QCOMPARE(json[QStringLiteral("revenue")].toInteger(), 1200);
        QCOMPARE(json[QStringLiteral("attempts")].toInteger(), 7);
        QCOMPARE(json[QStringLiteral("series")].toArray().size(), 5);
        QCOMPARE(
            json[QStringLiteral("series")][0][QStringLiteral("orders")][QStringLiteral("counter")]
                .toInteger(),
            2);
        QCOMPARE(json[QStringLiteral("errors")].toArray().size(), 3);
        QCOMPARE(json[QStringLiteral("failed_payments")].toArray().size(), 3);
        QCOMPARE(json[QStringLiteral("refund_reasons")][0][QStringLiteral("amount")].toInteger(),
                 500);
        QCOMPARE(json[QStringLiteral("peak_minute_orders")].toInteger(), 2);
    }

    void jsonRoundTripKeepsEveryFigure()
    {
        auto filter = fiveMinutes();
        filter.channel = QStringLiteral("counter");
        const auto f = DashboardFigures::compute(facts(), filter, kT0 + 5 * kMin);
        const auto back = DashboardFigures::fromJson(f.toJson());
        QCOMPARE(back.toJson(), f.toJson());
        QCOMPARE(back.channels, f.channels);
        QCOMPARE(back.methods, f.methods);
        QCOMPARE(back.failedWith(QStringLiteral("timeout")).size(), 1);
        QCOMPARE(back.successPercent(), f.successPercent());
        // Anything else reads as nothing, not as a crash.
        const auto empty = DashboardFigures::fromJson(
            QJsonObject{{QStringLiteral("series"), QStringLiteral("not an array")},
                        {QStringLiteral("orders"), QStringLiteral("x")}});
        QCOMPARE(empty.orders, 0);
        QVERIFY(empty.sales.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDashboardFigures)
#include "testdashboardfigures.moc"
