// SPDX-License-Identifier: GPL-3.0-or-later
// Two real console engines sell, ship their journals to a real tessera-server,
// and the server's totals per event are the sum of what each console's own
// database says (read through core/query), figure by figure; replays change
// nothing, a rebuild gives the same, one ticket let in at two gates is one
// redemption and one double entry, and only staff whose role may see reports
// get the figures.
#include "../core/sales/salerequests.h"
#include "api/commandfactory.h"
#include "consoleenrolment.h"
#include "enginefixture.h"
#include "journalshipper.h"
#include "query/eventqueries.h"
#include "query/orderqueries.h"
#include "salesscenarios.h"
#include "serverclient.h"
#include "serverprocess.h"
#include "setup/demostaff.h"
#include "sync/journalbatch.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kExe = QStringLiteral(TESSERA_SERVER_EXE);

struct Reply
{
    int status = 0;
    QJsonObject body;
};

QByteArray basic(const QString &name, const QString &pin)
{
    return "Basic " + (name + QLatin1Char(':') + pin).toUtf8().toBase64();
}

Reply get(const ServerLink &link, const QString &path, const QByteArray &authorization)
{
    QNetworkAccessManager manager;
    QUrl url = link.address;
    url.setPath(path.section(QLatin1Char('?'), 0, 0));
    url.setQuery(path.section(QLatin1Char('?'), 1));
    QNetworkRequest request(url);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({link.ca});
    request.setSslConfiguration(tls);
    request.setTransferTimeout(20000);
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object()};
    reply->deleteLater();
    return r;
}

QJsonObject managerGet(const ServerLink &link, const QString &path)
{
    const Reply r = get(link, path, basic(QStringLiteral("manager"), QStringLiteral("3333")));
    if (r.status != 200)
        qWarning("GET %s: %d %s", qPrintable(path), r.status,
                 QJsonDocument(r.body).toJson(QJsonDocument::Compact).constData());
    return r.body;
}

QString errorCode(const Reply &r)
{
    return r.body[QStringLiteral("error")][QStringLiteral("code")].toString();
}

// What one console's own database says it sold, per event (0: card keys
// only), in the server's shape, read order by order through OrderQueries.
QMap<qint64, QJsonObject> consoleFigures(const EngineFixture &console)
{
    SqliteDb db = console.reader();
    OrderQueries orders(db, QStringLiteral("T1"));
    const qint64 count = orders.summary()->value(QStringLiteral("orders")).toInteger();
    struct Sum
    {
        qint64 orders = 0, cancelled = 0, sold = 0, refunded = 0, redeemed = 0, taken = 0,
               paidBack = 0;
        QMap<QString, qint64> byMethod;
    };
    QMap<qint64, Sum> sums;
    for (qint64 id = 1; id <= count; ++id) {
        const QJsonObject order = *orders.order(id);
        const bool cancelled = order[QStringLiteral("state")] == QStringLiteral("cancelled");
        qint64 event = 0;
        for (const QJsonValue &l : order[QStringLiteral("lines")].toArray())
            event = qMax(event, l[QStringLiteral("event")].toInteger());
        Sum &s = sums[event];
        ++s.orders;
        s.cancelled += cancelled;
        s.paidBack += order[QStringLiteral("refunded")].toInteger();
        for (const QJsonValue &l : order[QStringLiteral("lines")].toArray()) {
            if (l[QStringLiteral("kind")] == QStringLiteral("card"))
                continue;
            const QString state = l[QStringLiteral("state")].toString();
            s.sold += state == QStringLiteral("active") && !cancelled;
            s.refunded += state == QStringLiteral("refunded");
            s.redeemed += l.toObject().contains(QStringLiteral("redeemed_at"));
        }
        for (const QJsonValue &p : order[QStringLiteral("payments")].toArray()) {
            if (p[QStringLiteral("state")] != QStringLiteral("approved"))
                continue;
            s.byMethod[p[QStringLiteral("method")].toString()] +=
                p[QStringLiteral("amount")].toInteger();
            s.taken += p[QStringLiteral("amount")].toInteger();
        }
    }
    QMap<qint64, QJsonObject> out;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        QJsonObject methods;
        for (auto m = it->byMethod.cbegin(); m != it->byMethod.cend(); ++m)
            methods.insert(m.key(), m.value());
        out.insert(it.key(),
                   QJsonObject{{QStringLiteral("orders"), it->orders},
                               {QStringLiteral("cancelled_orders"), it->cancelled},
                               {QStringLiteral("sold"), it->sold},
                               {QStringLiteral("refunded"), it->refunded},
                               {QStringLiteral("redeemed"), it->redeemed},
                               {QStringLiteral("revenue"),
                                QJsonObject{{QStringLiteral("by_method"), methods},
                                            {QStringLiteral("taken"), it->taken},
                                            {QStringLiteral("refunded"), it->paidBack},
                                            {QStringLiteral("net"), it->taken - it->paidBack}}}});
    }
    return out;
}

