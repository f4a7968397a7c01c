// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/venuetime.h"
#include "consolefixture.h"
#include "pcelsewhere.h"
#include "testpaths.h"

#include "api/commandfactory.h"
#include "sell/sellpage.h"
#include "shift/shiftpage.h"

#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

template<class T>
T *find(ConsoleFixture &f, const char *name)
{
    return f.window().findChild<T *>(QLatin1String(name));
}

// Waits until the label's text contains `text`.
bool showsText(QLabel *label, const QString &text)
{
    return ConsoleFixture::waitFor(
        [&] { return label->isVisible() && label->text().contains(text); });
}

// A cash sale of one stalls seat (¥380) as the signed-in cashier, through the console.
bool sellForCash(ConsoleFixture &f, const QString &seat)
{
    auto command = CommandFactory::fromJson(
        QStringLiteral("sell"),
        QJsonObject{
            {QStringLiteral("event"), f.db().ids().event},
            {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("seat"), seat}}}},
            {QStringLiteral("payments"),
             QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("cash")},
                                    {QStringLiteral("amount"), 38000}}}}});
    if (!command)
        return false;
    std::optional<bool> ok;
    f.context().run(std::move(*command), &f.window(),
                    [&ok](const CommandOutcome &outcome) { ok = outcome.result.ok(); });
    return ConsoleFixture::waitFor([&] { return ok.has_value(); }) && *ok;
}

// Signs in and waits until the Sell screen (in front after sign-in) has loaded
// its event: it focuses its seat map when that arrives, even once hidden.
bool signInAndSettle(ConsoleFixture &f, const QString &name)
{
    QSignalSpy loaded(f.window().sellPage(), SIGNAL(eventLoaded(qint64)));
    if (!f.signIn(name))
        return false;
    if (loaded.isValid() && loaded.isEmpty())
        loaded.wait(10'000);
    return true;
}

// Opens the shift screen and opens a shift by typing the float and Enter;
// returns what went wrong, or nothing.
QString openShiftByKeyboard(ConsoleFixture &f, const QString &floatText,
                            const QString &screenshot = {})
{
    QTest::keyClick(&f.window(), Qt::Key_F4);
    auto *amount = find<QLineEdit>(f, "shiftFloat");
    if (!ConsoleFixture::waitFor([amount] { return amount->isVisible() && amount->hasFocus(); }))
        return QStringLiteral("the float never had the focus (focus on %1)")
            .arg(QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                             : QStringLiteral("nothing"));
    QTest::keyClicks(amount, floatText);
    if (!screenshot.isEmpty() && !f.saveScreenshot(screenshot))
        return QStringLiteral("no screenshot");
    QTest::keyClick(amount, Qt::Key_Return);
    auto *expected = find<QLabel>(f, "shiftExpected");
    if (!ConsoleFixture::waitFor([expected] { return expected->isVisible(); }))
        return QStringLiteral("no open shift shown; float \"%1\", error \"%2\"")
            .arg(amount->text(), find<QLabel>(f, "shiftOpenError")->text());
    return {};
}

// Moves cash through the dialog, typing into it.
bool moveCash(ConsoleFixture &f, const char *button, const QString &amount, const QString &reason)
{
    QTest::mouseClick(find<QPushButton>(f, button), Qt::LeftButton);
    QLineEdit *amountEdit = nullptr;
    if (!ConsoleFixture::waitFor([&] {
            amountEdit = find<QLineEdit>(f, "shiftMovementAmount");
            return amountEdit && amountEdit->isVisible();
        }))
        return false;
    QTest::keyClicks(amountEdit, amount);
    auto *reasonEdit = find<QLineEdit>(f, "shiftMovementReason");
    QTest::keyClicks(reasonEdit, reason);
    QTest::keyClick(reasonEdit, Qt::Key_Return);
    if (!ConsoleFixture::waitFor([&] { return !find<QLineEdit>(f, "shiftMovementAmount"); }))
        return false;
    // The offscreen platform does not give the focus back to the window.
    f.window().activateWindow();
    return QTest::qWaitForWindowActive(&f.window());
}

// Types the counts down the sheet, Enter after each, starting at the first row.
void typeCounts(const QStringList &counts)
{
    for (const QString &count : counts) {
        QWidget *focused = QApplication::focusWidget();
        if (!count.isEmpty())
            QTest::keyClicks(focused, count);
        QTest::keyClick(focused, Qt::Key_Return);
    }
}

// The dialog named `name` once it shows (a top-level window).
QDialog *waitForDialog(const char *name)
{
    QDialog *found = nullptr;
    ConsoleFixture::waitFor([&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == QLatin1String(name) && w->isVisible())
                found = qobject_cast<QDialog *>(w);
        }
        return found != nullptr;
    });
    return found;
}

