// SPDX-License-Identifier: GPL-3.0-or-later
#include "cart.h"

#include <QJsonObject>
#include <QMap>

#include <algorithm>

namespace tessera {

bool Cart::containsSeat(const QString &guid) const
{
    for (const CartItem &item : m_items) {
        if (item.kind == CartItem::Kind::Seat && item.seat == guid)
            return true;
    }
    return false;
}

qsizetype Cart::countOf(CartItem::Kind kind, qint64 ref) const
{
    qsizetype n = 0;
    for (const CartItem &item : m_items) {
        if (item.kind == kind &&
            (kind == CartItem::Kind::Standing ? item.quota : item.product) == ref)
            ++n;
    }
    return n;
}

qint64 Cart::total() const
{
    qint64 sum = 0;
    for (const CartItem &item : m_items)
        sum += item.unitPrice;
    return sum;
}

QList<qint64> Cart::holds() const
{
    QList<qint64> out;
    for (const CartItem &item : m_items) {
        if (item.hold && !out.contains(item.hold))
            out.push_back(item.hold);
    }
    return out;
}

qsizetype Cart::heldCount() const
{
    return std::count_if(m_items.begin(), m_items.end(),
                         [](const CartItem &item) { return item.hold != 0; });
}

QList<qsizetype> Cart::itemsOfHold(qint64 hold) const
{
    QList<qsizetype> out;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items[i].hold == hold)
            out.push_back(i);
    }
    return out;
}

QJsonArray Cart::sellLines() const
{
    QJsonArray lines;
    // Standing tickets and card keys go as quantities, in first-added order.
    QMap<QString, QJsonObject> grouped;
    QStringList order;
    for (const CartItem &item : m_items) {
        switch (item.kind) {
        case CartItem::Kind::Seat:
            lines.push_back(QJsonObject{{QStringLiteral("seat"), item.seat},
                                        {QStringLiteral("ticket_type"), item.ticketType}});
            break;
        case CartItem::Kind::Standing:
        case CartItem::Kind::CardKey: {
            const bool standing = item.kind == CartItem::Kind::Standing;
            const QString key =
                standing ? QStringLiteral("ga:%1:%2").arg(item.quota).arg(item.ticketType)
                         : QStringLiteral("card:%1").arg(item.product);
            auto it = grouped.find(key);
            if (it == grouped.end()) {
                QJsonObject line =
                    standing ? QJsonObject{{QStringLiteral("ga"), item.quota},
                                           {QStringLiteral("ticket_type"), item.ticketType}}
                             : QJsonObject{{QStringLiteral("card"), item.product}};
                line.insert(QStringLiteral("quantity"), 1);
                grouped.insert(key, line);
                order.push_back(key);
            } else {
                it->insert(QStringLiteral("quantity"),
                           it->value(QStringLiteral("quantity")).toInt() + 1);
            }
            break;
        }
        }
    }
    for (const QString &key : std::as_const(order))
        lines.push_back(grouped.value(key));
    return lines;
}

QJsonArray Cart::holdLines(const QList<CartItem> &items)
{
    QJsonArray lines;
    QMap<QString, QJsonObject> grouped;
    QStringList order;
    for (const CartItem &item : items) {
        if (item.kind == CartItem::Kind::Seat) {
            lines.push_back(QJsonObject{{QStringLiteral("seat"), item.seat}});
            continue;
        }
        const bool standing = item.kind == CartItem::Kind::Standing;
        const QString key = standing ? QStringLiteral("ga:%1").arg(item.quota)
                                     : QStringLiteral("card:%1").arg(item.product);
        auto it = grouped.find(key);
        if (it == grouped.end()) {
            grouped.insert(key,
                           QJsonObject{{standing ? QStringLiteral("ga") : QStringLiteral("card"),
                                        standing ? item.quota : item.product},
                                       {QStringLiteral("quantity"), 1}});
            order.push_back(key);
        } else {
            it->insert(QStringLiteral("quantity"),
                       it->value(QStringLiteral("quantity")).toInt() + 1);
        }
    }
    for (const QString &key : std::as_const(order))
        lines.push_back(grouped.value(key));
    return lines;
}

} // namespace tessera
