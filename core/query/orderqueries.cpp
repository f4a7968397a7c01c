// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/orderqueries.h"

#include "crypto/keyring.h"
#include "engine/inventory.h"
#include "sales/orderstate.h"
#include "sales/ticketcode.h"
#include "storage/sqlitedb.h"
#include "tickets/signedticket.h"
#include "tickets/ticketkeys.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

#include <optional>

namespace tessera {

namespace {

QString isoTime(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

QString kindName(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Seat:
        return QStringLiteral("seat");
    case ItemKind::GeneralAdmission:
        return QStringLiteral("ga");
    case ItemKind::CardKey:
        return QStringLiteral("card");
    }
    return {};
}

template<typename Bind, typename Row>
Result<void> query(SqliteDb &db, const char *sql, Bind &&bind, Row &&row)
{
    auto stmt = db.prepare(QString::fromUtf8(sql));
    if (!stmt)
        return stmt.error();
    bind(*stmt);
    return stmt->forEachRow(row);
}

} // namespace

Result<QJsonObject> OrderQueries::order(qint64 orderId)
{
    QJsonObject order;
    OrderState state = OrderState::Pending;
    auto r = query(
        m_db,
        "SELECT state, currency, total, paid, refunded, customer_enc, NULL, "
        "NULL, created_at, actor, channel, cancelled_at, cancelled_by, cancel_reason "
        "FROM orders WHERE id = ?",
        [&](SqliteStatement &s) { s.bind(1, orderId); },
        [&](SqliteStatement &s) {
            state = OrderState(s.columnInt(0));
            order = QJsonObject{{QStringLiteral("order"), orderId},
                                {QStringLiteral("number"), orderNumber(m_terminalId, orderId)},
                                {QStringLiteral("state"), orderStateName(state)},
                                {QStringLiteral("currency"), s.columnText(1)},
                                {QStringLiteral("total"), s.columnInt(2)},
                                {QStringLiteral("paid"), s.columnInt(3)},
                                {QStringLiteral("refunded"), s.columnInt(4)},
                                {QStringLiteral("created_at"), isoTime(s.columnInt(8))},
                                {QStringLiteral("actor"), s.columnText(9)},
                                {QStringLiteral("channel"), s.columnText(10)}};
            if (!s.columnIsNull(11)) {
                order.insert(QStringLiteral("cancelled_at"), isoTime(s.columnInt(11)));
                order.insert(QStringLiteral("cancelled_by"), s.columnText(12));
                if (!s.columnIsNull(13))
                    order.insert(QStringLiteral("cancel_reason"), s.columnText(13));
            }
            QJsonObject customer;
            if (!s.columnIsNull(5) && m_key) {
                if (auto c = SealedFields::openCustomer(*m_key, s.columnBlob(5))) {
                    if (!c->name.isEmpty())
                        customer.insert(QStringLiteral("name"), c->name);
                    if (!c->phone.isEmpty())
                        customer.insert(QStringLiteral("phone"), c->phone);
                    if (!c->email.isEmpty())
                        customer.insert(QStringLiteral("email"), c->email);
                }
            }
            if (!customer.isEmpty())
                order.insert(QStringLiteral("customer"), customer);
        });
    if (!r)
        return r.error();
    if (order.isEmpty())
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("tessera::OrderQueries", "There is no order %1.")
                        .arg(orderId),
                    QStringLiteral("order"));
    const bool issued = state == OrderState::Paid || state == OrderState::PartlyRefunded ||
                        state == OrderState::Refunded;
    QJsonArray lines;
    r = query(
        m_db,
        "SELECT l.id, l.kind, l.event_id, l.price, l.state, l.secret, l.redeemed_at, "
        "l.redeemed_gate, s.guid, t.code, q.name, p.name FROM order_lines l "
        "LEFT JOIN seats s ON l.kind = 0 AND s.id = l.ref_id "
        "LEFT JOIN ga_quotas q ON l.kind = 1 AND q.id = l.ref_id "
        "LEFT JOIN ticket_types t ON t.id = l.ticket_type_id "
        "LEFT JOIN card_codes cc ON l.kind = 2 AND cc.id = l.ref_id "
        "LEFT JOIN card_products p ON p.id = cc.product_id "
        "WHERE l.order_id = ? ORDER BY l.id",
        [&](SqliteStatement &s) { s.bind(1, orderId); },
        [&](SqliteStatement &s) {
            const auto kind = ItemKind(s.columnInt(1));
            QJsonObject line{{QStringLiteral("line"), s.columnInt(0)},
                             {QStringLiteral("kind"), kindName(kind)},
                             {QStringLiteral("price"), s.columnInt(3)},
                             {QStringLiteral("state"), lineStateName(LineState(s.columnInt(4)))}};
            if (kind != ItemKind::CardKey) {
                line.insert(QStringLiteral("event"), s.columnInt(2));
                line.insert(QStringLiteral("ticket_type"), s.columnText(9));
                if (issued && s.columnInt(4) == 0)
                    line.insert(QStringLiteral("code"),
                                TicketCode{s.columnInt(0), s.columnText(5)}.toString());
                if (s.columnInt(6)) {
                    line.insert(QStringLiteral("redeemed_at"), isoTime(s.columnInt(6)));
                    line.insert(QStringLiteral("redeemed_gate"), s.columnText(7));
                }
            }
            if (kind == ItemKind::Seat)
                line.insert(QStringLiteral("seat"), s.columnText(8));
            if (kind == ItemKind::GeneralAdmission)
                line.insert(QStringLiteral("ga"), s.columnText(10));
            if (kind == ItemKind::CardKey)
                line.insert(QStringLiteral("product"), s.columnText(11));
            lines.push_back(line);
        });
    if (!r)
        return r.error();
    QJsonArray payments;
    r = query(
        m_db,
        "SELECT id, method, amount, state, provider_ref, error_code, created_at, card_last4, "
        "tendered FROM payments WHERE order_id = ? ORDER BY id",
        [&](SqliteStatement &s) { s.bind(1, orderId); },
        [&](SqliteStatement &s) {
            QJsonObject p{{QStringLiteral("payment"), s.columnInt(0)},
                          {QStringLiteral("method"), s.columnText(1)},
                          {QStringLiteral("amount"), s.columnInt(2)},
                          {QStringLiteral("state"), paymentStateName(PaymentState(s.columnInt(3)))},
                          {QStringLiteral("created_at"), isoTime(s.columnInt(6))}};
            if (!s.columnIsNull(4))
                p.insert(QStringLiteral("reference"), s.columnText(4));
            if (!s.columnIsNull(5))
                p.insert(QStringLiteral("error_code"), s.columnText(5));
            if (!s.columnIsNull(7))
                p.insert(QStringLiteral("card_last4"), s.columnText(7));
            if (!s.columnIsNull(8))
                p.insert(QStringLiteral("tendered"), s.columnInt(8));
            payments.push_back(p);
        });
    if (!r)
        return r.error();
    QJsonArray refunds;
    r = query(
        m_db,
        "SELECT id, amount, reason, created_at, actor, approved_by FROM refunds WHERE order_id = ?",
        [&](SqliteStatement &s) { s.bind(1, orderId); },
        [&](SqliteStatement &s) {
            QJsonObject refund{{QStringLiteral("refund"), s.columnInt(0)},
                               {QStringLiteral("amount"), s.columnInt(1)},
                               {QStringLiteral("reason"), s.columnText(2)},
                               {QStringLiteral("created_at"), isoTime(s.columnInt(3))},
                               {QStringLiteral("actor"), s.columnText(4)}};
            if (!s.columnIsNull(5))
                refund.insert(QStringLiteral("approved_by"), s.columnText(5));
            refunds.push_back(refund);
        });
    if (!r)
        return r.error();
    // Tickets of it paid back at another counter, through the central server.
    r = query(
        m_db,
        "SELECT server_refund, amount, reason, refunded_at, refunded_by FROM refunds_elsewhere "
        "WHERE order_id = ? AND applied = 1 ORDER BY server_refund",
        [&](SqliteStatement &s) { s.bind(1, orderId); },
        [&](SqliteStatement &s) {
            refunds.push_back(QJsonObject{{QStringLiteral("server_refund"), s.columnInt(0)},
                                          {QStringLiteral("amount"), s.columnInt(1)},
                                          {QStringLiteral("reason"), s.columnText(2)},
                                          {QStringLiteral("created_at"), isoTime(s.columnInt(3))},
                                          {QStringLiteral("refunded_elsewhere"), s.columnText(4)}});
        });
    if (!r)
        return r.error();
    order.insert(QStringLiteral("lines"), lines);
    order.insert(QStringLiteral("payments"), payments);
    order.insert(QStringLiteral("refunds"), refunds);
    return order;
}

