// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderdetails.h"

#include "console/venuetime.h"
#include "engine/engine.h"
#include "query/orderqueries.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

namespace tessera {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tessera::OrderDetails", text);
}

bool isOpenTicket(const QJsonObject &line)
{
    return line.value(QLatin1String("state")).toString() == QLatin1String("active") &&
           !line.contains(QLatin1String("redeemed_at"));
}

} // namespace

qint64 OrderDetails::id() const
{
    return order.value(QLatin1String("order")).toInteger();
}

QString OrderDetails::number() const
{
    return order.value(QLatin1String("number")).toString();
}

QString OrderDetails::state() const
{
    return order.value(QLatin1String("state")).toString();
}

QString OrderDetails::currency() const
{
    return order.value(QLatin1String("currency")).toString();
}

QString OrderDetails::lineTitle(const QJsonObject &line) const
{
    const QString kind = line.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("seat")) {
        const QString guid = line.value(QLatin1String("seat")).toString();
        return seatLabels.value(guid, guid);
    }
    if (kind == QLatin1String("ga"))
        return line.value(QLatin1String("ga")).toString();
    return line.value(QLatin1String("product")).toString();
}

QString OrderDetails::ticketTypeName(const QJsonObject &line) const
{
    const QString code = line.value(QLatin1String("ticket_type")).toString();
    return ticketTypes.value(code, code);
}

QList<QJsonObject> OrderDetails::refundableLines() const
{
    QList<QJsonObject> out;
    for (const QJsonValue &l : order.value(QLatin1String("lines")).toArray()) {
        if (isOpenTicket(l.toObject()))
            out.push_back(l.toObject());
    }
    return out;
}

QList<QJsonObject> OrderDetails::exchangeableLines() const
{
    QList<QJsonObject> out;
    for (const QJsonObject &line : refundableLines()) {
        if (line.value(QLatin1String("kind")).toString() == QLatin1String("seat"))
            out.push_back(line);
    }
    return out;
}

bool OrderDetails::hasUsedTickets() const
{
    for (const QJsonValue &l : order.value(QLatin1String("lines")).toArray()) {
        if (l[QLatin1String("state")].toString() == QLatin1String("active") &&
            l.toObject().contains(QLatin1String("redeemed_at")))
            return true;
    }
    return false;
}

Result<OrderDetails> OrderDetails::load(SqliteDb &db, Engine &engine, qint64 orderId)
{
    OrderDetails details;
    const auto key = engine.dataKey(db);
    auto order = OrderQueries(db, engine.terminalId(), key.get()).order(orderId);
    if (!order)
        return order.error();
    details.order = *order;

    QSet<qint64> events;
    for (const QJsonValue &l : details.order.value(QLatin1String("lines")).toArray()) {
        if (l[QLatin1String("kind")].toString() != QLatin1String("card"))
            events.insert(l[QLatin1String("event")].toInteger());
    }
    for (const qint64 event : std::as_const(events)) {
        auto name =
            db.prepare(QStringLiteral("SELECT e.name, e.starts_at, v.timezone FROM events e "
                                      "JOIN venues v ON v.id = e.venue_id WHERE e.id = ?"));
        if (!name)
            return name.error();
        name->bind(1, event);
        if (auto r = name->forEachRow([&](SqliteStatement &s) {
                // The show's time as on the ticket: in the venue's time zone.
                const QTimeZone zone(s.columnText(2).toUtf8());
                const QDateTime at = QDateTime::fromMSecsSinceEpoch(s.columnInt(1), Qt::UTC)
                                         .toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
                details.eventNames.insert(
                    event,
                    QStringLiteral("%1, %2").arg(s.columnText(0), VenueTime(zone).dateTime(at)));
            });
            !r)
            return r.error();
        auto types =
            db.prepare(QStringLiteral("SELECT code, name FROM ticket_types WHERE event_id = ?"));
        if (!types)
            return types.error();
        types->bind(1, event);
        if (auto r = types->forEachRow([&](SqliteStatement &s) {
                details.ticketTypes.insert(s.columnText(0), s.columnText(1));
            });
            !r)
            return r.error();
    }
    for (const QJsonValue &l : details.order.value(QLatin1String("lines")).toArray()) {
        if (l[QLatin1String("kind")].toString() != QLatin1String("seat"))
            continue;
        auto seat = db.prepare(QStringLiteral(
            "SELECT s.zone, s.row_number, s.seat_number FROM seats s "
            "JOIN events e ON e.venue_id = s.venue_id WHERE e.id = ? AND s.guid = ?"));
        if (!seat)
            return seat.error();
        const QString guid = l[QLatin1String("seat")].toString();
        seat->bind(1, l[QLatin1String("event")].toInteger()).bind(2, guid);
        if (auto r = seat->forEachRow([&](SqliteStatement &s) {
                const QString zone = s.columnText(0);
                const QString where = tr("Row %1 · Seat %2").arg(s.columnText(1), s.columnText(2));
                details.seatLabels.insert(
                    guid, zone.isEmpty() ? where : QStringLiteral("%1 · %2").arg(zone, where));
            });
            !r)
            return r.error();
    }
    return details;
}

} // namespace tessera
