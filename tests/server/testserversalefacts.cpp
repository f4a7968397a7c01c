// SPDX-License-Identifier: GPL-3.0-or-later
// Two consoles sell (a QR payment that timed out, refunds with reasons, an
// exchange, a cancelled order, a gift card), ship their journals to a real
// tessera-server, and the dashboard's figures from the server's mirror
// (ServerSaleFacts) are the ones computed from the consoles' own databases
// (LocalSaleFacts) put together, before and after a rebuild.
#include "../core/sales/salerequests.h"
#include "consoleenrolment.h"
#include "dashboard/dashboardfigures.h"
#include "dashboard/localsalefacts.h"
#include "enginefixture.h"
#include "journalshipper.h"
#include "live/serversalefacts.h"
#include "serverlink.h"
#include "serverprocess.h"
#include "setup/demostaff.h"

#include <QDir>
#include <QEventLoop>
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
constexpr qint64 kStallsAdult = 38000;
constexpr qint64 kStallsChild = 19000;
constexpr qint64 kStanding = 12000;
constexpr qint64 kGiftCard = 10000;
constexpr qint64 kMinute = 60 * 1000;

// Box 1, at the counter and on the phone over a few minutes: seats for cash
// after a QR attempt that timed out, standing by card with one ticket
// refunded, an unpaid order cancelled, a gift card.
void sellAtBoxOne(EngineFixture &box)
{
    const qint64 event = box.ids().event;
    sold(box, saleRequest(event,
                          QJsonArray{seatLine(QStringLiteral("S-A-1"), QStringLiteral("adult")),
                                     seatLine(QStringLiteral("S-A-2"), QStringLiteral("child"))},
                          QJsonArray{payment(QStringLiteral("qr"), kStallsAdult + kStallsChild,
                                             QStringLiteral("declined"), QStringLiteral("timeout")),
                                     cash(kStallsAdult + kStallsChild)}));
    box.clock().advance(kMinute + 5000);
    QJsonObject phone =
        saleRequest(event, QJsonArray{gaLine(box.ids().standingQuota, 3, QStringLiteral("adult"))},
                    QJsonArray{payment(QStringLiteral("card"), 3 * kStanding)});
    phone.insert(QStringLiteral("channel"), QStringLiteral("phone"));
    const QJsonObject standing = sold(box, phone);
    box.clock().advance(2 * kMinute);
    must(box.run(QStringLiteral("refund"),
                 {{QStringLiteral("order"), standing[QStringLiteral("order")]},
                  {QStringLiteral("reason"), QStringLiteral("changed plans")},
                  {QStringLiteral("lines"),
                   QJsonArray{standing[QStringLiteral("tickets")][0][QStringLiteral("line")]}}}));
    const QJsonObject unpaid = sold(
        box, saleRequest(event,
                         QJsonArray{gaLine(box.ids().standingQuota, 2, QStringLiteral("adult"))}));
    box.clock().advance(30000);
    must(box.run(QStringLiteral("cancel_order"),
                 {{QStringLiteral("order"), unpaid[QStringLiteral("order")]}}));
    sold(box, QJsonObject{{QStringLiteral("lines"), QJsonArray{cardLine(box.ids().cardProduct, 1)}},
                          {QStringLiteral("payments"), QJsonArray{cash(kGiftCard)}}});
}

// Box 2: seats by card, one exchanged for a cheaper seat (money back); a
// standing order refunded whole; a card payment whose outcome was unknown,
// then approved; a QR payment declined with "timeout" and left unpaid.
void sellAtBoxTwo(EngineFixture &box)
{
    const qint64 event = box.ids().event;
    box.clock().advance(20000);
    const QJsonObject seats = sold(
        box, saleRequest(event,
                         QJsonArray{seatLine(QStringLiteral("S-B-1"), QStringLiteral("adult")),
                                    seatLine(QStringLiteral("S-B-2"), QStringLiteral("adult"))},
                         QJsonArray{payment(QStringLiteral("card"), 2 * kStallsAdult)}));
    box.clock().advance(kMinute);
    must(box.run(
        QStringLiteral("exchange_seat"),
        {{QStringLiteral("order"), seats[QStringLiteral("order")]},
         {QStringLiteral("line"), seats[QStringLiteral("tickets")][0][QStringLiteral("line")]},
         {QStringLiteral("seat"), QStringLiteral("B-AA-1")}}));
    const QJsonObject standing = sold(
        box,
        saleRequest(event, QJsonArray{gaLine(box.ids().standingQuota, 2, QStringLiteral("adult"))},
                    QJsonArray{cash(2 * kStanding)}));
    box.clock().advance(3 * kMinute);
    must(box.run(QStringLiteral("refund"),
                 {{QStringLiteral("order"), standing[QStringLiteral("order")]},
                  {QStringLiteral("reason"), QStringLiteral("rain")}}));
    sold(box,
         saleRequest(event, QJsonArray{gaLine(box.ids().standingQuota, 1, QStringLiteral("adult"))},
                     QJsonArray{payment(QStringLiteral("card"), kStanding,
                                        QStringLiteral("unknown"), QStringLiteral("timeout"))}));
    box.clock().advance(10000);
    must(box.run(QStringLiteral("settle_payment"),
                 {{QStringLiteral("payment"),
                   box.scalar(QStringLiteral("SELECT id FROM payments WHERE state = 2"))},
                  {QStringLiteral("state"), QStringLiteral("approved")}}));
    sold(box,
         saleRequest(event, QJsonArray{seatLine(QStringLiteral("S-A-3"), QStringLiteral("adult"))},
                     QJsonArray{payment(QStringLiteral("qr"), kStallsAdult,
                                        QStringLiteral("declined"), QStringLiteral("timeout"))}));
}

