// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolefixture.h"
#include "screenfit.h"

#include "crypto/passwordhash.h"
#include "orders/orderspage.h"
#include "sales/orderstate.h"
#include "sales/ticketcode.h"
#include "seatmap/seatmapview.h"
#include "sell/salecontroller.h"
#include "sell/sellpage.h"
#include "shift/cashdenominations.h"
#include "shift/shiftpage.h"
#include "staff/staffcommands.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

const QSize kCounter(1366, 768);

// Keys go where a person's keystrokes would: the focused widget (or the
// active window when nothing has the focus).
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    QVERIFY2(target, "nothing has the keyboard");
    QTest::keyClick(target, key, modifiers);
}

void type(const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY2(target, "nothing has the keyboard");
    QTest::keyClicks(target, text);
}

QString focusName()
{
    QWidget *w = QApplication::focusWidget();
    return w ? w->objectName() : QStringLiteral("(nothing)");
}

// Waits until the keyboard is on the widget of that name (a screen hands
// the focus on as it is shown, which may land after the key press returns).
bool focusLandsOn(const QString &name)
{
    return ConsoleFixture::waitFor([&] { return focusName() == name; });
}

// The visible top-level window of that name, or nullptr.
QWidget *openWindow(const QString &name)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->objectName() == name && w->isVisible())
            return w;
    }
    return nullptr;
}

QWidget *waitForWindow(const QString &name)
{
    QWidget *found = nullptr;
    ConsoleFixture::waitFor([&] { return (found = openWindow(name)) != nullptr; });
    // The window manager gives a new window the keyboard.
    if (found && !found->isActiveWindow()) {
        QApplication::setActiveWindow(found);
        if (!QTest::qWaitForWindowActive(found))
            return nullptr;
    }
    return found;
}

bool waitUntilClosed(const QString &name)
{
    return ConsoleFixture::waitFor([&] { return openWindow(name) == nullptr; });
}

// A window that fits the counter's screen: frame, and minimum, within 1366×768,
// and over the console rather than beside it.
bool fitsScreen(const QWidget *window)
{
    const QWidget *console = window ? window->parentWidget() : nullptr;
    if (console && !console->window()->frameGeometry().contains(window->frameGeometry())) {
        qWarning("%s at %d,%d %dx%d is outside the console", qPrintable(window->objectName()),
                 window->x(), window->y(), window->width(), window->height());
        return false;
    }
    return window && window->frameGeometry().width() <= kCounter.width() &&
           window->frameGeometry().height() <= kCounter.height() &&
           window->minimumSizeHint().width() <= kCounter.width() &&
           window->minimumSizeHint().height() <= kCounter.height();
}

} // namespace

// The "done when", as a new cashier at a 1366×768 counter does it
// with the keyboard alone: sign in, open a shift with a float, sell two
// seats and a standing ticket for cash, print, refund one ticket with a
// supervisor's approval, check a ticket in and close the shift with a blind
// count. Only key presses drive the console (no clicks, no calls of its
// slots); at each step the database and the screen are checked, and that
// the window stayed 1366×768 with what the step needs in sight.
class TestCounterWalk : public QObject
{
    Q_OBJECT

    ConsoleFixture *m_f = nullptr;

    MainWindow &window() { return m_f->window(); }

    template<class T>
    T *child(const char *name)
    {
        return window().findChild<T *>(QLatin1String(name));
    }

    qint64 scalar(const QString &sql) { return m_f->db().scalar(sql); }

    // The window is still the counter's size, and `names` are in sight in it.
    void verifyInWindow(std::initializer_list<const char *> names)
    {
        settleLayouts();
        QCOMPARE(window().size(), kCounter);
        for (const char *name : names) {
            auto *widget = child<QWidget>(name);
            QVERIFY2(widget, name);
            QVERIFY2(fullyInSight(widget),
                     qPrintable(QLatin1String(name) + QStringLiteral(" is not fully in sight: ") +
                                describeFit(window())));
        }
    }

