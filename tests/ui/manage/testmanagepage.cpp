// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolefixture.h"
#include "managescreen.h"
#include "pcelsewhere.h"
#include "testpaths.h"

#include "manage/cardcodeimportdialog.h"
#include "manage/cardstab.h"
#include "manage/changeuserdialog.h"
#include "manage/eventformdialog.h"
#include "manage/eventpricingeditor.h"
#include "manage/eventstab.h"
#include "manage/managepage.h"
#include "manage/newuserdialog.h"
#include "manage/seatplanimportdialog.h"
#include "manage/stafftab.h"
#include "manage/venuestab.h"
#include "query/catalogqueries.h"
#include "replica/applycatalogcommand.h"
#include "staff/staffauthenticator.h"
#include "venue/seatplanparser.h"
#include "venue/seatplanwriter.h"
#include "venue/stadiumplangenerator.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace tessera;
using namespace tessera::test;

class TestManagePage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { putThePcInNewYork(); }

    void managerMayManageEverythingButStaff()
    {
        ConsoleFixture f;
        ManagePage *page = openManage(f, QStringLiteral("manager"));
        QVERIFY(page);
        QVERIFY(page->isTabEnabled(ManagePage::Tab::Venues));
        QVERIFY(page->isTabEnabled(ManagePage::Tab::Events));
        QVERIFY(page->isTabEnabled(ManagePage::Tab::Cards));
        QVERIFY(!page->isTabEnabled(ManagePage::Tab::Staff));
        QCOMPARE(child<QTabWidget>(page, "manageTabs")->currentWidget(), page->venuesTab());
        QVERIFY(ConsoleFixture::waitFor(
            [page] { return page->venuesTab()->table()->rowCount() == 1; }));
        QCOMPARE(cellText(page->venuesTab()->table(), 0, 0), QStringLiteral("Tessera Playhouse"));
        QCOMPARE(cellText(page->venuesTab()->table(), 0, 2), QStringLiteral("303"));

        f.window().signOut();
        page = openManage(f, QStringLiteral("admin"));
        QVERIFY(page);
        QVERIFY(page->isTabEnabled(ManagePage::Tab::Staff));
    }

    void aTerminalOfAServerSaysItsCatalogComesFromThere()
    {
        ConsoleFixture f;
        // Not enrolled: no note.
        ManagePage *page = openManage(f, QStringLiteral("manager"));
        QVERIFY(page);
        auto *note = child<QLabel>(page, "manageReplicaNote");
        QVERIFY(note);
        QTest::qWait(200);
        QVERIFY(!note->isVisible());
        f.window().signOut();
        // Its first catalog from a server (here an empty one, version 7).
        auto catalog =
            ApplyCatalogCommand::parse(QJsonObject{{QStringLiteral("since"), 0},
                                                   {QStringLiteral("version"), 7},
                                                   {QStringLiteral("tables"), QJsonObject()}});
        QVERIFY(catalog.ok());
        QVERIFY(f.engine().execute(std::move(*catalog), QStringLiteral("catalog:0:7")).result.ok());
        page = openManage(f, QStringLiteral("manager"));
        QVERIFY(page);
        QVERIFY(ConsoleFixture::waitFor([note] { return note->isVisible(); }));
        QVERIFY2(note->text().contains(QStringLiteral("central server (version 7)")),
                 qPrintable(note->text()));
        // What only the server may change cannot be started here.
        for (const char *name :
             {"importSeatMapButton", "newEventButton", "newProductButton", "importCodesButton"})
            QVERIFY2(!child<QPushButton>(page, name)->isEnabled(), name);
        QVERIFY(f.saveScreenshot(f.window(), QStringLiteral("manage-replica-en.png")));
    }

    void importingASeatMapListsTheVenue()
    {
        ConsoleFixture f;
        ManagePage *page = openManage(f, QStringLiteral("manager"));
        QVERIFY(page);
        QTableWidget *venues = page->venuesTab()->table();
        QVERIFY(ConsoleFixture::waitFor([venues] { return venues->rowCount() == 1; }));

        QTest::mouseClick(child<QPushButton>(page, "importSeatMapButton"), Qt::LeftButton);
        auto *dialog = child<SeatPlanImportDialog>(page, "seatPlanImportDialog");
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *file = child<QLineEdit>(dialog, "planFile");
        typeInto(file, fixturePath(QStringLiteral("seatplans/small-hall.json")));
        QTest::keyClick(file, Qt::Key_Return);
        auto *importButton = child<QPushButton>(dialog, "planImportButton");
        QVERIFY(ConsoleFixture::waitFor([importButton] { return importButton->isEnabled(); }));
        const QString preview = child<QLabel>(dialog, "planPreview")->text();
        QVERIFY2(preview.contains(QStringLiteral("14")) && preview.contains(QStringLiteral("Box")),
                 qPrintable(preview));
        typeInto(child<QLineEdit>(dialog, "venueName"), QStringLiteral("Studio Hall"));
        // The box office's zone is suggested, not the PC's (New York here).
        QCOMPARE(child<QComboBox>(dialog, "venueTimezone")->currentText(),
                 QStringLiteral("Asia/Shanghai"));
        child<QComboBox>(dialog, "venueTimezone")->setCurrentText(QStringLiteral("Europe/Berlin"));
        QVERIFY(child<QWidget>(dialog, "planMap")->isVisible());
        QVERIFY(saveScreenshotWithDialog(f, dialog, QStringLiteral("manage-venue-import-en.png")));
        QTest::mouseClick(importButton, Qt::LeftButton);

        QVERIFY(ConsoleFixture::waitFor([venues] { return venues->rowCount() == 2; }));
        const int row = rowWith(venues, 0, QStringLiteral("Studio Hall"));
        QVERIFY(row >= 0);
        QCOMPARE(cellText(venues, row, 1), QStringLiteral("Europe/Berlin"));
        QCOMPARE(cellText(venues, row, 2), QStringLiteral("14"));
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM seats s JOIN venues v ON "
                                              "v.id = s.venue_id WHERE v.name = 'Studio Hall'")),
                 14);
        auto *status = child<QLabel>(page, "venuesStatus");
        QVERIFY2(status->text().contains(QStringLiteral("Studio Hall")),
                 qPrintable(status->text()));
    }

    // A named stress test: an 80 000-seat stadium is read, previewed and
    // imported off the UI thread while the screen keeps answering.
    void importingAStadiumKeepsTheScreenAlive()
    {
        QTemporaryDir dir;
        const SeatPlan stadium = StadiumPlanGenerator::stadium(80000);
        const QString path = writeFile(dir, QStringLiteral("stadium.json"),
                                       SeatPlanWriter::toJson(stadium, QJsonDocument::Compact));
        ConsoleFixture f;
        ManagePage *page = openManage(f, QStringLiteral("manager"));
        QVERIFY(page);
        SeatPlanImportDialog *dialog = page->venuesTab()->openImport();
        auto *progress = child<QWidget>(dialog, "planProgress");
        auto *importButton = child<QPushButton>(dialog, "planImportButton");

        // The event loop keeps running: count timer ticks and the longest gap.
        int ticks = 0;
        qint64 longestGap = 0;
        QElapsedTimer sinceTick;
        QTimer heartbeat;
        heartbeat.setInterval(10);
        QObject::connect(&heartbeat, &QTimer::timeout, &heartbeat, [&] {
            if (ticks++ > 0)
                longestGap = qMax(longestGap, sinceTick.elapsed());
            sinceTick.restart();
        });
        heartbeat.start();
        sinceTick.start();

        QElapsedTimer clock;
        clock.start();
        dialog->setPlanFile(path);
        QVERIFY(progress->isVisible());
        QVERIFY(
            ConsoleFixture::waitFor([importButton] { return importButton->isEnabled(); }, 60'000));
        const qint64 previewMs = clock.restart();
        QVERIFY(f.saveScreenshot(*dialog, QStringLiteral("manage-venue-stadium-en.png")));
        sinceTick.restart(); // the screenshot is the test's own pause
        QTest::mouseClick(importButton, Qt::LeftButton);
        QVERIFY(progress->isVisible());
        QVERIFY(ConsoleFixture::waitFor(
            [page] { return page->venuesTab()->table()->rowCount() == 2; }, 120'000));
        const qint64 importMs = clock.elapsed();
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM seats WHERE venue_id = 2")),
                 qint64(stadium.seatCount()));
        QVERIFY(ticks > 10);
        qInfo("%lld seats: preview %lld ms, import %lld ms, %d UI ticks, longest UI gap %lld ms",
              qint64(stadium.seatCount()), previewMs, importMs, ticks, longestGap);
    }

    void malformedPlanNamesThePlaceAndImportsNothing()
    {
        QTemporaryDir dir;
        QJsonObject plan = QJsonDocument::fromJson(smallHallPlan()).object();
        QJsonArray zones = plan[QStringLiteral("zones")].toArray();
        QJsonObject zone = zones[0].toObject();
        QJsonArray rows = zone[QStringLiteral("rows")].toArray();
        QJsonObject row = rows[1].toObject();
        QJsonArray seats = row[QStringLiteral("seats")].toArray();
        QJsonObject seat = seats[2].toObject();
        seat[QStringLiteral("category")] = QStringLiteral("Gallery");
        seats[2] = seat;
        row[QStringLiteral("seats")] = seats;
        rows[1] = row;
        zone[QStringLiteral("rows")] = rows;
        zones[0] = zone;
        plan[QStringLiteral("zones")] = zones;
        const QString badCategory =
            writeFile(dir, QStringLiteral("bad-category.json"), QJsonDocument(plan).toJson());
        const QString notJson =
            writeFile(dir, QStringLiteral("not-json.json"), "{\n  \"name\": \"Hall\",\n  oops\n}");

        ConsoleFixture f;
        ManagePage *page = openManage(f, QStringLiteral("manager"));
        QVERIFY(page);
        SeatPlanImportDialog *dialog = page->venuesTab()->openImport();
        auto *error = child<QLabel>(dialog, "planError");
        auto *importButton = child<QPushButton>(dialog, "planImportButton");

        dialog->setPlanFile(badCategory);
        QVERIFY(ConsoleFixture::waitFor(
            [dialog, error] { return !dialog->isBusy() && error->isVisible(); }));
        QVERIFY2(error->text().contains(QStringLiteral("zones[0].rows[1].seats[2].category")),
                 qPrintable(error->text()));
        QVERIFY(!importButton->isEnabled());
        QVERIFY(f.saveScreenshot(*dialog, QStringLiteral("manage-venue-error-en.png")));

        dialog->setPlanFile(notJson);
        QVERIFY(ConsoleFixture::waitFor([dialog, error] {
            return !dialog->isBusy() && error->isVisible() &&
                   error->text().contains(QStringLiteral("line 3"));
        }));
        QVERIFY(!importButton->isEnabled());
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTest::qWait(50);
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM venues")), 1);
    }

    void creatingAnEventWithPricesAndAQuotaListsIt()
    {
        ConsoleFixture f;
        ManagePage *page = openManage(f, QStringLiteral("manager"));
        QVERIFY(page);
        page->showTab(ManagePage::Tab::Events);
        QTableWidget *events = page->eventsTab()->table();
        QVERIFY(ConsoleFixture::waitFor([events] { return events->rowCount() == 1; }));

        QTest::mouseClick(child<QPushButton>(page, "newEventButton"), Qt::LeftButton);
        auto *dialog = child<EventFormDialog>(page, "eventFormDialog");
        QVERIFY(dialog);
        auto *venue = child<QComboBox>(dialog, "eventVenue");
        QCOMPARE(venue->currentText(), QStringLiteral("Tessera Playhouse"));
        QVERIFY2(
            child<QLabel>(dialog, "eventZone")->text().contains(QStringLiteral("Asia/Shanghai")),
            qPrintable(child<QLabel>(dialog, "eventZone")->text()));

        auto *create = child<QPushButton>(dialog, "createEventButton");
        auto *error = child<QLabel>(dialog, "eventError");
        // Nothing typed yet: the form names the field.
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(QStringLiteral("Name")), qPrintable(error->text()));

        typeInto(child<QLineEdit>(dialog, "eventName"), QStringLiteral("Winter Gala"));
        QTableWidget *prices = dialog->pricing()->pricesTable();
        QCOMPARE(prices->rowCount(), 2);    // Stalls, Balcony
        QCOMPARE(prices->columnCount(), 3); // adult, child, student
        QCOMPARE(prices->verticalHeaderItem(0)->text(), QStringLiteral("Stalls"));
        QVERIFY(typeIntoCell(prices, 0, 0, QStringLiteral("300")));
        QVERIFY(typeIntoCell(prices, 0, 1, QStringLiteral("150.50")));
        QVERIFY(typeIntoCell(prices, 1, 0, QStringLiteral("abc")));

        QTest::mouseClick(child<QPushButton>(dialog, "addQuotaButton"), Qt::LeftButton);
        QTableWidget *quotas = dialog->pricing()->quotasTable();
        QCOMPARE(quotas->rowCount(), 1);
        QVERIFY(typeIntoCell(quotas, 0, 0, QStringLiteral("Promenade")));
        QVERIFY(typeIntoCell(quotas, 0, 1, QStringLiteral("100")));
        QVERIFY(typeIntoCell(quotas, 0, 2, QStringLiteral("80")));

        // A price that is not an amount is named, with its category and type.
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY2(error->text().contains(QStringLiteral("Balcony")) &&
                     error->text().contains(QStringLiteral("abc")),
                 qPrintable(error->text()));
        QCOMPARE(prices->currentRow(), 1);
        QVERIFY(saveScreenshotWithDialog(f, dialog, QStringLiteral("manage-events-en.png")));
        QVERIFY(typeIntoCell(prices, 1, 0, QStringLiteral("200")));

        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(ConsoleFixture::waitFor([events] { return events->rowCount() == 2; }));
        const int row = rowWith(events, 0, QStringLiteral("Winter Gala"));
        QVERIFY(row >= 0);
        QCOMPARE(cellText(events, row, 1), QStringLiteral("Tessera Playhouse"));
        QVERIFY(!cellText(events, row, 2).isEmpty());

        SqliteDb reader = f.db().reader();
        const qint64 eventId =
            f.db().scalar(QStringLiteral("SELECT id FROM events WHERE name = 'Winter Gala'"));
        auto event = CatalogQueries(reader).event(eventId);
        QVERIFY(event.ok());
        const QJsonArray seatPrices = (*event)[QStringLiteral("prices")].toArray();
        QCOMPARE(seatPrices.size(), 3);
        QCOMPARE(seatPrices[1].toObject()[QStringLiteral("amount")].toInteger(), 15050);
        const QJsonArray ga = (*event)[QStringLiteral("ga")].toArray();
        QCOMPARE(ga.size(), 1);
        QCOMPARE(ga[0].toObject()[QStringLiteral("capacity")].toInteger(), 100);
        QCOMPARE(ga[0][QStringLiteral("prices")][0][QStringLiteral("amount")].toInteger(), 8000);
        QCOMPARE((*event)[QStringLiteral("ticket_types")].toArray().size(), 3);
        QCOMPARE((*event)[QStringLiteral("timezone")].toString(), QStringLiteral("Asia/Shanghai"));
        // 19:30 in Shanghai is 11:30 UTC.
        QVERIFY2(
            (*event)[QStringLiteral("starts_at")].toString().endsWith(QStringLiteral("T11:30:00Z")),
            qPrintable((*event)[QStringLiteral("starts_at")].toString()));
    }

    void newEventFormInChinese()
    {
        ScopedLanguage chinese(QStringLiteral("zh_CN"));
        ConsoleFixture f;
        ManagePage *page = openManage(f, QStringLiteral("manager"));
        QVERIFY(page);
        page->showTab(ManagePage::Tab::Events);
        QTableWidget *events = page->eventsTab()->table();
        QVERIFY(ConsoleFixture::waitFor([events] { return events->rowCount() == 1; }));
        EventFormDialog *dialog = page->eventsTab()->openNewEvent();
        QVERIFY(dialog);
        // QTest types Latin-1 only; an input method would insert the Chinese name.
        child<QLineEdit>(dialog, "eventName")->insert(QStringLiteral("新年音乐会"));
        QVERIFY(typeIntoCell(dialog->pricing()->pricesTable(), 0, 0, QStringLiteral("380")));
        QVERIFY(saveScreenshotWithDialog(f, dialog, QStringLiteral("manage-events-zh.png")));
    }
};

QTEST_MAIN(TestManagePage)
#include "testmanagepage.moc"