SaleFacts localFacts(EngineFixture &box, const QString &terminal, qint64 from, qint64 now)
{
    SqliteDb db = box.reader();
    auto facts = LocalSaleFacts::read(db, terminal, from, 0, now);
    if (!facts)
        qFatal("%s", qPrintable(facts.error().toString()));
    return *facts;
}

SaleFacts serverFacts(const QString &data, qint64 from, qint64 now)
{
    auto db =
        SqliteDb::open(QDir(data).filePath(QStringLiteral("server.db")), SqliteDb::Mode::ReadOnly);
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    auto facts = ServerSaleFacts::read(*db, from, 0, now);
    if (!facts)
        qFatal("%s", qPrintable(facts.error().toString()));
    return *facts;
}

// The consoles' facts put together, their stock added up: each console
// counts what it sold of the same capacity.
SaleFacts together(const SaleFacts &a, const SaleFacts &b)
{
    SaleFacts all = a;
    all.orders += b.orders;
    all.payments += b.payments;
    all.refunds += b.refunds;
    all.lines += b.lines;
    for (StockFact &s : all.stock) {
        for (const StockFact &other : b.stock) {
            if (other.eventId == s.eventId && other.stock == s.stock)
                s.sold += other.sold;
        }
        s.held = 0;
    }
    return all;
}

struct Reply
{
    int status = 0;
    QJsonObject body;
};

Reply get(const ServerLink &link, const QString &path, const QString &name, const QString &pin)
{
    QNetworkAccessManager manager;
    QUrl url = link.address;
    url.setPath(path.section(QLatin1Char('?'), 0, 0));
    url.setQuery(path.section(QLatin1Char('?'), 1));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization",
                         "Basic " + (name + QLatin1Char(':') + pin).toUtf8().toBase64());
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

// The figures without what depends on the moment they were computed at
// (the server's clock is not the consoles' manual one): the stock's pace;
// and what only the server adds (terminals, its own figures, its alerts).
QJsonObject timeless(QJsonObject figures)
{
    for (const char *key : {"computed_at", "stock", "terminals", "server", "alerts"})
        figures.remove(QLatin1String(key));
    return figures;
}

