// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QJsonArray>
#include <QWidget>

class QTableWidget;

namespace tessera {

// The priced part of a new event: its ticket types, a price per seat
// category and ticket type, and GA quotas with capacity and prices. Adding or
// removing a ticket type adds or removes its price column in both tables.
// An empty price cell means the ticket type is not sold there.
class EventPricingEditor : public QWidget
{
    Q_OBJECT
public:
    explicit EventPricingEditor(QWidget *parent = nullptr);

    // The venue's seat categories: the rows of the price table (prices typed
    // for a category the new venue also has are kept).
    void setCategories(const QStringList &categories);
    void addTicketType(const QString &code, const QString &name);
    void addQuota(const QString &name = {}, qint64 capacity = 0);

    // The `ticket_types`, `prices` and `ga` members of create_event.
    struct Pricing
    {
        QJsonArray ticketTypes;
        QJsonArray prices;
        QJsonArray ga;
    };
    // Reads the tables, or names the first bad cell (and puts the cursor on it).
    Result<Pricing> read();
    // Names a place of the create_event request (`prices[2].amount`,
    // `ga[0].capacity`) as the form shows it; empty when it is not one of
    // these tables.
    QString describe(const QString &where) const;

    QTableWidget *ticketTypesTable() const { return m_types; }
    QTableWidget *pricesTable() const { return m_prices; }
    QTableWidget *quotasTable() const { return m_quotas; }

private:
    void removeTicketType();
    void removeQuota();
    void updatePriceHeaders();
    Error cellError(QTableWidget *table, int row, int column, const QString &message);

    QTableWidget *m_types = nullptr;
    QTableWidget *m_prices = nullptr;
    QTableWidget *m_quotas = nullptr;
    // Which cell each entry of the last `prices` array came from.
    QList<QPair<int, int>> m_priceCells;
};

} // namespace tessera
