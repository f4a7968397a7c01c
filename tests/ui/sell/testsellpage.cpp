// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolefixture.h"
#include "pcelsewhere.h"
#include "pdftools.h"
#include "resultassert.h"

#include "api/commandfactory.h"
#include "console/moneyformat.h"
#include "console/venuetime.h"
#include "payments/reconciliationqueue.h"
#include "payments/sandboxqrprovider.h"
#include "seatmap/seatmapscene.h"
#include "seatmap/seatmapview.h"
#include "sell/eventlistmodel.h"
#include "sell/salecontroller.h"
#include "sell/sellpage.h"
#include "setup/cardproductcommands.h"
#include "shell/mainwindow.h"
#include "storage/sqlitedb.h"
#include "tickets/ticketbook.h"
#include "tickets/ticketverifier.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

// The dialog when it is open and has the keyboard, as a window manager would
// give it.
QDialog *openDialog(const QString &name)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->objectName() == name && w->isVisible()) {
            if (!w->isActiveWindow()) {
                QApplication::setActiveWindow(w);
                if (!QTest::qWaitForWindowActive(w))
                    return nullptr;
            }
            return qobject_cast<QDialog *>(w);
        }
    }
    return nullptr;
}

// Keys go where a person's keystrokes would: the focused widget.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    QTest::keyClick(target, key, modifiers);
}

void type(const QString &text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

} // namespace

class TestSellPage : public QObject
{
    Q_OBJECT

    // Signs in as the cashier and waits for the demo event's map.
    SellPage *openSell(ConsoleFixture &f)
    {
        if (!f.signIn(QStringLiteral("cashier")))
            return nullptr;
        SellPage *page = f.window().sellPage();
        if (!ConsoleFixture::waitFor([&] { return page->currentEvent() == f.db().ids().event; }))
            return nullptr;
        return page;
    }

    // The keys of the start of most sales: the best two seats into the cart
    // (held), then F8; the payment window, or nullptr if it never opened.
    static QDialog *payForTwoSeats(SellPage &page)
    {
        press(Qt::Key_B, Qt::ControlModifier);
        press(Qt::Key_Return);
        if (!ConsoleFixture::waitFor([&] { return page.sale().cart().size() == 2; }))
            return nullptr;
        press(Qt::Key_F8);
        QDialog *payment = nullptr;
        ConsoleFixture::waitFor(
            [&] { return (payment = openDialog(QStringLiteral("paymentDialog"))) != nullptr; });
        return payment;
    }

    // Two seats, then QR pay (F11, Enter) which the sandbox refuses; the
    // payment window once it says so, or nullptr.
    static QDialog *payForTwoSeatsByRefusedQr(SellPage &page)
    {
        QDialog *payment = payForTwoSeats(page);
        if (!payment)
            return nullptr;
        press(Qt::Key_F11);
        press(Qt::Key_Return);
        auto *status = payment->findChild<QLabel *>(QStringLiteral("paymentStatus"));
        if (!ConsoleFixture::waitFor(
                [&] { return status->text().contains(QStringLiteral("Not paid")); }))
            return nullptr;
        return payment;
    }

    static int heldOnMap(SellPage &page)
    {
        const SeatMapModel &model = page.seatMap()->seatMapScene()->model();
        int held = 0;
        for (qsizetype i = 0; i < model.seatCount(); ++i)
            held += model.seat(i).state == SeatState::Held ? 1 : 0;
        return held;
    }

    static SandboxQrConfig sandbox(double failureRate, double lostRate)
    {
        SandboxQrConfig config;
        config.minLatencyMs = 20;
        config.maxLatencyMs = 20;
        config.failureRate = failureRate;
        config.lostRate = lostRate;
        config.errorMix = {{PaymentError::InsufficientFunds, 1}};
        return config;
    }

private slots:
    // Settings go to a test location, not the user's.
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        putThePcInNewYork();
    }

