// SPDX-License-Identifier: GPL-3.0-or-later
// A cashier at an enrolled console scans a ticket another counter sold: the
// Orders screen offers "Refund through the server…", the dialog shows what
// the real tessera-server knows of it, a manager's PIN approves, and the
// price leaves this drawer. In English and Chinese, with screenshots.
#include "catalogpuller.h"
#include "consoleenrolment.h"
#include "consolefixture.h"
#include "engine/engine.h"
#include "journalshipper.h"
#include "ordersscreen.h"
#include "serverprocess.h"
#include "testpaths.h"
#include "tickets/ticketbook.h"

#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kExe = QStringLiteral(TESSERA_SERVER_EXE);

} // namespace

class TestRemoteRefundDialog : public QObject
{
    Q_OBJECT

private slots:
    void aTicketOfAnotherCounterIsRefundedFromOrders_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("shot");
        QTest::newRow("en") << QStringLiteral("en_US") << QStringLiteral("en");
        QTest::newRow("zh") << QStringLiteral("zh_CN") << QStringLiteral("zh");
    }

    void aTicketOfAnotherCounterIsRefundedFromOrders()
    {
        QFETCH(QString, locale);
        QFETCH(QString, shot);
        ScopedLanguage language(locale);
        QTemporaryDir tmp;
        const QString data = tmp.filePath(QStringLiteral("server"));
        QVERIFY(initServerWithStaff(kExe, data));
        const QString sellerCode = enrolmentCode(kExe, data, QStringLiteral("BOX-1"));
        const QString hereCode = enrolmentCode(kExe, data, QStringLiteral("BOX-2"));
        const QStringList seats = allocateSeats(kExe, data, QStringLiteral("BOX-1"), 2);
        QCOMPARE(seats.size(), 2);
        RunningServer server(kExe, data);
        QVERIFY(server.port() > 0);
        const QString address = QStringLiteral("127.0.0.1:%1").arg(server.port());

        // BOX-1 sells a seat and ships it.
        EngineFixture seller(false, 0, QDateTime::currentMSecsSinceEpoch());
        auto sellerLink = ConsoleEnrolment::enrol(address, sellerCode, 10000);
        QVERIFY(sellerLink.ok());
        QVERIFY(CatalogPuller(seller.path(), *sellerLink).pullOnce(seller.engine()).ok());
        const CommandOutcome sold = seller.runAs(
            QStringLiteral("cashier"), QStringLiteral("sell"),
            {{QStringLiteral("event"), 1},
             {QStringLiteral("lines"),
              QJsonArray{QJsonObject{{QStringLiteral("seat"), seats.first()},
                                     {QStringLiteral("ticket_type"), QStringLiteral("adult")}}}},
             {QStringLiteral("payments"),
              QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("card")},
                                     {QStringLiteral("amount"), 38000}}}}});
        QVERIFY2(sold.result.ok(),
                 qPrintable(sold.result ? QString() : sold.result.error().toString()));
        QVERIFY(JournalShipper(seller.path(), *sellerLink).shipOnce().ok());
        QString code;
        {
            SqliteDb db = seller.reader();
            auto codes =
                TicketBook(db).signedCodes(sold.result->value(QLatin1String("order")).toInteger(),
                                           seller.engine().ticketKey());
            QVERIFY(codes.ok() && !codes->isEmpty());
            code = codes->first().toObject().value(QLatin1String("code")).toString();
        }

        // This console: enrolled as BOX-2, a shift open with a float.
        ConsoleFixture f;
        auto hereLink = ConsoleEnrolment::enrol(address, hereCode, 10000);
        QVERIFY(hereLink.ok());
        QVERIFY(hereLink->save(f.engine()).ok());
        QVERIFY(f.db()
                    .runAs(QStringLiteral("cashier"), QStringLiteral("open_shift"),
                           {{QStringLiteral("float"), 100000}})
                    .result.ok());
        QVERIFY(f.signIn(QStringLiteral("cashier")));

        // The scan finds no order here, and the screen offers the server.
        QTest::keyClick(&f.window(), Qt::Key_F2);
        auto *search = find<QLineEdit>(f, "orderSearch");
        QVERIFY(ConsoleFixture::waitFor([search] { return search->hasFocus(); }));
        QTest::keyClicks(search, code);
        QTest::keyClick(search, Qt::Key_Return);
        auto *button = find<QPushButton>(f, "remoteRefundButton");
        QVERIFY(ConsoleFixture::waitFor([button] { return button->isVisible(); }));
        QVERIFY(button->hasFocus());
        QTest::keyClick(button, Qt::Key_Space);
        QDialog *dialog = waitForDialog(f, "remoteRefundDialog");
        QVERIFY(dialog);
        auto *summary = dialog->findChild<QLabel *>(QStringLiteral("remoteRefundSummary"));
        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("remoteRefundConfirm"));
        QVERIFY(ConsoleFixture::waitFor([confirm] { return confirm->isEnabled(); }, 15000));
        QVERIFY2(summary->text().contains(QLatin1String("BOX-1")) &&
                     summary->text().contains(seats.first()),
                 qPrintable(summary->text()));
        auto *approver = dialog->findChild<QLineEdit *>(QStringLiteral("remoteRefundApprover"));
        QCOMPARE(approver->text(), QStringLiteral("cashier"));
        approver->setText(QStringLiteral("manager"));
        QVERIFY(saveWithDialog(f, dialog, QStringLiteral("remote-refund-%1.png").arg(shot)));

        // A cashier's own PIN does not approve a refund; a manager's does.
        auto *pin = dialog->findChild<QLineEdit *>(QStringLiteral("remoteRefundPin"));
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("remoteRefundMessage"));
        QTest::keyClicks(pin, QStringLiteral("0000"));
        QTest::keyClick(pin, Qt::Key_Return);
        QVERIFY(ConsoleFixture::waitFor([confirm] { return confirm->isEnabled(); }, 15000));
        QVERIFY(!message->text().isEmpty());
        QCOMPARE(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM remote_refunds_paid")), 0);
        QTest::keyClicks(pin, QStringLiteral("3333"));
        QTest::keyClick(pin, Qt::Key_Return);
        QVERIFY(ConsoleFixture::waitFor(
            [&] {
                return f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM remote_refunds_paid")) ==
                       1;
            },
            15000));
        // The price shows before the refund too: wait for the locked form, which comes
        // with the answer, not for the figure.
        QVERIFY(ConsoleFixture::waitFor([approver] { return !approver->isEnabled(); }));
        QVERIFY(summary->text().contains(QLatin1String("380")));
        QVERIFY(!confirm->isEnabled());
        QCOMPARE(f.db().scalar(
                     QStringLiteral("SELECT SUM(amount) FROM cash_movements WHERE kind = 'out'")),
                 38000);
        QVERIFY(saveWithDialog(f, dialog, QStringLiteral("remote-refund-done-%1.png").arg(shot)));
        dialog->close();
        auto *info = find<QLabel>(f, "orderResultsInfo");
        QVERIFY(ConsoleFixture::waitFor(
            [info, &seats] { return info->text().contains(seats.first()); }));
        QVERIFY(!button->isVisible());
        // The drawer's cash-out moves the journal, and the screen searches
        // again whenever it moves: the answer stays, and the refund is not
        // offered a second time.
        const QString said = info->text();
        emit f.context().changed();
        const QString searching =
            QCoreApplication::translate("tessera::OrdersPage", "Searching\u2026");
        QCOMPARE(info->text(), searching);
        QVERIFY(ConsoleFixture::waitFor([info, &searching] { return info->text() != searching; }));
        QCOMPARE(info->text(), said);
        QVERIFY(!button->isVisible());
        QCOMPARE(server.stop(), 0);
    }
};

QTEST_MAIN(TestRemoteRefundDialog)
#include "testremoterefunddialog.moc"