// Two sets of figures added up, as the server adds its terminals'.
QJsonObject added(const QJsonObject &a, const QJsonObject &b)
{
    QJsonObject sum;
    for (const QString &key :
         {QStringLiteral("orders"), QStringLiteral("cancelled_orders"), QStringLiteral("sold"),
          QStringLiteral("refunded"), QStringLiteral("redeemed")})
        sum.insert(key, a[key].toInteger() + b[key].toInteger());
    const QJsonObject ra = a[QStringLiteral("revenue")].toObject();
    const QJsonObject rb = b[QStringLiteral("revenue")].toObject();
    QJsonObject methods = ra[QStringLiteral("by_method")].toObject();
    const QJsonObject more = rb[QStringLiteral("by_method")].toObject();
    for (auto it = more.constBegin(); it != more.constEnd(); ++it)
        methods.insert(it.key(), methods.value(it.key()).toInteger() + it.value().toInteger());
    QJsonObject revenue{{QStringLiteral("by_method"), methods}};
    for (const QString &key :
         {QStringLiteral("taken"), QStringLiteral("refunded"), QStringLiteral("net")})
        revenue.insert(key, ra[key].toInteger() + rb[key].toInteger());
    sum.insert(QStringLiteral("revenue"), revenue);
    return sum;
}

// The figures of a server row, without its names and break-down.
QJsonObject figuresOf(QJsonObject row)
{
    for (const QString &key :
         {QStringLiteral("event"), QStringLiteral("currency"), QStringLiteral("terminals"),
          QStringLiteral("terminal"), QStringLiteral("terminal_id")})
        row.remove(key);
    return row;
}

QJsonObject eventRow(const QJsonObject &totals, qint64 event)
{
    for (const QJsonValue &e : totals[QStringLiteral("events")].toArray()) {
        if (e[QStringLiteral("event")].toInteger() == event)
            return e.toObject();
    }
    return {};
}

QJsonObject terminalRow(const QJsonObject &event, const QString &terminal)
{
    for (const QJsonValue &t : event[QStringLiteral("terminals")].toArray()) {
        if (t[QStringLiteral("terminal")] == terminal)
            return t.toObject();
    }
    return {};
}

} // namespace