private slots:
    void withAutomaticPrintingThePaidSalePrintsAtOnceWithTheChange()
    {
        ConsoleFixture f;
        SellPage *page = openSell(f);
        QVERIFY(page);
        // Settings ▸ Printouts ▸ print automatically after payment.
        auto *automatic =
            f.window().findChild<QAction *>(QStringLiteral("printAutomaticallyAction"));
        QVERIFY(automatic && automatic->isCheckable() && !automatic->isChecked());
        automatic->trigger();
        QVERIFY(page->printsAutomatically());
        QVERIFY(QSettings().value(QStringLiteral("printAutomatically")).toBool());
        QTemporaryDir prints;
        page->setPrintFolder(prints.path());
        QSignalSpy pdfs(page, &SellPage::pdfWritten);

        QVERIFY(page->seatMap()->hasFocus());
        press(Qt::Key_B, Qt::ControlModifier);
        press(Qt::Key_Return);
        QVERIFY(ConsoleFixture::waitFor([&] { return page->sale().cart().holds().size() == 1; }));
        press(Qt::Key_F8);
        QVERIFY(
            ConsoleFixture::waitFor([&] { return openDialog(QStringLiteral("paymentDialog")); }));
        type(QStringLiteral("800"));
        press(Qt::Key_Return);
        // Printed without Ctrl+P: the receipt shows what was handed over and the change.
        QVERIFY(ConsoleFixture::waitFor([&] { return pdfs.size() == 1; }, 30'000));
        const QString text = PdfTools().text(pdfs.first().first().toString()).simplified();
        for (const QString &expected : {QStringLiteral("Handed over"), QStringLiteral("800.00"),
                                        QStringLiteral("Change"), QStringLiteral("40.00")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(": ") + text));
        // Kept with the payment, for the books and a duplicate.
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT tendered FROM payments")), 80000);
        press(Qt::Key_Return);
        QVERIFY(
            ConsoleFixture::waitFor([&] { return !openDialog(QStringLiteral("fulfilDialog")); }));

        automatic->trigger();
        QVERIFY(!page->printsAutomatically());
        QVERIFY(!QSettings().value(QStringLiteral("printAutomatically")).toBool());
    }

    void heldLineCountsTheCartsItemsAndGoesWithTheCart()
    {
        ConsoleFixture f;
        SellPage *page = openSell(f);
        QVERIFY(page);
        auto *held = page->findChild<QLabel *>(QStringLiteral("cartHeld"));
        QVERIFY(held);
        QVERIFY(held->isHidden());
        press(Qt::Key_B, Qt::ControlModifier);
        press(Qt::Key_Return);
        QVERIFY(ConsoleFixture::waitFor([&] { return page->sale().cart().size() == 2; }));
        page->sale().addStanding(f.db().ids().standingQuota, 3, QStringLiteral("adult"));
        QVERIFY(ConsoleFixture::waitFor([&] { return page->sale().cart().size() == 5; }));
        // Two holds, five items: it counts the items.
        QCOMPARE(page->sale().cart().holds().size(), 2);
        QVERIFY2(held->text().contains(QStringLiteral("5 item")), qPrintable(held->text()));
        QVERIFY(held->isVisible());
        page->sale().clear();
        QVERIFY(page->sale().cart().isEmpty());
        QVERIFY(held->isHidden());

        // Another user signs in: the last one's messages are gone.
        press(Qt::Key_B, Qt::ControlModifier);
        press(Qt::Key_Return);
        QVERIFY(ConsoleFixture::waitFor([&] { return page->sale().cart().size() == 2; }));
        auto *notice = page->findChild<QLabel *>(QStringLiteral("cartNotice"));
        notice->setText(QStringLiteral("a message for the last cashier"));
        f.context().setUser(std::nullopt);
        QVERIFY(notice->text().isEmpty());
    }

    void cardCodesImportedElsewhereShowOnSellWhenItComesBack()
    {
        ConsoleFixture f(20);
        SellPage *page = openSell(f);
        QVERIFY(page);
        const auto cardLine = [page] {
            for (QLabel *label : page->findChildren<QLabel *>()) {
                if (label->text().contains(QStringLiteral(" left")) &&
                    label->text().contains(QStringLiteral("Gift card")))
                    return label->text();
            }
            return QString();
        };
        QVERIFY(ConsoleFixture::waitFor(
            [&] { return cardLine().endsWith(QStringLiteral("20 left")); }));
        // Another screen is in front while the codes come in.
        f.window().showScreen(MainWindow::Screen::Orders);
        QVERIFY(!page->isVisible());
        auto import = ImportCardCodesCommand::fromCsv(
            f.db().ids().cardProduct, QByteArray("code\nNEW-0001\nNEW-0002\nNEW-0003\n"));
        QVERIFY(import.ok());
        QSignalSpy changed(&f.context(), &ConsoleContext::changed);
        QVERIFY(
            f.context()
                .engine()
                .execute(std::move(*import), QStringLiteral("more-codes"), QStringLiteral("admin"))
                .result.ok());
        // The console hears of the change (journal polling) while Sell is hidden.
        QVERIFY(changed.wait(5000));
        f.window().showScreen(MainWindow::Screen::Sell);
        QVERIFY2(
            ConsoleFixture::waitFor([&] { return cardLine().endsWith(QStringLiteral("23 left")); }),
            qPrintable(cardLine()));
    }

    void aWholeCashSaleOfTwoSeatsByKeyboardPrintsTicketsThatVerify()
    {
        ConsoleFixture f;
        SellPage *page = openSell(f);
        QVERIFY(page);
        // The event list gives the show's time in its venue's Shanghai: 19:30.
        auto *events = page->findChild<EventListModel *>();
        QVERIFY(events && events->rowCount() > 0);
        const QString startsAt =
            events->data(events->index(0, EventListModel::StartsAt)).toString();
        QVERIFY2(startsAt.endsWith(QStringLiteral(" 19:30")), qPrintable(startsAt));
        QTemporaryDir prints;
        page->setPrintFolder(prints.path());
        QSignalSpy pdfs(page, &SellPage::pdfWritten);

        // The map has the focus: Ctrl+B picks the best two together, Enter adds them.
        QVERIFY(page->seatMap()->hasFocus());
        press(Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(page->seatMap()->selectedSeats().size(), 2);
        press(Qt::Key_Return);
        QVERIFY(ConsoleFixture::waitFor([&] {
            return page->sale().cart().size() == 2 && page->sale().cart().holds().size() == 1;
        }));
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM event_seats WHERE state = 1")),
                 2);
        // The map shows them as held within a moment.
        QVERIFY(ConsoleFixture::waitFor([&] { return heldOnMap(*page) == 2; }));
        QVERIFY(f.saveScreenshot(QStringLiteral("sell-en.png")));

        // F8 opens the payment; cash is the default; typed 800 → change 40.
        press(Qt::Key_F8);
        QDialog *payment = nullptr;
        QVERIFY(ConsoleFixture::waitFor(
            [&] { return (payment = openDialog(QStringLiteral("paymentDialog"))); }));
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("cashTendered"));
        type(QStringLiteral("800"));
        auto *change = payment->findChild<QLabel *>(QStringLiteral("cashChange"));
        QVERIFY2(change->text().contains(QStringLiteral("40.00")), qPrintable(change->text()));
        QVERIFY(ConsoleFixture::saveScreenshot(*payment, QStringLiteral("payment-cash-en.png")));
        press(Qt::Key_Return);

        QDialog *fulfil = nullptr;
        QVERIFY(ConsoleFixture::waitFor(
            [&] { return (fulfil = openDialog(QStringLiteral("fulfilDialog"))); }));
        auto *changeLabel = fulfil->findChild<QLabel *>(QStringLiteral("fulfilChange"));
        QVERIFY2(changeLabel->text().contains(QStringLiteral("40.00")),
                 qPrintable(changeLabel->text()));
        QVERIFY(ConsoleFixture::saveScreenshot(*fulfil, QStringLiteral("fulfil-en.png")));
        // Ctrl+P prints (here: a PDF in the print folder), Enter starts the next sale.
        press(Qt::Key_P, Qt::ControlModifier);
        QVERIFY(ConsoleFixture::waitFor([&] { return pdfs.size() == 1; }, 30'000));
        press(Qt::Key_Return);
        QVERIFY(
            ConsoleFixture::waitFor([&] { return !openDialog(QStringLiteral("fulfilDialog")); }));
        QVERIFY(page->sale().cart().isEmpty());

        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM orders WHERE state = 1")), 1);
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM event_seats WHERE state = 2")),
                 2);
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM event_seats WHERE state = 1")),
                 0);

        // The printed QR codes decode to ticket codes the gate accepts.
        const PdfTools tools;
        if (!tools.present())
            QFAIL("pdftoppm, pdftotext or zbarimg is missing (poppler-utils, zbar-tools)");
        const QString pdf = pdfs.first().first().toString();
        const QStringList pages = tools.pages(pdf, prints.filePath(QStringLiteral("page")));
        QCOMPARE(pages.size(), 3); // two tickets and the receipt
        SqliteDb reader = f.db().reader();
        auto setup = TicketBook(reader).gateSetup(f.db().ids().event,
                                                  f.db().engine().ticketKey().publicKey());
        TESSERA_VERIFY_OK(setup);
        const TicketVerifier verifier(*setup, f.db().clock());
        QSet<QString> codes;
        for (int i = 0; i < 2; ++i) {
            const QString code = tools.qrText(pages[i]);
            QVERIFY2(code.startsWith(QStringLiteral("TS1.")), qPrintable(code));
            const TicketVerdict verdict = verifier.verify(code);
            QVERIFY2(verdict.admits(), qPrintable(verdict.message));
            codes.insert(code);
        }
        QCOMPARE(codes.size(), 2);

        // Tickets and receipt: the show at 19:30 and the sale at 16:00, Shanghai
        // time, with the zone named; money in the console's one format.
        const QString text = tools.text(pdf);
        QVERIFY2(text.contains(QStringLiteral("19:30 UTC+8")), qPrintable(text));
        const VenueTime shanghai(QTimeZone(QByteArrayLiteral("Asia/Shanghai")), f.db().clock());
        QVERIFY2(text.contains(shanghai.dateTimeWithZone(shanghai.nowMs())), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("UTC-5")), qPrintable(text));
        // (pdftotext gives the no-break space after the code as a space.)
        const QString price =
            MoneyFormat::money(38000, QStringLiteral("CNY")).replace(QChar(0x00A0), u' ');
        QVERIFY2(text.contains(price), qPrintable(text));
    }

    void aCashSaleWithoutAShiftOpensOneWithItsFloatAndGoesOn()
    {
        ConsoleFixture f;
        // The box office's rule: cash needs an open shift (the fixture's is none).
        auto rule = CommandFactory::fromJson(
            QStringLiteral("set_shift_policy"),
            QJsonObject{{QStringLiteral("required_for"), QStringLiteral("cash")}});
        QVERIFY(rule);
        QVERIFY(f.engine()
                    .execute(CommandRequest(std::move(*rule), QStringLiteral("rule"),
                                            QStringLiteral("admin")))
                    .result.ok());
        SellPage *page = openSell(f);
        QVERIFY(page);
        QVERIFY(payForTwoSeats(*page));
        press(Qt::Key_Return); // cash, the amount due

        // No shift: the console offers one right there, with the float.
        QDialog *open = nullptr;
        QVERIFY(ConsoleFixture::waitFor(
            [&] { return (open = openDialog(QStringLiteral("openShiftDialog"))); }));
        QVERIFY(ConsoleFixture::saveScreenshot(*open, QStringLiteral("sell-open-shift-en.png")));
        auto *amount = open->findChild<QLineEdit *>(QStringLiteral("openShiftFloat"));
        amount->setFocus();
        QTest::keyClicks(amount, QStringLiteral("500"));
        QTest::keyClick(amount, Qt::Key_Return);

        // The shift opened and the sale went on.
        QVERIFY(ConsoleFixture::waitFor([] { return openDialog(QStringLiteral("fulfilDialog")); }));
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT float_amount FROM shifts "
                                              "WHERE closed_at IS NULL")),
                 50000);
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM orders WHERE state = 1")), 1);
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM payments WHERE method = "
                                              "'cash' AND state = 0")),
                 1);
        press(Qt::Key_Return);
        QVERIFY(
            ConsoleFixture::waitFor([&] { return !openDialog(QStringLiteral("fulfilDialog")); }));
    }

    void decliningToOpenAShiftTakesNoCash()
    {
        ConsoleFixture f;
        auto rule = CommandFactory::fromJson(
            QStringLiteral("set_shift_policy"),
            QJsonObject{{QStringLiteral("required_for"), QStringLiteral("cash")}});
        QVERIFY(rule);
        QVERIFY(f.engine()
                    .execute(CommandRequest(std::move(*rule), QStringLiteral("rule"),
                                            QStringLiteral("admin")))
                    .result.ok());
        SellPage *page = openSell(f);
        QVERIFY(page);
        QDialog *payment = payForTwoSeats(*page);
        QVERIFY(payment);
        press(Qt::Key_Return);
        QDialog *open = nullptr;
        QVERIFY(ConsoleFixture::waitFor(
            [&] { return (open = openDialog(QStringLiteral("openShiftDialog"))); }));
        open->reject();
        auto *status = payment->findChild<QLabel *>(QStringLiteral("paymentStatus"));
        QVERIFY(ConsoleFixture::waitFor(
            [&] { return status->text().contains(QStringLiteral("No shift is open")); }));
        QCOMPARE(page->sale().cart().size(), 2);
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM orders")), 0);
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM shifts")), 0);
    }

    void aRefusedQrPaymentKeepsTheCartForAnotherTry()
    {
        ConsoleFixture f;
        f.context().configureQrSandbox(sandbox(1.0, 0.0), 5'000);
        SellPage *page = openSell(f);
        QVERIFY(page);
        QDialog *payment = payForTwoSeatsByRefusedQr(*page);
        QVERIFY(payment);
        QVERIFY(ConsoleFixture::saveScreenshot(*payment, QStringLiteral("payment-failed-en.png")));

        // The cart is still there, now as an order waiting for payment; the
        // refusal is on record with its error code.
        QCOMPARE(page->sale().cart().size(), 2);
        QVERIFY(page->sale().pendingOrder() != 0);
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM orders WHERE state = 0")), 1);
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM payments WHERE state = 1 AND "
                                              "error_code = 'insufficient_funds'")),
                 1);
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM event_seats WHERE state = 2")),
                 2);

        // The customer pays cash instead: the same order is paid.
        press(Qt::Key_F9);
        press(Qt::Key_Return);
        QVERIFY(ConsoleFixture::waitFor(
            [&] { return openDialog(QStringLiteral("fulfilDialog")) != nullptr; }));
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM orders WHERE state = 1")), 1);
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM orders")), 1);
        press(Qt::Key_Return);
    }

    void anUnpaidOrderThatExpiresEmptiesTheCartWithANotice()
    {
        ConsoleFixture f;
        f.context().configureQrSandbox(sandbox(1.0, 0.0), 5'000);
        SellPage *page = openSell(f);
        QVERIFY(page);
        QDialog *payment = payForTwoSeatsByRefusedQr(*page);
        QVERIFY(payment);
        payment->reject();
        const qint64 order = page->sale().pendingOrder();
        QVERIFY(order != 0);

        // The customer walked away. Half an hour later the writer cancels the
        // order by itself; the screen hears of it without anyone touching it.
        f.db().clock().advance(31 * 60'000);
        QVERIFY(ConsoleFixture::waitFor([&] { return page->sale().pendingOrder() == 0; }));
        QCOMPARE(page->sale().cart().size(), 0);
        auto *notice = page->findChild<QLabel *>(QStringLiteral("cartNotice"));
        QVERIFY(notice);
        QVERIFY2(notice->text().contains(QStringLiteral("expired")), qPrintable(notice->text()));
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT state FROM orders WHERE id = %1").arg(order)),
                 2);
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM event_seats WHERE state = 2")),
                 0);
        // The map shows the two seats for sale again.
        QVERIFY(ConsoleFixture::waitFor([&] {
            const SeatMapModel &model = page->seatMap()->seatMapScene()->model();
            for (qsizetype i = 0; i < model.seatCount(); ++i) {
                if (model.seat(i).state != SeatState::Available &&
                    model.seat(i).state != SeatState::Blocked)
                    return false;
            }
            return true;
        }));
        QVERIFY(f.saveScreenshot(QStringLiteral("sell-order-expired-en.png")));
    }

    void anUnknownQrOutcomeIsRecordedForReconciliation()
    {
        ConsoleFixture f;
        f.context().configureQrSandbox(sandbox(0.0, 1.0), 5'000);
        SellPage *page = openSell(f);
        QVERIFY(page);
        QDialog *payment = payForTwoSeats(*page);
        QVERIFY(payment);
        press(Qt::Key_F11);
        press(Qt::Key_Return);
        auto *status = payment->findChild<QLabel *>(QStringLiteral("paymentStatus"));
        QVERIFY(ConsoleFixture::waitFor(
            [&] { return status->text().contains(QStringLiteral("reconcile")); }));
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM payments WHERE state = 2")), 1);
        QVERIFY(f.context().reconciliation().size() == 1);
        QVERIFY(page->sale().pendingOrder() != 0);
        payment->reject();
    }

    void cardTerminalPaymentNeedsAWellFormedApprovalCode()
    {
        ConsoleFixture f;
        SellPage *page = openSell(f);
        QVERIFY(page);
        QDialog *payment = payForTwoSeats(*page);
        QVERIFY(payment);
        press(Qt::Key_F10);
        type(QStringLiteral("!!"));
        press(Qt::Key_Return);
        type(QStringLiteral("4242"));
        press(Qt::Key_Return);
        auto *status = payment->findChild<QLabel *>(QStringLiteral("paymentStatus"));
        QVERIFY(ConsoleFixture::waitFor([&] { return !status->text().isEmpty(); }));
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM orders")), 0);
        auto *approval = payment->findChild<QLineEdit *>(QStringLiteral("cardApproval"));
        approval->setText(QStringLiteral("AUTH88121"));
        approval->setFocus();
        press(Qt::Key_Return);
        press(Qt::Key_Return);
        QVERIFY(ConsoleFixture::waitFor(
            [&] { return openDialog(QStringLiteral("fulfilDialog")) != nullptr; }));
        QCOMPARE(
            f.db().scalar(QStringLiteral(
                "SELECT COUNT(*) FROM payments WHERE method = 'card' AND card_last4 = '4242'")),
            1);
        press(Qt::Key_Return);
    }

    void screenshotsInChinese()
    {
        ScopedLanguage chinese(QStringLiteral("zh_CN"));
        ConsoleFixture f;
        SellPage *page = openSell(f);
        QVERIFY(page);
        press(Qt::Key_B, Qt::ControlModifier);
        press(Qt::Key_Return);
        QVERIFY(ConsoleFixture::waitFor([&] { return heldOnMap(*page) == 2; }));
        QVERIFY(f.saveScreenshot(QStringLiteral("sell-zh.png")));
        press(Qt::Key_F8);
        QDialog *payment = nullptr;
        QVERIFY(ConsoleFixture::waitFor(
            [&] { return (payment = openDialog(QStringLiteral("paymentDialog"))); }));
        type(QStringLiteral("800"));
        QVERIFY(ConsoleFixture::saveScreenshot(*payment, QStringLiteral("payment-cash-zh.png")));
        payment->reject();
    }
};

QTEST_MAIN(TestSellPage)
#include "testsellpage.moc"
