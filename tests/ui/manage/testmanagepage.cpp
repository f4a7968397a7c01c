#include "consolefixture.h"
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

namespace {

template<class T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

// Signs in and opens Manage with F5.
ManagePage *openManage(ConsoleFixture &f, const QString &user)
{
    if (!f.signIn(user))
        return nullptr;
    QTest::keyClick(&f.window(), Qt::Key_F5);
    if (f.window().currentScreen() != MainWindow::Screen::Manage)
        return nullptr;
    return f.window().managePage();
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// Edits one cell the way a user does: F2, type, Enter.
bool typeIntoCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setFocus();
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    QLineEdit *editor = nullptr;
    for (QLineEdit *candidate : table->viewport()->findChildren<QLineEdit *>()) {
        if (candidate->isVisible())
            editor = candidate;
    }
    if (!editor)
        return false;
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits the typed text once the event loop runs.
    return ConsoleFixture::waitFor([table, row, column, text] {
        const QTableWidgetItem *item = table->item(row, column);
        return item && item->text() == text;
    });
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

int rowWith(const QTableWidget *table, int column, const QString &text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (cellText(table, row, column) == text)
            return row;
    }
    return -1;
}

// The window with a dialog on top, as the user sees it, into docs/screenshots.
bool saveScreenshotWithDialog(ConsoleFixture &f, QWidget *dialog, const QString &name)
{
    QPixmap shot = f.window().grab();
    const QPixmap top = dialog->grab();
    QPainter painter(&shot);
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 70));
    const QPoint at((shot.width() - top.width()) / 2, qMax(0, (shot.height() - top.height()) / 2));
    painter.setPen(QColor(40, 40, 40));
    painter.drawRect(QRect(at, top.size()).adjusted(-1, -1, 0, 0));
    painter.drawPixmap(at, top);
    painter.end();
    const QString dir = QStringLiteral(TESSERA_SOURCE_DIR "/docs/screenshots");
    QDir().mkpath(dir);
    return shot.save(QDir(dir).filePath(name));
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

