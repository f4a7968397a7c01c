// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryaudit.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tessera::test {

namespace {

// Orders whose active lines still own their inventory: pending, paid, partly refunded.
const char *const kLiveOrders = "0, 1, 4";

QString firstRows(const QList<QStringList> &rows, int limit = 5)
{
    QStringList out;
    for (qsizetype i = 0; i < rows.size() && i < limit; ++i)
        out.push_back(QLatin1Char('(') + rows[i].join(QStringLiteral(", ")) + QLatin1Char(')'));
    if (rows.size() > limit)
        out.push_back(QStringLiteral("... %1 in all").arg(rows.size()));
    return out.join(QLatin1Char(' '));
}

} // namespace

Result<InventoryAudit> InventoryAudit::open(const QString &path)
{
    auto db = SqliteDb::open(path);
    if (!db)
        return db.error();
    return InventoryAudit(std::move(*db));
}

Result<QList<QStringList>> InventoryAudit::rows(const QString &sql, int columns,
                                                const QVariantList &binds)
{
    auto cached = m_statements.find(sql);
    if (cached == m_statements.end()) {
        auto prepared = m_db.prepare(sql);
        if (!prepared)
            return prepared.error();
        cached = m_statements.emplace(sql, std::move(*prepared)).first;
    }
    SqliteStatement &stmt = cached->second;
    for (int i = 0; i < binds.size(); ++i) {
        if (binds[i].typeId() == QMetaType::QString)
            stmt.bind(i + 1, binds[i].toString());
        else
            stmt.bind(i + 1, binds[i].toLongLong());
    }
    QList<QStringList> out;
    for (;;) {
        auto row = stmt.step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        QStringList values;
        for (int c = 0; c < columns; ++c)
            values.push_back(stmt.columnText(c));
        out.push_back(values);
    }
}

Result<qint64> InventoryAudit::scalar(const QString &sql, const QVariantList &binds)
{
    auto result = rows(sql, 1, binds);
    if (!result)
        return result.error();
    if (result->size() != 1)
        return fail(ErrorCode::StorageError,
                    QStringLiteral("expected one row, got %1").arg(result->size()), sql);
    return result->first().first().toLongLong();
}

QStringList InventoryAudit::checkStorage()
{
    QStringList problems;
    auto integrity = rows(QStringLiteral("PRAGMA integrity_check"), 1);
    if (!integrity)
        return {QStringLiteral("integrity_check failed to run: ") + integrity.error().toString()};
    if (integrity->size() != 1 || integrity->first().first() != QLatin1String("ok"))
        problems.push_back(QStringLiteral("integrity_check: ") + firstRows(*integrity, 10));

    auto foreignKeys = rows(QStringLiteral("PRAGMA foreign_key_check"), 4);
    if (!foreignKeys)
        return problems << QStringLiteral("foreign_key_check failed to run: ") +
                               foreignKeys.error().toString();
    if (!foreignKeys->isEmpty())
        problems.push_back(QStringLiteral("foreign_key_check (table, rowid, parent, fk): ") +
                           firstRows(*foreignKeys));

    auto journal = rows(QStringLiteral("SELECT COUNT(*), COALESCE(MIN(seq), 0), "
                                       "COALESCE(MAX(seq), 0) FROM journal"),
                        3);
    if (!journal)
        return problems << journal.error().toString();
    const qint64 count = journal->first()[0].toLongLong();
    const qint64 min = journal->first()[1].toLongLong();
    const qint64 max = journal->first()[2].toLongLong();
    if (count > 0 && (min != 1 || max != count))
        problems.push_back(
            QStringLiteral("journal has gaps: %1 rows, seq %2..%3").arg(count).arg(min).arg(max));
    return problems;
}

QStringList InventoryAudit::checkInventory()
{
    auto events = rows(QStringLiteral("SELECT id FROM events ORDER BY id"), 1);
    if (!events)
        return {events.error().toString()};
    QStringList problems;
    for (const QStringList &event : std::as_const(*events))
        problems += checkEvent(event.first().toLongLong());
    return problems;
}

