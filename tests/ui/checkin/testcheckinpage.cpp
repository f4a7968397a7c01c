// SPDX-License-Identifier: GPL-3.0-or-later
#include "consolefixture.h"
#include "pcelsewhere.h"
#include "resultassert.h"
#include "sales/ticketcode.h"

#include "api/commandfactory.h"
#include "checkin/checkinpage.h"
#include "checkin/gatecheck.h"
#include "checkin/verdictpanel.h"
#include "console/venuetime.h"
#include "query/orderqueries.h"
#include "tickets/ticketbook.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace tessera;
using namespace tessera::test;

namespace {

// Runs a command as a member of the demo staff, as another till would.
CommandOutcome run(ConsoleFixture &f, const QString &kind, const QJsonObject &json,
                   const QString &actor)
{
    static int keys = 0;
    auto command = CommandFactory::fromJson(kind, json);
    if (!command)
        return CommandOutcome{CommandAnswer(command.error())};
    return f.engine().execute(std::move(*command), QStringLiteral("checkin-test-%1").arg(++keys),
                              actor);
}

// Two seats sold and paid in cash, with the signed codes printed on the
// tickets and the short codes from the sale's answer.
struct Sale
{
    qint64 order = 0;
    QList<qint64> lines;
    QStringList signedCodes;
    QStringList shortCodes;
};

Sale sellTwoSeats(ConsoleFixture &f, const QString &first, const QString &second)
{
    const QJsonArray lines{QJsonObject{{QStringLiteral("seat"), first}},
                           QJsonObject{{QStringLiteral("seat"), second},
                                       {QStringLiteral("ticket_type"), QStringLiteral("child")}}};
    Sale sale;
    EngineFixture &db = f.db();
    const QJsonObject request{{QStringLiteral("event"), db.ids().event},
                              {QStringLiteral("lines"), lines}};
    auto sold = run(f, QStringLiteral("sell"), request, QStringLiteral("cashier"));
    if (!sold.result.ok()) {
        qWarning("sell: %s", qPrintable(sold.result.error().toString()));
        return sale;
    }
    const qint64 order = sold.result.value()[QStringLiteral("order")].toInteger();
    SqliteDb reader = db.reader();
    auto pending = OrderQueries(reader, db.engine().terminalId()).order(order);
    if (!pending)
        return sale;
    const QJsonObject cash{{QStringLiteral("method"), QStringLiteral("cash")},
                           {QStringLiteral("amount"), (*pending)[QStringLiteral("total")]}};
    auto paid =
        run(f, QStringLiteral("add_payment"),
            QJsonObject{{QStringLiteral("order"), order}, {QStringLiteral("payment"), cash}},
            QStringLiteral("cashier"));
    if (!paid.result.ok()) {
        qWarning("add_payment: %s", qPrintable(paid.result.error().toString()));
        return sale;
    }
    // Codes are issued once the order is paid.
    for (const QJsonValue &t : paid.result.value()[QStringLiteral("tickets")].toArray()) {
        sale.lines.push_back(t[QStringLiteral("line")].toInteger());
        sale.shortCodes.push_back(t[QStringLiteral("code")].toString());
    }
    auto codes = TicketBook(reader).signedCodes(order, db.engine().ticketKey());
    if (!codes)
        return sale;
    for (const QJsonValue &c : *codes)
        sale.signedCodes.push_back(c[QStringLiteral("code")].toString());
    sale.order = order;
    return sale;
}

// The signed code with one character of its signature changed.
QString tampered(const QString &code)
{
    QString out = code;
    const qsizetype at = out.size() - 12;
    out[at] = out[at] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    return out;
}

// The check-in screen of a signed-in console, brought up with F3.
struct Gate
{
    CheckInPage *page = nullptr;
    QLineEdit *scan = nullptr;
    VerdictPanel *panel = nullptr;
    QLabel *tally = nullptr;
    QTreeWidget *history = nullptr;

    QString kind() const { return panel->kind(); }
    QString text() const { return panel->text(); }
};

Gate openGate(ConsoleFixture &f)
{
    QTest::keyClick(&f.window(), Qt::Key_F3);
    Gate gate;
    gate.page = f.window().findChild<CheckInPage *>();
    gate.scan = f.window().findChild<QLineEdit *>(QStringLiteral("checkinScan"));
    gate.panel = f.window().findChild<VerdictPanel *>(QStringLiteral("checkinResult"));
    gate.tally = f.window().findChild<QLabel *>(QStringLiteral("checkinTally"));
    gate.history = f.window().findChild<QTreeWidget *>(QStringLiteral("checkinHistory"));
    return gate;
}

// Types a code into the scan field as a keyboard-wedge scanner does and
// waits for its verdict.
bool scan(const Gate &gate, const QString &code)
{
    QSignalSpy checked(gate.page, &CheckInPage::scanChecked);
    QTest::keyClicks(gate.scan, code);
    QTest::keyClick(gate.scan, Qt::Key_Return);
    return ConsoleFixture::waitFor([&checked] { return checked.count() == 1; });
}

bool redeemedAt(EngineFixture &db, qint64 line, const QString &gate)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM order_lines WHERE id = %1 AND "
                                    "redeemed_at IS NOT NULL AND redeemed_gate = '%2'")
                         .arg(line)
                         .arg(gate)) == 1;
}

