// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderdetails.h"

#include "console/venuetime.h"
#include "engine/engine.h"
#include "query/orderlabelqueries.h"
#include "query/orderqueries.h"

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
    OrderLabelQueries labels(db);
    for (const qint64 event : std::as_const(events)) {
        auto heading = labels.event(event);
        if (!heading && heading.error().code != ErrorCode::NotFound)
            return heading.error();
        if (!heading)
            continue;
        // The show's time as on the ticket: in the venue's time zone.
        const QTimeZone zone(heading->timeZone.toUtf8());
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(heading->startsAtMs, Qt::UTC)
                                 .toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
        details.venueNames.insert(event, heading->venueName);
        details.eventNames.insert(
            event, QStringLiteral("%1, %2").arg(heading->name, VenueTime(zone).dateTime(at)));
        auto types = labels.ticketTypes(event);
        if (!types)
            return types.error();
        details.ticketTypes.insert(*types);
    }
    for (const QJsonValue &l : details.order.value(QLatin1String("lines")).toArray()) {
        if (l[QLatin1String("kind")].toString() != QLatin1String("seat"))
            continue;
        const QString guid = l[QLatin1String("seat")].toString();
        auto seat = labels.seat(l[QLatin1String("event")].toInteger(), guid);
        if (!seat)
            return seat.error();
        if (!*seat)
            continue;
        const QString where = tr("Row %1 · Seat %2").arg((*seat)->row, (*seat)->number);
        details.seatLabels.insert(guid, (*seat)->zone.isEmpty()
                                            ? where
                                            : QStringLiteral("%1 · %2").arg((*seat)->zone, where));
    }
    return details;
}

} // namespace tessera
