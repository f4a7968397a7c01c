// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace tessera {

class SaleController;

// The cart as a table: what, ticket type (editable), price.
class CartModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Item, TicketType, Price, ColumnCount };
    // The ticket type codes an item can be sold as (for the editor).
    static constexpr int TypeChoicesRole = Qt::UserRole + 1;

    explicit CartModel(SaleController &sale, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    SaleController &m_sale;
};

} // namespace tessera
