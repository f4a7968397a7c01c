// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolefixture.h"
#include "qrcounter.h"

#include "payments/reconciliationqueue.h"
#include "payments/reconciliationservice.h"

#include <QSignalSpy>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

qint64 scalar(ConsoleFixture &f, const QString &sql)
{
    return f.db().scalar(sql);
}

bool loadedWith(const ReconciliationService &service, int count)
{
    return service.isLoaded() && service.count() == count;
}

} // namespace

class TestReconciliationService : public QObject
{
    Q_OBJECT
private slots:
    void afterARestartAPaymentTheProviderTookCompletesItsOrder()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        QrCounter counter(f);
        counter.loseEveryAnswer();
        const QString key = QStringLiteral("T1-000001-qr-1");
        const qint64 order = counter.sellWithLostAnswer(QStringLiteral("S-A-1"), key);
        QCOMPARE(f.context().qrSandbox().approvedCharges(), 1); // the money moved
        QCOMPARE(counter.orderState(order), 0);
        QVERIFY(counter.ticketCodes(order).isEmpty());

        // A new service, as after a restart: the database is the list.
        ReconciliationService service(f.context());
        QSignalSpy counts(&service, &ReconciliationService::countChanged);
        service.start();
        QVERIFY(ConsoleFixture::waitFor([&] { return loadedWith(service, 1); }));
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts.first().first().toInt(), 1);
        const ReconciliationEntry entry = service.entries().first();
        QCOMPARE(entry.payment.orderId, order);
        QCOMPARE(entry.payment.reference, key);
        QCOMPARE(entry.payment.errorCode, QStringLiteral("network_error"));
        QCOMPARE(entry.status, ReconciliationEntry::Status::Unknown);
        QVERIFY(entry.canAskProvider);
        QVERIFY(f.context().reconciliation().contains(key));
        QVERIFY(service.retryScheduled());

        QSignalSpy settled(&service, &ReconciliationService::settled);
        service.checkNow();
        QVERIFY(ConsoleFixture::waitFor([&] { return counter.orderState(order) == 1; }));
        QVERIFY(ConsoleFixture::waitFor([&] { return settled.size() == 1; }));
        QCOMPARE(settled.first().at(0).toLongLong(), entry.payment.paymentId);
        QVERIFY(settled.first().at(1).toBool());
        QCOMPARE(service.count(), 0);
        QVERIFY(!service.retryScheduled());
        QCOMPARE(service.entries().size(), 1);
        QCOMPARE(service.entries().first().status, ReconciliationEntry::Status::Paid);
        QCOMPARE(counter.ticketCodes(order).size(), 1);
        QCOMPARE(scalar(f, QStringLiteral("SELECT COUNT(*) FROM payments WHERE order_id = %1 AND "
                                          "state = 0 AND provider_ref LIKE 'sbx-%'")
                               .arg(order)),
                 1);
        QCOMPARE(scalar(f, QStringLiteral("SELECT paid FROM orders WHERE id = %1").arg(order)),
                 38000);
        QVERIFY(!f.context().reconciliation().contains(key));
        // Charged once, whatever happened on the way.
        QCOMPARE(f.context().qrSandbox().chargeRequests(), 1);
    }

    void aChargeTheProviderNeverSawIsNotPaidAndTheOrderWaits()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        QrCounter counter(f);
        counter.loseEveryAnswer();
        // The till went down before the charge left it.
        const qint64 order = counter.pendingOrder(QStringLiteral("S-A-2"));
        const QString key = QStringLiteral("T1-000001-qr-1");
        counter.recordUnknown(order, key, QStringLiteral("timeout"));

        ReconciliationService service(f.context());
        service.start();
        QVERIFY(ConsoleFixture::waitFor([&] { return loadedWith(service, 1); }));
        service.checkNow();
        QVERIFY(ConsoleFixture::waitFor([&] { return service.count() == 0; }));
        QCOMPARE(service.entries().first().status, ReconciliationEntry::Status::NotPaid);
        QCOMPARE(scalar(f, QStringLiteral("SELECT COUNT(*) FROM payments WHERE order_id = %1 AND "
                                          "state = 1 AND error_code = 'not_charged'")
                               .arg(order)),
                 1);
        QCOMPARE(counter.orderState(order), 0);
        QCOMPARE(scalar(f, QStringLiteral("SELECT paid FROM orders WHERE id = %1").arg(order)), 0);
        QVERIFY(counter.ticketCodes(order).isEmpty());
        QCOMPARE(f.context().qrSandbox().chargeRequests(), 0);
    }

    void aPaymentRecordedUnknownLaterJoinsTheList()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        QrCounter counter(f);
        counter.loseEveryAnswer();
        ReconciliationService service(f.context());
        QSignalSpy counts(&service, &ReconciliationService::countChanged);
        service.start();
        QVERIFY(ConsoleFixture::waitFor([&] { return service.isLoaded(); }));
        QCOMPARE(service.count(), 0);
        QVERIFY(!service.retryScheduled());

        counter.sellWithLostAnswer(QStringLiteral("S-A-3"), QStringLiteral("T1-000001-qr-1"));
        QVERIFY(ConsoleFixture::waitFor([&] { return service.count() == 1; }));
        QCOMPARE(counts.last().first().toInt(), 1);
        QVERIFY(service.retryScheduled());
    }

    void twoServicesSettleAPaymentOnce()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        QrCounter counter(f);
        counter.loseEveryAnswer();
        const qint64 order =
            counter.sellWithLostAnswer(QStringLiteral("S-A-4"), QStringLiteral("T1-000001-qr-1"));
        ReconciliationService first(f.context());
        ReconciliationService second(f.context());
        first.start();
        second.start();
        QVERIFY(
            ConsoleFixture::waitFor([&] { return loadedWith(first, 1) && loadedWith(second, 1); }));
        first.checkNow();
        second.checkNow();
        QVERIFY(ConsoleFixture::waitFor([&] { return first.count() == 0 && second.count() == 0; }));
        QCOMPARE(counter.orderState(order), 1);
        QCOMPARE(scalar(f, QStringLiteral("SELECT paid FROM orders WHERE id = %1").arg(order)),
                 38000);
        QCOMPARE(scalar(f, QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = "
                                          "'settle_payment'")),
                 1);
    }

    void whileTheProviderIsDownThePaymentStaysUnknown()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        QrCounter counter(f);
        counter.loseEveryAnswer();
        const qint64 order =
            counter.sellWithLostAnswer(QStringLiteral("S-A-5"), QStringLiteral("T1-000001-qr-1"));
        ReconciliationService service(f.context());
        service.start();
        QVERIFY(ConsoleFixture::waitFor([&] { return loadedWith(service, 1); }));

        f.context().qrSandbox().setAvailable(false);
        QSignalSpy finished(&service, &ReconciliationService::checkFinished);
        service.checkNow();
        QVERIFY(ConsoleFixture::waitFor([&] { return finished.size() == 1; }));
        QCOMPARE(finished.first().at(0).toInt(), 0);
        QCOMPARE(finished.first().at(1).toInt(), 1);
        QCOMPARE(service.count(), 1);
        const ReconciliationEntry entry = service.entries().first();
        QCOMPARE(entry.checks, 1);
        QCOMPARE(entry.lastError, QStringLiteral("provider_unavailable"));
        QCOMPARE(counter.orderState(order), 0);
        QVERIFY(service.retryScheduled());

        f.context().qrSandbox().setAvailable(true);
        service.checkNow();
        QVERIFY(ConsoleFixture::waitFor([&] { return counter.orderState(order) == 1; }));
    }

    void aLateAnswerSettlesWithoutAsking()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        QrCounter counter(f);
        // The gateway gives up before the provider answers; the answer itself
        // is not lost, it is only late.
        SandboxQrConfig config;
        config.minLatencyMs = 400;
        config.maxLatencyMs = 400;
        f.context().configureQrSandbox(config, 20);
        ReconciliationService service(f.context());
        service.start();
        QVERIFY(ConsoleFixture::waitFor([&] { return service.isLoaded(); }));

        const qint64 order = counter.pendingOrder(QStringLiteral("S-A-6"));
        const QString key = QStringLiteral("T1-000001-qr-1");
        const PaymentResult answer = counter.charge(key);
        QCOMPARE(answer.state, PaymentOutcome::Unknown);
        QCOMPARE(answer.errorCode(), QStringLiteral("timeout"));
        counter.recordUnknown(order, key, answer.errorCode());
        QVERIFY(ConsoleFixture::waitFor([&] { return counter.orderState(order) == 1; }));
        QVERIFY(ConsoleFixture::waitFor([&] { return service.count() == 0; }));
        QCOMPARE(service.entries().first().status, ReconciliationEntry::Status::Paid);
    }

    void answersWaitForASignedInUser()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        QrCounter counter(f);
        counter.loseEveryAnswer();
        const qint64 order =
            counter.sellWithLostAnswer(QStringLiteral("S-A-7"), QStringLiteral("T1-000001-qr-1"));
        ReconciliationService service(f.context());
        service.start();
        QVERIFY(ConsoleFixture::waitFor([&] { return loadedWith(service, 1); }));

        // Signed out (a locked console keeps its user, and records as them).
        f.window().signOut();
        QVERIFY(!f.context().user());
        QSignalSpy finished(&service, &ReconciliationService::checkFinished);
        service.checkNow();
        QVERIFY(ConsoleFixture::waitFor([&] { return finished.size() == 1; }));
        // The provider said approved, but nobody is signed in to record it.
        QCOMPARE(service.count(), 1);
        QCOMPARE(counter.orderState(order), 0);

        QVERIFY(f.signIn(QStringLiteral("cashier")));
        QVERIFY(ConsoleFixture::waitFor([&] { return counter.orderState(order) == 1; }));
        QVERIFY(ConsoleFixture::waitFor([&] { return service.count() == 0; }));
    }
};

QTEST_MAIN(TestReconciliationService)
#include "testreconciliationservice.moc"
