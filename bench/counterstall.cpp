// SPDX-License-Identifier: GPL-3.0-or-later
#include "counterstall.h"

#include "benchstats.h"
#include "common/clock.h"
#include "console/consolecontext.h"
#include "engine/engine.h"
#include "seatmap/seatmapview.h"
#include "sell/salecontroller.h"
#include "sell/sellpage.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <vector>

namespace tessera {

namespace {

// Processes events until `done` holds (or a minute has passed).
bool spinUntil(const std::function<bool()> &done)
{
    QDeadlineTimer deadline(60'000);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

} // namespace

QJsonObject counterStallFigures(const QString &databasePath, qint64 eventId)
{
    EngineOptions options;
    options.shiftRule = ShiftRule::None; // sells cash without opening a shift
    options.path = databasePath;
    auto engine = Engine::open(options);
    if (!engine)
        qFatal("bench: %s", qPrintable(engine.error().toString()));
    SystemClock clock;
    ConsolePayments payments(clock, ConsolePayments::demoSandbox(1));
    auto readers = ConsoleReaders::open(databasePath);
    if (!readers)
        qFatal("bench: %s", qPrintable(readers.error().toString()));
    ConsoleContext context(**engine, clock, **readers, payments);
    // The bench database has no staff: set-up mode, anyone may sell.
    StaffIdentity seller;
    seller.name = QStringLiteral("bench");
    seller.role = Role::Cashier;
    context.setUser(seller);

    SellPage page(context);
    page.resize(1600, 1000);
    page.setPrintFolder(QString());
    page.show();
    QCoreApplication::processEvents();

    // The probe: a 2 ms timer; each late firing is a stall of the event loop.
    std::vector<double> stalls;
    QElapsedTimer since;
    since.start();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(2);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        stalls.push_back(std::max(0.0, double(since.nsecsElapsed()) / 1e6 - 2.0));
        since.restart();
    });
    probe.start();

    QElapsedTimer sale;
    sale.start();
    bool done = false;
    QObject::connect(&page, &SellPage::saleCompleted, [&done] { done = true; });
    page.selectEvent(eventId);
    if (!spinUntil([&] { return page.currentEvent() == eventId; }))
        qFatal("bench: the event did not open");
    if (!page.seatMap()->selectBestAvailable(4))
        qFatal("bench: no four seats together");
    page.addSelectionToCart();
    if (!spinUntil([&] { return page.sale().cart().holds().size() == 1; }))
        qFatal("bench: the seats were not held");
    page.sale().payCash(page.sale().due());
    if (!spinUntil([&] { return done; }))
        qFatal("bench: the sale did not complete");
    const double saleMs = double(sale.nsecsElapsed()) / 1e6;
    // Let the screen catch up with the sale (map refresh) before stopping.
    QElapsedTimer settle;
    settle.start();
    spinUntil([&] { return settle.elapsed() > 500; });
    probe.stop();
    for (QWidget *w : QApplication::topLevelWidgets())
        w->close();
    context.waitForBackgroundWork();

    qint64 over50 = 0;
    double worst = 0;
    for (double s : stalls) {
        worst = std::max(worst, s);
        over50 += s > 50 ? 1 : 0;
    }
    QJsonObject figures;
    figures.insert(QStringLiteral("counter_stall_max_ms"), qRound(worst * 10) / 10.0);
    figures.insert(QStringLiteral("counter_stall_p99_ms"),
                   qRound(bench::percentile(stalls, 99) * 10) / 10.0);
    figures.insert(QStringLiteral("counter_stall_over_50ms"), over50);
    figures.insert(QStringLiteral("counter_sale_ms"), qRound(saleMs));
    return figures;
}

} // namespace tessera
