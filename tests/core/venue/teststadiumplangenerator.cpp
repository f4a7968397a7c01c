// SPDX-License-Identifier: GPL-3.0-or-later
#include "venue/stadiumplangenerator.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace tessera;

namespace {

// Pairs of seats whose circles overlap (a shared position included), found
// through a grid of cells as wide as the largest seat so only neighbours are compared.
QStringList overlappingSeats(const SeatPlan &plan)
{
    const QList<PlanSeatIndex> indexes = plan.seatIndexes();
    int largestRadius = 0;
    for (const PlanSeatIndex &index : indexes)
        largestRadius = std::max(largestRadius, plan.seatAt(index).effectiveRadius());
    const double cell = 2.0 * largestRadius;
    const auto cellOf = [cell](double coordinate) { return qint64(std::floor(coordinate / cell)); };

    QHash<QPair<qint64, qint64>, QList<qsizetype>> grid;
    for (qsizetype i = 0; i < indexes.size(); ++i) {
        const PlanPoint p = plan.absolutePosition(indexes.at(i));
        grid[{cellOf(p.x), cellOf(p.y)}].append(i);
    }
    QStringList overlaps;
    for (qsizetype i = 0; i < indexes.size(); ++i) {
        const PlanSeat &seat = plan.seatAt(indexes.at(i));
        const PlanPoint p = plan.absolutePosition(indexes.at(i));
        for (qint64 dx = -1; dx <= 1; ++dx) {
            for (qint64 dy = -1; dy <= 1; ++dy) {
                for (qsizetype j : grid.value({cellOf(p.x) + dx, cellOf(p.y) + dy})) {
                    if (j <= i)
                        continue;
                    const PlanSeat &other = plan.seatAt(indexes.at(j));
                    const PlanPoint q = plan.absolutePosition(indexes.at(j));
                    const double distance = std::hypot(p.x - q.x, p.y - q.y);
                    if (distance < seat.effectiveRadius() + other.effectiveRadius())
                        overlaps.append(seat.seatGuid + QLatin1Char('/') + other.seatGuid);
                }
            }
        }
    }
    return overlaps;
}

QStringList seatsOutsideThePlan(const SeatPlan &plan)
{
    QStringList outside;
    for (const PlanSeatIndex &index : plan.seatIndexes()) {
        const PlanPoint p = plan.absolutePosition(index);
        const int r = plan.seatAt(index).effectiveRadius();
        if (p.x < r || p.y < r || p.x > plan.size.width - r || p.y > plan.size.height - r)
            outside.append(plan.seatAt(index).seatGuid);
    }
    return outside;
}

QStringList duplicateGuids(const SeatPlan &plan)
{
    QSet<QString> seen;
    QStringList duplicates;
    for (const PlanSeatIndex &index : plan.seatIndexes()) {
        const QString &guid = plan.seatAt(index).seatGuid;
        if (seen.contains(guid))
            duplicates.append(guid);
        seen.insert(guid);
    }
    return duplicates;
}

QSet<QString> usedCategories(const SeatPlan &plan)
{
    QSet<QString> used;
    for (const PlanSeatIndex &index : plan.seatIndexes())
        used.insert(plan.seatAt(index).category);
    return used;
}

QSet<QString> definedCategories(const SeatPlan &plan)
{
    QSet<QString> defined;
    for (const PlanCategory &category : plan.categories)
        defined.insert(category.name);
    return defined;
}

} // namespace

class TestStadiumPlanGenerator : public QObject
{
    Q_OBJECT

private slots:
    void stadiumSeatCountIsCloseToTheRequestedCount_data()
    {
        QTest::addColumn<int>("requested");
        QTest::addColumn<double>("tolerance");
        QTest::newRow("30000") << 30000 << 0.02;
        QTest::newRow("5000") << 5000 << 0.05;
        QTest::newRow("2500") << 2500 << 0.05;
    }

    void stadiumSeatCountIsCloseToTheRequestedCount()
    {
        QFETCH(int, requested);
        QFETCH(double, tolerance);
        const qsizetype count = StadiumPlanGenerator::stadium(requested).seatCount();
        QVERIFY2(std::abs(count - requested) <= tolerance * requested,
                 qPrintable(QStringLiteral("%1 seats").arg(count)));
    }

    void stadiumDefaultsToAboutEightyThousandSeats()
    {
        const qsizetype count = StadiumPlanGenerator::stadium().seatCount();
        QVERIFY2(std::abs(count - 80000) <= 800, qPrintable(QString::number(count)));
    }

