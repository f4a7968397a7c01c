// SPDX-License-Identifier: GPL-3.0-or-later
// LocalSaleFacts reads what a console sold from its own database, and the
// dashboard's figures from it match what the sales were.
#include "dashboard/dashboardfigures.h"
#include "dashboard/localsalefacts.h"
#include "resultassert.h"

#include "../sales/salerequests.h"

#include <QtTest>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kSell = QStringLiteral("sell");
constexpr qint64 kStallsAdult = 38000;
constexpr qint64 kStanding = 12000;

DashboardFigures figures(EngineFixture &f, qint64 from, qint64 eventId = 0)
{
    SqliteDb db = f.reader();
    const qint64 now = f.clock().nowMs();
    auto facts = LocalSaleFacts::read(db, QStringLiteral("T1"), from, 0, now);
    if (!facts)
        qFatal("%s", qPrintable(facts.error().toString()));
    DashboardFilter filter;
    filter.fromMs = from;
    filter.eventId = eventId;
    return DashboardFigures::compute(*facts, filter, now);
}

const StockOutlook *stockOf(const DashboardFigures &d, const QString &name)
{
    for (const StockOutlook &s : d.stock) {
        if (s.stock == name)
            return &s;
    }
    return nullptr;
}

} // namespace

class TestLocalSaleFacts : public QObject
{
    Q_OBJECT

private slots:
    void figuresOfACounterDay()
    {
        EngineFixture f;
        const qint64 t0 = f.clock().nowMs();
        // Two standing tickets: a QR attempt times out, then cash.
        auto first = f.run(
            kSell,
            saleRequest(f.ids().event, QJsonArray{gaLine(f.ids().standingQuota, 2)},
                        QJsonArray{payment(QStringLiteral("qr"), 2 * kStanding,
                                           QStringLiteral("declined"), QStringLiteral("timeout")),
                                   cash(2 * kStanding)}));
        TESSERA_VERIFY_OK(first.result);
        f.clock().advance(61'000);
        // A seat sold by phone, paid by card, then refunded.
        QJsonObject phone =
            saleRequest(f.ids().event, QJsonArray{seatLine(QStringLiteral("S-A-1"))},
                        QJsonArray{payment(QStringLiteral("card"), kStallsAdult)});
        phone.insert(QStringLiteral("channel"), QStringLiteral("phone"));
        auto second = f.run(kSell, phone);
        TESSERA_VERIFY_OK(second.result);
        f.clock().advance(30'000);
        TESSERA_VERIFY_OK(
            f.run(QStringLiteral("refund"),
                  QJsonObject{
                      {QStringLiteral("order"), second.result.value()[QStringLiteral("order")]},
                      {QStringLiteral("reason"), QStringLiteral("Customer request")}})
                .result);
        // One standing ticket not paid yet.
        auto third =
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{gaLine(f.ids().standingQuota, 1)}));
        TESSERA_VERIFY_OK(third.result);
        f.clock().advance(1000);

        const DashboardFigures d = figures(f, t0);
        QCOMPARE(d.orders, 3);
        QCOMPARE(d.cancelledOrders, 0);
        QCOMPARE(d.attempts, 3);
        QCOMPARE(d.approved, 2);
        QCOMPARE(d.revenue, 2 * kStanding + kStallsAdult);
        QCOMPARE(d.currency, QStringLiteral("CNY"));
        QCOMPARE(d.ordersByChannel, (QMap<QString, qint64>{{QStringLiteral("counter"), 2},
                                                           {QStringLiteral("phone"), 1}}));
        QCOMPARE(d.ordersByTerminal, (QMap<QString, qint64>{{QStringLiteral("T1"), 3}}));
        QCOMPARE(d.errors.size(), 1);
        QCOMPARE(d.errors[0].code, QStringLiteral("timeout"));
        QCOMPARE(d.failedPayments.size(), 1);
        QCOMPARE(d.failedPayments[0].orderId,
                 first.result.value()[QStringLiteral("order")].toInteger());
        QCOMPARE(d.failedPayments[0].provider, QStringLiteral("sandbox_qr"));
        QCOMPARE(d.failedPayments[0].amount, 2 * kStanding);
        QCOMPARE(d.refunds, 1);
        QCOMPARE(d.refundedAmount, kStallsAdult);
        QCOMPARE(d.refundReasons.size(), 1);
        QCOMPARE(d.refundReasons[0].reason, QStringLiteral("Customer request"));
        QCOMPARE(d.sales[0].orders.value(QStringLiteral("counter")), 1);
        QCOMPARE(d.sales[1].orders.value(QStringLiteral("phone")), 1);
        QCOMPARE(d.sales[1].orders.value(QStringLiteral("counter")), 1);
        QCOMPARE(d.peakMinuteOrders, 2);

        // Stock as the database has it; the pace counts the three standing
        // tickets of the last 15 minutes, not the refunded seat.
        const StockOutlook *standing = nullptr;
        for (const StockOutlook &s : d.stock) {
            if (s.eventId == f.ids().event &&
                f.scalar(QStringLiteral("SELECT COUNT(*) FROM ga_quotas WHERE id = %1 AND name "
                                        "= '%2'")
                             .arg(f.ids().standingQuota)
                             .arg(s.stock)))
                standing = &s;
        }
        QVERIFY(standing);
        QCOMPARE(standing->sold, f.scalar(QStringLiteral("SELECT sold FROM ga_quotas WHERE id = %1")
                                              .arg(f.ids().standingQuota)));
        QCOMPARE(standing->perMinute, 3.0 / 15);
        QVERIFY(standing->sellOutAtMs > f.clock().nowMs());
        qint64 seatsSold = 0;
        qint64 seatCapacity = 0;
        for (const StockOutlook &s : d.stock) {
            if (s.stock != standing->stock) {
                seatsSold += s.sold;
                seatCapacity += s.capacity;
                QCOMPARE(s.perMinute, 0.0);
            }
        }
        QCOMPARE(seatsSold, 0);
        QCOMPARE(seatCapacity,
                 f.scalar(QStringLiteral("SELECT COUNT(*) FROM event_seats WHERE event_id = %1 AND "
                                         "state IN (0, 1, 2)")
                              .arg(f.ids().event)));
        QVERIFY(stockOf(d, standing->stock) == standing);
    }

