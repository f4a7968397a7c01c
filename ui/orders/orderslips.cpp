// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderslips.h"

#include "orderdetails.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tessera {

namespace {

PrintableSlip slipFor(const OrderDetails &order, PrintableSlip::Kind kind,
                      const OrderSlips::Staff &staff)
{
    PrintableSlip slip;
    slip.kind = kind;
    slip.orderNumber = order.number();
    slip.currency = order.currency();
    slip.cashier = staff.cashier;
    // No override was asked for: the cashier's own permission approved it,
    // and the slip still names who answers for it.
    slip.approvedBy = staff.approvedBy.isEmpty() ? staff.cashier : staff.approvedBy;
    slip.terminal = staff.terminal;
    slip.at = staff.at;
    slip.venueName = staff.venue; // an event's venue takes its place below
    return slip;
}

PrintableLine printable(const OrderDetails &order, const QJsonObject &line)
{
    PrintableLine out;
    out.title = order.lineTitle(line);
    out.detail = order.ticketTypeName(line);
    out.price = line.value(QLatin1String("price")).toInteger();
    return out;
}

QJsonObject lineOf(const OrderDetails &order, qint64 id)
{
    for (const QJsonValue &l : order.order.value(QLatin1String("lines")).toArray()) {
        if (l[QLatin1String("line")].toInteger() == id)
            return l.toObject();
    }
    return {};
}

QString eventLine(const OrderDetails &order, const QJsonObject &line)
{
    return order.eventNames.value(line.value(QLatin1String("event")).toInteger());
}

QString venueOf(const OrderDetails &order, const QJsonObject &line)
{
    return order.venueNames.value(line.value(QLatin1String("event")).toInteger());
}

} // namespace

PrintableSlip OrderSlips::refund(const OrderDetails &order, const QList<qint64> &lines,
                                 qint64 amount, const QString &reason, const Staff &staff)
{
    PrintableSlip slip = slipFor(order, PrintableSlip::Kind::Refund, staff);
    slip.amount = amount;
    slip.reason = reason;
    QList<QJsonObject> refunded;
    bool eventVenue = false;
    if (lines.isEmpty()) {
        refunded = order.refundableLines();
    } else {
        for (const qint64 id : lines)
            refunded.push_back(lineOf(order, id));
    }
    for (const QJsonObject &line : std::as_const(refunded)) {
        if (slip.eventLine.isEmpty())
            slip.eventLine = eventLine(order, line);
        if (const QString venue = venueOf(order, line); !venue.isEmpty() && !eventVenue) {
            slip.venueName = venue;
            eventVenue = true;
        }
        slip.lines.push_back(printable(order, line));
    }
    return slip;
}

PrintableSlip OrderSlips::exchange(const OrderDetails &order, qint64 line, const QString &newPlace,
                                   qint64 difference, const Staff &staff)
{
    PrintableSlip slip = slipFor(order, PrintableSlip::Kind::Exchange, staff);
    const QJsonObject old = lineOf(order, line);
    slip.eventLine = eventLine(order, old);
    if (const QString venue = venueOf(order, old); !venue.isEmpty())
        slip.venueName = venue;
    const PrintableLine returned = printable(order, old);
    PrintableLine issued = returned;
    issued.title = newPlace;
    issued.price = returned.price + difference;
    slip.lines = {returned, issued};
    slip.amount = difference;
    return slip;
}

} // namespace tessera
