// SPDX-License-Identifier: GPL-3.0-or-later
// Catalog down and allocations against the real tessera-server: a terminal
// gets the server's catalog and sells only what it was allocated, a seat
// taken back is released (or reported sold) and the server gets it back,
// changes arrive incrementally, and a terminal enrolled later gets its share.
#include "api/commandfactory.h"
#include "catalogpuller.h"
#include "consoleenrolment.h"
#include "enginefixture.h"
#include "replica/applycatalogcommand.h"
#include "serverprocess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kExe = QStringLiteral(TESSERA_SERVER_EXE);

QJsonObject runJson(const QStringList &arguments, int expectedExit = 0)
{
    const ServerRun run = runServerCommand(kExe, arguments);
    if (run.exitCode != expectedExit)
        qWarning("%s → %d: %s%s", qPrintable(arguments.join(QLatin1Char(' '))), run.exitCode,
                 run.out.constData(), run.err.constData());
    return run.exitCode == expectedExit ? QJsonDocument::fromJson(run.out).object() : QJsonObject();
}

CommandOutcome sellStanding(EngineFixture &console, qint64 quota, int quantity)
{
    return console.run(
        QStringLiteral("sell"),
        {{QStringLiteral("event"), 1},
         {QStringLiteral("lines"),
          QJsonArray{QJsonObject{{QStringLiteral("ga"), quota},
                                 {QStringLiteral("quantity"), quantity},
                                 {QStringLiteral("ticket_type"), QStringLiteral("adult")}}}},
         {QStringLiteral("payments"),
          QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("card")},
                                 {QStringLiteral("amount"), 1}}}}});
}

QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out << v.toString();
    return out;
}

} // namespace

class TestCatalogSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_data;

    qint64 serverScalar(const QString &sql) const
    {
        auto db = SqliteDb::open(QDir(m_data).filePath(QStringLiteral("server.db")),
                                 SqliteDb::Mode::ReadOnly);
        auto stmt = db->prepare(sql);
        qint64 value = -1;
        (void)stmt->forEachRow([&](SqliteStatement &s) { value = s.columnInt(0); });
        return value;
    }
    QString serverText(const QString &sql) const
    {
        auto db = SqliteDb::open(QDir(m_data).filePath(QStringLiteral("server.db")),
                                 SqliteDb::Mode::ReadOnly);
        auto stmt = db->prepare(sql);
        QString value;
        (void)stmt->forEachRow([&](SqliteStatement &s) { value = s.columnText(0); });
        return value;
    }
    QStringList allocate(const QString &terminal, const QStringList &how)
    {
        const QJsonObject answer =
            runJson(QStringList{QStringLiteral("allocate"), QStringLiteral("--data"), m_data,
                                QStringLiteral("--terminal"), terminal, QStringLiteral("--event"),
                                QStringLiteral("1")} +
                    how);
        return strings(answer.value(QLatin1String("seats")));
    }
    std::optional<ServerLink> enrol(int port, const QString &terminal)
    {
        const QString code = enrolmentCode(kExe, m_data, terminal);
        auto link = ConsoleEnrolment::enrol(QStringLiteral("127.0.0.1:%1").arg(port), code, 10000);
        if (!link)
            qWarning("%s", qPrintable(link.error().message));
        return link ? std::optional<ServerLink>(*link) : std::nullopt;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(kExe));
        m_data = m_tmp.filePath(QStringLiteral("server"));
        QVERIFY(initServer(kExe, m_data));
    }

    void aTerminalSellsOnlyWhatItWasAllocated()
    {
        RunningServer server(kExe, m_data);
        QVERIFY(server.port() > 0);
        // Terminals are named by their codes; seats can be given before they enrol.
        QVERIFY(!enrolmentCode(kExe, m_data, QStringLiteral("BOX-1")).isEmpty());
        QVERIFY(!enrolmentCode(kExe, m_data, QStringLiteral("BOX-2")).isEmpty());
        const QStringList mine =
            allocate(QStringLiteral("BOX-1"), {QStringLiteral("--count"), QStringLiteral("5")});
        const QStringList theirs =
            allocate(QStringLiteral("BOX-2"), {QStringLiteral("--count"), QStringLiteral("5")});
        QCOMPARE(mine.size(), 5);
        QCOMPARE(theirs.size(), 5);
        for (const QString &seat : mine)
            QVERIFY(!theirs.contains(seat));
        // A seat that is another terminal's cannot be given twice.
        const ServerRun twice = runServerCommand(
            kExe, {QStringLiteral("allocate"), QStringLiteral("--data"), m_data,
                   QStringLiteral("--terminal"), QStringLiteral("BOX-1"), QStringLiteral("--event"),
                   QStringLiteral("1"), QStringLiteral("--seats"), theirs.first()});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.err.contains("BOX-2"), twice.err.constData());
        const qint64 quota =
            serverScalar(QStringLiteral("SELECT id FROM ga_quotas WHERE event_id = 1 LIMIT 1"));
        const QString quotaName =
            serverText(QStringLiteral("SELECT name FROM ga_quotas WHERE id = %1").arg(quota));
        QVERIFY(!runJson({QStringLiteral("allocate"), QStringLiteral("--data"), m_data,
                          QStringLiteral("--terminal"), QStringLiteral("BOX-1"),
                          QStringLiteral("--event"), QStringLiteral("1"), QStringLiteral("--ga"),
                          quotaName, QStringLiteral("--places"), QStringLiteral("3")})
                     .isEmpty());
        // On the server the seats given are no longer its own to sell.
        QCOMPARE(serverScalar(QStringLiteral("SELECT COUNT(*) FROM event_seats WHERE event_id = 1 "
                                             "AND state = 4")),
                 10);

        EngineFixture box1(false);
        const std::optional<ServerLink> enrolled = enrol(server.port(), QStringLiteral("BOX-1"));
        QVERIFY(enrolled);
        const ServerLink link = *enrolled;
        auto pulled = CatalogPuller(box1.path(), link).pullOnce(box1.engine());
        QVERIFY2(pulled.ok(), qPrintable(pulled ? QString() : pulled.error().message));
        QCOMPARE(pulled->granted, 5);
        QVERIFY(pulled->version > 0);
        QCOMPARE(box1.scalar(QStringLiteral("SELECT COUNT(*) FROM venues")),
                 serverScalar(QStringLiteral("SELECT COUNT(*) FROM venues")));
        QCOMPARE(box1.scalar(QStringLiteral("SELECT COUNT(*) FROM seats")),
                 serverScalar(QStringLiteral("SELECT COUNT(*) FROM seats")));
        QCOMPARE(box1.scalar(QStringLiteral("SELECT COUNT(*) FROM seat_prices")),
                 serverScalar(QStringLiteral("SELECT COUNT(*) FROM seat_prices")));
        QCOMPARE(box1.scalar(QStringLiteral("SELECT COUNT(*) FROM event_seats WHERE state = 0")),
                 5);
        QCOMPARE(box1.scalar(QStringLiteral("SELECT COUNT(*) FROM event_seats WHERE state = 4")),
                 box1.scalar(QStringLiteral("SELECT COUNT(*) FROM seats")) - 5);
        QCOMPARE(
            box1.scalar(QStringLiteral("SELECT allocated FROM ga_quotas WHERE id = %1").arg(quota)),
            3);

        // Its own seat sells; another counter's is refused with its own code.
        QVERIFY(sellAllocatedSeat(box1, mine.first(), 1).result.ok());
        CommandOutcome refused = sellAllocatedSeat(box1, theirs.first(), 1);
        QVERIFY(!refused.result.ok());
        QCOMPARE(refused.result.error().code, ErrorCode::NotAllocated);
        QVERIFY(refused.result.error().where.endsWith(QLatin1String(".seat")));
        // Pulling again with nothing new changes nothing and journals nothing.
        const qint64 journal = box1.scalar(QStringLiteral("SELECT MAX(seq) FROM journal"));
        auto again = CatalogPuller(box1.path(), link).pullOnce(box1.engine());
        QVERIFY(again.ok());
        QCOMPARE(again->rows, 0);
        QCOMPARE(again->requested, 0);
        QCOMPARE(box1.scalar(QStringLiteral("SELECT MAX(seq) FROM journal")), journal);

        // Three standing places, not four.
        QVERIFY(sellStanding(box1, quota, 2).result.ok());
        refused = sellStanding(box1, quota, 2);
        QCOMPARE(refused.result.error().code, ErrorCode::NotAllocated);
        QVERIFY(sellStanding(box1, quota, 1).result.ok());

        // Take back every BOX-1 seat: one was sold offline meanwhile.
        const QJsonObject taking =
            runJson({QStringLiteral("take-back"), QStringLiteral("--data"), m_data,
                     QStringLiteral("--terminal"), QStringLiteral("BOX-1"),
                     QStringLiteral("--event"), QStringLiteral("1")});
        QCOMPARE(taking.value(QLatin1String("taking_back")).toInt(), 5);
        // Until the terminal answers, the server does not sell them again.
        QCOMPARE(serverScalar(QStringLiteral("SELECT COUNT(*) FROM event_seats WHERE event_id = 1 "
                                             "AND state = 4")),
                 10);
        auto back = CatalogPuller(box1.path(), link).pullOnce(box1.engine());
        QVERIFY(back.ok());
        QCOMPARE(back->released, 4);
        // Out of standing places, it asked for more (half of three) and got one.
        QCOMPARE(back->toppedUp, 1);
        QCOMPARE(
            box1.scalar(QStringLiteral("SELECT allocated FROM ga_quotas WHERE id = %1").arg(quota)),
            4);
        QCOMPARE(box1.scalar(QStringLiteral("SELECT COUNT(*) FROM event_seats WHERE state = 0")),
                 0);
        refused = sellAllocatedSeat(box1, mine.last(), 1);
        QCOMPARE(refused.result.error().code, ErrorCode::NotAllocated);
        // The next call delivers the answer: four back on the server, one sold.
        QVERIFY(CatalogPuller(box1.path(), link).pullOnce(box1.engine()).ok());
        QCOMPARE(serverScalar(QStringLiteral("SELECT COUNT(*) FROM seat_allocations a JOIN "
                                             "server_terminals t ON t.id = a.terminal_id "
                                             "WHERE t.name = 'BOX-1'")),
                 0);
        QCOMPARE(serverScalar(QStringLiteral("SELECT COUNT(*) FROM event_seats WHERE event_id = 1 "
                                             "AND state = 4")),
                 5);
        QCOMPARE(serverScalar(QStringLiteral("SELECT COUNT(*) FROM event_seats WHERE event_id = 1 "
                                             "AND state = 2")),
                 1);
        // Sent again (a lost answer), nothing changes twice.
        QVERIFY(CatalogPuller(box1.path(), link).pullOnce(box1.engine()).ok());
        QCOMPARE(serverScalar(QStringLiteral("SELECT COUNT(*) FROM event_seats WHERE event_id = 1 "
                                             "AND state = 0")),
                 serverScalar(QStringLiteral("SELECT COUNT(*) FROM event_seats WHERE event_id = "
                                             "1")) -
                     6);
        QCOMPARE(server.stop(), 0);
    }

    void standingPlacesTakenBackComeBackWhenTheTerminalAnswers()
    {
        RunningServer server(kExe, m_data);
        QVERIFY(server.port() > 0);
        const qint64 quota =
            serverScalar(QStringLiteral("SELECT id FROM ga_quotas WHERE event_id = 1 LIMIT 1"));
        const QString quotaName =
            serverText(QStringLiteral("SELECT name FROM ga_quotas WHERE id = %1").arg(quota));
        const QString serverAllocated =
            QStringLiteral("SELECT allocated FROM ga_quotas WHERE id = %1").arg(quota);
        const QString ninePlaces =
            QStringLiteral(
                "SELECT places * 1000 + taking FROM ga_allocations a JOIN server_terminals t ON "
                "t.id = a.terminal_id WHERE t.name = 'BOX-9' AND a.quota_id = %1")
                .arg(quota);
        const QStringList takeBack{
            QStringLiteral("take-back"),  QStringLiteral("--data"), m_data,
            QStringLiteral("--terminal"), QStringLiteral("BOX-9"),  QStringLiteral("--event"),
            QStringLiteral("1"),          QStringLiteral("--ga"),   quotaName};
        const std::optional<ServerLink> link = enrol(server.port(), QStringLiteral("BOX-9"));
        QVERIFY(link);
        // Nothing to take back from a terminal that was given none.
        const ServerRun none = runServerCommand(
            kExe, takeBack + QStringList{QStringLiteral("--places"), QStringLiteral("1")});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains("BOX-9"), none.err.constData());
        QVERIFY(!runJson({QStringLiteral("allocate"), QStringLiteral("--data"), m_data,
                          QStringLiteral("--terminal"), QStringLiteral("BOX-9"),
                          QStringLiteral("--event"), QStringLiteral("1"), QStringLiteral("--ga"),
                          quotaName, QStringLiteral("--places"), QStringLiteral("10")})
                     .isEmpty());
        const qint64 serverHad = serverScalar(serverAllocated);

        EngineFixture box9(false);
        QVERIFY(CatalogPuller(box9.path(), *link).pullOnce(box9.engine()).ok());
        const QString allocated =
            QStringLiteral("SELECT allocated FROM ga_quotas WHERE id = %1").arg(quota);
        QCOMPARE(box9.scalar(allocated), 10);
        QVERIFY(sellStanding(box9, quota, 3).result.ok());

        // A manager takes six back; the counter, offline, sells two more.
        const QJsonObject taking =
            runJson(takeBack + QStringList{QStringLiteral("--places"), QStringLiteral("6")});
        QCOMPARE(taking.value(QLatin1String("taking_back")).toInt(), 6);
        QCOMPARE(serverScalar(ninePlaces), 10 * 1000 + 6);
        QCOMPARE(serverScalar(serverAllocated), serverHad); // not resold meanwhile
        QVERIFY(sellStanding(box9, quota, 2).result.ok());

        // Its next call: four offered, five sold, it keeps five and cannot
        // sell more; it is not topped up after a take-back.
        auto pulled = CatalogPuller(box9.path(), *link).pullOnce(box9.engine());
        QVERIFY2(pulled.ok(), qPrintable(pulled ? QString() : pulled.error().message));
        QCOMPARE(pulled->toppedUp, 0);
        QCOMPARE(box9.scalar(allocated), 5);
        CommandOutcome refused = sellStanding(box9, quota, 1);
        QCOMPARE(refused.result.error().code, ErrorCode::NotAllocated);
        // The call after delivers its answer: five places back on the server.
        QVERIFY(CatalogPuller(box9.path(), *link).pullOnce(box9.engine()).ok());
        QCOMPARE(serverScalar(ninePlaces), 5 * 1000 + 0);
        QCOMPARE(serverScalar(serverAllocated), serverHad + 5);
        // Sent again, nothing changes twice.
        QVERIFY(CatalogPuller(box9.path(), *link).pullOnce(box9.engine()).ok());
        QVERIFY(CatalogPuller(box9.path(), *link).pullOnce(box9.engine()).ok());
        QCOMPARE(serverScalar(ninePlaces), 5 * 1000 + 0);
        QCOMPARE(serverScalar(serverAllocated), serverHad + 5);
        QCOMPARE(box9.scalar(allocated), 5);

        // --places without --ga is refused by name.
        const ServerRun bad = runServerCommand(
            kExe, {QStringLiteral("take-back"), QStringLiteral("--data"), m_data,
                   QStringLiteral("--terminal"), QStringLiteral("BOX-9"), QStringLiteral("--event"),
                   QStringLiteral("1"), QStringLiteral("--places"), QStringLiteral("2")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("--ga"), bad.err.constData());
        QCOMPARE(server.stop(), 0);
    }

    void aTerminalEnrolledLaterGetsTheCatalogAndItsShare()
    {
        RunningServer server(kExe, m_data);
        QVERIFY(server.port() > 0);
        QVERIFY(!enrolmentCode(kExe, m_data, QStringLiteral("BOX-3")).isEmpty());
        // Seats BOX-1 gave back can go to BOX-3.
        const QStringList given =
            allocate(QStringLiteral("BOX-3"), {QStringLiteral("--count"), QStringLiteral("4")});
        QCOMPARE(given.size(), 4);
        EngineFixture box3(false);
        const std::optional<ServerLink> enrolled = enrol(server.port(), QStringLiteral("BOX-3"));
        QVERIFY(enrolled);
        const ServerLink link = *enrolled;
        auto pulled = CatalogPuller(box3.path(), link).pullOnce(box3.engine());
        QVERIFY(pulled.ok());
        QCOMPARE(pulled->granted, 4);
        QCOMPARE(box3.scalar(QStringLiteral("SELECT COUNT(*) FROM events")),
                 serverScalar(QStringLiteral("SELECT COUNT(*) FROM events")));
        for (const QString &seat : given)
            QVERIFY(sellAllocatedSeat(box3, seat, 1).result.ok());
        // It was given no standing places: none of them are its to sell.
        const qint64 quota =
            serverScalar(QStringLiteral("SELECT id FROM ga_quotas WHERE event_id = 1 LIMIT 1"));
        QCOMPARE(
            box3.scalar(QStringLiteral("SELECT allocated FROM ga_quotas WHERE id = %1").arg(quota)),
            0);
        QCOMPARE(sellStanding(box3, quota, 1).result.error().code, ErrorCode::NotAllocated);
        QCOMPARE(server.stop(), 0);

        // A manager renames the show and adds a cashier on the server; the
        // terminal gets those two rows and nothing else.
        {
            EngineOptions options;
            options.path = QDir(m_data).filePath(QStringLiteral("server.db"));
            auto engine = Engine::open(options);
            QVERIFY(engine.ok());
            for (const auto &[kind, json] :
                 {std::pair{QStringLiteral("edit_event"),
                            QJsonObject{{QStringLiteral("event"), 1},
                                        {QStringLiteral("name"), QStringLiteral("Renamed show")}}},
                  std::pair{QStringLiteral("create_user"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("mei")},
                                        {QStringLiteral("role"), QStringLiteral("cashier")},
                                        {QStringLiteral("pin"), QStringLiteral("482915")}}}}) {
                auto command = CommandFactory::fromJson(kind, json);
                QVERIFY2(command.ok(), qPrintable(command ? QString() : command.error().message));
                CommandOutcome done =
                    (*engine)->execute(std::move(*command), kind + QLatin1String(":t"));
                QVERIFY2(done.result.ok(),
                         qPrintable(done.result ? QString() : done.result.error().message));
            }
        }
        RunningServer again(kExe, m_data);
        QVERIFY(again.port() > 0);
        // With staff on the server, its operator still enrols and allocates.
        QVERIFY(!enrolmentCode(kExe, m_data, QStringLiteral("BOX-4")).isEmpty());
        QCOMPARE(allocate(QStringLiteral("BOX-4"), {QStringLiteral("--count"), QStringLiteral("1")})
                     .size(),
                 1);
        ServerLink moved = link;
        moved.address.setPort(again.port());
        auto changes = CatalogPuller(box3.path(), moved).pullOnce(box3.engine());
        QVERIFY2(changes.ok(), qPrintable(changes ? QString() : changes.error().message));
        QCOMPARE(changes->rows, 2);
        QCOMPARE(box3.text(QStringLiteral("SELECT name FROM events WHERE id = 1")),
                 QStringLiteral("Renamed show"));
        QCOMPARE(box3.text(QStringLiteral("SELECT pin_hash FROM users WHERE name = 'mei'")),
                 serverText(QStringLiteral("SELECT pin_hash FROM users WHERE name = 'mei'")));
        // What it sold stays sold. It had sold all four seats it was given, so
        // it asked for more by itself (half of what it had) and got them.
        QCOMPARE(box3.scalar(QStringLiteral("SELECT COUNT(*) FROM event_seats WHERE state = 2")),
                 4);
        QCOMPARE(changes->requested, 1);
        QCOMPARE(changes->toppedUp, 2);
        QCOMPARE(changes->granted, 2);
        QCOMPARE(box3.scalar(QStringLiteral("SELECT COUNT(*) FROM event_seats WHERE state = 0")),
                 2);
        QCOMPARE(serverScalar(QStringLiteral("SELECT COUNT(*) FROM seat_allocations a JOIN "
                                             "server_terminals t ON t.id = a.terminal_id "
                                             "WHERE t.name = 'BOX-3'")),
                 6);
        QCOMPARE(again.stop(), 0);
    }

    void aMalformedCatalogIsRefusedNamingTheField()
    {
        auto bad = ApplyCatalogCommand::parse(
            {{QStringLiteral("since"), 0},
             {QStringLiteral("version"), 3},
             {QStringLiteral("tables"),
              QJsonObject{
                  {QStringLiteral("venues"), QJsonArray{QJsonArray{1, QStringLiteral("x")}}}}}});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().where, QStringLiteral("tables.venues[0]"));
        auto unknown = ApplyCatalogCommand::parse(
            {{QStringLiteral("since"), 0},
             {QStringLiteral("version"), 3},
             {QStringLiteral("tables"), QJsonObject{{QStringLiteral("journal"), QJsonArray{}}}}});
        QCOMPARE(unknown.error().where, QStringLiteral("tables.journal"));
        auto backwards = ApplyCatalogCommand::parse(
            {{QStringLiteral("since"), 5}, {QStringLiteral("version"), 3}});
        QCOMPARE(backwards.error().where, QStringLiteral("version"));
    }

    void aConsoleWithAVenueOfItsOwnUnderTheSameIdIsRefused()
    {
        EngineFixture console; // its own demo venue, id 1
        const qint64 seq = console.scalar(QStringLiteral("SELECT MAX(seq) FROM journal"));
        auto command = ApplyCatalogCommand::parse(
            {{QStringLiteral("since"), 0},
             {QStringLiteral("version"), 2},
             {QStringLiteral("tables"),
              QJsonObject{
                  {QStringLiteral("venues"),
                   QJsonArray{QJsonArray{1, QStringLiteral("Another Hall"), QStringLiteral("UTC"),
                                         10, 10, QStringLiteral("{}"), 0}}}}}});
        QVERIFY(command.ok());
        CommandOutcome outcome =
            console.engine().execute(std::move(*command), QStringLiteral("catalog:0:2"));
        QVERIFY(!outcome.result.ok());
        QCOMPARE(outcome.result.error().code, ErrorCode::InvalidState);
        QVERIFY(outcome.result.error().message.contains(QLatin1String("Another Hall")));
        QCOMPARE(console.scalar(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = "
                                               "'catalog.version'")),
                 0);
        QCOMPARE(console.scalar(QStringLiteral("SELECT MAX(seq) FROM journal")), seq);
    }
};

QTEST_GUILESS_MAIN(TestCatalogSync)
#include "testcatalogsync.moc"
