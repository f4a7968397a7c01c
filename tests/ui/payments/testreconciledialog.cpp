// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolefixture.h"
#include "qrcounter.h"

#include "payments/reconciledialog.h"
#include "payments/reconciliationqueue.h"
#include "payments/reconciliationservice.h"

#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

// The reconciliation list of a console, as the Sell screen opens it.
struct ReconcileScreen
{
    explicit ReconcileScreen(ConsoleFixture &f)
        : service(f.context())
        , dialog(service, f.context(), &f.window())
    {
        service.start();
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            qWarning("the dialog was not exposed");
        table = dialog.findChild<QTableWidget *>(QStringLiteral("reconcileTable"));
        status = dialog.findChild<QLabel *>(QStringLiteral("reconcileStatus"));
        count = dialog.findChild<QLabel *>(QStringLiteral("reconcileCount"));
        manual = dialog.findChild<QGroupBox *>(QStringLiteral("reconcileManual"));
        reference = dialog.findChild<QLineEdit *>(QStringLiteral("reconcileReference"));
        markPaid = dialog.findChild<QPushButton *>(QStringLiteral("reconcileMarkPaid"));
        markNotPaid = dialog.findChild<QPushButton *>(QStringLiteral("reconcileMarkNotPaid"));
        checkNow = dialog.findChild<QPushButton *>(QStringLiteral("reconcileCheckNow"));
    }

    QString cell(int row, int column) const
    {
        const QTableWidgetItem *item = table->item(row, column);
        return item ? item->text() : QString();
    }

    ReconciliationService service;
    ReconcileDialog dialog;
    QTableWidget *table = nullptr;
    QLabel *status = nullptr;
    QLabel *count = nullptr;
    QGroupBox *manual = nullptr;
    QLineEdit *reference = nullptr;
    QPushButton *markPaid = nullptr;
    QPushButton *markNotPaid = nullptr;
    QPushButton *checkNow = nullptr;
};

// Clicks Yes in the confirmation the dialog opened.
bool confirm(QWidget &dialog)
{
    QMessageBox *box = nullptr;
    if (!ConsoleFixture::waitFor([&] {
            box = dialog.findChild<QMessageBox *>(QStringLiteral("reconcileConfirm"));
            return box && box->isVisible();
        }))
        return false;
    QAbstractButton *yes = box->button(QMessageBox::Yes);
    if (!yes)
        return false;
    QTest::mouseClick(yes, Qt::LeftButton);
    return true;
}

enum Column { Order = 0, Method = 2, Amount = 3, Why = 4, Checks = 5, Outcome = 6 };

} // namespace

class TestReconcileDialog : public QObject
{
    Q_OBJECT
private slots:
    void listsUnknownPaymentsAndCheckNowSettlesThem()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        QrCounter counter(f);
        counter.loseEveryAnswer();
        const qint64 order =
            counter.sellWithLostAnswer(QStringLiteral("S-B-1"), QStringLiteral("T1-000001-qr-1"));
        ReconcileScreen screen(f);
        QVERIFY(ConsoleFixture::waitFor([&] { return screen.table->rowCount() == 1; }));
        QCOMPARE(screen.cell(0, Order),
                 QStringLiteral("T1-%1").arg(order, 6, 10, QLatin1Char('0')));
        QCOMPARE(screen.cell(0, Method), QStringLiteral("QR pay"));
        QVERIFY2(screen.cell(0, Amount).contains(QStringLiteral("CNY")),
                 qPrintable(screen.cell(0, Amount)));
        QCOMPARE(screen.cell(0, Why), QStringLiteral("Answer lost (network)"));
        QCOMPARE(screen.cell(0, Checks), QStringLiteral("0"));
        QVERIFY2(screen.count->text().contains(QLatin1Char('1')), qPrintable(screen.count->text()));
        // A cashier asks the provider but does not settle by hand.
        QVERIFY(!screen.manual->isVisible());
        QVERIFY(screen.checkNow->isEnabled());

