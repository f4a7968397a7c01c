// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolefixture.h"
#include "ordersscreen.h"

#include "orders/orderspage.h"
#include "seatmap/seatmapview.h"
#include "sell/cartmodel.h"
#include "sell/paymentdialog.h"
#include "sell/salecontroller.h"
#include "sell/sellpage.h"
#include "shell/shortcutsdialog.h"
#include "shift/shiftpage.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace tessera;
using namespace tessera::test;

namespace {

// Keys go where a person's keystrokes would: the focused widget.
void press(const QKeySequence &keys)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    // A window closed a moment ago: the console is what is left on screen.
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (!target && w->objectName() == QStringLiteral("mainWindow") && w->isVisible()) {
            QApplication::setActiveWindow(w);
            target = w;
        }
    }
    const QKeyCombination key = keys[0];
    QTest::keyClick(target, key.key(), key.keyboardModifiers());
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    press(QKeySequence(QKeyCombination(modifiers, key)));
}

// The visible top-level window of that name (given the keyboard), or nullptr.
QWidget *openWindow(const QString &name)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->objectName() == name && w->isVisible()) {
            if (!w->isActiveWindow()) {
                QApplication::setActiveWindow(w);
                if (!QTest::qWaitForWindowActive(w))
                    return nullptr;
            }
            return w;
        }
    }
    return nullptr;
}

QWidget *waitForWindow(const QString &name)
{
    QWidget *found = nullptr;
    ConsoleFixture::waitFor([&] { return (found = openWindow(name)) != nullptr; });
    return found;
}

bool waitUntilClosed(const QString &name)
{
    return ConsoleFixture::waitFor([&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == name && w->isVisible())
                return false;
        }
        return true;
    });
}

template<class T>
T *child(ConsoleFixture &f, const QString &name)
{
    return f.window().findChild<T *>(name);
}

void closeWindow(const QString &name)
{
    if (auto *dialog = qobject_cast<QDialog *>(openWindow(name)))
        dialog->reject();
    waitUntilClosed(name);
}

} // namespace

// Every key the F12 window lists does what it says, wherever the focus is,
// and the Sell screen's products and cart lines are reachable by keyboard.
class TestKeyboardShortcuts : public QObject
{
    Q_OBJECT

    static bool openSell(ConsoleFixture &f, const QString &user)
    {
        if (!f.signIn(user))
            return false;
        // The console is the active window (window-wide keys go to it), the
        // event is loaded and the map has the keyboard, as after sign-in.
        QApplication::setActiveWindow(&f.window());
        if (!QTest::qWaitForWindowActive(&f.window()))
            return false;
        return ConsoleFixture::waitFor([&] {
            return f.window().sellPage()->currentEvent() == f.db().ids().event &&
                   f.window().sellPage()->seatMap()->hasFocus();
        });
    }

    static QPushButton *firstStandingAdd(ConsoleFixture &f)
    {
        for (QPushButton *button : f.window().sellPage()->findChildren<QPushButton *>()) {
            if (button->objectName().startsWith(QStringLiteral("addStanding")))
                return button;
        }
        return nullptr;
    }

    static int standingInCart(const SaleController &sale)
    {
        int count = 0;
        for (qsizetype i = 0; i < sale.cart().size(); ++i)
            count += sale.cart().at(i).kind == CartItem::Kind::Standing ? 1 : 0;
        return count;
    }