class TestSalesTotals : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_data;
    QString m_gates;
    QMap<QString, QString> m_codes;

    // The demo's staff on the server, after the codes (enrol-code runs
    // without a member of staff).
    static void seedStaff(const QString &data)
    {
        EngineOptions options;
        options.path = QDir(data).filePath(QStringLiteral("server.db"));
        options.terminalId = QStringLiteral("SERVER");
        auto engine = Engine::open(options);
        QVERIFY(engine.ok());
        QVERIFY(DemoStaff::seed(**engine).ok());
    }

    static ServerLink enrolled(RunningServer &server, const QString &code)
    {
        auto link =
            ConsoleEnrolment::enrol(QStringLiteral("127.0.0.1:%1").arg(server.port()), code);
        if (!link)
            qFatal("enrolment failed: %s", qPrintable(link.error().message));
        return *link;
    }

    static void ship(EngineFixture &console, const ServerLink &link)
    {
        JournalShipper shipper(console.path(), link, 7);
        auto report = shipper.shipOnce();
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report->backlog(), 0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(kExe));
        m_data = m_tmp.filePath(QStringLiteral("server"));
        m_gates = m_tmp.filePath(QStringLiteral("gates"));
        QVERIFY(initServer(kExe, m_data));
        QVERIFY(initServer(kExe, m_gates));
        for (const QString &t :
             {QStringLiteral("BOX-1"), QStringLiteral("BOX-2"), QStringLiteral("BOX-3")})
            m_codes[t] = enrolmentCode(kExe, m_data, t);
        for (const QString &t : {QStringLiteral("GATE-1"), QStringLiteral("GATE-2")})
            m_codes[t] = enrolmentCode(kExe, m_gates, t);
        for (const QString &code : m_codes)
            QVERIFY(!code.isEmpty());
        seedStaff(m_data);
        seedStaff(m_gates);
    }

    void theServersTotalsAreTheSumOfEachConsolesOwnFigures()
    {
        EngineFixture box1;
        EngineFixture box2;
        sellAtBoxOne(box1);
        sellAtBoxTwo(box2);
        const QMap<qint64, QJsonObject> own1 = consoleFigures(box1);
        const QMap<qint64, QJsonObject> own2 = consoleFigures(box2);
        // The consoles' own figures agree with what their screens count as sold.
        for (EngineFixture *box : {&box1, &box2}) {
            SqliteDb db = box->reader();
            const auto managed = EventQueries(db).managed();
            QVERIFY(managed.ok() && managed->size() == 1);
            QCOMPARE((box == &box1 ? own1 : own2)
                         .value(box->ids().event)[QStringLiteral("sold")]
                         .toInteger(),
                     managed->first().sold);
        }

        RunningServer server(kExe, m_data);
        QVERIFY(server.port() > 0);
        const ServerLink link1 = enrolled(server, m_codes[QStringLiteral("BOX-1")]);
        const ServerLink link2 = enrolled(server, m_codes[QStringLiteral("BOX-2")]);
        ship(box1, link1);
        ship(box2, link2);

        const QJsonObject totals = managerGet(link1, QStringLiteral("/v1/totals"));
        const qint64 event = box1.ids().event;
        const QJsonObject show = eventRow(totals, event);
        QCOMPARE(figuresOf(terminalRow(show, QStringLiteral("BOX-1"))), own1.value(event));
        QCOMPARE(figuresOf(terminalRow(show, QStringLiteral("BOX-2"))), own2.value(event));
        QCOMPARE(figuresOf(show), added(own1.value(event), own2.value(event)));
        QCOMPARE(show[QStringLiteral("currency")].toString(), QStringLiteral("CNY"));
        // By eye: box 1 keeps 2 seats and 2 standing, box 2 has 5 tickets left.
        QCOMPARE(show[QStringLiteral("sold")].toInteger(), 9);
        QCOMPARE(show[QStringLiteral("refunded")].toInteger(), 3);
        QCOMPARE(figuresOf(eventRow(totals, 0)), own1.value(0)); // the gift card
        QCOMPARE(
            managerGet(link1,
                       QStringLiteral("/v1/totals?event=%1").arg(event))[QStringLiteral("events")]
                .toArray()
                .size(),
            1);

        // The whole journals again: received as duplicates, nothing counts twice.
        for (auto [box, link] : {std::pair{&box1, link1}, std::pair{&box2, link2}}) {
            ServerClient client(link.address, link.ca, link.token);
            auto again = client.post(QStringLiteral("/v1/journal"),
                                     JournalBatch::toJson(wholeJournal(*box)));
            QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
            QCOMPARE(again->value(QStringLiteral("received")).toInteger(), 0);
            ship(*box, link);
        }
        QCOMPARE(managerGet(link1, QStringLiteral("/v1/totals")), totals);

        // Built again from the stored journals: the same.
        const ServerRun rebuilt = runServerCommand(
            kExe, {QStringLiteral("rebuild-totals"), QStringLiteral("--data"), m_data});
        QCOMPARE(rebuilt.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(rebuilt.out)
                    .object()
                    .value(QStringLiteral("entries"))
                    .toInteger() > 10);
        QVERIFY(server.logged("totals rebuilt"));
        QCOMPARE(managerGet(link1, QStringLiteral("/v1/totals")), totals);

        // The CLI reads the same, with the server running or not.
        const QStringList cli{QStringLiteral("totals"), QStringLiteral("--data"), m_data,
                              QStringLiteral("--json")};
        QCOMPARE(QJsonDocument::fromJson(runServerCommand(kExe, cli).out).object(), totals);
        QCOMPARE(server.stop(), 0);
        QCOMPARE(QJsonDocument::fromJson(runServerCommand(kExe, cli).out).object(), totals);
        const ServerRun text =
            runServerCommand(kExe, {QStringLiteral("totals"), QStringLiteral("--data"), m_data,
                                    QStringLiteral("--event"), QString::number(event)});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("BOX-2"));
    }

    void anEventCancelledAtAConsoleIsRefundedOnTheServerToo()
    {
        EngineFixture box;
        const qint64 event = box.ids().event;
        sellThenCancelTheEvent(box);
        const QMap<qint64, QJsonObject> own = consoleFigures(box);

        RunningServer server(kExe, m_data);
        QVERIFY(server.port() > 0);
        const ServerLink link = enrolled(server, m_codes[QStringLiteral("BOX-3")]);
        ship(box, link);
        const QJsonObject show =
            eventRow(managerGet(link, QStringLiteral("/v1/totals?event=%1").arg(event)), event);
        const QJsonObject box3 = figuresOf(terminalRow(show, QStringLiteral("BOX-3")));
        QCOMPARE(box3, own.value(event));
        QCOMPARE(box3[QStringLiteral("sold")].toInteger(), 0);
        QCOMPARE(box3[QStringLiteral("refunded")].toInteger(), 3);
        // All but the gift card went back: 76000 + 38000 + the 5000 deposit.
        QCOMPARE(box3[QStringLiteral("revenue")][QStringLiteral("refunded")].toInteger(),
                 2 * kStallsAdult + kStallsAdult + 5000);
        QCOMPARE(server.stop(), 0);
    }

    void managementCallsNeedStaffWhoseRoleMaySeeReports()
    {
        RunningServer server(kExe, m_data);
        QVERIFY(server.port() > 0);
        ServerLink l; // only the address and the CA: these calls carry staff credentials

        l.address = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.port()));
        l.ca =
            QSslCertificate::fromPath(QDir(m_data).filePath(QStringLiteral("tls/ca.pem"))).value(0);
        QVERIFY(!l.ca.isNull());

        const Reply none = get(l, QStringLiteral("/v1/totals"), {});
        QCOMPARE(none.status, 401);
        QCOMPARE(errorCode(none), QStringLiteral("unauthenticated"));
        const Reply garbage = get(l, QStringLiteral("/v1/totals"), "Basic %%%");
        QCOMPARE(garbage.status, 401);
        QCOMPARE(errorCode(garbage), QStringLiteral("unauthenticated"));
        const Reply token = get(l, QStringLiteral("/v1/conflicts"), "Bearer abc");
        QCOMPARE(token.status, 401);

        const Reply wrong = get(l, QStringLiteral("/v1/totals"),
                                basic(QStringLiteral("manager"), QStringLiteral("0000")));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(errorCode(wrong), QStringLiteral("wrong_pin"));
        // An unknown name gets the same answer as a wrong PIN.
        const Reply stranger = get(l, QStringLiteral("/v1/totals"),
                                   basic(QStringLiteral("nobody"), QStringLiteral("3333")));
        QCOMPARE(stranger.status, 401);
        QCOMPARE(errorCode(stranger), QStringLiteral("wrong_pin"));
        QCOMPARE(stranger.body[QStringLiteral("error")][QStringLiteral("message")],
                 wrong.body[QStringLiteral("error")][QStringLiteral("message")]);

        const Reply cashier = get(l, QStringLiteral("/v1/totals"),
                                  basic(QStringLiteral("cashier"), QStringLiteral("1111")));
        QCOMPARE(cashier.status, 403);
        QCOMPARE(errorCode(cashier), QStringLiteral("permission_denied"));
        QCOMPARE(get(l, QStringLiteral("/v1/conflicts"),
                     basic(QStringLiteral("cashier"), QStringLiteral("1111")))
                     .status,
                 403);

        QCOMPARE(get(l, QStringLiteral("/v1/totals"),
                     basic(QStringLiteral("manager"), QStringLiteral("3333")))
                     .status,
                 200);
        QCOMPARE(get(l, QStringLiteral("/v1/conflicts"),
                     basic(QStringLiteral("admin"), QStringLiteral("9999")))
                     .status,
                 200);
        // As at the till: five wrong PINs lock the account, then even the right one is refused.
        const QString totals = QStringLiteral("/v1/totals");
        QCOMPARE(get(l, totals, basic(QStringLiteral("supervisor"), QStringLiteral("2222"))).status,
                 200);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(
                get(l, totals, basic(QStringLiteral("supervisor"), QStringLiteral("0000"))).status,
                401);
        const Reply locked =
            get(l, totals, basic(QStringLiteral("supervisor"), QStringLiteral("2222")));
        QCOMPARE(locked.status, 401);
        QCOMPARE(errorCode(locked), QStringLiteral("account_locked"));

        const Reply badEvent = get(l, QStringLiteral("/v1/totals?event=x"),
                                   basic(QStringLiteral("manager"), QStringLiteral("3333")));
        QCOMPARE(badEvent.status, 400);
        QCOMPARE(badEvent.body[QStringLiteral("error")][QStringLiteral("where")].toString(),
                 QStringLiteral("event"));
        QCOMPARE(server.stop(), 0);
    }

    void aTicketLetInAtTwoGatesIsOneRedemptionAndOneDoubleEntry()
    {
        EngineFixture gate1;
        const QJsonObject sale =
            sold(gate1,
                 saleRequest(gate1.ids().event,
                             QJsonArray{seatLine(QStringLiteral("S-A-5"), QStringLiteral("adult"))},
                             QJsonArray{cash(kStallsAdult)}));
        const QString code = sale[QStringLiteral("tickets")][0][QStringLiteral("code")].toString();
        QVERIFY(!code.isEmpty());
        // The second gate holds the same tickets (a copy of the file), offline.
        gate1.close();
        QTemporaryDir copy;
        const QDir from = QFileInfo(gate1.path()).dir();
        for (const QString &name : from.entryList(QDir::Files)) {
            if (!name.endsWith(QLatin1String("-shm")))
                QVERIFY(QFile::copy(from.filePath(name), QDir(copy.path()).filePath(name)));
        }
        gate1.reopen();
        ManualClock clock2(gate1.clock().nowMs());
        EngineOptions options;
        options.path = QDir(copy.path()).filePath(QFileInfo(gate1.path()).fileName());
        options.terminalId = QStringLiteral("T2");
        options.clock = &clock2;
        auto gate2 = Engine::open(options);
        QVERIFY(gate2.ok());

        gate1.clock().advance(60'000);
        must(gate1.run(
            QStringLiteral("redeem"),
            {{QStringLiteral("code"), code}, {QStringLiteral("gate"), QStringLiteral("North")}}));
        clock2.advance(90'000);
        must((*gate2)->execute(
            CommandFactory::fromJson(
                QStringLiteral("redeem"),
                {{QStringLiteral("code"), code}, {QStringLiteral("gate"), QStringLiteral("South")}})
                .value(),
            QStringLiteral("gate2-redeem"), QStringLiteral("tester")));
        gate2->reset();

        RunningServer server(kExe, m_gates);
        QVERIFY(server.port() > 0);
        const ServerLink link1 = enrolled(server, m_codes[QStringLiteral("GATE-1")]);
        const ServerLink link2 = enrolled(server, m_codes[QStringLiteral("GATE-2")]);
        // The later entry arrives first; the earlier one still wins.
        JournalShipper second(options.path, link2, 50);
        QVERIFY(second.shipOnce().ok());
        ship(gate1, link1);

        const QJsonArray doubles =
            managerGet(link1, QStringLiteral("/v1/conflicts"))[QStringLiteral("double_entries")]
                .toArray();
        QCOMPARE(doubles.size(), 1);
        const QJsonObject entry = doubles.first().toObject();
        QCOMPARE(entry[QStringLiteral("event")].toInteger(), gate1.ids().event);
        QCOMPARE(entry[QStringLiteral("first")][QStringLiteral("terminal")].toString(),
                 QStringLiteral("GATE-1"));
        QCOMPARE(entry[QStringLiteral("first")][QStringLiteral("gate")].toString(),
                 QStringLiteral("North"));
        QCOMPARE(entry[QStringLiteral("second")][QStringLiteral("terminal")].toString(),
                 QStringLiteral("GATE-2"));
        QCOMPARE(entry[QStringLiteral("second")][QStringLiteral("gate")].toString(),
                 QStringLiteral("South"));
        QVERIFY(entry[QStringLiteral("first")][QStringLiteral("redeemed_at")].toString() <
                entry[QStringLiteral("second")][QStringLiteral("redeemed_at")].toString());

        const QJsonObject show =
            eventRow(managerGet(link1, QStringLiteral("/v1/totals")), gate1.ids().event);
        QCOMPARE(show[QStringLiteral("redeemed")].toInteger(), 1);
        QCOMPARE(
            terminalRow(show, QStringLiteral("GATE-1"))[QStringLiteral("redeemed")].toInteger(), 1);
        QCOMPARE(
            terminalRow(show, QStringLiteral("GATE-2"))[QStringLiteral("redeemed")].toInteger(), 0);

        // The CLI lists the same, and a rebuild keeps it.
        QCOMPARE(runServerCommand(
                     kExe, {QStringLiteral("rebuild-totals"), QStringLiteral("--data"), m_gates})
                     .exitCode,
                 0);
        const ServerRun listed = runServerCommand(
            kExe, {QStringLiteral("conflicts"), QStringLiteral("--data"), m_gates});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(listed.out)
                     .object()
                     .value(QStringLiteral("double_entries"))
                     .toArray(),
                 doubles);
        QCOMPARE(server.stop(), 0);
    }

    void theCliSaysWhatIsMissing()
    {
        const ServerRun nowhere =
            runServerCommand(kExe, {QStringLiteral("totals"), QStringLiteral("--data"),
                                    m_tmp.filePath(QStringLiteral("nothing"))});
        QCOMPARE(nowhere.exitCode, 1);
        QVERIFY(nowhere.err.contains("init"));
        QCOMPARE(runServerCommand(kExe, {QStringLiteral("totals")}).exitCode, 2);
        QCOMPARE(runServerCommand(kExe, {QStringLiteral("totals"), QStringLiteral("--data"), m_data,
                                         QStringLiteral("--event"), QStringLiteral("x")})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestSalesTotals)
#include "testsalestotals.moc"