Result<QJsonArray> OrderQueries::orderSummaries(const char *where, const QList<QByteArray> &blobs,
                                                qint64 id, int limit)
{
    const QByteArray sql = QByteArrayLiteral("SELECT id, state, total, currency, customer_enc, "
                                             "created_at FROM orders WHERE ") +
                           where + QByteArrayLiteral(" ORDER BY id DESC LIMIT ?");
    QJsonArray out;
    auto r = query(
        m_db, sql.constData(),
        [&](SqliteStatement &s) {
            int n = 1;
            if (id)
                s.bind(n++, id);
            for (const QByteArray &blob : blobs)
                s.bind(n++, blob);
            s.bind(n, limit);
        },
        [&](SqliteStatement &s) {
            QString customer;
            if (!s.columnIsNull(4) && m_key) {
                if (auto c = SealedFields::openCustomer(*m_key, s.columnBlob(4)))
                    customer = c->name;
            }
            out.push_back(
                QJsonObject{{QStringLiteral("order"), s.columnInt(0)},
                            {QStringLiteral("number"), orderNumber(m_terminalId, s.columnInt(0))},
                            {QStringLiteral("state"), orderStateName(OrderState(s.columnInt(1)))},
                            {QStringLiteral("total"), s.columnInt(2)},
                            {QStringLiteral("currency"), s.columnText(3)},
                            {QStringLiteral("customer"), customer},
                            {QStringLiteral("created_at"), isoTime(s.columnInt(5))}});
        });
    if (!r)
        return r.error();
    return out;
}