    // The keys listed by F12 (its window's rows), in the order shown.
    static QStringList listedKeys()
    {
        press(Qt::Key_F12);
        auto *dialog =
            qobject_cast<ShortcutsDialog *>(waitForWindow(QStringLiteral("shortcutsDialog")));
        if (!dialog)
            return {};
        QStringList keys;
        for (int i = 0; i < dialog->list()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = dialog->list()->topLevelItem(i);
            if (!item->text(1).isEmpty())
                keys.push_back(item->text(0));
        }
        press(Qt::Key_Escape);
        waitUntilClosed(QStringLiteral("shortcutsDialog"));
        return keys;
    }

private slots:
    void f12ListsTheRegisteredKeysAndEachIsTestedHere()
    {
        ConsoleFixture f;
        QVERIFY(openSell(f, QStringLiteral("admin")));
        const QStringList keys = listedKeys();
        // Each listed key has its outcome checked in this file; a key added
        // to a screen without a test here fails this line.
        const QStringList tested = {
            QStringLiteral("F1"),     QStringLiteral("F2"),           QStringLiteral("F3"),
            QStringLiteral("F4"),     QStringLiteral("F5"),           QStringLiteral("F6"),
            QStringLiteral("Ctrl+L"), QStringLiteral("Ctrl+Shift+L"), QStringLiteral("Ctrl+R"),
            QStringLiteral("F12"),    QStringLiteral("Ctrl+Q"),       QStringLiteral("Ctrl+F"),
            QStringLiteral("Ctrl+B"), QStringLiteral("Ctrl+Return"),  QStringLiteral("Ctrl+G"),
            QStringLiteral("F7"),     QStringLiteral("F8"),           QStringLiteral("Ctrl+Del"),
            QStringLiteral("+"),      QStringLiteral("Return"),       QStringLiteral("Del"),
            QStringLiteral("1 … 9"),  QStringLiteral("F9"),           QStringLiteral("F10"),
            QStringLiteral("F11"),    QStringLiteral("Alt+R"),        QStringLiteral("Alt+X"),
            QStringLiteral("Alt+P"),  QStringLiteral("Alt+D"),        QStringLiteral("Esc"),
            QStringLiteral("Alt+I"),  QStringLiteral("Alt+O"),        QStringLiteral("Alt+L"),
            QStringLiteral("Alt+1")};
        QVERIFY2(!keys.isEmpty(), "F12 showed no keys");
        for (const QString &key : keys)
            QVERIFY2(tested.contains(key), qPrintable(key + QStringLiteral(" is not tested")));
        for (const QString &key : tested)
            QVERIFY2(keys.contains(key), qPrintable(key + QStringLiteral(" is not listed")));
    }

