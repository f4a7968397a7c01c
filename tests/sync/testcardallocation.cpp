// SPDX-License-Identifier: GPL-3.0-or-later
// Card keys allocated to terminals against the real tessera-server: a
// manager gives a terminal some of the server's codes; they reach it sealed
// to its own key (nothing readable on the wire or in any journal), it sells
// exactly those and asks for more when it runs low; another terminal never
// receives them; a terminal without a key and a forged or misdirected
// record are refused with nothing applied.
#include "catalogpuller.h"
#include "consoleenrolment.h"
#include "crypto/keyring.h"
#include "crypto/sealedbox.h"
#include "engine/engine.h"
#include "enginefixture.h"
#include "enrolmentcode.h"
#include "replica/applycatalogcommand.h"
#include "replica/catalogtables.h"
#include "serverclient.h"
#include "serverprocess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace tessera;
using namespace tessera::test;

namespace {

const QString kExe = QStringLiteral(TESSERA_SERVER_EXE);

// Server code id → plaintext, of the codes `path` holds (server_id for a
// terminal's copies, id for the server's own).
std::map<qint64, QString> codesOf(Engine &engine, const QString &path, const QString &where)
{
    std::map<qint64, QString> out;
    auto db = SqliteDb::open(path, SqliteDb::Mode::ReadOnly);
    if (!db)
        return out;
    const auto key = engine.dataKey(*db);
    auto stmt = db->prepare(QStringLiteral("SELECT %1, code_enc FROM card_codes WHERE %2")
                                .arg(where.contains(QLatin1String("server_id"))
                                         ? QStringLiteral("server_id")
                                         : QStringLiteral("id"),
                                     where));
    if (!stmt || !key)
        return out;
    (void)stmt->forEachRow([&](SqliteStatement &s) {
        auto code = SealedFields::openCode(*key, s.columnBlob(1));
        out[s.columnInt(0)] = code ? *code : QString();
    });
    return out;
}

CommandOutcome sellCards(EngineFixture &console, qint64 product, qint64 quantity, qint64 price)
{
    return console.run(
        QStringLiteral("sell"),
        {{QStringLiteral("event"), 1},
         {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("card"), product},
                                                          {QStringLiteral("quantity"), quantity}}}},
         {QStringLiteral("payments"),
          QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("cash")},
                                 {QStringLiteral("amount"), price * quantity}}}}});
}

} // namespace

