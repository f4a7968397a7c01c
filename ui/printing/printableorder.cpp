// SPDX-License-Identifier: GPL-3.0-or-later
#include "printableorder.h"

#include "sales/ticketcode.h"

#include <QHash>
#include <QTimeZone>

namespace tessera {

namespace {

QString field(const QJsonValue &v, const char *name)
{
    return v[QLatin1String(name)].toString();
}

qint64 integer(const QJsonValue &v, const char *name)
{
    return v[QLatin1String(name)].toInteger();
}

QDateTime inZone(const QString &iso, const QTimeZone &zone)
{
    const QDateTime utc = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!utc.isValid())
        return {};
    return zone.isValid() ? utc.toTimeZone(zone) : utc;
}

} // namespace

QString PrintableOrder::methodName(const QString &method)
{
    if (method == QLatin1String("cash"))
        return tr("Cash");
    if (method == QLatin1String("card"))
        return tr("Card");
    if (method == QLatin1String("qr"))
        return tr("QR pay");
    if (method == QLatin1String("transfer"))
        return tr("Bank transfer");
    if (method == QLatin1String("voucher"))
        return tr("Voucher");
    return method;
}

void PrintableOrder::setCashTendered(qint64 tendered)
{
    for (auto it = payments.rbegin(); it != payments.rend(); ++it) {
        if (it->method == QLatin1String("cash")) {
            if (tendered >= it->amount)
                it->cashTendered = tendered;
            return;
        }
    }
}

PrintableOrder PrintableOrder::fromJson(const QJsonObject &order, const QJsonObject &event,
                                        const QJsonArray &seats, const QJsonArray &signedCodes,
                                        const QJsonArray &cardCodes, const QString &terminal)
{
    const QTimeZone zone(field(event, "timezone").toUtf8());
    PrintableOrder p;
    p.number = field(order, "number");
    p.eventName = field(event, "name");
    p.venueName = field(event, "venue_name");
    p.startsAt = inZone(field(event, "starts_at"), zone);
    p.currency = field(order, "currency");
    p.total = integer(order, "total");
    p.paid = integer(order, "paid");
    p.refunded = integer(order, "refunded");
    p.terminal = terminal;
    p.cashier = field(order, "actor");
    p.soldAt = inZone(field(order, "created_at"), zone);

    QHash<QString, QJsonObject> seatByGuid;
    for (const QJsonValue &s : seats)
        seatByGuid.insert(field(s, "seat"), s.toObject());
    QHash<QString, QString> typeNames;
    for (const QJsonValue &t : event[QLatin1String("ticket_types")].toArray())
        typeNames.insert(field(t, "code"), field(t, "name"));
    QHash<qint64, QString> codeByLine;
    for (const QJsonValue &c : signedCodes)
        codeByLine.insert(integer(c, "line"), field(c, "code"));

    for (const QJsonValue &l : order[QLatin1String("lines")].toArray()) {
        const QString kind = field(l, "kind");
        // An exchanged ticket was replaced by another line of the order.
        if (field(l, "state") == QLatin1String("exchanged"))
            continue;
        const bool refunded = field(l, "state") == QLatin1String("refunded");
        PrintableLine line;
        line.price = integer(l, "price");
        line.refunded = refunded;
        if (kind == QLatin1String("card")) {
            line.title = field(l, "product");
            p.lines.push_back(line);
            continue;
        }
        PrintableTicket t;
        t.line = integer(l, "line");
        t.price = line.price;
        const QString type = field(l, "ticket_type");
        t.ticketType = typeNames.value(type, type);
        if (kind == QLatin1String("seat")) {
            const QString guid = field(l, "seat");
            const QJsonObject seat = seatByGuid.value(guid);
            t.zone = field(seat, "zone");
            t.row = field(seat, "row");
            t.seat = seat.isEmpty() ? guid : field(seat, "number");
            line.title = t.zone.isEmpty() ? tr("Row %1, seat %2").arg(t.row, t.seat)
                                          : tr("%1, row %2, seat %3").arg(t.zone, t.row, t.seat);
        } else {
            t.standing = true;
            t.area = field(l, "ga");
            line.title = t.area.isEmpty() ? tr("Standing") : t.area;
        }
        line.detail = t.ticketType;
        p.lines.push_back(line);
        t.code = codeByLine.value(t.line, field(l, "code"));
        if (const auto local = TicketCode::parse(field(l, "code")))
            t.readableCode = local->readable();
        if (!refunded && !t.code.isEmpty())
            p.tickets.push_back(t);
    }

    for (const QJsonValue &pay : order[QLatin1String("payments")].toArray()) {
        if (field(pay, "state") != QLatin1String("approved"))
            continue;
        PrintablePayment payment;
        payment.method = field(pay, "method");
        payment.amount = integer(pay, "amount");
        payment.cardLast4 = field(pay, "card_last4");
        // Kept with the payment, so a duplicate shows it as the first receipt did.
        if (const qint64 tendered = integer(pay, "tendered"); tendered >= payment.amount)
            payment.cashTendered = tendered;
        p.payments.push_back(payment);
    }

    for (const QJsonValue &c : cardCodes) {
        PrintableCardKey key;
        key.product = field(c, "product");
        key.code = field(c, "code");
        key.serial = field(c, "serial");
        key.validUntil = inZone(field(c, "valid_until"), zone);
        p.cardKeys.push_back(key);
    }
    return p;
}

} // namespace tessera