QByteArray smallHallPlan()
{
    QFile file(fixturePath(QStringLiteral("seatplans/small-hall.json")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestManagePage : public QObject
{
    Q_OBJECT
private slots:
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

    void cardCsvWithBadLinesListsEveryLineAndImportsNothing()
    {
        QTemporaryDir dir;
        const QString bad = writeFile(dir, QStringLiteral("bad.csv"),
                                      "code,serial,valid_until\n"
                                      "NEW-0001,S1,2030-12-31\n"
                                      "NEW-0001,S2,2030-12-31\n"
                                      ",S3,2030-12-31\n"
                                      "NEW-0004,S4,2030-12-31\n");
        const QString good = writeFile(dir, QStringLiteral("good.csv"),
                                       "code,serial,valid_until\n"
                                       "NEW-0001,S1,2030-12-31\n"
                                       "NEW-0002,S2,2030-12-31\n"
                                       "NEW-0003,S3,\n");

        ConsoleFixture f;
        const QString codes = QStringLiteral("SELECT COUNT(*) FROM card_codes");
        const qint64 before = f.db().scalar(codes);
        ManagePage *page = openManage(f, QStringLiteral("manager"));
        QVERIFY(page);
        page->showTab(ManagePage::Tab::Cards);
        QTableWidget *products = page->cardsTab()->table();
        QVERIFY(ConsoleFixture::waitFor([products] { return products->rowCount() == 1; }));
        QCOMPARE(cellText(products, 0, 2), QString::number(before));

        QTest::mouseClick(child<QPushButton>(page, "importCodesButton"), Qt::LeftButton);
        auto *dialog = child<CardCodeImportDialog>(page, "cardCodeImportDialog");
        QVERIFY(dialog);
        auto *file = child<QLineEdit>(dialog, "codesFile");
        auto *preview = child<QLabel>(dialog, "codesPreview");
        auto *importButton = child<QPushButton>(dialog, "codesImportButton");
        auto *summary = child<QLabel>(dialog, "codesSummary");
        auto *errors = child<QTableWidget>(dialog, "codesErrorsTable");
        typeInto(file, bad);
        QTest::keyClick(file, Qt::Key_Return);
        QVERIFY(ConsoleFixture::waitFor([importButton] { return importButton->isEnabled(); }));
        QVERIFY2(preview->text().contains(QStringLiteral("4 code line")),
                 qPrintable(preview->text()));

        QTest::mouseClick(importButton, Qt::LeftButton);
        QVERIFY(ConsoleFixture::waitFor(
            [dialog, errors] { return !dialog->isBusy() && errors->isVisible(); }));
        QCOMPARE(errors->rowCount(), 2);
        QCOMPARE(cellText(errors, 0, 0), QStringLiteral("3"));
        QVERIFY2(cellText(errors, 0, 1).contains(QStringLiteral("duplicate")),
                 qPrintable(cellText(errors, 0, 1)));
        QCOMPARE(cellText(errors, 1, 0), QStringLiteral("4"));
        QVERIFY2(cellText(errors, 1, 1).contains(QStringLiteral("empty")),
                 qPrintable(cellText(errors, 1, 1)));
        QVERIFY2(summary->text().contains(QStringLiteral("nothing was imported")),
                 qPrintable(summary->text()));
        QCOMPARE(f.db().scalar(codes), before);
        QVERIFY(saveScreenshotWithDialog(f, dialog, QStringLiteral("manage-cards-errors-en.png")));

        dialog->setCsvFile(good);
        QVERIFY(ConsoleFixture::waitFor([importButton] { return importButton->isEnabled(); }));
        QVERIFY(!errors->isVisible());
        QTest::mouseClick(importButton, Qt::LeftButton);
        QVERIFY(ConsoleFixture::waitFor([summary] {
            return summary->isVisible() && summary->text().startsWith(QStringLiteral("Imported"));
        }));
        QVERIFY2(summary->text().contains(QStringLiteral("Imported 3 codes")),
                 qPrintable(summary->text()));
        QCOMPARE(f.db().scalar(codes), before + 3);
        QVERIFY(ConsoleFixture::waitFor([products, before] {
            return cellText(products, 0, 2) == QString::number(before + 3);
        }));
    }

    void newCardProductIsListed()
    {
        ConsoleFixture f;
        ManagePage *page = openManage(f, QStringLiteral("manager"));
        QVERIFY(page);
        page->showTab(ManagePage::Tab::Cards);
        QTableWidget *products = page->cardsTab()->table();
        QVERIFY(ConsoleFixture::waitFor([products] { return products->rowCount() == 1; }));
        QTest::mouseClick(child<QPushButton>(page, "newProductButton"), Qt::LeftButton);
        auto *dialog = child<QDialog>(page, "cardProductDialog");
        QVERIFY(dialog);
        typeInto(child<QLineEdit>(dialog, "productName"), QStringLiteral("Top-up 50"));
        typeInto(child<QLineEdit>(dialog, "productPrice"), QStringLiteral("50"));
        QTest::mouseClick(child<QPushButton>(dialog, "createProductButton"), Qt::LeftButton);
        QVERIFY(ConsoleFixture::waitFor([products] { return products->rowCount() == 2; }));
        const int row = rowWith(products, 0, QStringLiteral("Top-up 50"));
        QVERIFY(row >= 0);
        QCOMPARE(cellText(products, row, 1), QStringLiteral("50.00 CNY"));
        QCOMPARE(cellText(products, row, 2), QStringLiteral("0"));
    }

    void adminCreatesACashierWhoCanSignIn()
    {
        ConsoleFixture f;
        ManagePage *page = openManage(f, QStringLiteral("admin"));
        QVERIFY(page);
        page->showTab(ManagePage::Tab::Staff);
        QTableWidget *staff = page->staffTab()->table();
        QVERIFY(ConsoleFixture::waitFor([staff] { return staff->rowCount() == 4; }));

        QTest::mouseClick(child<QPushButton>(page, "newUserButton"), Qt::LeftButton);
        auto *dialog = child<NewUserDialog>(page, "newUserDialog");
        QVERIFY(dialog);
        auto *role = child<QComboBox>(dialog, "userRole");
        QCOMPARE(role->count(), 5); // an administrator may grant every role
        QCOMPARE(role->currentText(), QStringLiteral("Cashier"));
        typeInto(child<QLineEdit>(dialog, "userName"), QStringLiteral("li.na"));
        typeInto(child<QLineEdit>(dialog, "userDisplayName"), QStringLiteral("Li Na"));
        typeInto(child<QLineEdit>(dialog, "userPin"), QStringLiteral("4826"));
        typeInto(child<QLineEdit>(dialog, "userPinAgain"), QStringLiteral("4862"));
        auto *create = child<QPushButton>(dialog, "createUserButton");
        auto *error = child<QLabel>(dialog, "userError");
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(QStringLiteral("PIN again")), qPrintable(error->text()));
        typeInto(child<QLineEdit>(dialog, "userPinAgain"), QStringLiteral("4826"));
        QTest::mouseClick(create, Qt::LeftButton);

        QVERIFY(ConsoleFixture::waitFor(
            [staff] { return rowWith(staff, 0, QStringLiteral("li.na")) >= 0; }));
        const int row = rowWith(staff, 0, QStringLiteral("li.na"));
        QCOMPARE(cellText(staff, row, 1), QStringLiteral("Li Na"));
        QCOMPARE(cellText(staff, row, 2), QStringLiteral("Cashier"));
        QCOMPARE(cellText(staff, row, 3), QStringLiteral("yes"));
        staff->selectRow(row);
        QVERIFY(f.saveScreenshot(QStringLiteral("manage-staff-en.png")));

        // The new cashier signs in with the PIN they were given.
        f.window().signOut();
        auto *name = f.window().findChild<QComboBox *>(QStringLiteral("loginName"));
        auto *pin = f.window().findChild<QLineEdit *>(QStringLiteral("loginPin"));
        QVERIFY(name->findText(QStringLiteral("li.na")) >= 0);
        name->setCurrentText(QStringLiteral("li.na"));
        pin->setFocus();
        QTest::keyClicks(pin, QStringLiteral("4826"));
        QTest::keyClick(pin, Qt::Key_Return);
        QVERIFY(ConsoleFixture::waitFor([&f] {
            return !f.window().isLocked() && f.context().user() &&
                   f.context().user()->name == QLatin1String("li.na");
        }));
        QCOMPARE(f.context().user()->role, Role::Cashier);
        QVERIFY(!f.window().findChild<QToolButton *>(QStringLiteral("navManage"))->isVisible());
    }

    void adminUnlocksAndDeactivatesAUser()
    {
        ConsoleFixture f;
        StaffAuthenticator authenticator(f.engine(), f.db().clock());
        for (int i = 0; i < 5; ++i)
            QVERIFY(!authenticator.login(QStringLiteral("cashier"), QStringLiteral("0000")).ok());
        QVERIFY(f.db().scalar(
                    QStringLiteral("SELECT locked_until FROM users WHERE name = 'cashier'")) > 0);

        ManagePage *page = openManage(f, QStringLiteral("admin"));
        QVERIFY(page);
        page->showTab(ManagePage::Tab::Staff);
        QTableWidget *staff = page->staffTab()->table();
        QVERIFY(ConsoleFixture::waitFor([staff] { return staff->rowCount() == 4; }));
        const int row = rowWith(staff, 0, QStringLiteral("cashier"));
        QVERIFY(cellText(staff, row, 4).startsWith(QStringLiteral("until")));
        staff->selectRow(row);
        QTest::mouseClick(child<QPushButton>(page, "changeUserButton"), Qt::LeftButton);
        auto *dialog = child<ChangeUserDialog>(page, "changeUserDialog");
        QVERIFY(dialog);
        auto *unlock = child<QCheckBox>(dialog, "changeUnlock");
        QVERIFY(unlock->isEnabled());
        unlock->setChecked(true);
        QTest::mouseClick(child<QPushButton>(dialog, "saveUserButton"), Qt::LeftButton);
        QVERIFY(ConsoleFixture::waitFor([&f] {
            return f.db().scalar(QStringLiteral(
                       "SELECT locked_until FROM users WHERE name = 'cashier'")) == 0;
        }));
        QVERIFY(ConsoleFixture::waitFor([staff] {
            return cellText(staff, rowWith(staff, 0, QStringLiteral("cashier")), 4) ==
                   QStringLiteral("no");
        }));

        staff->selectRow(rowWith(staff, 0, QStringLiteral("cashier")));
        QTest::mouseClick(child<QPushButton>(page, "changeUserButton"), Qt::LeftButton);
        dialog = child<ChangeUserDialog>(page, "changeUserDialog");
        QVERIFY(ConsoleFixture::waitFor([page] {
            auto *d = child<ChangeUserDialog>(page, "changeUserDialog");
            return d && d->isVisible();
        }));
        dialog = nullptr;
        for (ChangeUserDialog *d : page->findChildren<ChangeUserDialog *>()) {
            if (d->isVisible())
                dialog = d;
        }
        QVERIFY(dialog);
        child<QCheckBox>(dialog, "changeActive")->setChecked(false);
        QTest::mouseClick(child<QPushButton>(dialog, "saveUserButton"), Qt::LeftButton);
        QVERIFY(ConsoleFixture::waitFor([staff] {
            return cellText(staff, rowWith(staff, 0, QStringLiteral("cashier")), 3) !=
                   QStringLiteral("yes");
        }));
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT active FROM users WHERE name = 'cashier'")),
                 0);
    }

    void administratorCannotDeactivateThemselves()
    {
        ConsoleFixture f;
        ManagePage *page = openManage(f, QStringLiteral("admin"));
        QVERIFY(page);
        page->showTab(ManagePage::Tab::Staff);
        QTableWidget *staff = page->staffTab()->table();
        QVERIFY(ConsoleFixture::waitFor([staff] { return staff->rowCount() == 4; }));
        staff->selectRow(rowWith(staff, 0, QStringLiteral("admin")));
        ChangeUserDialog *dialog = page->staffTab()->openChange();
        QVERIFY(dialog);
        child<QCheckBox>(dialog, "changeActive")->setChecked(false);
        QTest::mouseClick(child<QPushButton>(dialog, "saveUserButton"), Qt::LeftButton);
        auto *error = child<QLabel>(dialog, "changeError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(QStringLiteral("Active")), qPrintable(error->text()));
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT active FROM users WHERE name = 'admin'")), 1);
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
