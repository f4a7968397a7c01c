// SPDX-License-Identifier: GPL-3.0-or-later
// RunReportReader: what an event's or a range of days' report covers.
#include "alerts/alertevaluator.h"
#include "replica/recordsyncstatecommand.h"
#include "report/runreport.h"
#include "resultassert.h"
#include "setup/boxofficetimezone.h"

#include "../sales/salerequests.h"

#include <QtTest>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kSell = QStringLiteral("sell");
constexpr qint64 kStanding = 12000;

} // namespace

class TestRunReportReader : public QObject
{
    Q_OBJECT

private slots:
    void anEventsReportStartsAtItsFirstSaleAndCountsEverySale()
    {
        EngineFixture f;
        f.clock().advance(3'600'000);
        const qint64 first = f.clock().nowMs();
        for (int i = 0; i < 3; ++i) {
            TESSERA_VERIFY_OK(
                f.run(kSell,
                      saleRequest(f.ids().event, QJsonArray{gaLine(f.ids().standingQuota, 1)},
                                  QJsonArray{payment(QStringLiteral("card"), kStanding)}))
                    .result);
            f.clock().advance(120'000);
        }
        SqliteDb db = f.reader();
        auto report =
            RunReportReader::read(db, f.engine().terminalId(), nullptr,
                                  RunReportScope{f.ids().event, {}, {}}, f.clock().nowMs());
        TESSERA_VERIFY_OK(report);
        QCOMPARE(report->figures.orders, 3);
        QCOMPARE(report->figures.revenue, 3 * kStanding);
        QCOMPARE(report->figures.filter.fromMs, first);
        QCOMPARE(report->figures.filter.eventId, f.ids().event);
        QVERIFY(!report->eventName.isEmpty());
        QCOMPARE(report->zone, BoxOfficeTimeZone::read(db));
        QCOMPARE(report->orders().size(), 3);
        QCOMPARE(report->payments().size(), 3);
        QVERIFY(report->refunds().isEmpty());
    }

    void theAlertsThatFiredAreInTheReport()
    {
        EngineFixture f;
        TESSERA_VERIFY_OK(
            f.run(QStringLiteral("set_alert_rule"),
                  QJsonObject{{QStringLiteral("kind"), QStringLiteral("payment_success_below")},
                              {QStringLiteral("threshold"), 80},
                              {QStringLiteral("window_minutes"), 5}})
                .result);
        // Half the QR attempts refused: below 80 %, the alert fires.
        TESSERA_VERIFY_OK(
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{gaLine(f.ids().standingQuota, 1)},
                                     QJsonArray{payment(QStringLiteral("qr"), kStanding,
                                                        QStringLiteral("declined"),
                                                        QStringLiteral("timeout")),
                                                payment(QStringLiteral("card"), kStanding)}))
                .result);
        f.clock().advance(1000);
        AlertEvaluator evaluator(f.engine(), f.clock());
        {
            SqliteDb reader = f.reader();
            auto changes = evaluator.evaluateLocal(reader);
            TESSERA_VERIFY_OK(changes);
            QCOMPARE(changes->starts.size(), 1);
        }
        SqliteDb db = f.reader();
        auto report =
            RunReportReader::read(db, f.engine().terminalId(), nullptr,
                                  RunReportScope{f.ids().event, {}, {}}, f.clock().nowMs());
        TESSERA_VERIFY_OK(report);
        QCOMPARE(report->alerts.size(), 1);
        QCOMPARE(report->alerts[0].rule.kind, AlertKind::PaymentSuccessBelow);
        QVERIFY(report->alerts[0].isOpen());
    }

    void theSyncIncidentsOfTheRangeAreInTheReport()
    {
        EngineFixture f;
        TESSERA_VERIFY_OK(
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{gaLine(f.ids().standingQuota, 1)},
                                     QJsonArray{payment(QStringLiteral("card"), kStanding)}))
                .result);
        const auto state = [&](const char *name, qint64 backlog) {
            return f.engine()
                .execute(std::make_unique<RecordSyncStateCommand>(
                             QLatin1String(name), QStringLiteral("Connection refused"), backlog),
                         QStringLiteral("state-%1-%2").arg(QLatin1String(name)).arg(backlog))
                .result;
        };
        const qint64 down = f.clock().nowMs();
        TESSERA_VERIFY_OK(state("offline", 1));
        f.clock().advance(120'000);
        TESSERA_VERIFY_OK(
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{gaLine(f.ids().standingQuota, 1)},
                                     QJsonArray{payment(QStringLiteral("card"), kStanding)}))
                .result);
        f.clock().advance(60'000);
        TESSERA_VERIFY_OK(state("online", 3));
        SqliteDb db = f.reader();
        auto report =
            RunReportReader::read(db, f.engine().terminalId(), nullptr,
                                  RunReportScope{f.ids().event, {}, {}}, f.clock().nowMs());
        TESSERA_VERIFY_OK(report);
        QCOMPARE(report->incidents.size(), 1);
        QCOMPARE(report->incidents[0].startedAtMs, down);
        QCOMPARE(report->incidents[0].endedAtMs, down + 180'000);
        QCOMPARE(report->incidents[0].peakBacklog, 3);
    }

    void aRangeOfDaysTakesOnlyItsSalesAndAnUnknownEventIsRefused()
    {
        EngineFixture f;
        TESSERA_VERIFY_OK(
            f.run(kSell, saleRequest(f.ids().event, QJsonArray{gaLine(f.ids().standingQuota, 1)},
                                     QJsonArray{cash(kStanding)}))
                .result);
        SqliteDb db = f.reader();
        const QDate today = QDateTime::fromMSecsSinceEpoch(
                                f.clock().nowMs(), QTimeZone(BoxOfficeTimeZone::read(db).toUtf8()))
                                .date();
        auto same = RunReportReader::read(db, f.engine().terminalId(), nullptr,
                                          RunReportScope{0, today, today}, f.clock().nowMs());
        TESSERA_VERIFY_OK(same);
        QCOMPARE(same->figures.orders, 1);
        auto before = RunReportReader::read(db, f.engine().terminalId(), nullptr,
                                            RunReportScope{0, today.addDays(-3), today.addDays(-1)},
                                            f.clock().nowMs());
        TESSERA_VERIFY_OK(before);
        QCOMPARE(before->figures.orders, 0);
        auto backwards =
            RunReportReader::read(db, f.engine().terminalId(), nullptr,
                                  RunReportScope{0, today, today.addDays(-1)}, f.clock().nowMs());
        QVERIFY(!backwards);
        QCOMPARE(backwards.error().where, QStringLiteral("to"));
        auto unknown = RunReportReader::read(db, f.engine().terminalId(), nullptr,
                                             RunReportScope{4242, {}, {}}, f.clock().nowMs());
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        QCOMPARE(unknown.error().where, QStringLiteral("event"));
    }
};

QTEST_MAIN(TestRunReportReader)
#include "testrunreportreader.moc"
