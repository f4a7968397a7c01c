// SPDX-License-Identifier: GPL-3.0-or-later
#include "totalscli.h"

#include "common/money.h"
#include "refunds/remoterefunds.h"
#include "serverdatadir.h"
#include "storage/sqlitedb.h"
#include "sync/redemptionledger.h"
#include "sync/salestotals.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace tessera {

namespace {

QCommandLineOption dataOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("data")},
                              TotalsCli::tr("The server's data directory."), QStringLiteral("dir"));
}

// The server's database for reading, or why not.
Result<SqliteDb> openReader(const QString &path)
{
    const ServerDataDir dir(path);
    if (!dir.isInitialised())
        return fail(ErrorCode::NotFound,
                    TotalsCli::tr("%1 is not a server's data directory: run tessera-server init "
                                  "--data %1 first.")
                        .arg(dir.path()),
                    QStringLiteral("--data"));
    auto db = SqliteDb::open(dir.database(), SqliteDb::Mode::ReadOnly);
    if (!db)
        return db.error();
    auto stmt = db->prepare(QStringLiteral(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ticket_redemptions'"));
    bool prepared = false;
    if (stmt) {
        if (auto r = stmt->forEachRow([&](SqliteStatement &) { prepared = true; }); !r)
            return r.error();
    }
    if (!prepared)
        return fail(ErrorCode::InvalidState,
                    TotalsCli::tr("The server in %1 has no totals yet: start it once "
                                  "(tessera-server run) so it prepares them.")
                        .arg(dir.path()),
                    QStringLiteral("--data"));
    return db;
}

// "sold 5, refunded 1, redeemed 2; 4 orders (1 cancelled); taken 120.00 CNY
// (card 20.00 CNY, cash 100.00 CNY), refunded 30.00 CNY, net 90.00 CNY"
QString figuresLine(const QJsonObject &f, const QString &currency)
{
    auto money = [&](qint64 minor) { return Money{minor, currency}.toString(); };
    const QJsonObject revenue = f.value(QStringLiteral("revenue")).toObject();
    const QJsonObject byMethod = revenue.value(QStringLiteral("by_method")).toObject();
    QStringList methods;
    for (auto it = byMethod.constBegin(); it != byMethod.constEnd(); ++it)
        methods << QStringLiteral("%1 %2").arg(it.key(), money(it.value().toInteger()));
    return TotalsCli::tr("sold %1, refunded %2, redeemed %3; %4 orders (%5 cancelled); taken %6%7, "
                         "refunded %8, net %9")
        .arg(f.value(QStringLiteral("sold")).toInteger())
        .arg(f.value(QStringLiteral("refunded")).toInteger())
        .arg(f.value(QStringLiteral("redeemed")).toInteger())
        .arg(f.value(QStringLiteral("orders")).toInteger())
        .arg(f.value(QStringLiteral("cancelled_orders")).toInteger())
        .arg(money(revenue.value(QStringLiteral("taken")).toInteger()),
             methods.isEmpty() ? QString()
                               : QStringLiteral(" (%1)").arg(methods.join(QStringLiteral(", "))),
             money(revenue.value(QStringLiteral("refunded")).toInteger()),
             money(revenue.value(QStringLiteral("net")).toInteger()));
}

} // namespace

void TotalsCli::print(std::FILE *to, const QString &text) const
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), to);
    std::fflush(to);
}

int TotalsCli::fail(const QString &message) const
{
    print(m_err, message);
    return 1;
}

int TotalsCli::totals(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption data = dataOption();
    const QCommandLineOption event(QStringList{QStringLiteral("event")},
                                   tr("Only this event (its id)."), QStringLiteral("id"));
    const QCommandLineOption json(QStringList{QStringLiteral("json")}, tr("Print JSON."));
    parser.addOptions({data, event, json});
    if (!parser.parse(arguments) || !parser.isSet(data)) {
        print(m_err, parser.isSet(data) ? parser.errorText() : tr("totals needs --data DIR."));
        print(m_err, tr("Usage: tessera-server totals --data DIR [--event ID] [--json]"));
        return 2;
    }
    std::optional<qint64> only;
    if (parser.isSet(event)) {
        bool ok = false;
        only = parser.value(event).toLongLong(&ok);
        if (!ok || *only < 0) {
            print(
                m_err,
                tr("--event takes an event's id (a number), not \"%1\".").arg(parser.value(event)));
            return 2;
        }
    }
    auto db = openReader(parser.value(data));
    if (!db)
        return fail(db.error().message);
    auto totals = SalesTotals(*db).compute(only);
    if (!totals)
        return fail(totals.error().message);
    if (parser.isSet(json)) {
        print(m_out, QString::fromUtf8(QJsonDocument(*totals).toJson(QJsonDocument::Indented)));
        return 0;
    }
    const QJsonArray events = totals->value(QStringLiteral("events")).toArray();
    if (events.isEmpty())
        print(m_out, tr("No sales have reached the server yet."));
    for (const QJsonValue &e : events) {
        const QJsonObject ev = e.toObject();
        const QString currency = ev.value(QStringLiteral("currency")).toString();
        const qint64 id = ev.value(QStringLiteral("event")).toInteger();
        print(m_out, (id ? tr("Event %1: %2").arg(id) : tr("Card keys only: %1"))
                         .arg(figuresLine(ev, currency)));
        for (const QJsonValue &t : ev.value(QStringLiteral("terminals")).toArray())
            print(m_out, QStringLiteral("  %1: %2")
                             .arg(t[QStringLiteral("terminal")].toString(),
                                  figuresLine(t.toObject(), currency)));
    }
    return 0;
}

int TotalsCli::conflicts(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption data = dataOption();
    parser.addOptions({data});
    if (!parser.parse(arguments) || !parser.isSet(data)) {
        print(m_err, parser.isSet(data) ? parser.errorText() : tr("conflicts needs --data DIR."));
        print(m_err, tr("Usage: tessera-server conflicts --data DIR"));
        return 2;
    }
    auto db = openReader(parser.value(data));
    if (!db)
        return fail(db.error().message);
    auto entries = RedemptionLedger::doubleEntries(*db);
    if (!entries)
        return fail(entries.error().message);
    auto refunds = RemoteRefunds::doubleRefunds(*db);
    if (!refunds)
        return fail(refunds.error().message);
    auto used = RemoteRefunds::usedAndRefunded(*db);
    if (!used)
        return fail(used.error().message);
    print(m_out,
          QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("double_entries"), *entries},
                                                      {QStringLiteral("double_refunds"), *refunds},
                                                      {QStringLiteral("used_and_refunded"), *used}})
                                .toJson(QJsonDocument::Indented)));
    return 0;
}

} // namespace tessera
