// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricelist.h"

#include <QJsonArray>

namespace tessera {

namespace {

QString key(const QString &a, const QString &b)
{
    return a + QLatin1Char('\n') + b;
}

} // namespace

PriceList::PriceList(const QJsonObject &event)
    : m_eventId(event.value(QStringLiteral("event")).toInteger())
    , m_eventName(event.value(QStringLiteral("name")).toString())
    , m_currency(event.value(QStringLiteral("currency")).toString())
{
    for (const QJsonValue &t : event.value(QStringLiteral("ticket_types")).toArray()) {
        const QJsonObject o = t.toObject();
        m_types.push_back({o.value(QStringLiteral("code")).toString(),
                           o.value(QStringLiteral("name")).toString()});
    }
    for (const QJsonValue &p : event.value(QStringLiteral("prices")).toArray()) {
        const QJsonObject o = p.toObject();
        m_seat.insert(key(o.value(QStringLiteral("category")).toString(),
                          o.value(QStringLiteral("ticket_type")).toString()),
                      o.value(QStringLiteral("amount")).toInteger());
    }
    for (const QJsonValue &g : event.value(QStringLiteral("ga")).toArray()) {
        const QJsonObject o = g.toObject();
        const qint64 id = o.value(QStringLiteral("ga")).toInteger();
        m_quotas.push_back({id, o.value(QStringLiteral("name")).toString(),
                            o.value(QStringLiteral("capacity")).toInteger()});
        for (const QJsonValue &p : o.value(QStringLiteral("prices")).toArray()) {
            const QJsonObject price = p.toObject();
            m_standing.insert(
                key(QString::number(id), price.value(QStringLiteral("ticket_type")).toString()),
                price.value(QStringLiteral("amount")).toInteger());
        }
    }
}

QString PriceList::ticketTypeName(const QString &code) const
{
    for (const TicketType &type : m_types) {
        if (type.code == code)
            return type.name.isEmpty() ? type.code : type.name;
    }
    return code;
}

std::optional<qint64> PriceList::seatPrice(const QString &category, const QString &ticketType) const
{
    const auto it = m_seat.constFind(key(category, ticketType));
    if (it == m_seat.cend())
        return std::nullopt;
    return *it;
}

std::optional<qint64> PriceList::standingPrice(qint64 quota, const QString &ticketType) const
{
    const auto it = m_standing.constFind(key(QString::number(quota), ticketType));
    if (it == m_standing.cend())
        return std::nullopt;
    return *it;
}

QStringList PriceList::seatTypes(const QString &category) const
{
    QStringList out;
    for (const TicketType &type : m_types) {
        if (seatPrice(category, type.code))
            out.push_back(type.code);
    }
    return out;
}

QStringList PriceList::standingTypes(qint64 quota) const
{
    QStringList out;
    for (const TicketType &type : m_types) {
        if (standingPrice(quota, type.code))
            out.push_back(type.code);
    }
    return out;
}

} // namespace tessera