        QTest::mouseClick(screen.checkNow, Qt::LeftButton);
        QVERIFY(ConsoleFixture::waitFor([&] { return counter.orderState(order) == 1; }));
        QVERIFY(ConsoleFixture::waitFor(
            [&] { return screen.cell(0, Outcome).startsWith(QStringLiteral("Paid")); }));
        QCOMPARE(screen.count->text(), QStringLiteral("Nothing to reconcile."));
        QVERIFY(!screen.checkNow->isEnabled());
        QVERIFY(!screen.markPaid->isEnabled());
    }

    void screenshotWithEntries()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("supervisor")));
        QrCounter counter(f);
        counter.loseEveryAnswer();
        counter.sellWithLostAnswer(QStringLiteral("S-C-4"), QStringLiteral("T1-000001-qr-1"));
        f.db().clock().advance(95'000);
        const qint64 second = counter.pendingOrder(QStringLiteral("S-C-5"));
        counter.recordUnknown(second, QStringLiteral("T1-000002-qr-1"), QStringLiteral("timeout"));
        ReconcileScreen screen(f);
        QVERIFY(ConsoleFixture::waitFor([&] { return screen.table->rowCount() == 2; }));
        f.context().qrSandbox().setAvailable(false);
        QTest::mouseClick(screen.checkNow, Qt::LeftButton);
        QVERIFY(
            ConsoleFixture::waitFor([&] { return screen.cell(0, Checks) == QLatin1String("1"); }));
        QVERIFY(screen.manual->isVisible());
        screen.table->selectRow(1);
        QTest::keyClicks(screen.reference, QStringLiteral("4200001234202611220001"));
        QVERIFY(ConsoleFixture::saveScreenshot(screen.dialog, QStringLiteral("reconcile-en.png")));
    }

    void supervisorMarksAPaymentPaidWithTheProvidersReference()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("supervisor")));
        QrCounter counter(f);
        counter.loseEveryAnswer();
        const qint64 order = counter.pendingOrder(QStringLiteral("S-B-2"));
        counter.recordUnknown(order, QStringLiteral("T1-000001-qr-1"), QStringLiteral("timeout"));
        ReconcileScreen screen(f);
        QVERIFY(ConsoleFixture::waitFor([&] { return screen.table->rowCount() == 1; }));
        QVERIFY(screen.manual->isVisible());
        QVERIFY(screen.markPaid->isEnabled());

        // Without the provider's reference nothing happens.
        QTest::mouseClick(screen.markPaid, Qt::LeftButton);
        QVERIFY(!screen.dialog.findChild<QMessageBox *>(QStringLiteral("reconcileConfirm")));
        QVERIFY2(screen.status->text().contains(QStringLiteral("reference")),
                 qPrintable(screen.status->text()));

        QTest::keyClicks(screen.reference, QStringLiteral("WX-PORTAL-77"));
        QTest::mouseClick(screen.markPaid, Qt::LeftButton);
        QVERIFY(confirm(screen.dialog));
        QVERIFY(ConsoleFixture::waitFor([&] { return counter.orderState(order) == 1; }));
        QCOMPARE(counter.ticketCodes(order).size(), 1);
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM payments WHERE order_id = %1 "
                                              "AND state = 0 AND provider_ref = 'WX-PORTAL-77'")
                                   .arg(order)),
                 1);
        // Who decided is on record.
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                              "'payment_settlement' AND actor = 'supervisor'")),
                 1);
        QVERIFY(ConsoleFixture::waitFor(
            [&] { return screen.cell(0, Outcome).startsWith(QStringLiteral("Paid")); }));
        // The queue no longer asks the provider about it.
        QVERIFY(!f.context().reconciliation().contains(QStringLiteral("T1-000001-qr-1")));
    }

    void supervisorMarksAPaymentNotPaid()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("supervisor")));
        QrCounter counter(f);
        counter.loseEveryAnswer();
        const qint64 order =
            counter.sellWithLostAnswer(QStringLiteral("S-B-3"), QStringLiteral("T1-000001-qr-1"));
        ReconcileScreen screen(f);
        QVERIFY(ConsoleFixture::waitFor([&] { return screen.table->rowCount() == 1; }));
        QTest::mouseClick(screen.markNotPaid, Qt::LeftButton);
        QVERIFY(confirm(screen.dialog));
        QVERIFY(ConsoleFixture::waitFor([&] { return screen.service.count() == 0; }));
        QCOMPARE(counter.orderState(order), 0);
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM payments WHERE order_id = %1 "
                                              "AND state = 1 AND error_code = 'not_charged'")
                                   .arg(order)),
                 1);
        QVERIFY(screen.cell(0, Outcome).startsWith(QStringLiteral("Not paid")));
    }

    void cashierCannotSettleByHand()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        QrCounter counter(f);
        counter.loseEveryAnswer();
        const qint64 order =
            counter.sellWithLostAnswer(QStringLiteral("S-B-4"), QStringLiteral("T1-000001-qr-1"));
        ReconcileScreen screen(f);
        QVERIFY(ConsoleFixture::waitFor([&] { return screen.table->rowCount() == 1; }));
        QVERIFY(!screen.manual->isVisible());
        QVERIFY(
            screen.dialog.findChild<QLabel *>(QStringLiteral("reconcileManualHint"))->isVisible());
        const qint64 payment = screen.service.entries().first().payment.paymentId;
        QVERIFY(!screen.service.markPaid(payment, QStringLiteral("WX-1")));
        QCOMPARE(counter.orderState(order), 0);
    }

    void chineseLayoutHoldsTogether()
    {
        ScopedLanguage chinese(QStringLiteral("zh_CN"));
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("supervisor")));
        QrCounter counter(f);
        counter.loseEveryAnswer();
        counter.sellWithLostAnswer(QStringLiteral("S-C-6"), QStringLiteral("T1-000001-qr-1"));
        ReconcileScreen screen(f);
        QVERIFY(ConsoleFixture::waitFor([&] { return screen.table->rowCount() == 1; }));
        QVERIFY(ConsoleFixture::saveScreenshot(screen.dialog, QStringLiteral("reconcile-zh.png")));
    }
};

QTEST_MAIN(TestReconcileDialog)
#include "testreconciledialog.moc"