Result<QJsonArray> OrderQueries::find(const QString &input, int limit)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return orderSummaries("1", {}, 0, limit);
    // A scanned ticket names its line; an order number ends in the order id.
    if (const auto ticket = TicketCode::parse(text)) {
        qint64 orderId = 0;
        auto r = query(
            m_db, "SELECT order_id FROM order_lines WHERE id = ? AND secret = ?",
            [&](SqliteStatement &s) { s.bind(1, ticket->lineId).bind(2, ticket->secret); },
            [&](SqliteStatement &s) { orderId = s.columnInt(0); });
        if (!r)
            return r.error();
        return orderId ? orderSummaries("id = ?", {}, orderId, limit) : QJsonArray();
    }
    // A signed ticket (TS1.) names its line too; only this box office's
    // signature counts.
    if (text.startsWith(SignedTicket::prefix())) {
        const auto ticket = SignedTicket::parse(text);
        // The key comes from the sealed private key, never from the clear
        // row; without the data key no signed code is taken.
        if (!m_key)
            return QJsonArray();
        const auto key = authenticTicketPublicKey(m_db, *m_key);
        if (!ticket || !key || !key->verify(ticket->payload(), ticket->signature()))
            return QJsonArray();
        return orderSummaries("id = (SELECT order_id FROM order_lines WHERE id = ?)", {},
                              ticket->claims().ticketId, limit);
    }
    // An order number ends in the order id; digits alone may also be a phone.
    const QString digits = text.section(QLatin1Char('-'), -1);
    bool isNumber = false;
    const qint64 id = digits.toLongLong(&isNumber);
    if (isNumber && id > 0 && text.startsWith(m_terminalId + QLatin1Char('-')))
        return orderSummaries("id = ?", {}, id, limit);
    // Customers are found by the blind indexes of the phone's digits or the
    // whole name; without the data key only order ids can match.
    const QByteArray phone = m_key ? SealedFields::phoneIndex(*m_key, text) : QByteArray();
    const QByteArray name = m_key ? SealedFields::nameIndex(*m_key, text) : QByteArray();
    if (isNumber && id > 0 && digits == text) {
        if (phone.isNull())
            return orderSummaries("id = ?", {}, id, limit);
        return orderSummaries("id = ?1 OR phone_index = ?2", {phone}, id, limit);
    }
    if (name.isNull())
        return QJsonArray();
    if (phone.isNull())
        return orderSummaries("name_index = ?1", {name}, 0, limit);
    return orderSummaries("phone_index = ?1 OR name_index = ?2", {phone, name}, 0, limit);
}

