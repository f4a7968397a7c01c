// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginefixture.h"
#include "seatmap/seatmaplegend.h"
#include "seatmap/seatmapreader.h"
#include "seatmap/seatmapscene.h"
#include "seatmap/seatmapview.h"
#include "testpaths.h"

#include <QDir>
#include <QGraphicsSimpleTextItem>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

class TestSeatMapView : public QObject
{
    Q_OBJECT
private slots:
    void loadsEverySeatOfTheDemoTheatre()
    {
        EngineFixture f;
        SqliteDb db = f.reader();
        auto data = SeatMapReader::read(db, f.ids().event);
        QVERIFY2(data.ok(), data ? "" : qPrintable(data.error().toString()));
        QCOMPARE(data->seats.size(), size_t(303));
        QCOMPARE(data->categories.size(), 2);
        QVERIFY(data->zones.contains(QStringLiteral("Stalls")));
        QVERIFY(!data->areas.isEmpty()); // the stage
        SeatMapView view;
        view.setSeatMap(std::move(*data));
        QCOMPARE(view.seatMapScene()->model().seatCount(), 303);
        QVERIFY(view.selectedSeats().isEmpty());
    }

    void readingAMissingEventNamesIt()
    {
        EngineFixture f;
        SqliteDb db = f.reader();
        auto data = SeatMapReader::read(db, 9999);
        QVERIFY(!data.ok());
        QVERIFY(data.error().message.contains(QStringLiteral("9999")));
    }