    void screenKeysWorkWhateverHasTheFocus()
    {
        ConsoleFixture f;
        QVERIFY(openSell(f, QStringLiteral("admin")));
        // From the event search field, the cart, a product's Add button.
        child<QLineEdit>(f, QStringLiteral("eventSearch"))->setFocus();
        press(Qt::Key_F2);
        QCOMPARE(f.window().currentScreen(), MainWindow::Screen::Orders);
        press(Qt::Key_F1);
        QCOMPARE(f.window().currentScreen(), MainWindow::Screen::Sell);
        child<QTableView>(f, QStringLiteral("cartTable"))->setFocus();
        press(Qt::Key_F3);
        QCOMPARE(f.window().currentScreen(), MainWindow::Screen::CheckIn);
        press(Qt::Key_F4);
        QCOMPARE(f.window().currentScreen(), MainWindow::Screen::Shift);
        press(Qt::Key_F5);
        QCOMPARE(f.window().currentScreen(), MainWindow::Screen::Manage);
        press(Qt::Key_F6);
        QCOMPARE(f.window().currentScreen(), MainWindow::Screen::Dashboard);
        press(Qt::Key_F1);
        firstStandingAdd(f)->setFocus();
        press(Qt::Key_F2);
        QCOMPARE(f.window().currentScreen(), MainWindow::Screen::Orders);

        // Ctrl+F is the search of the screen in front.
        press(Qt::Key_F1);
        f.window().sellPage()->seatMap()->setFocus();
        press(Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("eventSearch"));
        press(Qt::Key_F2);
        child<QTreeWidget>(f, QStringLiteral("orderResults"))->setFocus();
        press(Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("orderSearch"));

        // Ctrl+R opens the payments to reconcile; F12 the list of keys.
        press(Qt::Key_R, Qt::ControlModifier);
        QVERIFY(waitForWindow(QStringLiteral("reconcileDialog")));
        press(Qt::Key_Escape);
        QVERIFY(waitUntilClosed(QStringLiteral("reconcileDialog")));
        QApplication::setActiveWindow(&f.window());
        press(Qt::Key_F12);
        QVERIFY(waitForWindow(QStringLiteral("shortcutsDialog")));
        press(Qt::Key_Escape);
        QVERIFY(waitUntilClosed(QStringLiteral("shortcutsDialog")));
        QApplication::setActiveWindow(&f.window());

        // Ctrl+L locks; the PIN again goes on; Ctrl+Shift+L signs out.
        press(Qt::Key_L, Qt::ControlModifier);
        QVERIFY(f.window().isLocked());
        QVERIFY(f.context().user());
        QVERIFY(f.signIn(QStringLiteral("admin")));
        press(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(f.window().isLocked());
        QVERIFY(!f.context().user());
        QVERIFY(f.signIn(QStringLiteral("admin")));

        // Ctrl+Q closes the console.
        press(Qt::Key_Q, Qt::ControlModifier);
        QVERIFY(ConsoleFixture::waitFor([&] { return !f.window().isVisible(); }));
    }

    void f8PaysAfterTheStandingTicketsAddWasClicked()
    {
        ConsoleFixture f;
        QVERIFY(openSell(f, QStringLiteral("cashier")));
        SaleController &sale = f.window().sellPage()->sale();
        QPushButton *add = firstStandingAdd(f);
        QVERIFY(add);
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(ConsoleFixture::waitFor([&] { return standingInCart(sale) == 1; }));
        // The Add button keeps the keyboard (the panel was refreshed in place).
        QVERIFY(ConsoleFixture::waitFor([&] { return QApplication::focusWidget() == add; }));
        press(Qt::Key_F8);
        auto *payment =
            qobject_cast<PaymentDialog *>(waitForWindow(QStringLiteral("paymentDialog")));
        QVERIFY(payment);
        // F9…F11 pick the method in the payment window.
        press(Qt::Key_F10);
        QCOMPARE(payment->method(), PaymentDialog::Method::Card);
        press(Qt::Key_F11);
        QCOMPARE(payment->method(), PaymentDialog::Method::Qr);
        press(Qt::Key_F9);
        QCOMPARE(payment->method(), PaymentDialog::Method::Cash);
        // Esc: back to the cart, nothing paid.
        press(Qt::Key_Escape);
        QVERIFY(waitUntilClosed(QStringLiteral("paymentDialog")));
        QCOMPARE(standingInCart(sale), 1);
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM payments")), 0);
        // Enter with nothing typed: the exact amount, in cash.
        QApplication::setActiveWindow(&f.window());
        press(Qt::Key_F8);
        QWidget *again = waitForWindow(QStringLiteral("paymentDialog"));
        QVERIFY(again);
        // Alt+1: the first suggested amount, the exact one, into the cash field.
        auto *tendered = again->findChild<QLineEdit *>(QStringLiteral("cashTendered"));
        QVERIFY(tendered && tendered->text().isEmpty());
        press(Qt::Key_1, Qt::AltModifier);
        // A button's key clicks it as the mouse would, a moment later.
        QVERIFY(ConsoleFixture::waitFor([&] { return !tendered->text().isEmpty(); }));
        QCOMPARE(qRound64(tendered->text().toDouble() * 100), sale.due());
        tendered->clear();
        press(Qt::Key_Return);
        QVERIFY(ConsoleFixture::waitFor([&] {
            return f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM orders WHERE state = 1 AND "
                                                "paid = total")) == 1;
        }));
        QVERIFY(waitForWindow(QStringLiteral("fulfilDialog")));
        closeWindow(QStringLiteral("fulfilDialog"));
        // One Enter, one sale: the field's Enter and the default button do not both pay.
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM orders")), 1);
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM payments")), 1);
    }

    void shiftKeysWorkOnTheShiftScreen()
    {
        ConsoleFixture f;
        QVERIFY(openSell(f, QStringLiteral("admin")));
        QTemporaryDir reports;
        f.window().shiftPage()->setReportFolder(reports.path());
        QSignalSpy zReports(f.window().shiftPage(), &ShiftPage::zReportWritten);
        press(Qt::Key_F4);
        auto *amount = child<QLineEdit>(f, QStringLiteral("shiftFloat"));
        QVERIFY(ConsoleFixture::waitFor([&] { return amount->isVisible() && amount->hasFocus(); }));
        // An empty drawer, so the count below has no difference to approve.
        QTest::keyClicks(amount, QStringLiteral("0"));
        press(Qt::Key_Return);
        auto *expected = child<QLabel>(f, QStringLiteral("shiftExpected"));
        QVERIFY(ConsoleFixture::waitFor([&] { return expected->isVisible(); }));

        // Alt+I and Alt+O: the cash in and cash out windows; Alt+D: the day-end report.
        for (const Qt::Key key : {Qt::Key_I, Qt::Key_O}) {
            press(key, Qt::AltModifier);
            QVERIFY(waitForWindow(QStringLiteral("cashMovementDialog")));
            closeWindow(QStringLiteral("cashMovementDialog"));
            QApplication::setActiveWindow(&f.window());
            QVERIFY(QTest::qWaitForWindowActive(&f.window()));
        }
        press(Qt::Key_D, Qt::AltModifier);
        QVERIFY(waitForWindow(QStringLiteral("dayEndDialog")));
        closeWindow(QStringLiteral("dayEndDialog"));
        QApplication::setActiveWindow(&f.window());
        QVERIFY(QTest::qWaitForWindowActive(&f.window()));

        // Alt+L: the count sheet; Esc goes back; Ctrl+Enter confirms the count and closes.
        auto *count = f.window().findChild<QWidget *>(QStringLiteral("drawerCountPanel"));
        press(Qt::Key_L, Qt::AltModifier);
        QVERIFY(ConsoleFixture::waitFor([&] { return count->isVisible(); }));
        press(Qt::Key_Escape);
        QVERIFY(ConsoleFixture::waitFor([&] { return expected->isVisible(); }));
        press(Qt::Key_L, Qt::AltModifier);
        QVERIFY(ConsoleFixture::waitFor([&] { return count->isVisible(); }));
        // A blind count takes two: the count is entered, then the shift closes.
        for (int i = 0; i < 2 && zReports.isEmpty(); ++i) {
            press(Qt::Key_Return, Qt::ControlModifier);
            ConsoleFixture::waitFor([&] { return !zReports.isEmpty(); }, 3'000);
        }
        QVERIFY(ConsoleFixture::waitFor([&] { return !zReports.isEmpty(); }));
        QVERIFY(ConsoleFixture::waitFor([&] {
            return f.db().scalar(
                       QStringLiteral("SELECT COUNT(*) FROM shifts WHERE closed_at IS NULL")) == 0;
        }));

        // Alt+P: the closed shift's Z-report goes to the print dialog.
        auto *print = child<QPushButton>(f, QStringLiteral("shiftPrintButton"));
        QVERIFY(print);
        QVERIFY(ConsoleFixture::waitFor([&] { return print->isVisible(); }));
        bool printDialogShown = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, &poll, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (modal && modal->inherits("QPrintDialog")) {
                printDialogShown = true;
                qobject_cast<QDialog *>(modal)->reject();
            }
        });
        poll.start(50);
        press(Qt::Key_P, Qt::AltModifier);
        QVERIFY(ConsoleFixture::waitFor([&] { return printDialogShown; }));
    }

    void productsAreAddedByKeyboard()
    {
        ConsoleFixture f;
        QVERIFY(openSell(f, QStringLiteral("cashier")));
        SaleController &sale = f.window().sellPage()->sale();
        // Ctrl+G goes to the first product; + adds one; a digit then Enter adds that many.
        QPushButton *add = firstStandingAdd(f);
        // The sell screen gives the map the keyboard once the event is drawn;
        // Ctrl+G is pressed after that, as a cashier looking at the screen
        // would (pressed before, the map would take the focus back from the
        // product when it is drawn late on a busy machine).
        QVERIFY(ConsoleFixture::waitFor(
            [] {
                return QApplication::focusWidget() &&
                       QApplication::focusWidget()->objectName() == QLatin1String("seatMap");
            },
            20000));
        QVERIFY(add && add->isEnabled());
        press(Qt::Key_G, Qt::ControlModifier);
        if (!ConsoleFixture::waitFor([&] { return QApplication::focusWidget() == add; }, 3'000))
            press(Qt::Key_G, Qt::ControlModifier); // a key press lost on a busy machine
        QVERIFY2(ConsoleFixture::waitFor([&] { return QApplication::focusWidget() == add; }),
                 qPrintable(QStringLiteral("focus on %1, active window %2")
                                .arg(QApplication::focusWidget()
                                         ? QApplication::focusWidget()->objectName()
                                         : QStringLiteral("nothing"),
                                     QApplication::activeWindow()
                                         ? QApplication::activeWindow()->objectName()
                                         : QStringLiteral("none"))));
        press(Qt::Key_Plus);
        QVERIFY(ConsoleFixture::waitFor([&] { return standingInCart(sale) == 1; }));
        press(Qt::Key_3);
        press(Qt::Key_Return);
        QVERIFY(ConsoleFixture::waitFor([&] { return standingInCart(sale) == 4; }));
        QCOMPARE(QApplication::focusWidget(), add);
        // Tab reaches the card keys; Enter adds one.
        const qsizetype before = sale.cart().size();
        QPushButton *card = nullptr;
        for (QPushButton *b : f.window().sellPage()->findChildren<QPushButton *>()) {
            if (b->objectName().startsWith(QStringLiteral("addCard")))
                card = b;
        }
        QVERIFY(card);
        card->setFocus();
        press(Qt::Key_Return);
        QVERIFY(ConsoleFixture::waitFor([&] { return sale.cart().size() == before + 1; }));
    }

    void cartKeysChangeTypesRemoveLinesAndClearAfterAsking()
    {
        ConsoleFixture f;
        QVERIFY(openSell(f, QStringLiteral("cashier")));
        SellPage *page = f.window().sellPage();
        SaleController &sale = page->sale();
        // Ctrl+B, Ctrl+Enter: the best two seats into the cart, from the search field.
        child<QLineEdit>(f, QStringLiteral("eventSearch"))->setFocus();
        press(Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(page->seatMap()->selectedSeats().size(), 2);
        press(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(ConsoleFixture::waitFor([&] { return sale.cart().size() == 2; }));

        // F7 goes to the cart; 2 makes the line the second ticket type.
        press(Qt::Key_F7);
        auto *cart = child<QTableView>(f, QStringLiteral("cartTable"));
        QCOMPARE(QApplication::focusWidget(), cart);
        QCOMPARE(cart->currentIndex().row(), 0);
        const QStringList choices = cart->model()
                                        ->index(0, CartModel::TicketType)
                                        .data(CartModel::TypeChoicesRole)
                                        .toStringList();
        QVERIFY2(choices.size() >= 2, qPrintable(choices.join(QLatin1Char(','))));
        press(Qt::Key_2);
        QCOMPARE(sale.cart().at(0).ticketType, choices[1]);
        QCOMPARE(cart->currentIndex().row(), 0);
        press(Qt::Key_1);
        QCOMPARE(sale.cart().at(0).ticketType, choices[0]);
        // The tooltip names the number keys, not F2 (which opens Orders).
        const QString tip =
            cart->model()->index(0, CartModel::TicketType).data(Qt::ToolTipRole).toString();
        QVERIFY2(!tip.contains(QStringLiteral("F2")) && tip.contains(QStringLiteral("2 ")),
                 qPrintable(tip));

        // Delete removes the selected line.
        press(Qt::Key_Delete);
        QVERIFY(ConsoleFixture::waitFor([&] { return sale.cart().size() == 1; }));

        // Ctrl+Delete asks first: "Keep selling" keeps the cart…
        press(Qt::Key_Delete, Qt::ControlModifier);
        auto *confirm =
            qobject_cast<QMessageBox *>(waitForWindow(QStringLiteral("clearSaleConfirm")));
        QVERIFY(confirm);
        press(Qt::Key_Escape);
        QVERIFY(waitUntilClosed(QStringLiteral("clearSaleConfirm")));
        QCOMPARE(sale.cart().size(), 1);
        // …and "Clear the sale" (Enter) empties it and gives the seat back.
        QApplication::setActiveWindow(&f.window());
        page->seatMap()->setFocus();
        press(Qt::Key_Delete, Qt::ControlModifier);
        QVERIFY(waitForWindow(QStringLiteral("clearSaleConfirm")));
        press(Qt::Key_Return);
        QVERIFY(ConsoleFixture::waitFor([&] { return sale.cart().isEmpty(); }));
        QVERIFY(ConsoleFixture::waitFor([&] {
            return f.db().scalar(
                       QStringLiteral("SELECT COUNT(*) FROM event_seats WHERE state = 1")) == 0;
        }));
    }

    void orderKeysOpenTheirWindowsFromTheSearchField()
    {
        ConsoleFixture f;
        QVERIFY(openSell(f, QStringLiteral("cashier")));
        QTemporaryDir prints;
        f.window().ordersPage()->setPrintFolder(prints.path());
        const Sale sale = sellSeats(f, {QStringLiteral("S-A-1")});
        QVERIFY(findOrder(f, sale.number, sale.number));
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("orderSearch"));
        // Alt+R: the refund window; Alt+X: the exchange (a supervisor approves first).
        press(Qt::Key_R, Qt::AltModifier);
        QVERIFY(waitForWindow(QStringLiteral("refundDialog")));
        closeWindow(QStringLiteral("refundDialog"));
        press(Qt::Key_X, Qt::AltModifier);
        QVERIFY(waitForWindow(QStringLiteral("approvalDialog")));
        closeWindow(QStringLiteral("approvalDialog"));
        // Alt+P: a duplicate.
        QSignalSpy reprinted(f.window().ordersPage(), &OrdersPage::reprinted);
        press(Qt::Key_P, Qt::AltModifier);
        QVERIFY(ConsoleFixture::waitFor([&] { return reprinted.count() == 1; }, 30'000));
        // Alt+D: an unpaid order is cancelled, after asking (Alt+C is the Console menu).
        const QString unpaid = sellUnpaidSeat(f, QStringLiteral("S-B-1"));
        QApplication::setActiveWindow(&f.window());
        QVERIFY(QTest::qWaitForWindowActive(&f.window()));
        QVERIFY(findOrder(f, unpaid, unpaid));
        auto *cancel = f.window().findChild<QPushButton *>(QStringLiteral("cancelOrderButton"));
        QVERIFY(ConsoleFixture::waitFor([&] { return cancel->isEnabled(); }));
        press(Qt::Key_D, Qt::AltModifier);
        QVERIFY(ConsoleFixture::waitFor([&] {
            auto *confirm = f.window().findChild<QWidget *>(QStringLiteral("cancelOrderConfirm"));
            return confirm && confirm->isVisible();
        }));
    }
};

QTEST_MAIN(TestKeyboardShortcuts)
#include "testkeyboardshortcuts.moc"