// `who` approves in the supervisor's dialog with their PIN and Enter.
bool approveWith(const QString &who, const QString &pin)
{
    QDialog *approval = waitForDialog("approvalDialog");
    if (!approval)
        return false;
    auto *name = approval->findChild<QComboBox *>(QStringLiteral("approverName"));
    name->setCurrentIndex(name->findData(who));
    auto *field = approval->findChild<QLineEdit *>(QStringLiteral("approverPin"));
    field->setFocus();
    QTest::keyClicks(field, pin);
    QTest::keyClick(field, Qt::Key_Return);
    return true;
}

QString pdfText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(30'000))
        return {};
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

} // namespace

class TestShiftPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { putThePcInNewYork(); }

    void cashierRunsAShiftFromFloatToZReport()
    {
        ScopedLanguage english(QStringLiteral("en_US"));
        ConsoleFixture f;
        QTemporaryDir reports;
        ShiftPage *page = f.window().shiftPage();
        page->setReportFolder(reports.path());
        QSignalSpy written(page, &ShiftPage::zReportWritten);
        QVERIFY(signInAndSettle(f, QStringLiteral("cashier")));

        // No shift yet: the float, typed and Enter.
        const QString opening =
            openShiftByKeyboard(f, QStringLiteral("500"), QStringLiteral("shift-open-en.png"));
        QVERIFY2(opening.isEmpty(), qPrintable(opening));
        QCOMPARE(f.window().currentScreen(), MainWindow::Screen::Shift);
        auto *expected = find<QLabel>(f, "shiftExpected");
        QVERIFY2(showsText(expected, QStringLiteral("500.00")), qPrintable(expected->text()));
        QVERIFY(find<QLabel>(f, "shiftOpenedBy")->text().contains(QStringLiteral("cashier")));
        // Opened now: 16:00 in the box office's Shanghai, not the PC's New York.
        const VenueTime shanghai(QTimeZone(QByteArrayLiteral("Asia/Shanghai")), f.db().clock());
        QVERIFY2(
            find<QLabel>(f, "shiftOpenedBy")->text().contains(shanghai.dateTime(shanghai.nowMs())),
            qPrintable(find<QLabel>(f, "shiftOpenedBy")->text()));

        // A cash sale at the counter shows up in the drawer.
        QVERIFY(sellForCash(f, QStringLiteral("S-A-1")));
        QVERIFY2(showsText(expected, QStringLiteral("880.00")), qPrintable(expected->text()));
        QVERIFY(moveCash(f, "shiftCashInButton", QStringLiteral("20"), QStringLiteral("coins")));
        QVERIFY2(showsText(expected, QStringLiteral("900.00")), qPrintable(expected->text()));
        QVERIFY(
            moveCash(f, "shiftCashOutButton", QStringLiteral("100"), QStringLiteral("bank drop")));
        QVERIFY2(showsText(expected, QStringLiteral("800.00")), qPrintable(expected->text()));
        QVERIFY(f.saveScreenshot(QStringLiteral("shift-summary-en.png")));

        // Count the drawer: ¥795 of the ¥800 expected.
        QTest::mouseClick(find<QPushButton>(f, "shiftCloseButton"), Qt::LeftButton);
        auto *first = find<QLineEdit>(f, "shiftCount_10000");
        QVERIFY(
            ConsoleFixture::waitFor([first] { return first->isVisible() && first->hasFocus(); }));
        typeCounts({QStringLiteral("7"), QStringLiteral("1"), QStringLiteral("2"), QString(),
                    QStringLiteral("1")});
        QCOMPARE(find<QLineEdit>(f, "shiftCount_500")->text(), QStringLiteral("1"));
        auto *counted = find<QLabel>(f, "shiftCountedTotal");
        auto *difference = find<QLabel>(f, "shiftDifference");
        auto *expectedCash = find<QLabel>(f, "shiftCountExpected");
        QVERIFY2(counted->text().contains(QStringLiteral("795.00")), qPrintable(counted->text()));
        // A cashier counts blind: nothing says what to count towards.
        QVERIFY2(!expectedCash->text().contains(QStringLiteral("800")),
                 qPrintable(expectedCash->text()));
        QVERIFY2(!difference->text().contains(QStringLiteral("5.00")),
                 qPrintable(difference->text()));
        QCOMPARE(difference->property("overShort").toString(), QString());

        // The rest of the sheet stays 0; the note; Enter on the button enters the count.
        typeCounts({QString(), QString(), QString()});
        auto *note = find<QLineEdit>(f, "shiftCloseNote");
        QVERIFY(note->hasFocus());
        QTest::keyClicks(note, QStringLiteral("five yuan short"));
        QTest::keyClick(note, Qt::Key_Return);
        auto *confirm = find<QPushButton>(f, "shiftConfirmClose");
        QVERIFY(confirm->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

        // Entered: the count is fixed, and now the expected cash shows.
        QVERIFY(find<QLineEdit>(f, "shiftCount_10000")->isReadOnly());
        QVERIFY2(expectedCash->text().contains(QStringLiteral("800.00")),
                 qPrintable(expectedCash->text()));
        QVERIFY2(difference->text().contains(QStringLiteral("Short")) &&
                     difference->text().contains(QStringLiteral("5.00")),
                 qPrintable(difference->text()));
        QCOMPARE(difference->property("overShort").toString(), QStringLiteral("short"));
        QVERIFY(difference->styleSheet().contains(QStringLiteral("#b3261e")));
        QVERIFY(f.saveScreenshot(QStringLiteral("shift-close-en.png")));

        // Short: closing needs the supervisor, who types their PIN.
        QVERIFY(confirm->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(approveWith(QStringLiteral("supervisor"), QStringLiteral("2222")));

        QVERIFY(ConsoleFixture::waitFor([&] { return written.count() == 1; }, 30'000));
        const QString path = written.first().first().toString();
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(page->lastReportPath(), path);
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT difference FROM shifts")), -500);
        QCOMPARE(f.db().text(QStringLiteral("SELECT approved_by FROM shifts")),
                 QStringLiteral("supervisor"));
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT closed_at IS NOT NULL FROM shifts")), 1);
        auto *last = find<QLabel>(f, "shiftLastSummary");
        QVERIFY2(showsText(last, QStringLiteral("short")), qPrintable(last->text()));
        QVERIFY(find<QLineEdit>(f, "shiftFloat")->isVisible());

        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("Z-report")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("800.00")), qPrintable(text)); // expected
        QVERIFY2(text.contains(QStringLiteral("795.00")), qPrintable(text)); // counted
        QVERIFY2(text.contains(QStringLiteral("bank drop")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("yuan short")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Supervisor")), qPrintable(text));
        // Opened, closed and printed at 16:00 Shanghai time, the zone named.
        QVERIFY2(text.contains(shanghai.dateTimeWithZone(shanghai.nowMs())), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("UTC-5")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("approved by supervisor")), qPrintable(text));

        const QString png = test::screenshotPath(QStringLiteral("zreport-en"));
        QCOMPARE(QProcess::execute(QStringLiteral("pdftoppm"),
                                   {QStringLiteral("-png"), QStringLiteral("-r"),
                                    QStringLiteral("60"), QStringLiteral("-f"), QStringLiteral("1"),
                                    QStringLiteral("-singlefile"), path, png}),
                 0);
        QVERIFY(QFileInfo::exists(png + QStringLiteral(".png")));
    }

    void aSupervisorCountsSeeingTheExpectedAndSavesTheDayEnd()
    {
        ScopedLanguage english(QStringLiteral("en_US"));
        ConsoleFixture f;
        QTemporaryDir reports;
        reports.setAutoRemove(qEnvironmentVariableIsEmpty("TESSERA_KEEP_TEST_FILES"));
        ShiftPage *page = f.window().shiftPage();
        page->setReportFolder(reports.path());
        QVERIFY(signInAndSettle(f, QStringLiteral("supervisor")));
        const QString opening = openShiftByKeyboard(f, QStringLiteral("500"));
        QVERIFY2(opening.isEmpty(), qPrintable(opening));
        QVERIFY(sellForCash(f, QStringLiteral("S-A-1")));
        auto *expected = find<QLabel>(f, "shiftExpected");
        QVERIFY2(showsText(expected, QStringLiteral("880.00")), qPrintable(expected->text()));

        // Not blind for a supervisor: the expected cash shows from the start.
        QTest::mouseClick(find<QPushButton>(f, "shiftCloseButton"), Qt::LeftButton);
        auto *expectedCash = find<QLabel>(f, "shiftCountExpected");
        QVERIFY(ConsoleFixture::waitFor([&] { return expectedCash->isVisible(); }));
        QVERIFY2(expectedCash->text().contains(QStringLiteral("880.00")),
                 qPrintable(expectedCash->text()));
        QTest::mouseClick(find<QPushButton>(f, "shiftCountBack"), Qt::LeftButton);

        auto *dayEnd = find<QPushButton>(f, "shiftDayEndButton");
        QVERIFY(dayEnd->isVisible());
        QTest::mouseClick(dayEnd, Qt::LeftButton);
        QDialog *dialog = waitForDialog("dayEndDialog");
        QVERIFY(dialog);
        QVERIFY(ConsoleFixture::saveScreenshot(*dialog, QStringLiteral("day-end-en.png")));
        QSignalSpy written(dialog, SIGNAL(written(QString)));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("dayEndPdf")),
                          Qt::LeftButton);
        QVERIFY(ConsoleFixture::waitFor([&] { return written.count() == 1; }, 30'000));
        const QString pdf = written.first().first().toString();
        QVERIFY2(pdf.endsWith(QStringLiteral("day-end-2026-11-22.pdf")), qPrintable(pdf));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Day-end report")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Net takings")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("380.00")), qPrintable(text)); // taken in cash
        QVERIFY2(text.contains(QStringLiteral("880.00")), qPrintable(text)); // the shift's expected
        QVERIFY2(text.contains(QStringLiteral("still open")), qPrintable(text));

        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("dayEndCsv")),
                          Qt::LeftButton);
        QVERIFY(ConsoleFixture::waitFor([&] { return written.count() == 2; }, 30'000));
        QFile csv(written.last().first().toString());
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY2(bytes.contains("Takings,cash,CNY,1,380.00"), bytes.constData());
    }

    void aCashierHasNoDayEndButton()
    {
        ConsoleFixture f;
        QVERIFY(signInAndSettle(f, QStringLiteral("cashier")));
        QTest::keyClick(&f.window(), Qt::Key_F4);
        auto *amount = find<QLineEdit>(f, "shiftFloat");
        QVERIFY(ConsoleFixture::waitFor([amount] { return amount->isVisible(); }));
        QVERIFY(!find<QPushButton>(f, "shiftDayEndButton")->isVisible());
    }

    void aBadFloatIsRefusedBeforeTheEngine()
    {
        ConsoleFixture f;
        QVERIFY(signInAndSettle(f, QStringLiteral("cashier")));
        QTest::keyClick(&f.window(), Qt::Key_F4);
        auto *amount = find<QLineEdit>(f, "shiftFloat");
        QVERIFY(ConsoleFixture::waitFor([amount] { return amount->isVisible(); }));
        QTest::keyClicks(amount, QStringLiteral("12.345"));
        QTest::keyClick(amount, Qt::Key_Return);
        auto *error = find<QLabel>(f, "shiftOpenError");
        QVERIFY(ConsoleFixture::waitFor([error] { return error->isVisible(); }));
        QVERIFY2(error->text().contains(QStringLiteral("12.345")), qPrintable(error->text()));
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM shifts")), 0);
    }

    void aCashOutAboveTheDrawerIsStoppedInTheDialog()
    {
        ConsoleFixture f;
        QVERIFY(signInAndSettle(f, QStringLiteral("cashier")));
        const QString opening = openShiftByKeyboard(f, QStringLiteral("100"));
        QVERIFY2(opening.isEmpty(), qPrintable(opening));
        QTest::mouseClick(find<QPushButton>(f, "shiftCashOutButton"), Qt::LeftButton);
        QLineEdit *amount = nullptr;
        QVERIFY(ConsoleFixture::waitFor([&] {
            amount = find<QLineEdit>(f, "shiftMovementAmount");
            return amount && amount->isVisible();
        }));
        QTest::keyClicks(amount, QStringLiteral("150"));
        QTest::keyClicks(find<QLineEdit>(f, "shiftMovementReason"), QStringLiteral("bank drop"));
        QTest::keyClick(amount, Qt::Key_Return);
        auto *error = find<QLabel>(f, "shiftMovementError");
        QVERIFY(ConsoleFixture::waitFor([error] { return error->isVisible(); }));
        QVERIFY2(error->text().contains(QStringLiteral("100.00")), qPrintable(error->text()));
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM cash_movements")), 0);
    }

    void theCountSheetInChinese()
    {
        ScopedLanguage chinese(QStringLiteral("zh_CN"));
        ConsoleFixture f;
        QVERIFY(signInAndSettle(f, QStringLiteral("cashier")));
        const QString opening = openShiftByKeyboard(f, QStringLiteral("500"));
        QVERIFY2(opening.isEmpty(), qPrintable(opening));
        QVERIFY(sellForCash(f, QStringLiteral("S-A-1")));
        auto *expected = find<QLabel>(f, "shiftExpected");
        QVERIFY2(showsText(expected, QStringLiteral("880.00")), qPrintable(expected->text()));
        QTest::mouseClick(find<QPushButton>(f, "shiftCloseButton"), Qt::LeftButton);
        auto *first = find<QLineEdit>(f, "shiftCount_10000");
        QVERIFY(
            ConsoleFixture::waitFor([first] { return first->isVisible() && first->hasFocus(); }));
        typeCounts(
            {QStringLiteral("8"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("2")});
        // Blind: Ctrl+Enter enters the count; ¥890 against ¥880 expected: over, amber.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(find<QLabel>(f, "shiftDifference")->property("overShort").toString(),
                 QStringLiteral("over"));
        QVERIFY(f.saveScreenshot(QStringLiteral("shift-close-zh.png")));
    }
};

QTEST_MAIN(TestShiftPage)
#include "testshiftpage.moc"
