// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pricelist.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QGridLayout;
class QGroupBox;

namespace tessera {

// Beside the seat map: standing (GA) tickets of the event and card products,
// each with what is left, a quantity and an Add button.
class ExtrasPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ExtrasPanel(QWidget *parent = nullptr);

    // `availability` is CatalogQueries::availability; `products` ::cardProducts.
    void setContent(const PriceList &prices, const QJsonObject &availability,
                    const QJsonArray &products);

signals:
    void addStanding(qint64 quota, int quantity, const QString &ticketType);
    void addCards(qint64 product, const QString &title, qint64 unitPrice, int quantity);

private:
    void clearGrid(QGridLayout *grid);

    QGroupBox *m_standingBox = nullptr;
    QGridLayout *m_standing = nullptr;
    QGroupBox *m_cardBox = nullptr;
    QGridLayout *m_cards = nullptr;
};

} // namespace tessera
