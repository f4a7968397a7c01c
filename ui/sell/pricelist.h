// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tessera {

// One event's prices as the engine has them (CatalogQueries::event), plus
// the card products: what the cart shows before the engine prices the sale.
class PriceList
{
public:
    struct TicketType
    {
        QString code;
        QString name;
    };
    struct Quota
    {
        qint64 id = 0;
        QString name;
        qint64 capacity = 0;
    };

    PriceList() = default;
    explicit PriceList(const QJsonObject &event);

    qint64 eventId() const { return m_eventId; }
    QString eventName() const { return m_eventName; }
    QString currency() const { return m_currency; }
    const QList<TicketType> &ticketTypes() const { return m_types; }
    const QList<Quota> &quotas() const { return m_quotas; }
    QString ticketTypeName(const QString &code) const;

    // nullopt when the category has no price for that ticket type.
    std::optional<qint64> seatPrice(const QString &category, const QString &ticketType) const;
    std::optional<qint64> standingPrice(qint64 quota, const QString &ticketType) const;
    // The ticket types a seat of the category / a quota can be sold as.
    QStringList seatTypes(const QString &category) const;
    QStringList standingTypes(qint64 quota) const;

private:
    qint64 m_eventId = 0;
    QString m_eventName;
    QString m_currency;
    QList<TicketType> m_types;
    QList<Quota> m_quotas;
    QHash<QString, qint64> m_seat;     // "category\nticket_type"
    QHash<QString, qint64> m_standing; // "quota\nticket_type"
};

} // namespace tessera