QByteArray text(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace

class TestServerSaleFacts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_data;
    QMap<QString, QString> m_codes;

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
        QVERIFY(initServer(kExe, m_data));
        for (const QString &t : {QStringLiteral("BOX-1"), QStringLiteral("BOX-2")}) {
            m_codes[t] = enrolmentCode(kExe, m_data, t);
            QVERIFY(!m_codes[t].isEmpty());
        }
        // The demo's staff on the server, after the codes (enrol-code runs
        // without a member of staff).
        EngineOptions options;
        options.path = QDir(m_data).filePath(QStringLiteral("server.db"));
        options.terminalId = QStringLiteral("SERVER");
        auto engine = Engine::open(options);
        QVERIFY(engine.ok());
        QVERIFY(DemoStaff::seed(**engine).ok());
    }

    void theServerGivesTheFiguresOfTheConsolesOwnDatabases()
    {
        EngineFixture box1;
        EngineFixture box2;
        const qint64 start = box1.clock().nowMs();
        sellAtBoxOne(box1);
        sellAtBoxTwo(box2);
        const qint64 now = qMax(box1.clock().nowMs(), box2.clock().nowMs()) + 1000;

        RunningServer server(kExe, m_data);
        QVERIFY(server.port() > 0);
        const ServerLink link = enrolled(server, m_codes[QStringLiteral("BOX-1")]);
        ship(box1, link);
        ship(box2, enrolled(server, m_codes[QStringLiteral("BOX-2")]));

        const SaleFacts own = together(localFacts(box1, QStringLiteral("BOX-1"), 0, now),
                                       localFacts(box2, QStringLiteral("BOX-2"), 0, now));
        const SaleFacts mirrored = serverFacts(m_data, 0, now);
        QCOMPARE(mirrored.orders.size(), own.orders.size());
        QCOMPARE(mirrored.payments.size(), own.payments.size());
        QCOMPARE(mirrored.refunds.size(), own.refunds.size());
        QCOMPARE(mirrored.lines.size(), own.lines.size());

        // The whole range, a window of a few minutes, and each filter.
        QList<DashboardFilter> filters{DashboardFilter{}};
        filters.push_back(DashboardFilter{start + kMinute, start + 4 * kMinute, 0, {}, {}, 0});
        filters.push_back(DashboardFilter{0, 0, box1.ids().event, {}, {}, 0});
        filters.push_back(DashboardFilter{0, 0, 0, QStringLiteral("phone"), {}, 0});
        filters.push_back(DashboardFilter{0, 0, 0, {}, QStringLiteral("BOX-2"), 0});
        for (const DashboardFilter &filter : filters) {
            const QJsonObject expected = DashboardFigures::compute(own, filter, now).toJson();
            const QJsonObject got = DashboardFigures::compute(mirrored, filter, now).toJson();
            QCOMPARE(text(got), text(expected));
        }

        // The figures say what happened: the timed-out QR payments, the
        // refunds' reasons, both channels.
        const DashboardFigures all = DashboardFigures::compute(mirrored, {}, now);
        QCOMPARE(all.failedWith(QStringLiteral("timeout")).size(), 2);
        QStringList reasons;
        for (const RefundReason &r : all.refundReasons)
            reasons << r.reason;
        reasons.sort();
        QCOMPARE(reasons, (QStringList{QStringLiteral("Seat exchange"),
                                       QStringLiteral("changed plans"), QStringLiteral("rain")}));
        QCOMPARE(all.ordersByChannel.value(QStringLiteral("phone")), 1);
        QCOMPARE(all.ordersByTerminal.keys(),
                 (QList<QString>{QStringLiteral("BOX-1"), QStringLiteral("BOX-2")}));

        // GET /v1/dashboard gives the same figures, for staff who may see
        // reports, with the terminals' grid and the server's own figures.
        const QString range = QStringLiteral("/v1/dashboard?from=%1&to=%2").arg(start).arg(now);
        const Reply dashboard = get(link, range, QStringLiteral("manager"), QStringLiteral("3333"));
        QCOMPARE(dashboard.status, 200);
        QCOMPARE(text(timeless(dashboard.body)),
                 text(timeless(
                     DashboardFigures::compute(own, {start, now, 0, {}, {}, 0}, now).toJson())));
        const QJsonArray grid = dashboard.body[QStringLiteral("terminals")].toArray();
        QCOMPARE(grid.size(), 2);
        for (const QJsonValue &t : grid) {
            QCOMPARE(t[QStringLiteral("status")].toString(), QStringLiteral("green"));
            QCOMPARE(t[QStringLiteral("backlog")].toInteger(), 0);
        }
        QVERIFY(dashboard.body[QStringLiteral("server")][QStringLiteral("requests")].toInteger() >
                0);
        const Reply phone = get(link, range + QStringLiteral("&channel=phone&terminal=BOX-1"),
                                QStringLiteral("manager"), QStringLiteral("3333"));
        QCOMPARE(phone.body[QStringLiteral("orders")].toInteger(), 1);
        const Reply bad = get(link, range + QStringLiteral("&channel=fax"),
                              QStringLiteral("manager"), QStringLiteral("3333"));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.body[QStringLiteral("error")][QStringLiteral("where")].toString(),
                 QStringLiteral("channel"));
        QCOMPARE(get(link, range, QStringLiteral("cashier"), QStringLiteral("1111")).status, 403);

        // A rebuild of the projection from the stored journals changes nothing.
        const ServerRun rebuilt = runServerCommand(
            kExe, {QStringLiteral("rebuild-totals"), QStringLiteral("--data"), m_data});
        QVERIFY2(rebuilt.exitCode == 0, rebuilt.err.constData());
        QCOMPARE(text(DashboardFigures::compute(serverFacts(m_data, 0, now), {}, now).toJson()),
                 text(DashboardFigures::compute(own, {}, now).toJson()));
    }
};

QTEST_GUILESS_MAIN(TestServerSaleFacts)
#include "testserversalefacts.moc"
