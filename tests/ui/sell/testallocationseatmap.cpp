// SPDX-License-Identifier: GPL-3.0-or-later
// A console enrolled with the real tessera-server shows the seats that are
// not its own to sell (another counter's) on the sell screen's map, explains
// them in the legend, and "best available" picks only its own.
#include "catalogpuller.h"
#include "consoleenrolment.h"
#include "consolefixture.h"
#include "serverprocess.h"

#include "seatmap/seatmaplegend.h"
#include "seatmap/seatmapscene.h"
#include "seatmap/seatmapview.h"
#include "sell/salecontroller.h"
#include "sell/sellpage.h"
#include "shell/consolewindowhost.h"
#include "shell/mainwindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kExe = QStringLiteral(TESSERA_SERVER_EXE);

int seatsIn(SellPage &page, SeatState state)
{
    const SeatMapModel &model = page.seatMap()->seatMapScene()->model();
    int n = 0;
    for (qsizetype i = 0; i < model.seatCount(); ++i)
        n += model.seat(i).state == state ? 1 : 0;
    return n;
}

} // namespace

class TestAllocationSeatMap : public QObject
{
    Q_OBJECT

private slots:
    void seatsOfOtherCountersAreMarkedAndNotOffered()
    {
        QTemporaryDir tmp;
        const QString data = tmp.filePath(QStringLiteral("server"));
        QVERIFY(initServer(kExe, data));
        RunningServer server(kExe, data);
        QVERIFY(server.port() > 0);
        const QString code = enrolmentCode(kExe, data, QStringLiteral("BOX-1"));
        QVERIFY(!enrolmentCode(kExe, data, QStringLiteral("BOX-2")).isEmpty());
        (void)allocateSeats(kExe, data, QStringLiteral("BOX-2"), 16);
        const QStringList mine = allocateSeats(kExe, data, QStringLiteral("BOX-1"), 40);
        QCOMPARE(mine.size(), 40);

        ConsoleFixture f;
        auto link =
            ConsoleEnrolment::enrol(QStringLiteral("127.0.0.1:%1").arg(server.port()), code, 10000);
        QVERIFY2(link.ok(), qPrintable(link ? QString() : link.error().message));
        auto pulled = CatalogPuller(f.db().path(), *link).pullOnce(f.engine());
        QVERIFY2(pulled.ok(), qPrintable(pulled ? QString() : pulled.error().message));
        QCOMPARE(pulled->granted, 40);
        QVERIFY(link->save(f.engine()).ok());

        QVERIFY(f.signIn(QStringLiteral("cashier")));
        SellPage *page = f.window().sellPage();
        QVERIFY(ConsoleFixture::waitFor([&] { return page->currentEvent() == 1; }));
        QVERIFY(
            ConsoleFixture::waitFor([&] { return seatsIn(*page, SeatState::Available) == 40; }));
        const int all = int(page->seatMap()->seatMapScene()->model().seatCount());
        QCOMPARE(seatsIn(*page, SeatState::Elsewhere), all - 40);
        auto *legend = page->seatMap()->findChild<SeatMapLegend *>();
        QVERIFY(legend);
        QVERIFY(legend->lines().contains(QStringLiteral("Another counter's")));

        // Best available offers only this counter's seats.
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &f.window(),
                        Qt::Key_B, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &f.window(),
                        Qt::Key_Return);
        QVERIFY(ConsoleFixture::waitFor([&] { return page->sale().cart().size() == 2; }));
        QVERIFY(ConsoleFixture::waitFor([&] { return seatsIn(*page, SeatState::Held) == 2; }));
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM event_seats es JOIN seats s "
                                              "ON s.id = es.seat_id WHERE es.state = 1 AND "
                                              "s.guid IN ('%1')")
                                   .arg(mine.join(QLatin1String("','")))),
                 2);
        // The counter goes by the server's name once its agent has looked.
        auto *terminal = f.window().findChild<QLabel *>(QStringLiteral("terminalLabel"));
        QVERIFY(ConsoleFixture::waitFor(
            [&] { return terminal->text() == QStringLiteral("Terminal BOX-1"); }, 15000));
        QVERIFY(f.saveScreenshot(QStringLiteral("sell-allocation-en.png")));

        // The same in Chinese.
        f.windows().switchLanguage(QLocale(QStringLiteral("zh_CN")));
        SellPage *zh = f.window().sellPage();
        QVERIFY(ConsoleFixture::waitFor([&] {
            return zh->currentEvent() == 1 && zh->seatMap()->seatMapScene() &&
                   seatsIn(*zh, SeatState::Elsewhere) == all - 40;
        }));
        // The event list and the standing and card-key panels fill in too.
        QVERIFY(ConsoleFixture::waitFor([&] {
            const auto *events = zh->findChild<QAbstractItemView *>(QStringLiteral("eventList"));
            return events && events->model() && events->model()->rowCount() > 0;
        }));
        auto *zhLegend = zh->seatMap()->findChild<SeatMapLegend *>();
        QVERIFY(zhLegend);
        QVERIFY(!zhLegend->lines().contains(QStringLiteral("Another counter's")));
        QVERIFY(f.saveScreenshot(QStringLiteral("sell-allocation-zh.png")));
        f.windows().switchLanguage(QLocale(QStringLiteral("en")));
        QCOMPARE(server.stop(), 0);
    }
};

QTEST_MAIN(TestAllocationSeatMap)
#include "testallocationseatmap.moc"
