// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogpuller.h"

#include "engine/engine.h"
#include "query/terminalqueries.h"
#include "replica/applycatalogcommand.h"
#include "serverclient.h"
#include "storage/sqlitedb.h"

#include <QJsonArray>
#include <QUuid>

namespace tessera {

Result<CatalogPuller::Report> CatalogPuller::pullOnce(Engine &engine)
{
    auto report = pullOnly(engine);
    if (!report)
        return report;
    QJsonArray low;
    {
        auto db = SqliteDb::open(m_path, SqliteDb::Mode::ReadOnly);
        if (!db)
            return db.error();
        auto wanted = TerminalQueries(*db).lowAllocations();
        if (!wanted)
            return wanted.error();
        low = *wanted;
    }
    if (low.isEmpty())
        return report;
    ServerClient client(m_link.address, m_link.ca, m_link.token, m_timeoutMs);
    for (const QJsonValue &ask : low) {
        auto granted = client.post(QStringLiteral("/v1/allocation/request"), ask.toObject());
        if (!granted)
            return granted.error();
        ++report->requested;
        report->toppedUp += granted->value(QLatin1String("granted")).toInteger();
    }
    if (report->toppedUp == 0)
        return report;
    auto more = pullOnly(engine);
    if (!more)
        return more.error();
    report->version = more->version;
    report->rows += more->rows;
    report->granted += more->granted;
    report->released += more->released;
    report->cardKeys += more->cardKeys;
    return report;
}

Result<CatalogPuller::Report> CatalogPuller::pullOnly(Engine &engine)
{
    qint64 since = 0;
    QJsonObject ack;
    {
        auto db = SqliteDb::open(m_path, SqliteDb::Mode::ReadOnly);
        if (!db)
            return db.error();
        TerminalQueries terminal(*db);
        auto version = terminal.catalogVersion();
        if (!version)
            return version.error();
        auto pending = terminal.catalogAck();
        if (!pending)
            return pending.error();
        since = *version;
        ack = *pending;
    }
    // The key this terminal signs tickets with: the server finds the seller
    // of a ticket refunded at another counter by it.
    QJsonObject body{{QStringLiteral("since"), since},
                     {QStringLiteral("ticket_key"),
                      QString::fromLatin1(engine.ticketKey().publicKeyRaw().toBase64())}};
    if (!ack.value(QLatin1String("released")).toArray().isEmpty() ||
        !ack.value(QLatin1String("sold")).toArray().isEmpty() ||
        !ack.value(QLatin1String("ga")).toArray().isEmpty() ||
        !ack.value(QLatin1String("cards_released")).toArray().isEmpty() ||
        !ack.value(QLatin1String("cards_sold")).toArray().isEmpty())
        body.insert(QStringLiteral("ack"), ack);
    ServerClient client(m_link.address, m_link.ca, m_link.token, m_timeoutMs);
    auto answer = client.post(QStringLiteral("/v1/catalog"), body);
    if (!answer)
        return answer.error();
    auto command = ApplyCatalogCommand::parse(*answer, m_link.boxKey);
    if (!command)
        return command.error();
    Report report;
    report.version = since;
    const QJsonObject allocation = answer->value(QLatin1String("allocation")).toObject();
    const QJsonArray cardsTaken = allocation.value(QLatin1String("cards_taken")).toArray();
    bool cardsToAnswer = !cardsTaken.isEmpty();
    if (cardsToAnswer) {
        // Only keys still in a cart: nothing to say yet, nothing to apply.
        auto db = SqliteDb::open(m_path, SqliteDb::Mode::ReadOnly);
        if (!db)
            return db.error();
        auto inCarts = TerminalQueries(*db).cardKeysInCarts(cardsTaken);
        if (!inCarts)
            return inCarts.error();
        cardsToAnswer = *inCarts < cardsTaken.size();
    }
    if ((*command)->version() == since && !cardsToAnswer &&
        answer->value(QLatin1String("tables")).toObject().isEmpty() &&
        allocation.value(QLatin1String("seats")).toArray().isEmpty() &&
        allocation.value(QLatin1String("ga")).toArray().isEmpty() &&
        allocation.value(QLatin1String("cards")).toArray().isEmpty())
        return report; // nothing new
    if ((*command)->since() != since)
        return fail(ErrorCode::InvalidState,
                    tr("The server answered for catalog version %1; this terminal has %2.")
                        .arg((*command)->since())
                        .arg(since));
    // Card keys still being taken back come in every answer, the same answer
    // until the terminal has said what became of each: applied again each
    // time (a key in a cart may have come out of it), so its own key.
    const bool takingCards = !cardsTaken.isEmpty();
    const QString key =
        QStringLiteral("catalog:%1:%2:%3")
            .arg(since)
            .arg((*command)->version())
            .arg(takingCards ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                             : QString::fromLatin1((*command)->digest().toHex().left(16)));
    CommandOutcome outcome = engine.execute(std::move(*command), key);
    Result<QJsonObject> applied = outcome.result;
    if (!applied)
        return applied.error();
    report.version = applied->value(QLatin1String("version")).toInteger();
    report.rows = applied->value(QLatin1String("rows")).toInteger();
    report.granted = applied->value(QLatin1String("granted")).toInteger();
    report.released = applied->value(QLatin1String("released")).toArray().size();
    report.cardKeys = applied->value(QLatin1String("card_keys")).toInteger();
    return report;
}

} // namespace tessera
