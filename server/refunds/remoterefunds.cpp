// SPDX-License-Identifier: GPL-3.0-or-later
#include "refunds/remoterefunds.h"

#include "crypto/ed25519.h"
#include "crypto/sha256.h"
#include "engine/writecontext.h"
#include "sales/orderstate.h"
#include "storage/sqlitedb.h"
#include "tickets/signedticket.h"

#include <QDateTime>

#include <optional>

namespace tessera {

namespace {

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// The seller's line, order and event as SalesProjection keeps them.
struct ProjectedLine
{
    qint64 order = 0;
    qint64 event = 0;
    qint64 price = 0;
    int state = 0;
    QString stock;
    QString currency;
    int orderState = 0;
};

Result<std::optional<ProjectedLine>> projectedLine(SqliteDb &db, qint64 seller, qint64 line,
                                                   qint64 event)
{
    auto stmt = db.prepare(QStringLiteral(
        "SELECT l.order_id, l.event_id, l.price, l.state, l.stock, o.currency, o.state "
        "FROM sales_lines l JOIN sales_orders o ON o.terminal_id = l.terminal_id AND "
        "o.order_id = l.order_id WHERE l.terminal_id = ? AND l.line_id = ? AND l.event_id = ? "
        "AND l.kind IN (0, 1)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, seller).bind(2, line).bind(3, event);
    std::optional<ProjectedLine> found;
    auto r = stmt->forEachRow([&](SqliteStatement &s) {
        found =
            ProjectedLine{s.columnInt(0),  s.columnInt(1),  s.columnInt(2),     int(s.columnInt(3)),
                          s.columnText(4), s.columnText(5), int(s.columnInt(6))};
    });
    if (!r)
        return r.error();
    return found;
}

// The terminals whose reported key signed `ticket`: (id, name).
Result<std::optional<std::pair<qint64, QString>>> signer(SqliteDb &db, const SignedTicket &ticket)
{
    auto stmt = db.prepare(
        QStringLiteral("SELECT k.terminal_id, t.name, k.public_key FROM terminal_ticket_keys k "
                       "JOIN server_terminals t ON t.id = k.terminal_id WHERE k.key_id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, qint64(ticket.keyId()));
    std::optional<std::pair<qint64, QString>> found;
    auto r = stmt->forEachRow([&](SqliteStatement &s) {
        if (found)
            return;
        auto key = Ed25519PublicKey::fromRaw(s.columnBlob(2));
        if (key && key->verify(ticket.payload(), ticket.signature()))
            found = std::pair{s.columnInt(0), s.columnText(1)};
    });
    if (!r)
        return r.error();
    return found;
}

template<typename Bind>
Result<void> eachRow(SqliteDb &db, const char *sql, Bind &&bind,
                     const std::function<void(SqliteStatement &)> &row)
{
    auto stmt = db.prepare(QString::fromLatin1(sql));
    if (!stmt)
        return stmt.error();
    bind(*stmt);
    return stmt->forEachRow(row);
}

} // namespace

QJsonObject SoldTicket::toJson() const
{
    QJsonObject o{{QStringLiteral("sold_by"), sellerName},   {QStringLiteral("line"), line},
                  {QStringLiteral("order"), order},          {QStringLiteral("event"), event},
                  {QStringLiteral("event_name"), eventName}, {QStringLiteral("ticket"), ticket},
                  {QStringLiteral("stock"), stock},          {QStringLiteral("price"), price},
                  {QStringLiteral("currency"), currency},    {QStringLiteral("state"), state}};
    if (redeemedAt) {
        o.insert(QStringLiteral("redeemed_at"), iso(redeemedAt));
        o.insert(QStringLiteral("gate"), redeemedGate);
    }
    if (remoteRefund) {
        o.insert(QStringLiteral("refund"), remoteRefund);
        o.insert(QStringLiteral("refunded_at"), iso(refundedAt));
        o.insert(QStringLiteral("refunded_by"), refundedBy);
    }
    return o;
}

Result<void> RemoteRefunds::prepare(WriteContext &ctx)
{
    for (const char *sql : {
             "CREATE TABLE IF NOT EXISTS terminal_ticket_keys("
             "public_key BLOB PRIMARY KEY, key_id INTEGER NOT NULL, "
             "terminal_id INTEGER NOT NULL REFERENCES server_terminals(id), "
             "first_seen INTEGER NOT NULL) WITHOUT ROWID",
             "CREATE INDEX IF NOT EXISTS terminal_ticket_keys_id ON terminal_ticket_keys(key_id)",
             "CREATE TABLE IF NOT EXISTS remote_refunds("
             "id INTEGER PRIMARY KEY, ticket_key BLOB NOT NULL UNIQUE, "
             "seller_id INTEGER NOT NULL REFERENCES server_terminals(id), "
             "line_id INTEGER NOT NULL, order_id INTEGER NOT NULL, event_id INTEGER NOT NULL, "
             "amount INTEGER NOT NULL, currency TEXT NOT NULL, reason TEXT NOT NULL, "
             "refunder_id INTEGER NOT NULL REFERENCES server_terminals(id), "
             "approved_by TEXT NOT NULL, created_at INTEGER NOT NULL, also_refunded_at INTEGER, "
             "UNIQUE(seller_id, line_id))",
         }) {
        if (auto r = ctx.db().exec(QString::fromLatin1(sql)); !r)
            return r.error();
    }
    return {};
}

QByteArray RemoteRefunds::ticketKey(const QString &code)
{
    return Sha256::digest({"tessera-ticket\n", code.toUtf8()});
}

Result<SoldTicket> RemoteRefunds::find(SqliteDb &db, const QString &code)
{
    auto parsed = SignedTicket::parse(code.trimmed());
    if (!parsed)
        return fail(ErrorCode::InvalidInput,
                    tr("This is not a ticket code: %1").arg(parsed.error().message),
                    QStringLiteral("code"));
    auto who = signer(db, *parsed);
    if (!who)
        return who.error();
    if (!*who)
        return fail(ErrorCode::UntrustedKey,
                    tr("No terminal of this server signed this ticket: it is forged, or sold by "
                       "a terminal that has not called the server since it was enrolled."),
                    QStringLiteral("code"));
    const TicketClaims &claims = parsed->claims();
    SoldTicket t;
    t.seller = (*who)->first;
    t.sellerName = (*who)->second;
    t.line = claims.ticketId;
    t.event = claims.eventId;
    auto line = projectedLine(db, t.seller, t.line, t.event);
    if (!line)
        return line.error();
    if (!*line)
        return fail(ErrorCode::NotFound,
                    tr("This ticket was sold at terminal %1, whose sale has not reached the "
                       "server yet. Try again once %1 has synced.")
                        .arg(t.sellerName),
                    QStringLiteral("code"));
    t.order = (*line)->order;
    t.price = (*line)->price;
    t.stock = (*line)->stock;
    t.currency = (*line)->currency;
    t.ticket = claims.kind == TicketKind::Seat ? claims.seatGuid : (*line)->stock;
    if (auto r = eachRow(
            db, "SELECT name FROM events WHERE id = ?",
            [&](SqliteStatement &s) { s.bind(1, t.event); },
            [&](SqliteStatement &s) { t.eventName = s.columnText(0); });
        !r)
        return r.error();
    if (auto r = eachRow(
            db,
            "SELECT gate, redeemed_at FROM ticket_redemptions WHERE ticket_key = ? AND kept = 1",
            [&](SqliteStatement &s) { s.bind(1, ticketKey(code.trimmed())); },
            [&](SqliteStatement &s) {
                t.redeemedGate = s.columnText(0);
                t.redeemedAt = s.columnInt(1);
            });
        !r)
        return r.error();
    if (auto r = eachRow(
            db,
            "SELECT r.id, r.created_at, t.name FROM remote_refunds r JOIN server_terminals t ON "
            "t.id = r.refunder_id WHERE r.seller_id = ? AND r.line_id = ?",
            [&](SqliteStatement &s) { s.bind(1, t.seller).bind(2, t.line); },
            [&](SqliteStatement &s) {
                t.remoteRefund = s.columnInt(0);
                t.refundedAt = s.columnInt(1);
                t.refundedBy = s.columnText(2);
            });
        !r)
        return r.error();
    const auto orderState = OrderState((*line)->orderState);
    if (t.remoteRefund)
        t.state = QStringLiteral("refunded_elsewhere");
    else if ((*line)->state == int(LineState::Refunded))
        t.state = QStringLiteral("refunded");
    else if ((*line)->state == int(LineState::Exchanged))
        t.state = QStringLiteral("exchanged");
    else if (t.redeemedAt)
        t.state = QStringLiteral("used");
    else if (orderState != OrderState::Paid && orderState != OrderState::PartlyRefunded)
        t.state = QStringLiteral("unpaid");
    else
        t.state = QStringLiteral("sold");
    return t;
}

Result<void> RemoteRefunds::project(qint64 id)
{
    qint64 seller = 0, line = 0, order = 0, amount = 0, at = 0;
    QString reason;
    {
        auto stmt = m_ctx.statement("SELECT seller_id, line_id, order_id, amount, reason, "
                                    "created_at FROM remote_refunds WHERE id = ?");
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, id);
        if (auto r = (*stmt)->forEachRow([&](SqliteStatement &s) {
                seller = s.columnInt(0);
                line = s.columnInt(1);
                order = s.columnInt(2);
                amount = s.columnInt(3);
                reason = s.columnText(4);
                at = s.columnInt(5);
            });
            !r)
            return r.error();
    }
    if (!seller)
        return {};
    if (auto r = m_ctx.run("UPDATE sales_lines SET state = ? WHERE terminal_id = ? AND line_id = ?",
                           [&](SqliteStatement &s) {
                               s.bind(1, int(LineState::Refunded)).bind(2, seller).bind(3, line);
                           });
        !r)
        return r;
    // The order is refunded once none of its lines is active any more.
    if (auto r = m_ctx.run(
            "UPDATE sales_orders SET refunded = refunded + ?1, state = CASE WHEN EXISTS(SELECT 1 "
            "FROM sales_lines WHERE terminal_id = ?2 AND order_id = ?3 AND state = 0) THEN ?4 "
            "ELSE ?5 END WHERE terminal_id = ?2 AND order_id = ?3",
            [&](SqliteStatement &s) {
                s.bind(1, amount).bind(2, seller).bind(3, order);
                s.bind(4, int(OrderState::PartlyRefunded)).bind(5, int(OrderState::Refunded));
            });
        !r)
        return r;
    return m_ctx.run("INSERT OR REPLACE INTO sales_refunds(terminal_id, refund_id, order_id, "
                     "amount, reason, created_at) VALUES(?, ?, ?, ?, ?, ?)",
                     [&](SqliteStatement &s) {
                         s.bind(1, seller).bind(2, -id).bind(3, order).bind(4, amount);
                         s.bind(5, reason).bind(6, at);
                     });
}

Result<void> RemoteRefunds::reproject()
{
    std::vector<qint64> ids;
    auto stmt = m_ctx.db().prepare(QStringLiteral("SELECT id FROM remote_refunds ORDER BY id"));
    if (!stmt)
        return stmt.error();
    if (auto r = stmt->forEachRow([&](SqliteStatement &s) { ids.push_back(s.columnInt(0)); }); !r)
        return r;
    for (qint64 id : ids) {
        if (auto r = project(id); !r)
            return r;
    }
    return {};
}

Result<void> RemoteRefunds::noteSellerRefund(qint64 seller, const QJsonArray &lines, qint64 at)
{
    for (const QJsonValue &line : lines) {
        auto r = m_ctx.run(
            "UPDATE remote_refunds SET also_refunded_at = ? WHERE seller_id = ? "
            "AND line_id = ? AND also_refunded_at IS NULL",
            [&](SqliteStatement &s) { s.bind(1, at).bind(2, seller).bind(3, line.toInteger()); });
        if (!r)
            return r;
    }
    return {};
}

namespace {

// A server from before refunds elsewhere that has not run since has no table.
Result<bool> hasRemoteRefunds(SqliteDb &db)
{
    bool exists = false;
    if (auto r = eachRow(
            db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'remote_refunds'",
            [](SqliteStatement &) {}, [&](SqliteStatement &) { exists = true; });
        !r)
        return r.error();
    return exists;
}

} // namespace

Result<QJsonArray> RemoteRefunds::usedAndRefunded(SqliteDb &db)
{
    QJsonArray out;
    auto exists = hasRemoteRefunds(db);
    if (!exists || !*exists)
        return exists ? Result<QJsonArray>(out) : Result<QJsonArray>(exists.error());
    auto r = eachRow(
        db,
        "SELECT r.event_id, r.line_id, s.name, t.name, r.created_at, g.name, d.gate, "
        "d.redeemed_at FROM remote_refunds r JOIN ticket_redemptions d ON d.ticket_key = "
        "r.ticket_key AND d.kept = 1 JOIN server_terminals s ON s.id = r.seller_id JOIN "
        "server_terminals t ON t.id = r.refunder_id JOIN server_terminals g ON g.id = "
        "d.terminal_id ORDER BY r.id",
        [](SqliteStatement &) {},
        [&](SqliteStatement &s) {
            out.push_back(QJsonObject{{QStringLiteral("event"), s.columnInt(0)},
                                      {QStringLiteral("line"), s.columnInt(1)},
                                      {QStringLiteral("sold_by"), s.columnText(2)},
                                      {QStringLiteral("refunded_by"), s.columnText(3)},
                                      {QStringLiteral("refunded_at"), iso(s.columnInt(4))},
                                      {QStringLiteral("let_in_by"), s.columnText(5)},
                                      {QStringLiteral("gate"), s.columnText(6)},
                                      {QStringLiteral("redeemed_at"), iso(s.columnInt(7))}});
        });
    if (!r)
        return r.error();
    return out;
}

Result<QJsonArray> RemoteRefunds::doubleRefunds(SqliteDb &db)
{
    QJsonArray out;
    auto exists = hasRemoteRefunds(db);
    if (!exists)
        return exists.error();
    if (!*exists)
        return out;
    auto r = eachRow(
        db,
        "SELECT r.event_id, r.line_id, s.name, t.name, r.created_at, r.also_refunded_at, "
        "r.amount, r.currency FROM remote_refunds r JOIN server_terminals s ON s.id = "
        "r.seller_id JOIN server_terminals t ON t.id = r.refunder_id WHERE r.also_refunded_at "
        "IS NOT NULL ORDER BY r.id",
        [](SqliteStatement &) {},
        [&](SqliteStatement &s) {
            out.push_back(QJsonObject{{QStringLiteral("event"), s.columnInt(0)},
                                      {QStringLiteral("line"), s.columnInt(1)},
                                      {QStringLiteral("sold_by"), s.columnText(2)},
                                      {QStringLiteral("refunded_by"), s.columnText(3)},
                                      {QStringLiteral("refunded_at"), iso(s.columnInt(4))},
                                      {QStringLiteral("seller_refunded_at"), iso(s.columnInt(5))},
                                      {QStringLiteral("amount"), s.columnInt(6)},
                                      {QStringLiteral("currency"), s.columnText(7)}});
        });
    if (!r)
        return r.error();
    return out;
}

} // namespace tessera