bool redeemed(EngineFixture &db, qint64 line)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM order_lines WHERE id = %1 AND "
                                    "redeemed_at IS NOT NULL")
                         .arg(line)) == 1;
}

} // namespace

class TestCheckInPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        putThePcInNewYork();
    }
    void init() { QSettings().remove(QStringLiteral("checkin")); }

    void validTicketIsLetInOnceAndTheSecondScanNamesWhenAndWhere()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        const Sale sale = sellTwoSeats(f, QStringLiteral("S-A-1"), QStringLiteral("S-A-2"));
        QVERIFY(sale.order > 0);
        QCOMPARE(sale.signedCodes.size(), 2);
        const Gate gate = openGate(f);
        QCOMPARE(f.window().currentScreen(), MainWindow::Screen::CheckIn);
        QVERIFY(gate.scan && gate.panel && gate.tally && gate.history);
        QVERIFY(gate.scan->hasFocus());
        QCOMPARE(gate.kind(), QStringLiteral("ready"));
        QCOMPARE(gate.page->gate(), QStringLiteral("Counter"));

        // The gate is named North-1; Enter goes back to the scan field.
        auto *gateName = f.window().findChild<QLineEdit *>(QStringLiteral("checkinGate"));
        gateName->setFocus();
        gateName->selectAll();
        QTest::keyClicks(gateName, QStringLiteral("North-1"));
        QTest::keyClick(gateName, Qt::Key_Return);
        QVERIFY(gate.scan->hasFocus());
        QCOMPARE(QSettings().value(QStringLiteral("checkin/gate")).toString(),
                 QStringLiteral("North-1"));

        QVERIFY(scan(gate, sale.signedCodes[0]));
        QCOMPARE(gate.kind(), QStringLiteral("valid"));
        const QString valid = gate.text();
        QVERIFY2(valid.contains(QStringLiteral("VALID")), qPrintable(valid));
        QVERIFY2(valid.contains(QStringLiteral("Let in")), qPrintable(valid));
        QVERIFY2(valid.contains(QStringLiteral("Seat 1")), qPrintable(valid));
        QVERIFY2(valid.contains(QStringLiteral("Adult")), qPrintable(valid));
        QVERIFY2(valid.contains(QStringLiteral("The Nutcracker")), qPrintable(valid));
        // The show is at 19:30 in Shanghai, whatever the PC's zone, and says so.
        QVERIFY2(valid.contains(QStringLiteral("19:30 UTC+8")), qPrintable(valid));
        // Scanned now: 16:00 in Shanghai (03:00 in New York).
        const VenueTime shanghai(QTimeZone(QByteArrayLiteral("Asia/Shanghai")), f.db().clock());
        QVERIFY2(valid.contains(shanghai.timeWithSeconds(shanghai.nowMs())), qPrintable(valid));
        QCOMPARE(gate.history->topLevelItem(0)->text(0),
                 shanghai.timeWithSeconds(shanghai.nowMs()));
        QVERIFY(redeemedAt(f.db(), sale.lines[0], QStringLiteral("North-1")));
        QCOMPARE(gate.page->lastSound(), FeedbackSounds::Sound::Admit);
        QVERIFY(gate.scan->text().isEmpty());
        QVERIFY(gate.scan->hasFocus());
        QVERIFY(f.saveScreenshot(QStringLiteral("checkin-valid-en.png")));

        // The same ticket again, from another gate.
        gateName->setText(QStringLiteral("South-2"));
        QVERIFY(scan(gate, sale.signedCodes[0]));
        QCOMPARE(gate.kind(), QStringLiteral("already_used"));
        const QString used = gate.text();
        QVERIFY2(used.contains(QStringLiteral("ALREADY USED")), qPrintable(used));
        QVERIFY2(used.contains(QStringLiteral("North-1")), qPrintable(used));
        QVERIFY2(used.contains(QStringLiteral("today at")), qPrintable(used));
        QVERIFY2(used.contains(QStringLiteral("Do not let in")), qPrintable(used));
        QCOMPARE(gate.page->lastSound(), FeedbackSounds::Sound::Refuse);
        QVERIFY(redeemedAt(f.db(), sale.lines[0], QStringLiteral("North-1")));
        QCOMPARE(gate.tally->text(), QStringLiteral("Admitted today: 1 · Refused: 1"));
        QCOMPARE(gate.history->topLevelItemCount(), 2);
        QVERIFY(gate.history->topLevelItem(0)->text(2).contains(QStringLiteral("ALREADY USED")));
        QVERIFY(gate.history->topLevelItem(1)->text(2).contains(QStringLiteral("VALID")));
        QVERIFY(gate.scan->hasFocus());
        QVERIFY(f.saveScreenshot(QStringLiteral("checkin-used-en.png")));
    }

    void anEntryMadeElsewhereIsRefusedByTheEngine()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        const Sale sale = sellTwoSeats(f, QStringLiteral("S-B-1"), QStringLiteral("S-B-2"));
        QVERIFY(sale.order > 0);
        const Gate gate = openGate(f);
        // Another gate lets the ticket in behind this console's back.
        TESSERA_VERIFY_OK(run(f, QStringLiteral("redeem"),
                              QJsonObject{{QStringLiteral("code"), sale.shortCodes[1]},
                                          {QStringLiteral("gate"), QStringLiteral("East")}},
                              QStringLiteral("cashier"))
                              .result);
        QVERIFY(scan(gate, sale.signedCodes[1]));
        QCOMPARE(gate.kind(), QStringLiteral("already_used"));
        QVERIFY2(gate.text().contains(QStringLiteral("East")), qPrintable(gate.text()));
    }

    void aChangedCharacterIsForgedAndNothingIsRecorded()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        const Sale sale = sellTwoSeats(f, QStringLiteral("S-A-3"), QStringLiteral("S-A-4"));
        QVERIFY(sale.order > 0);
        const Gate gate = openGate(f);
        QVERIFY(scan(gate, tampered(sale.signedCodes[0])));
        QCOMPARE(gate.kind(), QStringLiteral("forged"));
        QVERIFY2(gate.text().contains(QStringLiteral("FORGED")), qPrintable(gate.text()));
        QCOMPARE(gate.page->lastSound(), FeedbackSounds::Sound::Alarm);
        QVERIFY(!redeemed(f.db(), sale.lines[0]));

        QVERIFY(scan(gate, QStringLiteral("hello world")));
        QCOMPARE(gate.kind(), QStringLiteral("not_a_ticket"));
        QCOMPARE(gate.tally->text(), QStringLiteral("Admitted today: 0 · Refused: 2"));
    }

    void aRefundedTicketIsRevoked()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        const Sale sale = sellTwoSeats(f, QStringLiteral("S-A-5"), QStringLiteral("S-A-6"));
        QVERIFY(sale.order > 0);
        const Gate gate = openGate(f);
        // Refunded at another till: this gate's snapshot has not heard of it,
        // and the engine turns the ticket away.
        TESSERA_VERIFY_OK(
            run(f, QStringLiteral("refund"),
                QJsonObject{{QStringLiteral("order"), sale.order},
                            {QStringLiteral("reason"), QStringLiteral("Child is ill")},
                            {QStringLiteral("lines"), QJsonArray{sale.lines[1]}}},
                QStringLiteral("supervisor"))
                .result);
        QVERIFY(scan(gate, sale.signedCodes[1]));
        QCOMPARE(gate.kind(), QStringLiteral("revoked"));
        QVERIFY2(gate.text().contains(QStringLiteral("REFUNDED")), qPrintable(gate.text()));
        QCOMPARE(gate.page->lastSound(), FeedbackSounds::Sound::Refuse);
        QVERIFY(!redeemed(f.db(), sale.lines[1]));

        // Scanned again after the screen was refreshed: still refused.
        QTest::keyClick(&f.window(), Qt::Key_F3);
        QVERIFY(scan(gate, sale.signedCodes[1]));
        QCOMPARE(gate.kind(), QStringLiteral("revoked"));
        // The other ticket of the order still gets in.
        QVERIFY(scan(gate, sale.signedCodes[0]));
        QCOMPARE(gate.kind(), QStringLiteral("valid"));
    }

    void refusalsNeedNoEngineButAdmissionsDo()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        const Sale sale = sellTwoSeats(f, QStringLiteral("S-D-1"), QStringLiteral("S-D-2"));
        const Sale other = sellTwoSeats(f, QStringLiteral("S-D-3"), QStringLiteral("S-D-4"));
        QVERIFY(sale.order > 0 && other.order > 0);
        TESSERA_VERIFY_OK(run(f, QStringLiteral("redeem"),
                              QJsonObject{{QStringLiteral("code"), sale.signedCodes[0]},
                                          {QStringLiteral("gate"), QStringLiteral("East")}},
                              QStringLiteral("cashier"))
                              .result);
        TESSERA_VERIFY_OK(run(f, QStringLiteral("refund"),
                              QJsonObject{{QStringLiteral("order"), sale.order},
                                          {QStringLiteral("reason"), QStringLiteral("Moved away")},
                                          {QStringLiteral("lines"), QJsonArray{sale.lines[1]}}},
                              QStringLiteral("supervisor"))
                              .result);
        auto *check = f.window().findChild<GateCheck *>();
        QVERIFY(check);
        QSignalSpy loaded(check, &GateCheck::snapshotLoaded);
        const Gate gate = openGate(f);
        QVERIFY(ConsoleFixture::waitFor([&] { return loaded.count() > 0; }));

        // The engine stops: the gate still turns away what its snapshot knows.
        f.engine().stop();
        QVERIFY(scan(gate, sale.signedCodes[0]));
        QCOMPARE(gate.kind(), QStringLiteral("already_used"));
        QVERIFY2(gate.text().contains(QStringLiteral("East")), qPrintable(gate.text()));
        QVERIFY(scan(gate, sale.signedCodes[1]));
        QCOMPARE(gate.kind(), QStringLiteral("revoked"));
        QVERIFY(scan(gate, tampered(other.signedCodes[0])));
        QCOMPARE(gate.kind(), QStringLiteral("forged"));
        // Letting someone in must be recorded, so without the engine it is not.
        QVERIFY(scan(gate, other.signedCodes[0]));
        QCOMPARE(gate.kind(), QStringLiteral("failed"));
        QVERIFY2(gate.text().contains(QStringLiteral("NOT CHECKED")), qPrintable(gate.text()));
        QVERIFY(!redeemed(f.db(), other.lines[0]));
        QCOMPARE(gate.tally->text(), QStringLiteral("Admitted today: 0 · Refused: 4"));
    }

    void aTicketOfAnotherEventIsTurnedAwayWhenTheGateIsSetToOne()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        const Sale sale = sellTwoSeats(f, QStringLiteral("S-A-7"), QStringLiteral("S-A-8"));
        QVERIFY(sale.order > 0);
        QJsonArray prices;
        for (const char *category : {"Stalls", "Balcony"})
            prices.push_back(QJsonObject{{QStringLiteral("category"), QLatin1String(category)},
                                         {QStringLiteral("ticket_type"), QStringLiteral("adult")},
                                         {QStringLiteral("amount"), 20000}});
        auto created = run(
            f, QStringLiteral("create_event"),
            QJsonObject{{QStringLiteral("venue"), f.db().ids().venue},
                        {QStringLiteral("name"), QStringLiteral("Swan Lake")},
                        {QStringLiteral("starts_at"), QStringLiteral("2027-02-20T19:30:00+08:00")},
                        {QStringLiteral("currency"), QStringLiteral("CNY")},
                        {QStringLiteral("prices"), prices}},
            QStringLiteral("manager"));
        TESSERA_VERIFY_OK(created.result);
        const qint64 swanLake = created.result.value()[QStringLiteral("event")].toInteger();

        const Gate gate = openGate(f);
        auto *events = f.window().findChild<QComboBox *>(QStringLiteral("checkinEvent"));
        QVERIFY(ConsoleFixture::waitFor(
            [&] { return events->findData(QVariant::fromValue<qint64>(swanLake)) > 0; }));
        QCOMPARE(events->currentIndex(), 0); // any event
        events->setCurrentIndex(events->findData(QVariant::fromValue<qint64>(swanLake)));

        QVERIFY(scan(gate, sale.signedCodes[0]));
        QCOMPARE(gate.kind(), QStringLiteral("other_event"));
        QVERIFY2(gate.text().contains(QStringLiteral("OTHER EVENT")), qPrintable(gate.text()));
        QVERIFY2(gate.text().contains(QStringLiteral("The Nutcracker")), qPrintable(gate.text()));
        QVERIFY2(gate.text().contains(QStringLiteral("Swan Lake")), qPrintable(gate.text()));
        QCOMPARE(gate.page->lastSound(), FeedbackSounds::Sound::Attention);
        QVERIFY(!redeemed(f.db(), sale.lines[0]));

        // The short code is checked by the engine alone, which agrees.
        QVERIFY(scan(gate, sale.shortCodes[1]));
        QCOMPARE(gate.kind(), QStringLiteral("other_event"));
        QVERIFY(!redeemed(f.db(), sale.lines[1]));

        // Back to any event: both get in.
        events->setCurrentIndex(0);
        QVERIFY(scan(gate, sale.signedCodes[0]));
        QCOMPARE(gate.kind(), QStringLiteral("valid"));
        QVERIFY(scan(gate, sale.shortCodes[1]));
        QCOMPARE(gate.kind(), QStringLiteral("valid"));
        QVERIFY2(gate.text().contains(QStringLiteral("Child")), qPrintable(gate.text()));
        QVERIFY(redeemedAt(f.db(), sale.lines[1], QStringLiteral("Counter")));
    }

    void theCodePrintedUnderTheQrCanBeTypedIn()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        const Sale sale = sellTwoSeats(f, QStringLiteral("S-A-1"), QStringLiteral("S-A-2"));
        QVERIFY(sale.order > 0);
        const Gate gate = openGate(f);
        // Read out from the stub, typed in lower case with a space.
        const auto code = TicketCode::parse(sale.shortCodes[0]);
        QVERIFY(code);
        QString typed = code->readable().toLower();
        QVERIFY(typed.size() < 30);
        typed.insert(typed.lastIndexOf(QLatin1Char('-')) + 1, QLatin1Char(' '));
        QVERIFY(scan(gate, typed));
        QCOMPARE(gate.kind(), QStringLiteral("valid"));
        QVERIFY(redeemedAt(f.db(), sale.lines[0], QStringLiteral("Counter")));
        // A second time it names the first entry.
        gate.scan->clear();
        QVERIFY(scan(gate, code->readable()));
        QCOMPARE(gate.kind(), QStringLiteral("already_used"));
        QVERIFY(!redeemed(f.db(), sale.lines[1]));
    }

    void scansThatFollowEachOtherAreCheckedInOrder()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        const Sale sale = sellTwoSeats(f, QStringLiteral("S-C-1"), QStringLiteral("S-C-2"));
        QVERIFY(sale.order > 0);
        const Gate gate = openGate(f);
        QSignalSpy checked(gate.page, &CheckInPage::scanChecked);
        QSignalSpy sounds(gate.page, &CheckInPage::feedbackPlayed);
        // Three codes typed back to back, without waiting for the verdicts.
        for (const QString &code :
             {sale.signedCodes[0], sale.signedCodes[1], sale.signedCodes[0]}) {
            QTest::keyClicks(gate.scan, code);
            QTest::keyClick(gate.scan, Qt::Key_Return);
            QVERIFY(gate.scan->text().isEmpty());
        }
        QVERIFY(ConsoleFixture::waitFor([&] { return checked.count() == 3; }));
        QCOMPARE(sounds.count(), 3);
        QCOMPARE(gate.kind(), QStringLiteral("already_used"));
        QCOMPARE(gate.tally->text(), QStringLiteral("Admitted today: 2 · Refused: 1"));
        QVERIFY(redeemed(f.db(), sale.lines[0]));
        QVERIFY(redeemed(f.db(), sale.lines[1]));
    }

    void historyKeepsTheLastTenScans()
    {
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        const Gate gate = openGate(f);
        for (int i = 0; i < 12; ++i)
            QVERIFY(scan(gate, QStringLiteral("NOPE-%1").arg(i)));
        QCOMPARE(gate.history->topLevelItemCount(), 10);
        QVERIFY(gate.history->topLevelItem(0)->text(1).endsWith(QStringLiteral("11")));
    }

    void speaksChineseAtTheGate()
    {
        ScopedLanguage chinese(QStringLiteral("zh_CN"));
        ConsoleFixture f;
        QVERIFY(f.signIn(QStringLiteral("cashier")));
        const Sale sale = sellTwoSeats(f, QStringLiteral("S-A-9"), QStringLiteral("S-A-10"));
        QVERIFY(sale.order > 0);
        const Gate gate = openGate(f);
        QVERIFY(scan(gate, sale.signedCodes[0]));
        QCOMPARE(gate.kind(), QStringLiteral("valid"));
        QVERIFY(scan(gate, sale.signedCodes[0]));
        QCOMPARE(gate.kind(), QStringLiteral("already_used"));
        // The default gate is named in the console's language.
        QVERIFY2(gate.text().contains(QStringLiteral("柜台")), qPrintable(gate.text()));
        QVERIFY(f.saveScreenshot(QStringLiteral("checkin-used-zh.png")));
    }
};

QTEST_MAIN(TestCheckInPage)
#include "testcheckinpage.moc"