    // The console gets the keyboard back when a window closes, as under a
    // window manager (the offscreen platform leaves that to the test).
    void backToConsole()
    {
        if (!window().isActiveWindow()) {
            QApplication::setActiveWindow(&window());
            QVERIFY(QTest::qWaitForWindowActive(&window()));
        }
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aNewCashierSellsRefundsChecksInAndClosesTheShiftByKeyboard()
    {
        ConsoleFixture f;
        m_f = &f;
        QTemporaryDir prints;
        // Settings ▸ Printouts: save as PDF in a folder (the walk's printer).
        window().sellPage()->setPrintFolder(prints.path());
        window().ordersPage()->setPrintFolder(prints.path());
        window().shiftPage()->setReportFolder(prints.path());
        window().resize(kCounter);
        QApplication::setActiveWindow(&window());
        QVERIFY(QTest::qWaitForWindowActive(&window()));

        // A manager took on Li Na this morning.
        auto created =
            f.engine().execute(std::make_unique<CreateUserCommand>(
                                   QStringLiteral("lina"), QStringLiteral("Li Na"), Role::Cashier,
                                   PasswordHash::hash(QStringLiteral("4821"))),
                               QStringLiteral("new-cashier"), QStringLiteral("admin"));
        if (!created.result.ok())
            QFAIL(qPrintable(created.result.error().toString()));

        // 1. She signs in: Alt+U to the name, hers, Enter, her PIN, Enter.
        QVERIFY(window().isLocked());
        press(Qt::Key_U, Qt::AltModifier);
        QVERIFY2(focusName() == QStringLiteral("loginName") ||
                     QApplication::focusWidget()->parent()->objectName() ==
                         QStringLiteral("loginName"),
                 qPrintable(focusName()));
        type(QStringLiteral("lina"));
        press(Qt::Key_Return);
        QVERIFY2(focusLandsOn(QStringLiteral("loginPin")), qPrintable(focusName()));
        type(QStringLiteral("4821"));
        press(Qt::Key_Return);
        QVERIFY(ConsoleFixture::waitFor([&] {
            return !window().isLocked() && f.context().user() &&
                   f.context().user()->name == QStringLiteral("lina");
        }));
        QVERIFY(child<QLabel>("userLabel")->text().contains(QStringLiteral("lina")));
        verifyInWindow({"navSell", "navOrders", "navCheckIn", "navShift", "payButton"});

        // 2. F4: the Shift screen; the float, Enter.
        press(Qt::Key_F4);
        QCOMPARE(window().currentScreen(), MainWindow::Screen::Shift);
        auto *floatField = child<QLineEdit>("shiftFloat");
        QVERIFY(ConsoleFixture::waitFor([&] { return floatField->hasFocus(); }));
        type(QStringLiteral("200"));
        press(Qt::Key_Return);
        QVERIFY(ConsoleFixture::waitFor([&] {
            return scalar(QStringLiteral("SELECT COUNT(*) FROM shifts WHERE closed_at IS NULL AND "
                                         "opened_by = 'lina' AND float_amount = 20000")) == 1;
        }));
        QVERIFY(
            ConsoleFixture::waitFor([&] { return child<QLabel>("shiftExpected")->isVisible(); }));
        verifyInWindow({"shiftExpected"});

        // 3. F1: Sell. Ctrl+B the best two seats, Ctrl+Enter into the cart,
        //    Ctrl+G to the standing tickets, + adds one.
        press(Qt::Key_F1);
        QCOMPARE(window().currentScreen(), MainWindow::Screen::Sell);
        SellPage *sell = window().sellPage();
        QVERIFY(
            ConsoleFixture::waitFor([&] { return sell->currentEvent() == f.db().ids().event; }));
        const SaleController &sale = sell->sale();
        press(Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(sell->seatMap()->selectedSeats().size(), 2);
        press(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(ConsoleFixture::waitFor([&] { return sale.cart().size() == 2; }));
        press(Qt::Key_G, Qt::ControlModifier);
        QVERIFY2(ConsoleFixture::waitFor(
                     [] { return focusName().startsWith(QStringLiteral("addStanding")); }),
                 qPrintable(focusName()));
        press(Qt::Key_Plus);
        QVERIFY(ConsoleFixture::waitFor(
            [&] { return sale.cart().size() == 3 && sale.cart().heldCount() == 3; }));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM event_seats WHERE state = 1")), 2);
        const qint64 due = sale.due();
        QVERIFY(due > 0);
        verifyInWindow({"cartTable", "cartTotal", "payButton"});
        QVERIFY(child<QLabel>("cartTotal")->text().contains(QString::number(due / 100)));

        // F8: the payment window, cash; what she was handed, Enter.
        const qint64 tendered = (due / 10000 + 1) * 10000;
        press(Qt::Key_F8);
        QWidget *payment = waitForWindow(QStringLiteral("paymentDialog"));
        QVERIFY(payment);
        QVERIFY(fitsScreen(payment));
        QVERIFY2(focusLandsOn(QStringLiteral("cashTendered")), qPrintable(focusName()));
        type(QString::number(tendered / 100));
        press(Qt::Key_Return);
        QWidget *fulfil = waitForWindow(QStringLiteral("fulfilDialog"));
        QVERIFY(fulfil);
        QVERIFY(fitsScreen(fulfil));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM orders WHERE state = 1")), 1);
        const qint64 order = scalar(QStringLiteral("SELECT id FROM orders"));
        QCOMPARE(
            scalar(
                QStringLiteral("SELECT COUNT(*) FROM order_lines WHERE order_id = %1").arg(order)),
            3);
        QCOMPARE(scalar(QStringLiteral("SELECT tendered FROM payments WHERE method = 'cash'")),
                 tendered);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM event_seats WHERE state = 2")), 2);
        auto *change = fulfil->findChild<QLabel *>(QStringLiteral("fulfilChange"));
        QVERIFY(change && change->text().contains(QString::number((tendered - due) / 100)));
        // Ctrl+P: tickets and receipt (into the PDF folder); Enter: the next sale.
        press(Qt::Key_P, Qt::ControlModifier);
        QVERIFY(ConsoleFixture::waitFor(
            [&] { return !QDir(prints.path()).entryList({QStringLiteral("*.pdf")}).isEmpty(); },
            30'000));
        press(Qt::Key_Return);
        QVERIFY(waitUntilClosed(QStringLiteral("fulfilDialog")));
        backToConsole();
        QVERIFY(sale.cart().isEmpty());
        const QString number = orderNumber(f.engine().terminalId(), order);

        // 4. F2: Orders. The order's number, Enter; Alt+R: refund; only the
        //    first ticket ticked; Enter; a supervisor approves with their PIN.
        press(Qt::Key_F2);
        QCOMPARE(window().currentScreen(), MainWindow::Screen::Orders);
        QVERIFY(
            ConsoleFixture::waitFor([&] { return focusName() == QStringLiteral("orderSearch"); }));
        type(number);
        press(Qt::Key_Return);
        auto *shown = child<QLabel>("orderNumber");
        QVERIFY(ConsoleFixture::waitFor(
            [&] { return shown->isVisible() && shown->text().contains(number); }));
        verifyInWindow({"orderNumber", "refundButton"});
        press(Qt::Key_R, Qt::AltModifier);
        QWidget *refund = waitForWindow(QStringLiteral("refundDialog"));
        QVERIFY(refund);
        QVERIFY(fitsScreen(refund));
        press(Qt::Key_O, Qt::AltModifier); // "Only the ticked lines"
        // A button's key clicks it as the mouse would, a moment later.
        QVERIFY(ConsoleFixture::waitFor([&] {
            return refund->findChild<QWidget *>(QStringLiteral("refundLines"))->isEnabled();
        }));
        press(Qt::Key_Tab); // to the lines
        QVERIFY2(focusLandsOn(QStringLiteral("refundLines")), qPrintable(focusName()));
        press(Qt::Key_Home);
        press(Qt::Key_Down);
        press(Qt::Key_Space); // the second line off
        press(Qt::Key_Down);
        press(Qt::Key_Space); // the third line off
        QVERIFY2(refund->findChild<QLabel *>(QStringLiteral("refundAmount"))
                     ->text()
                     .contains(QStringLiteral("380")),
                 qPrintable(refund->findChild<QLabel *>(QStringLiteral("refundAmount"))->text()));
        press(Qt::Key_Return);
        QWidget *approval = waitForWindow(QStringLiteral("approvalDialog"));
        QVERIFY(approval);
        QVERIFY(fitsScreen(approval));
        press(Qt::Key_A, Qt::AltModifier); // "Approved by"
        type(QStringLiteral("C"));         // Chen Jie (supervisor)
        QCOMPARE(approval->findChild<QComboBox *>(QStringLiteral("approverName"))
                     ->currentData()
                     .toString(),
                 QStringLiteral("supervisor"));
        press(Qt::Key_P, Qt::AltModifier);
        type(QStringLiteral("2222"));
        press(Qt::Key_Return);
        QVERIFY(ConsoleFixture::waitFor([&] {
            return scalar(QStringLiteral("SELECT COUNT(*) FROM refunds WHERE order_id = %1 AND "
                                         "approved_by = 'supervisor'")
                              .arg(order)) == 1;
        }));
        QCOMPARE(scalar(QStringLiteral("SELECT amount FROM refunds")), 38000);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM order_lines WHERE order_id = %1 AND "
                                       "state = 1")
                            .arg(order)),
                 1);
        QVERIFY(waitUntilClosed(QStringLiteral("approvalDialog")));
        backToConsole();
        QVERIFY(ConsoleFixture::waitFor([&] {
            return child<QLabel>("orderState")
                ->text()
                .contains(QStringLiteral("refunded"), Qt::CaseInsensitive);
        }));
        verifyInWindow({"orderNumber", "orderState"});

        // 5. F3: Check-in. The code under a ticket's QR, typed; Enter.
        TicketCode ticket;
        ticket.lineId = scalar(QStringLiteral("SELECT id FROM order_lines WHERE order_id = %1 AND "
                                              "state = 0 AND kind = 0 ORDER BY id LIMIT 1")
                                   .arg(order));
        ticket.secret = f.db().text(
            QStringLiteral("SELECT secret FROM order_lines WHERE id = %1").arg(ticket.lineId));
        QVERIFY(ticket.lineId > 0 && !ticket.secret.isEmpty());
        press(Qt::Key_F3);
        QCOMPARE(window().currentScreen(), MainWindow::Screen::CheckIn);
        QVERIFY(
            ConsoleFixture::waitFor([&] { return focusName() == QStringLiteral("checkinScan"); }));
        type(ticket.readable());
        press(Qt::Key_Return);
        QVERIFY(ConsoleFixture::waitFor([&] {
            return scalar(QStringLiteral("SELECT COUNT(*) FROM order_lines WHERE order_id = %1 "
                                         "AND redeemed_at IS NOT NULL")
                              .arg(order)) == 1;
        }));
        auto *headline = child<QLabel>("checkinHeadline");
        auto *ticketShown = child<QLabel>("checkinTicket");
        QVERIFY(ConsoleFixture::waitFor([&] { return !ticketShown->text().isEmpty(); }));
        QCOMPARE(headline->text(), QStringLiteral("VALID"));
        QVERIFY2(ticketShown->text().contains(QStringLiteral("Row")),
                 qPrintable(ticketShown->text()));
        verifyInWindow({"checkinScan", "checkinHeadline", "checkinTicket"});

        // 6. F4, Alt+L: the drawer, counted blind (what is expected stays
        //    hidden), note by note with Enter; Ctrl+Enter enters the count,
        //    Ctrl+Enter again closes the shift.
        const qint64 expected = 20000 + due - 38000;
        QSignalSpy zReports(window().shiftPage(), &ShiftPage::zReportWritten);
        press(Qt::Key_F4);
        QCOMPARE(window().currentScreen(), MainWindow::Screen::Shift);
        press(Qt::Key_L, Qt::AltModifier);
        auto *count = child<QWidget>("drawerCountPanel");
        QVERIFY(ConsoleFixture::waitFor([&] { return count->isVisible(); }));
        // Blind: what the drawer should hold is not shown until the count is in.
        auto *expectedShown = child<QLabel>("shiftCountExpected");
        QCOMPARE(expectedShown->text(), QStringLiteral("hidden until counted"));
        qint64 left = expected;
        for (const qint64 denomination : CashDenominations::forCurrency(QStringLiteral("CNY"))) {
            QVERIFY2(focusLandsOn(QStringLiteral("shiftCount_%1").arg(denomination)),
                     qPrintable(focusName()));
            if (left >= denomination) {
                type(QString::number(left / denomination));
                left %= denomination;
            }
            press(Qt::Key_Return);
        }
        QCOMPARE(left, 0);
        QVERIFY2(focusLandsOn(QStringLiteral("shiftCloseNote")), qPrintable(focusName()));
        verifyInWindow({"shiftConfirmClose"});
        press(Qt::Key_Return, Qt::ControlModifier);
        // The count is in: now what was expected shows, balanced.
        QVERIFY(ConsoleFixture::waitFor([&] {
            return child<QWidget>("shiftDifference")->property("overShort").toString() ==
                   QStringLiteral("balanced");
        }));
        QVERIFY2(expectedShown->text().contains(QString::number(expected / 100)),
                 qPrintable(expectedShown->text()));
        verifyInWindow({"shiftCountExpected", "shiftDifference", "shiftConfirmClose"});
        press(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(ConsoleFixture::waitFor([&] { return !zReports.isEmpty(); }, 30'000));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM shifts WHERE closed_at IS NULL")), 0);
        QCOMPARE(
            scalar(QStringLiteral("SELECT counted_total FROM shifts WHERE opened_by = 'lina'")),
            expected);
        // The Z-report went where the printouts go, beside the sale's tickets and receipt.
        QVERIFY(QFileInfo::exists(zReports.first().first().toString()));
        QVERIFY(zReports.first().first().toString().startsWith(prints.path()));
        QCOMPARE(window().size(), kCounter);
        m_f = nullptr;
    }
};

QTEST_MAIN(TestCounterWalk)
#include "testcounterwalk.moc"