    void clickingASeatSelectsItAndClickingAgainDeselects()
    {
        EngineFixture f;
        SeatMapView view;
        show(view, f);
        QSignalSpy spy(&view, &SeatMapView::selectionChanged);
        const QString seat = QStringLiteral("S-C-5");
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.viewportPositionOf(seat));
        QCOMPARE(view.selectedSeats(), QStringList{seat});
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.last().first().toStringList(), QStringList{seat});
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.viewportPositionOf(seat));
        QVERIFY(view.selectedSeats().isEmpty());
        QCOMPARE(spy.count(), 2);
    }

    void rubberBandSelectsTheAvailableSeatsInside()
    {
        EngineFixture f;
        sell(f, {QStringLiteral("S-B-6")});
        SeatMapView view;
        show(view, f);
        QSignalSpy spy(&view, &SeatMapView::selectionChanged);
        const QPoint from = view.viewportPositionOf(QStringLiteral("S-B-4")) - QPoint(4, 4);
        const QPoint to = view.viewportPositionOf(QStringLiteral("S-B-8")) + QPoint(4, 4);
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(view.viewport(), (from + to) / 2);
        QTest::mouseMove(view.viewport(), to);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, to);
        const QStringList selected = view.selectedSeats();
        QVERIFY2(selected.size() >= 4, qPrintable(selected.join(u',')));
        QVERIFY(selected.contains(QStringLiteral("S-B-5")));
        QVERIFY(selected.contains(QStringLiteral("S-B-7")));
        QVERIFY(!selected.contains(QStringLiteral("S-B-6")));
        QCOMPARE(spy.count(), 1);
    }

    void soldSeatsCannotBeSelected()
    {
        EngineFixture f;
        sell(f, {QStringLiteral("S-D-7")});
        SeatMapView view;
        show(view, f);
        QSignalSpy spy(&view, &SeatMapView::selectionChanged);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                          view.viewportPositionOf(QStringLiteral("S-D-7")));
        QVERIFY(view.selectedSeats().isEmpty());
        QCOMPARE(spy.count(), 0);
    }

    void bestAvailableGivesAdjacentSeatsOfOneRowAvoidingSoldOnes()
    {
        EngineFixture f;
        SqliteDb db = f.reader();
        auto before = SeatMapReader::read(db, f.ids().event);
        QVERIFY(before.ok());
        // Sell the middle of the front row, so the best block must go around it.
        QStringList rowA;
        for (const SeatMapSeat &s : before->seats) {
            if (s.guid.startsWith(QLatin1String("S-A-")))
                rowA.push_back(s.guid);
        }
        QVERIFY(rowA.size() >= 8);
        const QStringList sold = rowA.mid(rowA.size() / 2 - 2, 4);
        sell(f, sold);

        SeatMapView view;
        show(view, f);
        QSignalSpy spy(&view, &SeatMapView::selectionChanged);
        QVERIFY(view.selectBestAvailable(4));
        const QStringList chosen = view.selectedSeats();
        QCOMPARE(chosen.size(), 4);
        QCOMPARE(spy.count(), 1);
        const SeatMapModel &model = view.seatMapScene()->model();
        const qsizetype first = model.indexOf(chosen.first());
        for (qsizetype k = 0; k < 4; ++k) {
            const SeatMapSeat &s = model.seat(model.indexOf(chosen[k]));
            QCOMPARE(model.indexOf(chosen[k]), first + k); // consecutive in the row
            QCOMPARE(s.rowIndex, model.seat(first).rowIndex);
            QCOMPARE(s.state, SeatState::Available);
            QVERIFY(!sold.contains(chosen[k]));
        }
        // Row A still has four together beside the sold block (A3-A6, score
        // 1.07), a little better than row B's middle (1.125).
        QCOMPARE(chosen, (QStringList{QStringLiteral("S-A-3"), QStringLiteral("S-A-4"),
                                      QStringLiteral("S-A-5"), QStringLiteral("S-A-6")}));
        // A category with no seats of that kind left, or too many seats, fails.
        QVERIFY(!view.selectBestAvailable(4, QStringLiteral("No such category")));
        QVERIFY(!view.selectBestAvailable(400));
        QCOMPARE(view.selectedSeats(), chosen);
        QVERIFY(view.selectBestAvailable(2, QStringLiteral("Balcony")));
        QVERIFY(view.selectedSeats().first().startsWith(QLatin1String("B-")));
    }

    void bestTwoInAFreshPlanAreTheMiddleOfRowA()
    {
        EngineFixture f;
        SeatMapView view;
        show(view, f);
        QVERIFY(view.selectBestAvailable(2));
        // Row A has 16 seats: 8 and 9 are its middle.
        QCOMPARE(view.selectedSeats(),
                 (QStringList{QStringLiteral("S-A-8"), QStringLiteral("S-A-9")}));
    }

    void bestTwoTakeRowBsMiddleBeforeRowAsEnds()
    {
        EngineFixture f;
        QStringList middle;
        for (int n = 5; n <= 12; ++n)
            middle.push_back(QStringLiteral("S-A-%1").arg(n));
        sell(f, middle);
        SeatMapView view;
        show(view, f);
        QVERIFY(view.selectBestAvailable(2));
        // Row B has 17 seats; 8-9 and 9-10 are as central, the left one wins.
        QCOMPARE(view.selectedSeats(),
                 (QStringList{QStringLiteral("S-B-8"), QStringLiteral("S-B-9")}));
    }

    void bestTwoStayInRowANextToASmallSoldBlock()
    {
        EngineFixture f;
        sell(f, {QStringLiteral("S-A-7"), QStringLiteral("S-A-8"), QStringLiteral("S-A-9"),
                 QStringLiteral("S-A-10")});
        SeatMapView view;
        show(view, f);
        QVERIFY(view.selectBestAvailable(2));
        // Three seats off the middle of row A (score 0.8) beat row B's middle
        // (1.125); the left block wins the tie with A11-A12.
        QCOMPARE(view.selectedSeats(),
                 (QStringList{QStringLiteral("S-A-5"), QStringLiteral("S-A-6")}));
    }

    void bestAvailableScoreWeighsARowsEndAsTwoRowsBack()
    {
        QCOMPARE(SeatMapModel::bestAvailableScore(0, 0, 7.5), 0.0);
        QCOMPARE(SeatMapModel::bestAvailableScore(0, -7.5, 7.5), 2.0);
        QCOMPARE(SeatMapModel::bestAvailableScore(2, 0, 8), 2.0);
        QVERIFY(SeatMapModel::bestAvailableScore(1, 0.5, 8) <
                SeatMapModel::bestAvailableScore(0, 5, 7.5));
    }

    void hoveringASeatShowsRowSeatCategoryAndPrice()
    {
        EngineFixture f;
        SeatMapView view;
        show(view, f);
        const QString tip = view.toolTipAt(view.viewportPositionOf(QStringLiteral("S-C-5")));
        QVERIFY2(tip.contains(QStringLiteral("Row C, seat 5")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Stalls")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Adult")) && tip.contains(QStringLiteral("380")),
                 qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Child")) && tip.contains(QStringLiteral("190")),
                 qPrintable(tip));
        QVERIFY(view.toolTipAt(QPoint(2, 2)).isEmpty());
    }

    void everyRowIsLabelledAtBothEnds()
    {
        EngineFixture f;
        SeatMapView view;
        show(view, f);
        QStringList labels;
        for (QGraphicsItem *item : view.seatMapScene()->items()) {
            if (item->data(0).toString() == QLatin1String("rowLabel"))
                labels.push_back(static_cast<QGraphicsSimpleTextItem *>(item)->text());
        }
        // 11 stalls rows and 4 balcony rows, each named twice.
        QCOMPARE(labels.size(), 30);
        QCOMPARE(labels.count(QStringLiteral("A")), 2);
        QCOMPARE(labels.count(QStringLiteral("DD")), 2);
    }

    void theLegendShowsEachCategorysPrice()
    {
        EngineFixture f;
        SeatMapView view;
        show(view, f);
        auto *legend = view.findChild<SeatMapLegend *>();
        QVERIFY(legend);
        const QStringList lines = legend->lines();
        QVERIFY2(lines.value(1).startsWith(QStringLiteral("Stalls")) &&
                     lines.value(1).contains(QStringLiteral("380")),
                 qPrintable(lines.join(u'|')));
        QVERIFY2(lines.value(2).startsWith(QStringLiteral("Balcony")) &&
                     lines.value(2).contains(QStringLiteral("220")),
                 qPrintable(lines.join(u'|')));
    }

    void onASmallViewNoSeatIsUnderTheLegend()
    {
        EngineFixture f;
        SeatMapView view;
        view.resize(520, 370); // the map's share of a 1280x720 counter
        show(view, f, false);
        auto *legend = view.findChild<SeatMapLegend *>();
        QVERIFY(legend && legend->isVisible());
        const QRect seats = view.mapFromScene(view.seatMapScene()->seatsBounds()).boundingRect();
        QVERIFY2(!legend->geometry().intersects(seats),
                 qPrintable(QStringLiteral("legend %1,%2 %3x%4, seats from x=%5")
                                .arg(legend->x())
                                .arg(legend->y())
                                .arg(legend->width())
                                .arg(legend->height())
                                .arg(seats.left())));
    }

    void newStatesRepaintWithoutRebuildingAndDropSelectedSeats()
    {
        EngineFixture f;
        SeatMapView view;
        show(view, f);
        QVERIFY(view.selectBestAvailable(2));
        const QStringList chosen = view.selectedSeats();
        SeatMapScene *scene = view.seatMapScene();
        QSignalSpy spy(&view, &SeatMapView::selectionChanged);
        view.setSeatStates({{chosen.first(), SeatState::Held}});
        QCOMPARE(view.seatMapScene(), scene);
        QCOMPARE(view.selectedSeats(), QStringList{chosen.last()});
        QCOMPARE(spy.count(), 1);
        const SeatMapModel &model = scene->model();
        QCOMPARE(model.seat(model.indexOf(chosen.first())).state, SeatState::Held);
    }

    void zoomChangesTheTransformWithinLimits()
    {
        EngineFixture f;
        SeatMapView view;
        show(view, f);
        const qreal fitted = view.zoom();
        view.zoomIn();
        QVERIFY(view.zoom() > fitted);
        QTest::keyClick(&view, Qt::Key_Minus);
        QTest::keyClick(&view, Qt::Key_Minus);
        QVERIFY(view.zoom() < fitted);
        for (int i = 0; i < 50; ++i)
            view.zoomOut();
        QVERIFY(view.zoom() >= fitted * 0.5 - 1e-9);
        QTest::keyClick(&view, Qt::Key_0);
        QCOMPARE(view.zoom(), fitted);
    }

    void screenshotOfTheTheatre()
    {
        EngineFixture f;
        QStringList sold;
        for (const char *guid : {"S-A-7", "S-A-8", "S-B-3", "S-B-4", "S-B-5", "S-C-10", "S-E-2",
                                 "S-E-3", "S-F-12", "S-F-13", "S-F-14", "B-AA-4", "B-AA-5"})
            sold.push_back(QString::fromLatin1(guid));
        sell(f, sold);
        SeatMapView view;
        view.resize(1100, 820);
        show(view, f, false);
        view.setSeatStates({{QStringLiteral("S-D-1"), SeatState::Held},
                            {QStringLiteral("S-D-2"), SeatState::Held},
                            {QStringLiteral("S-G-9"), SeatState::Held},
                            {QStringLiteral("B-BB-1"), SeatState::Blocked},
                            {QStringLiteral("B-BB-2"), SeatState::Blocked}});
        QVERIFY(view.selectBestAvailable(4));
        QVERIFY(view.grab().save(test::screenshotPath(QStringLiteral("seatmap-en.png"))));
    }

private:
    static void show(SeatMapView &view, EngineFixture &f, bool resize = true)
    {
        SqliteDb db = f.reader();
        auto data = SeatMapReader::read(db, f.ids().event);
        QVERIFY(data.ok());
        if (resize)
            view.resize(1000, 760);
        view.setSeatMap(std::move(*data));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
    }

    // Sells the seats as Stalls or Balcony adult tickets, paid in cash.
    static void sell(EngineFixture &f, const QStringList &seats)
    {
        QJsonArray lines;
        qint64 total = 0;
        for (const QString &seat : seats) {
            lines.push_back(QJsonObject{{QStringLiteral("seat"), seat}});
            total += seat.startsWith(QLatin1String("B-")) ? 22000 : 38000;
        }
        const QJsonObject sale{
            {QStringLiteral("event"), f.ids().event},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("payments"),
             QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("cash")},
                                    {QStringLiteral("amount"), total}}}}};
        const CommandOutcome outcome = f.run(QStringLiteral("sell"), sale);
        if (!outcome.result)
            QFAIL(qPrintable(outcome.result.error().toString()));
    }
};

QTEST_MAIN(TestSeatMapView)
#include "testseatmapview.moc"
