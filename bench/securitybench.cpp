// SPDX-License-Identifier: GPL-3.0-or-later
#include "securitybench.h"

#include "benchstats.h"

#include "audit/auditlog.h"
#include "audit/auditschema.h"
#include "audit/auditverifier.h"
#include "common/clock.h"
#include "crypto/datakey.h"
#include "engine/engine.h"
#include "query/orderqueries.h"
#include "sales/sellcommand.h"
#include "setup/cardproductcommands.h"
#include "staff/staffauthenticator.h"
#include "staff/staffcommands.h"
#include "storage/sqlitedb.h"
#include "tickets/signedticket.h"
#include "tickets/ticketverifier.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

namespace tessera::bench {

namespace {

double perSecond(qint64 count, const QElapsedTimer &timer)
{
    return double(count) / (double(timer.nsecsElapsed()) / 1e9);
}

void removeDb(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".key")})
        QFile::remove(path + suffix);
}

} // namespace

QJsonObject runSecurityBench(const SecurityBenchOptions &o,
                             const std::function<void(const QString &)> &progress)
{
    QDir().mkpath(o.workDir);
    QJsonObject out;

    progress(QStringLiteral("signing and verifying %1 tickets").arg(o.tickets));
    {
        const Ed25519KeyPair key = Ed25519KeyPair::generate();
        QStringList codes;
        QElapsedTimer timer;
        timer.start();
        for (int i = 1; i <= o.tickets; ++i) {
            TicketClaims claims;
            claims.ticketId = i;
            claims.eventId = 1;
            claims.seatGuid = QStringLiteral("N-A-12-%1").arg(i % 40);
            claims.ticketType = QStringLiteral("adult");
            claims.validFromMs = 1;
            claims.validUntilMs = 4102444800000;
            codes.push_back(SignedTicket::issue(claims, key));
        }
        out.insert(QStringLiteral("ticket_sign_per_s"), qRound64(perSecond(o.tickets, timer)));
        SystemClock clock;
        TicketVerifier::Setup setup;
        setup.keys.push_back(key.publicKey());
        TicketVerifier verifier(setup, clock);
        timer.restart();
        qint64 valid = 0;
        for (const QString &code : std::as_const(codes))
            valid += verifier.verify(code).admits() ? 1 : 0;
        out.insert(QStringLiteral("ticket_verify_per_s"), qRound64(perSecond(o.tickets, timer)));
        if (valid != o.tickets)
            qFatal("bench: only %lld of %d tickets verified", valid, o.tickets);
    }

    progress(
        QStringLiteral("audit log: %1 entries, then the whole chain verified").arg(o.auditEntries));
    {
        const QString path = QDir(o.workDir).filePath(QStringLiteral("audit.db"));
        removeDb(path);
        auto db = SqliteDb::open(path);
        if (!db || !db->exec(QString::fromUtf8(kAuditLogSchemaSql)) ||
            !db->exec(QStringLiteral("CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT "
                                     "NOT NULL)")))
            qFatal("bench: cannot create the audit log");
        const auto dataKey = std::make_shared<const DataKey>(DataKey::generate());
        const SystemClock clock;
        auto log = AuditLog::open(
            *db, [dataKey] { return dataKey; }, clock);
        if (!log)
            qFatal("bench: cannot open the audit log");
        (void)db->exec(QStringLiteral("BEGIN"));
        for (int i = 0; i < o.auditEntries; ++i)
            (void)log->append(1700000000000 + i, QStringLiteral("carl"), QStringLiteral("refund"),
                              QStringLiteral("order %1").arg(i),
                              QJsonObject{{QStringLiteral("amount"), 38000},
                                          {QStringLiteral("reason"), QStringLiteral("ill")}});
        (void)db->exec(QStringLiteral("COMMIT"));
        QElapsedTimer timer;
        timer.start();
        auto report = AuditVerifier::verify(*db, dataKey.get());
        const double rate = perSecond(o.auditEntries, timer);
        if (!report || !report->ok || report->entries != o.auditEntries)
            qFatal("bench: the audit chain did not verify");
        out.insert(QStringLiteral("audit_verify_entries_per_s"), qRound64(rate));
        removeDb(path);
    }

    progress(QStringLiteral("card keys: %1 sold and revealed with decryption").arg(o.cardKeys));
    {
        const QString path = QDir(o.workDir).filePath(QStringLiteral("cards.db"));
        removeDb(path);
        EngineOptions options;
        options.shiftRule = ShiftRule::None; // sells cash without opening a shift
        options.path = path;
        auto engine = Engine::open(options);
        if (!engine)
            qFatal("bench: cannot open engine: %s", qPrintable(engine.error().toString()));
        auto product = (*engine)->execute(
            CreateCardProductCommand::fromJson(
                QJsonObject{{QStringLiteral("name"), QStringLiteral("Top-up 50")},
                            {QStringLiteral("price"), 5000},
                            {QStringLiteral("currency"), QStringLiteral("CNY")}})
                .value(),
            QStringLiteral("product"));
        const qint64 productId = product.result.value()[QStringLiteral("product")].toInteger();
        QByteArray csv = "code\n";
        for (int i = 0; i < o.cardKeys; ++i)
            csv += "TOPUP-" + QByteArray::number(i).rightJustified(8, '0') + "-X\n";
        if (!(*engine)
                 ->execute(ImportCardCodesCommand::fromCsv(productId, csv).value(),
                           QStringLiteral("codes"))
                 .result)
            qFatal("bench: code import failed");
        std::vector<qint64> orders;
        for (int i = 0; i < o.cardKeys; ++i) {
            SellCommand::Input in;
            SaleLine line;
            line.kind = ItemKind::CardKey;
            line.refId = productId;
            in.lines = {line};
            PaymentInput cash;
            cash.method = QStringLiteral("cash");
            cash.amount = 5000;
            in.payments = {cash};
            auto sold = (*engine)->execute(std::make_unique<SellCommand>(in),
                                           QStringLiteral("card-%1").arg(i));
            orders.push_back(sold.result.value()[QStringLiteral("order")].toInteger());
        }
        // A delivery is what the buyer's screen or receipt needs: the order's
        // codes read back and decrypted.
        QElapsedTimer timer;
        timer.start();
        auto reader = SqliteDb::open(path, SqliteDb::Mode::ReadOnly);
        auto key = (*engine)->dataKey(*reader);
        OrderQueries queries(*reader, (*engine)->terminalId(), key.get());
        qint64 revealed = 0;
        for (const qint64 order : orders) {
            auto codes = queries.cardCodes(order);
            revealed += codes ? codes->size() : 0;
        }
        if (revealed != o.cardKeys)
            qFatal("bench: only %lld of %d card keys were revealed", revealed, o.cardKeys);
        out.insert(QStringLiteral("card_key_deliveries_per_s"),
                   qRound64(perSecond(o.cardKeys, timer)));
        (*engine)->stop();
        removeDb(path);
    }

    progress(
        QStringLiteral("sign-in: %1 wrong PINs under a real and an unknown name").arg(o.signIns));
    {
        const QString path = QDir(o.workDir).filePath(QStringLiteral("signin.db"));
        removeDb(path);
        EngineOptions options;
        options.shiftRule = ShiftRule::None; // sells cash without opening a shift
        options.path = path;
        auto engine = Engine::open(options);
        if (!engine)
            qFatal("bench: cannot open engine: %s", qPrintable(engine.error().toString()));
        const QString pin = QStringLiteral("482913");
        auto user = CreateUserCommand::fromJson(
            QJsonObject{{QStringLiteral("name"), QStringLiteral("carl")},
                        {QStringLiteral("role"), QStringLiteral("cashier")},
                        {QStringLiteral("pin"), pin}});
        if (!user || !(*engine)->execute(std::move(*user), QStringLiteral("user")).result)
            qFatal("bench: cannot create the user");
        SystemClock clock;
        StaffAuthenticator auth(**engine, clock);
        std::vector<double> known;
        std::vector<double> unknown;
        QElapsedTimer timer;
        // Interleaved, in turns first and second, so drift in the machine's
        // speed hits both alike.
        for (int i = 0; i < o.signIns; ++i) {
            bool failedAsExpected = true;
            auto timeKnown = [&] {
                timer.start();
                failedAsExpected &= !auth.login(QStringLiteral("carl"), QStringLiteral("000000"));
                known.push_back(double(timer.nsecsElapsed()) / 1e6);
            };
            // A fresh name each time, as a prober's would be, so none is locked.
            auto timeUnknown = [&] {
                timer.start();
                failedAsExpected &=
                    !auth.login(QStringLiteral("ghost-%1").arg(i), QStringLiteral("000000"));
                unknown.push_back(double(timer.nsecsElapsed()) / 1e6);
            };
            if (i % 2 == 0) {
                timeKnown();
                timeUnknown();
            } else {
                timeUnknown();
                timeKnown();
            }
            // The right PIN (untimed) clears the real name's count before a lock.
            if (!failedAsExpected || !auth.login(QStringLiteral("carl"), pin))
                qFatal("bench: sign-in did not answer as expected");
        }
        const double knownMs = median(known);
        const double unknownMs = median(unknown);
        out.insert(QStringLiteral("login_known_name_ms"), qRound(knownMs * 10) / 10.0);
        out.insert(QStringLiteral("login_unknown_name_ms"), qRound(unknownMs * 10) / 10.0);
        out.insert(QStringLiteral("login_unknown_vs_known_ratio"),
                   qRound(unknownMs / knownMs * 100) / 100.0);
        (*engine)->stop();
        removeDb(path);
    }
    return out;
}

} // namespace tessera::bench