    void aPaymentInRangeBringsItsOlderOrder()
    {
        EngineFixture f;
        auto pending =
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{gaLine(f.ids().standingQuota, 1)}));
        TESSERA_VERIFY_OK(pending.result);
        f.clock().advance(120'000);
        const qint64 later = f.clock().nowMs();
        TESSERA_VERIFY_OK(f.run(QStringLiteral("add_payment"),
                                QJsonObject{{QStringLiteral("order"),
                                             pending.result.value()[QStringLiteral("order")]},
                                            {QStringLiteral("payment"), cash(kStanding)}})
                              .result);
        f.clock().advance(1000);
        const DashboardFigures d = figures(f, later);
        QCOMPARE(d.orders, 0); // placed before the range
        QCOMPARE(d.attempts, 1);
        QCOMPARE(d.revenue, kStanding);
        QCOMPARE(d.revenueByChannel.value(QStringLiteral("counter")), kStanding);
    }

    void anEventFilterKeepsThatEventOnly()
    {
        EngineFixture f;
        TESSERA_VERIFY_OK(
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{gaLine(f.ids().standingQuota, 1)},
                                     QJsonArray{cash(kStanding)}))
                .result);
        f.clock().advance(1000);
        QCOMPARE(figures(f, 0, f.ids().event).orders, 1);
        const DashboardFigures other = figures(f, 0, f.ids().event + 1000);
        QCOMPARE(other.orders, 0);
        QCOMPARE(other.revenue, 0);
        QVERIFY(other.stock.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLocalSaleFacts)
#include "testlocalsalefacts.moc"