Result<QJsonArray> OrderQueries::cardCodes(qint64 orderId)
{
    QJsonArray out;
    OrderState state = OrderState::Pending;
    bool found = false;
    auto r = query(
        m_db, "SELECT state FROM orders WHERE id = ?",
        [&](SqliteStatement &s) { s.bind(1, orderId); },
        [&](SqliteStatement &s) {
            state = OrderState(s.columnInt(0));
            found = true;
        });
    if (!r)
        return r.error();
    if (!found)
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("tessera::OrderQueries", "There is no order %1.")
                        .arg(orderId),
                    QStringLiteral("order"));
    if (state != OrderState::Paid && state != OrderState::PartlyRefunded)
        return fail(ErrorCode::InvalidState,
                    QCoreApplication::translate("tessera::OrderQueries",
                                                "Card keys are shown only for a paid order."),
                    QStringLiteral("order"));
    if (!m_key)
        return fail(ErrorCode::DecryptionFailed,
                    QCoreApplication::translate("tessera::OrderQueries",
                                                "Card keys are stored encrypted; the data key is "
                                                "needed to show them."),
                    QStringLiteral("order"));
    std::optional<Error> failed;
    r = query(
        m_db,
        "SELECT l.id, p.name, c.code_enc, c.serial, c.valid_until FROM order_lines l "
        "JOIN card_codes c ON c.id = l.ref_id JOIN card_products p ON p.id = c.product_id "
        "WHERE l.order_id = ? AND l.kind = 2 AND l.state = 0 ORDER BY l.id",
        [&](SqliteStatement &s) { s.bind(1, orderId); },
        [&](SqliteStatement &s) {
            QJsonObject o{{QStringLiteral("line"), s.columnInt(0)},
                          {QStringLiteral("product"), s.columnText(1)},
                          {QStringLiteral("code"), QString()}};
            auto code = SealedFields::openCode(*m_key, s.columnBlob(2));
            if (!code) {
                if (!failed)
                    failed = code.error();
                return;
            }
            o.insert(QStringLiteral("code"), *code);
            if (!s.columnIsNull(3))
                o.insert(QStringLiteral("serial"), s.columnText(3));
            if (s.columnInt(4))
                o.insert(QStringLiteral("valid_until"), isoTime(s.columnInt(4)));
            out.push_back(o);
        });
    if (!r)
        return r.error();
    if (failed)
        return fail(failed->code,
                    QCoreApplication::translate("tessera::OrderQueries",
                                                "A card key of this order cannot be decrypted: %1")
                        .arg(failed->message),
                    QStringLiteral("order"));
    return out;
}

Result<QJsonArray> OrderQueries::journal(qint64 afterSeq, int limit)
{
    QJsonArray out;
    auto r = query(
        m_db,
        "SELECT seq, kind, idem_key, payload, result, actor, created_at FROM journal "
        "WHERE seq > ? ORDER BY seq LIMIT ?",
        [&](SqliteStatement &s) { s.bind(1, afterSeq).bind(2, limit); },
        [&](SqliteStatement &s) {
            out.push_back(QJsonObject{
                {QStringLiteral("seq"), s.columnInt(0)},
                {QStringLiteral("kind"), s.columnText(1)},
                {QStringLiteral("idempotency_key"), s.columnText(2)},
                {QStringLiteral("request"), QJsonDocument::fromJson(s.columnBlob(3)).object()},
                {QStringLiteral("result"), QJsonDocument::fromJson(s.columnBlob(4)).object()},
                {QStringLiteral("actor"), s.columnText(5)},
                {QStringLiteral("at"), isoTime(s.columnInt(6))}});
        });
    if (!r)
        return r.error();
    return out;
}

Result<QJsonObject> OrderQueries::summary()
{
    QJsonObject byState;
    qint64 orders = 0;
    QJsonObject takings;
    auto r = query(
        m_db,
        "SELECT state, currency, COUNT(*), SUM(paid), SUM(refunded) FROM orders "
        "GROUP BY state, currency",
        [](SqliteStatement &) {},
        [&](SqliteStatement &s) {
            const QString name = orderStateName(OrderState(s.columnInt(0)));
            byState[name] = byState[name].toInteger() + s.columnInt(2);
            orders += s.columnInt(2);
            const QString currency = s.columnText(1);
            takings[currency] = takings[currency].toInteger() + s.columnInt(3) - s.columnInt(4);
        });
    if (!r)
        return r.error();
    qint64 lastSeq = 0;
    r = query(
        m_db, "SELECT COALESCE(MAX(seq), 0) FROM journal", [](SqliteStatement &) {},
        [&](SqliteStatement &s) { lastSeq = s.columnInt(0); });
    if (!r)
        return r.error();
    return QJsonObject{{QStringLiteral("orders"), orders},
                       {QStringLiteral("by_state"), byState},
                       {QStringLiteral("net_takings"), takings},
                       {QStringLiteral("journal_seq"), lastSeq}};
}

} // namespace tessera