QStringList InventoryAudit::checkEvent(qint64 eventId)
{
    QStringList problems;
    const QString prefix = QStringLiteral("event %1: ").arg(eventId);
    auto report = [&](const QString &what, const Result<QList<QStringList>> &found) {
        if (!found)
            problems.push_back(prefix + what + QStringLiteral(" (query failed: ") +
                               found.error().toString() + QLatin1Char(')'));
        else if (!found->isEmpty())
            problems.push_back(prefix + what + QStringLiteral(": ") + firstRows(*found));
    };
    const QString liveSeatLines =
        QStringLiteral("SELECT ol.order_id, ol.ref_id FROM order_lines ol JOIN orders o ON "
                       "o.id = ol.order_id WHERE ol.kind = 0 AND ol.state = 0 AND o.state IN (%1) "
                       "AND ol.event_id = ?")
            .arg(QLatin1String(kLiveOrders));

    // Every seat of the venue is on this event exactly once, in a known state.
    auto venueSeats = scalar(QStringLiteral("SELECT COUNT(*) FROM seats WHERE venue_id = "
                                            "(SELECT venue_id FROM events WHERE id = ?)"),
                             {eventId});
    auto states = rows(QStringLiteral("SELECT state, COUNT(*) FROM event_seats WHERE event_id = ? "
                                      "GROUP BY state ORDER BY state"),
                       2, {eventId});
    if (!venueSeats || !states)
        return {prefix + QStringLiteral("cannot count seats")};
    qint64 counted = 0;
    for (const QStringList &row : std::as_const(*states)) {
        const qint64 state = row[0].toLongLong();
        if (state < 0 || state > 2)
            problems.push_back(
                prefix + QStringLiteral("%1 seats in unexpected state %2").arg(row[1]).arg(state));
        counted += row[1].toLongLong();
    }
    if (counted != *venueSeats)
        problems.push_back(prefix +
                           QStringLiteral("sold + held + available = %1, venue has %2 seats")
                               .arg(counted)
                               .arg(*venueSeats));

    // Sold seats and live seat lines are the same set, paired by order.
    report(QStringLiteral("seat in more than one live order line (seat, lines)"),
           rows(QStringLiteral("SELECT ref_id, COUNT(*) FROM (") + liveSeatLines +
                    QStringLiteral(") GROUP BY ref_id HAVING COUNT(*) > 1"),
                2, {eventId}));
    report(
        QStringLiteral("sold seat without its live order line (seat, order)"),
        rows(QStringLiteral("SELECT es.seat_id, es.order_id FROM event_seats es WHERE "
                            "es.event_id = ?1 AND es.state = 2 AND NOT EXISTS (SELECT 1 FROM (") +
                 QString(liveSeatLines).replace(QLatin1Char('?'), QStringLiteral("?1")) +
                 QStringLiteral(") l WHERE l.ref_id = es.seat_id AND l.order_id = es.order_id)"),
             2, {eventId}));
    report(QStringLiteral("live seat line whose seat is not sold to its order (order, seat)"),
           rows(QStringLiteral("SELECT l.order_id, l.ref_id FROM (") +
                    QString(liveSeatLines).replace(QLatin1Char('?'), QStringLiteral("?1")) +
                    QStringLiteral(") l WHERE NOT EXISTS (SELECT 1 FROM event_seats es WHERE "
                                   "es.event_id = ?1 AND es.seat_id = l.ref_id AND es.state = 2 "
                                   "AND es.order_id = l.order_id)"),
                2, {eventId}));

    // Held seats and active holds are the same set, paired by hold.
    report(QStringLiteral("held seat without an active hold on it (seat, hold)"),
           rows(QStringLiteral(
                    "SELECT es.seat_id, es.hold_id FROM event_seats es WHERE es.event_id = ?1 AND "
                    "es.state = 1 AND NOT EXISTS (SELECT 1 FROM holds h JOIN hold_items i ON "
                    "i.hold_id = h.id WHERE h.id = es.hold_id AND h.state = 0 AND i.kind = 0 AND "
                    "i.scope_id = ?1 AND i.ref_id = es.seat_id)"),
                2, {eventId}));
    report(QStringLiteral("active hold whose seat is not held for it (hold, seat)"),
           rows(QStringLiteral(
                    "SELECT h.id, i.ref_id FROM holds h JOIN hold_items i ON i.hold_id = h.id "
                    "WHERE h.state = 0 AND i.kind = 0 AND i.scope_id = ?1 AND NOT EXISTS (SELECT 1 "
                    "FROM event_seats es WHERE es.event_id = ?1 AND es.seat_id = i.ref_id AND "
                    "es.state = 1 AND es.hold_id = h.id)"),
                2, {eventId}));

    // GA: the counters agree with lines and holds and stay within capacity.
    auto quotas = rows(
        QStringLiteral(
            "SELECT q.id, q.capacity, q.sold, q.held, "
            "(SELECT COUNT(*) FROM order_lines ol JOIN orders o ON o.id = ol.order_id WHERE "
            "ol.kind = 1 AND ol.state = 0 AND o.state IN (%1) AND ol.event_id = q.event_id AND "
            "ol.ref_id = q.id), "
            "(SELECT COALESCE(SUM(i.quantity), 0) FROM holds h JOIN hold_items i ON i.hold_id = "
            "h.id WHERE h.state = 0 AND i.kind = 1 AND i.scope_id = q.event_id AND i.ref_id = "
            "q.id) FROM ga_quotas q WHERE q.event_id = ?")
            .arg(QLatin1String(kLiveOrders)),
        6, {eventId});
    if (!quotas)
        return problems << prefix + quotas.error().toString();
    for (const QStringList &q : std::as_const(*quotas)) {
        const qint64 capacity = q[1].toLongLong(), sold = q[2].toLongLong(),
                     held = q[3].toLongLong(), lines = q[4].toLongLong(),
                     holdItems = q[5].toLongLong();
        const QString name = prefix + QStringLiteral("GA quota %1: ").arg(q[0]);
        if (sold != lines)
            problems.push_back(
                name + QStringLiteral("sold = %1 but %2 live GA lines").arg(sold).arg(lines));
        if (held != holdItems)
            problems.push_back(
                name +
                QStringLiteral("held = %1 but active holds reserve %2").arg(held).arg(holdItems));
        if (sold < 0 || held < 0 || sold + held > capacity)
            problems.push_back(name + QStringLiteral("sold %1 + held %2 against capacity %3")
                                          .arg(sold)
                                          .arg(held)
                                          .arg(capacity));
    }
    return problems;
}