class TestCardAllocation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_data;

    QString serverDb() const { return QDir(m_data).filePath(QStringLiteral("server.db")); }
    qint64 serverScalar(const QString &sql) const
    {
        auto db = SqliteDb::open(serverDb(), SqliteDb::Mode::ReadOnly);
        auto stmt = db->prepare(sql);
        qint64 value = -1;
        (void)stmt->forEachRow([&](SqliteStatement &s) { value = s.columnInt(0); });
        return value;
    }
    QString productName() const
    {
        auto db = SqliteDb::open(serverDb(), SqliteDb::Mode::ReadOnly);
        auto stmt = db->prepare(QStringLiteral("SELECT name FROM card_products WHERE id = 1"));
        QString name;
        (void)stmt->forEachRow([&](SqliteStatement &s) { name = s.columnText(0); });
        return name;
    }
    ServerRun allocateCards(const QString &terminal, const QString &count)
    {
        return runServerCommand(kExe,
                                {QStringLiteral("allocate"), QStringLiteral("--data"), m_data,
                                 QStringLiteral("--terminal"), terminal, QStringLiteral("--card"),
                                 productName(), QStringLiteral("--codes"), count});
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
        QVERIFY(!productName().isEmpty());
    }

    void aTerminalSellsTheCardKeysItWasGivenAndNoOthers()
    {
        RunningServer server(kExe, m_data);
        QVERIFY(server.port() > 0);
        const std::optional<ServerLink> one = enrol(server.port(), QStringLiteral("CARD-1"));
        const std::optional<ServerLink> two = enrol(server.port(), QStringLiteral("CARD-2"));
        QVERIFY(one && two);
        QCOMPARE(one->boxKey.size(), SealedBox::KeySize);
        const qint64 serverFree =
            serverScalar(QStringLiteral("SELECT COUNT(*) FROM card_codes WHERE state = 0"));
        QVERIFY(serverFree >= 5);

        // Three of the server's codes go to CARD-1: not the server's to sell any more.
        const ServerRun given = allocateCards(QStringLiteral("CARD-1"), QStringLiteral("3"));
        QCOMPARE(given.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(given.out).object().value(QLatin1String("allocated")),
                 QJsonValue(3));
        QCOMPARE(serverScalar(QStringLiteral("SELECT COUNT(*) FROM card_codes WHERE state = 0")),
                 serverFree - 3);
        QCOMPARE(serverScalar(QStringLiteral("SELECT COUNT(*) FROM card_allocations a JOIN "
                                             "server_terminals t ON t.id = a.terminal_id WHERE "
                                             "t.name = 'CARD-1'")),
                 3);

        // On the wire they are sealed: the answer holds three records and no code.
        ServerClient wire(one->address, one->ca, one->token, 10000);
        auto answer = wire.post(QStringLiteral("/v1/catalog"), {{QStringLiteral("since"), 0}});
        QVERIFY2(answer.ok(), qPrintable(answer ? QString() : answer.error().message));
        const QJsonArray sealed = answer->value(QLatin1String("allocation"))
                                      .toObject()
                                      .value(QLatin1String("cards"))
                                      .toArray();
        QCOMPARE(sealed.size(), 3);
        const QByteArray wireText = QJsonDocument(*answer).toJson();
        QVERIFY(!wireText.contains("GC100-"));

        // A console seeded with demo codes of its own sells only the server's three.
        EngineFixture box1(true, 20, QDateTime::currentMSecsSinceEpoch());
        auto pulled = CatalogPuller(box1.path(), *one).pullOnly(box1.engine());
        QVERIFY2(pulled.ok(), qPrintable(pulled ? QString() : pulled.error().message));
        QCOMPARE(box1.scalar(QStringLiteral(
                     "SELECT COUNT(*) FROM card_codes WHERE state = 0 AND server_id IS NOT NULL")),
                 3);
        QCOMPARE(box1.scalar(QStringLiteral(
                     "SELECT COUNT(*) FROM card_codes WHERE state = 0 AND server_id IS NULL")),
                 0);
        const qint64 price =
            box1.scalar(QStringLiteral("SELECT price FROM card_products WHERE id = 1"));
        QVERIFY(sellCards(box1, 1, 2, price).result.ok());
        QVERIFY(sellCards(box1, 1, 1, price).result.ok());
        CommandOutcome fourth = sellCards(box1, 1, 1, price);
        QVERIFY(!fourth.result.ok());
        QCOMPARE(fourth.result.error().code, ErrorCode::PoolExhausted);

        // CARD-2 pulls the same catalog and gets none of them.
        EngineFixture box2(false, 0, QDateTime::currentMSecsSinceEpoch());
        QVERIFY(CatalogPuller(box2.path(), *two).pullOnly(box2.engine()).ok());
        QCOMPARE(box2.scalar(QStringLiteral("SELECT COUNT(*) FROM card_codes")), 0);

        // Sold out of its allocation, CARD-1 asks for more by itself.
        auto topped = CatalogPuller(box1.path(), *one).pullOnce(box1.engine());
        QVERIFY2(topped.ok(), qPrintable(topped ? QString() : topped.error().message));
        QVERIFY(topped->toppedUp >= 1);
        QCOMPARE(box1.scalar(QStringLiteral("SELECT COUNT(*) FROM card_codes WHERE state = 0 AND "
                                            "server_id IS NOT NULL")),
                 topped->toppedUp);
        QVERIFY(sellCards(box1, 1, 1, price).result.ok());
        // Pulled again, nothing arrives twice.
        QVERIFY(CatalogPuller(box1.path(), *one).pullOnly(box1.engine()).ok());
        const qint64 held = 3 + topped->toppedUp;
        QCOMPARE(box1.scalar(
                     QStringLiteral("SELECT COUNT(*) FROM card_codes WHERE server_id IS NOT NULL")),
                 held);

        // No code is readable in the journal CARD-1 shipped or the server keeps.
        QCOMPARE(server.stop(), 0);
        QCOMPARE(serverScalar(QStringLiteral("SELECT COUNT(*) FROM journal WHERE payload LIKE "
                                             "'%GC100-%' OR result LIKE '%GC100-%'")),
                 0);
        QCOMPARE(box1.scalar(QStringLiteral("SELECT COUNT(*) FROM journal WHERE payload LIKE "
                                            "'%GC100-%' OR result LIKE '%GC100-%'")),
                 0);

        // What the terminal holds is exactly what the server gave it.
        EngineOptions options;
        options.path = serverDb();
        options.terminalId = QStringLiteral("SERVER");
        auto serverEngine = Engine::open(options);
        QVERIFY(serverEngine.ok());
        const auto serverCodes = codesOf(**serverEngine, serverDb(),
                                         QStringLiteral("id IN (SELECT code_id FROM "
                                                        "card_allocations)"));
        const auto terminalCodes =
            codesOf(box1.engine(), box1.path(), QStringLiteral("server_id IS NOT NULL"));
        QCOMPARE(qint64(terminalCodes.size()), held);
        QCOMPARE(terminalCodes, serverCodes);
        for (const auto &[id, code] : terminalCodes)
            QVERIFY2(code.startsWith(QLatin1String("GC100-")), qPrintable(code));
    }

    void cardKeysTakenBackComeBackWhenTheTerminalAnswers()
    {
        RunningServer server(kExe, m_data);
        QVERIFY(server.port() > 0);
        const std::optional<ServerLink> link = enrol(server.port(), QStringLiteral("CARD-3"));
        QVERIFY(link);
        QCOMPARE(allocateCards(QStringLiteral("CARD-3"), QStringLiteral("4")).exitCode, 0);
        const QString free = QStringLiteral("SELECT COUNT(*) FROM card_codes WHERE state = 0");
        const qint64 serverFree = serverScalar(free);
        EngineFixture box3(true, 0, QDateTime::currentMSecsSinceEpoch());
        QVERIFY(CatalogPuller(box3.path(), *link).pullOnly(box3.engine()).ok());
        const qint64 price =
            box3.scalar(QStringLiteral("SELECT price FROM card_products WHERE id = 1"));
        QVERIFY(sellCards(box3, 1, 1, price).result.ok());

        // A manager takes them all back; the counter, offline, sells one more.
        const QStringList takeBack{QStringLiteral("take-back"),
                                   QStringLiteral("--data"),
                                   m_data,
                                   QStringLiteral("--terminal"),
                                   QStringLiteral("CARD-3"),
                                   QStringLiteral("--card"),
                                   productName()};
        const ServerRun taking = runServerCommand(kExe, takeBack);
        QCOMPARE(taking.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(taking.out).object().value(QLatin1String("taking_back")),
                 QJsonValue(4));
        QVERIFY(sellCards(box3, 1, 1, price).result.ok());
        QCOMPARE(serverScalar(free), serverFree); // not the server's until it answers

        // Its next call: two unsold stop being sellable at once, two were sold.
        QVERIFY(CatalogPuller(box3.path(), *link).pullOnly(box3.engine()).ok());
        QCOMPARE(sellCards(box3, 1, 1, price).result.error().code, ErrorCode::PoolExhausted);
        QCOMPARE(box3.scalar(QStringLiteral(
                     "SELECT COUNT(*) FROM card_codes WHERE state = 0 AND server_id IS NOT NULL")),
                 0);
        QCOMPARE(serverScalar(free), serverFree);
        // The call after delivers its answer: two back on the server, two sold.
        QVERIFY(CatalogPuller(box3.path(), *link).pullOnly(box3.engine()).ok());
        QCOMPARE(serverScalar(free), serverFree + 2);
        const QString allocations =
            QStringLiteral("SELECT COUNT(*) FROM card_allocations a JOIN server_terminals t ON "
                           "t.id = a.terminal_id WHERE t.name = 'CARD-3' AND a.state = %1");
        QCOMPARE(serverScalar(allocations.arg(1)), 0);
        QCOMPARE(serverScalar(allocations.arg(2)), 2);
        // Sent again, nothing changes twice.
        QVERIFY(CatalogPuller(box3.path(), *link).pullOnly(box3.engine()).ok());
        QVERIFY(CatalogPuller(box3.path(), *link).pullOnly(box3.engine()).ok());
        QCOMPARE(serverScalar(free), serverFree + 2);
        QCOMPARE(serverScalar(allocations.arg(2)), 2);

        // Nothing left to take back; --codes 0 and --codes without --card are refused.
        const ServerRun none = runServerCommand(kExe, takeBack);
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains("CARD-3"), none.err.constData());
        QCOMPARE(runServerCommand(
                     kExe, takeBack + QStringList{QStringLiteral("--codes"), QStringLiteral("0")})
                     .exitCode,
                 2);
        QCOMPARE(
            runServerCommand(kExe, {QStringLiteral("take-back"), QStringLiteral("--data"), m_data,
                                    QStringLiteral("--terminal"), QStringLiteral("CARD-3"),
                                    QStringLiteral("--event"), QStringLiteral("1"),
                                    QStringLiteral("--codes"), QStringLiteral("2")})
                .exitCode,
            2);
        QCOMPARE(server.stop(), 0);
    }

    void aCardKeyInACartIsAnsweredOnceItsHoldEnds()
    {
        RunningServer server(kExe, m_data);
        QVERIFY(server.port() > 0);
        const std::optional<ServerLink> link = enrol(server.port(), QStringLiteral("CARD-4"));
        QVERIFY(link);
        QCOMPARE(allocateCards(QStringLiteral("CARD-4"), QStringLiteral("1")).exitCode, 0);
        const QString free = QStringLiteral("SELECT COUNT(*) FROM card_codes WHERE state = 0");
        const qint64 serverFree = serverScalar(free);
        EngineFixture box4(true, 0, QDateTime::currentMSecsSinceEpoch());
        QVERIFY(CatalogPuller(box4.path(), *link).pullOnly(box4.engine()).ok());
        // The one card key goes into a cart.
        auto held = box4.run(
            QStringLiteral("hold"),
            {{QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("card"), 1},
                                                              {QStringLiteral("quantity"), 1}}}},
             {QStringLiteral("ttl_seconds"), 600}});
        QVERIFY2(held.result.ok(),
                 qPrintable(held.result ? QString() : held.result.error().toString()));
        const qint64 hold = held.result.value()[QStringLiteral("hold")].toInteger();
        QCOMPARE(
            runServerCommand(kExe, {QStringLiteral("take-back"), QStringLiteral("--data"), m_data,
                                    QStringLiteral("--terminal"), QStringLiteral("CARD-4"),
                                    QStringLiteral("--card"), productName()})
                .exitCode,
            0);
        // While it is in the cart the terminal says nothing of it (and
        // journals nothing for the answers that bring nothing new)…
        QVERIFY(CatalogPuller(box4.path(), *link).pullOnly(box4.engine()).ok());
        const QString applied =
            QStringLiteral("SELECT COUNT(*) FROM journal WHERE kind = 'apply_catalog'");
        const qint64 applies = box4.scalar(applied);
        for (int i = 0; i < 3; ++i)
            QVERIFY(CatalogPuller(box4.path(), *link).pullOnly(box4.engine()).ok());
        QCOMPARE(box4.scalar(applied), applies);
        QCOMPARE(serverScalar(free), serverFree);
        const QString taking =
            QStringLiteral("SELECT COUNT(*) FROM card_allocations a JOIN server_terminals t ON "
                           "t.id = a.terminal_id WHERE t.name = 'CARD-4' AND a.state = 1");
        QCOMPARE(serverScalar(taking), 1);
        // …once the cart lets it go, it stops being sellable and goes back.
        QVERIFY(
            box4.run(QStringLiteral("release_hold"), {{QStringLiteral("hold"), hold}}).result.ok());
        QVERIFY(CatalogPuller(box4.path(), *link).pullOnly(box4.engine()).ok());
        QCOMPARE(box4.scalar(QStringLiteral("SELECT state FROM card_codes WHERE server_id IS NOT "
                                            "NULL")),
                 4);
        QVERIFY(CatalogPuller(box4.path(), *link).pullOnly(box4.engine()).ok());
        QCOMPARE(serverScalar(taking), 0);
        QCOMPARE(serverScalar(free), serverFree + 1);
        QCOMPARE(server.stop(), 0);
    }

    void aTerminalWithoutAKeyIsGivenNone()
    {
        RunningServer server(kExe, m_data);
        QVERIFY(server.port() > 0);
        // Enrolled as a console of an older version would: no box key.
        const QString code = enrolmentCode(kExe, m_data, QStringLiteral("CARD-OLD"));
        auto parsed = EnrolmentCode::parse(code);
        QVERIFY(parsed.ok());
        auto ca =
            ConsoleEnrolment::pinCa(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.port())),
                                    parsed->caPrefix, 10000);
        QVERIFY(ca.ok());
        ServerClient client(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.port())), *ca,
                            {}, 10000);
        QVERIFY(client.post(QStringLiteral("/v1/enrol"), {{QStringLiteral("code"), code}}).ok());
        const ServerRun refused = allocateCards(QStringLiteral("CARD-OLD"), QStringLiteral("1"));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("enrol it again"), refused.err.constData());

        // A malformed key at enrolment is refused by name.
        const QString other = enrolmentCode(kExe, m_data, QStringLiteral("CARD-BAD"));
        auto bad = client.post(QStringLiteral("/v1/enrol"),
                               {{QStringLiteral("code"), other},
                                {QStringLiteral("box_key"), QStringLiteral("c2hvcnQ=")}});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().where, QStringLiteral("box_key"));

        // More than the server has, an unknown product, --codes 0: refused.
        QCOMPARE(allocateCards(QStringLiteral("CARD-1"), QStringLiteral("100000")).exitCode, 1);
        QCOMPARE(allocateCards(QStringLiteral("CARD-1"), QStringLiteral("0")).exitCode, 2);
        const ServerRun unknown = runServerCommand(
            kExe, {QStringLiteral("allocate"), QStringLiteral("--data"), m_data,
                   QStringLiteral("--terminal"), QStringLiteral("CARD-1"), QStringLiteral("--card"),
                   QStringLiteral("No such card"), QStringLiteral("--codes"), QStringLiteral("1")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("No such card"), unknown.err.constData());
        QCOMPARE(server.stop(), 0);
    }

    void aForgedOrMisdirectedRecordChangesNothing()
    {
        const auto mine = SealedBox::generate();
        const auto theirs = SealedBox::generate();
        QVERIFY(mine.ok() && theirs.ok());
        auto document = [](const QByteArray &sealed, qint64 id) {
            return QJsonObject{
                {QStringLiteral("since"), 0},
                {QStringLiteral("version"), 1},
                {QStringLiteral("tables"), QJsonObject()},
                {QStringLiteral("allocation"),
                 QJsonObject{{QStringLiteral("cards"),
                              QJsonArray{QJsonArray{id, 1, QJsonValue(), QJsonValue(),
                                                    QString::fromLatin1(sealed.toBase64())}}}}}};
        };
        const QByteArray aad = CatalogTables::cardKeyAad(7, 1);
        auto forMe = SealedBox::seal(mine->publicKey, "GC100-REAL-0007", aad);
        auto forThem = SealedBox::seal(theirs->publicKey, "GC100-REAL-0007", aad);
        QVERIFY(forMe.ok() && forThem.ok());

        QVERIFY(ApplyCatalogCommand::parse(document(*forMe, 7), mine->privateKey).ok());
        // Sealed to another terminal, or passed off as another code: refused.
        auto misdirected = ApplyCatalogCommand::parse(document(*forThem, 7), mine->privateKey);
        QVERIFY(!misdirected.ok());
        QCOMPARE(misdirected.error().code, ErrorCode::DecryptionFailed);
        QCOMPARE(misdirected.error().where, QStringLiteral("allocation.cards[0]"));
        auto moved = ApplyCatalogCommand::parse(document(*forMe, 8), mine->privateKey);
        QVERIFY(!moved.ok());
        QCOMPARE(moved.error().code, ErrorCode::DecryptionFailed);
        // A console without a key cannot take card keys at all.
        auto keyless = ApplyCatalogCommand::parse(document(*forMe, 7), {});
        QVERIFY(!keyless.ok());
        QCOMPARE(keyless.error().code, ErrorCode::InvalidState);
        // A malformed row names its place.
        QJsonObject malformed = document(*forMe, 7);
        malformed[QStringLiteral("allocation")] = QJsonObject{
            {QStringLiteral("cards"), QJsonArray{QJsonArray{7, 1, QStringLiteral("x")}}}};
        auto shape = ApplyCatalogCommand::parse(malformed, mine->privateKey);
        QVERIFY(!shape.ok());
        QCOMPARE(shape.error().where, QStringLiteral("allocation.cards[0]"));

        // Nothing of a refused document reaches a database.
        EngineFixture console(true, 5);
        const qint64 before = console.scalar(QStringLiteral("SELECT COUNT(*) FROM card_codes"));
        QVERIFY(!ApplyCatalogCommand::parse(document(*forThem, 7), mine->privateKey).ok());
        QCOMPARE(console.scalar(QStringLiteral("SELECT COUNT(*) FROM card_codes")), before);
        QCOMPARE(console.scalar(QStringLiteral("SELECT COUNT(*) FROM card_codes WHERE state = 4")),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestCardAllocation)
#include "testcardallocation.moc"