    void stadiumSeatGuidsAreUniqueAndNameStandTierRowAndSeat()
    {
        const SeatPlan plan = StadiumPlanGenerator::stadium(20000);
        QCOMPARE(duplicateGuids(plan), QStringList());
        const QRegularExpression pattern(QStringLiteral("^[NESW]-[ABC]-[1-9][0-9]*-[1-9][0-9]*$"));
        for (const PlanSeatIndex &index : plan.seatIndexes()) {
            const PlanSeat &seat = plan.seatAt(index);
            QVERIFY2(pattern.match(seat.seatGuid).hasMatch(), qPrintable(seat.seatGuid));
            const PlanZone &zone = plan.zones.at(index.zone);
            const PlanRow &row = zone.rows.at(index.row);
            QCOMPARE(seat.seatGuid, *zone.zoneId + QLatin1Char('-') + row.rowNumber +
                                        QLatin1Char('-') + seat.seatNumber);
        }
    }

    void stadiumSeatsNeverOverlapAndStayOnThePlan()
    {
        // Rows are parallel curves, so a bigger bowl only adds rows further out;
        // a 20 000-seat one has every stand, tier and joint between them.
        const SeatPlan plan = StadiumPlanGenerator::stadium(20000);
        const QStringList overlaps = overlappingSeats(plan);
        QVERIFY2(overlaps.isEmpty(), qPrintable(overlaps.mid(0, 10).join(QLatin1Char(' '))));
        QCOMPARE(seatsOutsideThePlan(plan), QStringList());
    }

    void stadiumCategoriesAreAllDefinedAndUsed()
    {
        const SeatPlan plan = StadiumPlanGenerator::stadium(20000);
        const QSet<QString> expected{QStringLiteral("Premium"), QStringLiteral("Standard"),
                                     QStringLiteral("Upper"), QStringLiteral("Accessible")};
        QCOMPARE(definedCategories(plan), expected);
        QCOMPARE(usedCategories(plan), expected);
        for (const PlanCategory &category : plan.categories)
            QVERIFY2(category.color.has_value(), qPrintable(category.name));
    }

    void stadiumHasAPitchAndOneZonePerStandAndTier()
    {
        const SeatPlan plan = StadiumPlanGenerator::stadium(20000);
        QCOMPARE(plan.zones.size(), 13);
        const PlanZone &pitch = plan.zones.at(0);
        QCOMPARE(pitch.zoneId, std::optional(QStringLiteral("PITCH")));
        QVERIFY(pitch.rows.isEmpty());
        QVERIFY(pitch.areas.has_value() && !pitch.areas->isEmpty());
        QSet<QString> zoneIds;
        for (qsizetype z = 1; z < plan.zones.size(); ++z) {
            QVERIFY(!plan.zones.at(z).rows.isEmpty());
            zoneIds.insert(plan.zones.at(z).zoneId.value_or(QString()));
        }
        QCOMPARE(zoneIds.size(), 12);
        QVERIFY(zoneIds.contains(QStringLiteral("N-A")));
        QVERIFY(zoneIds.contains(QStringLiteral("W-C")));
    }

    void stadiumIsDeterministic()
    {
        QVERIFY(StadiumPlanGenerator::stadium(3000) == StadiumPlanGenerator::stadium(3000));
    }

    void theatreHasStallsAndBalconyOfAboutThreeHundredSeats()
    {
        const SeatPlan plan = StadiumPlanGenerator::theatre();
        QCOMPARE(plan.seatCount(), 303);
        const QSet<QString> expected{QStringLiteral("Stalls"), QStringLiteral("Balcony")};
        QCOMPARE(definedCategories(plan), expected);
        QCOMPARE(usedCategories(plan), expected);
        QCOMPARE(duplicateGuids(plan), QStringList());
        QVERIFY(plan.zones.at(0).areas.has_value() && !plan.zones.at(0).areas->isEmpty());
    }

    void theatreRowsSkipIAndNumberSeatsFromOne()
    {
        const SeatPlan plan = StadiumPlanGenerator::theatre();
        QStringList stallsRows;
        for (const PlanRow &row : plan.zones.at(1).rows) {
            stallsRows.append(row.rowNumber);
            for (qsizetype i = 0; i < row.seats.size(); ++i)
                QCOMPARE(row.seats.at(i).seatNumber, QString::number(i + 1));
        }
        QCOMPARE(stallsRows.join(QString()), QStringLiteral("ABCDEFGHJKL"));
        QCOMPARE(plan.zones.at(2).rows.at(0).seats.at(0).seatGuid, QStringLiteral("B-AA-1"));
    }

    void theatreSeatsNeverOverlapAndStayOnThePlan()
    {
        const SeatPlan plan = StadiumPlanGenerator::theatre();
        QCOMPARE(overlappingSeats(plan), QStringList());
        QCOMPARE(seatsOutsideThePlan(plan), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestStadiumPlanGenerator)
#include "teststadiumplangenerator.moc"