QStringList InventoryAudit::checkAcknowledged(const QList<AcknowledgedSale> &sales)
{
    QStringList problems;
    auto note = [&](const AcknowledgedSale &sale, const QString &what) {
        if (problems.size() < 20)
            problems.push_back(
                QStringLiteral("acknowledged order %1 (key %2): ").arg(sale.order).arg(sale.key) +
                what);
        else if (problems.size() == 20)
            problems.push_back(QStringLiteral("... and more"));
    };
    for (const AcknowledgedSale &sale : sales) {
        auto order = rows(QStringLiteral("SELECT state, total, paid, (SELECT COALESCE(SUM(amount), "
                                         "0) FROM payments WHERE order_id = o.id AND state = 0) "
                                         "FROM orders o WHERE id = ?"),
                          4, {sale.order});
        if (!order || order->isEmpty()) {
            note(sale, QStringLiteral("is not in the database"));
            continue;
        }
        const QStringList &o = order->first();
        if (o[0] != QLatin1String("1"))
            note(sale, QStringLiteral("is in state %1, not paid").arg(o[0]));
        if (o[1] != o[2] || o[2] != o[3])
            note(sale,
                 QStringLiteral("total %1, paid %2, approved payments %3").arg(o[1], o[2], o[3]));
        auto lines = rows(QStringLiteral("SELECT SUM(kind = 0), SUM(kind = 1), COUNT(*) FROM "
                                         "order_lines WHERE order_id = ? AND state = 0"),
                          3, {sale.order});
        if (!lines || lines->first()[0].toLongLong() != sale.seatLines ||
            lines->first()[1].toLongLong() != sale.gaLines ||
            lines->first()[2].toLongLong() != sale.seatLines + sale.gaLines)
            note(sale, QStringLiteral("has lines (seat, ga, all) %1, expected %2 seat and %3 GA")
                           .arg(lines ? firstRows(*lines) : lines.error().toString())
                           .arg(sale.seatLines)
                           .arg(sale.gaLines));
        auto journal = rows(QStringLiteral("SELECT kind, result FROM journal WHERE idem_key = ?"),
                            2, {sale.key});
        if (!journal || journal->isEmpty()) {
            note(sale, QStringLiteral("its key is not in the journal"));
            continue;
        }
        const qint64 journalled = QJsonDocument::fromJson(journal->first()[1].toUtf8())
                                      .object()[QStringLiteral("order")]
                                      .toInteger();
        if (journal->first()[0] != QLatin1String("sell") || journalled != sale.order)
            note(sale, QStringLiteral("journal holds %1 for order %2")
                           .arg(journal->first()[0])
                           .arg(journalled));
    }
    return problems;
}

} // namespace tessera::test
