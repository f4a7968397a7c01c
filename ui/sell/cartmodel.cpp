// SPDX-License-Identifier: GPL-3.0-or-later
#include "cartmodel.h"

#include "console/moneyformat.h"
#include "salecontroller.h"

#include <QColor>

namespace tessera {

CartModel::CartModel(SaleController &sale, QObject *parent)
    : QAbstractTableModel(parent)
    , m_sale(sale)
{
    connect(&m_sale, &SaleController::cartChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int CartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sale.cart().size());
}

int CartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CartModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sale.cart().size())
        return {};
    const CartItem &item = m_sale.cart().at(index.row());
    const PriceList &prices = m_sale.prices();
    if (role == TypeChoicesRole) {
        if (item.kind == CartItem::Kind::Seat)
            return prices.seatTypes(item.category);
        if (item.kind == CartItem::Kind::Standing)
            return prices.standingTypes(item.quota);
        return QStringList();
    }
    if (role == Qt::TextAlignmentRole && index.column() == Price)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Item && !item.hold &&
        !m_sale.pendingOrder())
        return QColor(0xb2, 0x6a, 0x00);
    if (role == Qt::ToolTipRole && index.column() == Item)
        return item.hold ? tr("Held for this sale") : tr("Not held: checked again when paid");
    if (role == Qt::ToolTipRole && index.column() == TicketType &&
        item.kind != CartItem::Kind::CardKey) {
        QStringList keys;
        const QStringList choices = data(index, TypeChoicesRole).toStringList();
        for (int i = 0; i < choices.size() && i < 9; ++i)
            keys.push_back(tr("%1 %2").arg(i + 1).arg(prices.ticketTypeName(choices[i])));
        return tr("Change the ticket type: press its number (%1), or double-click")
            .arg(keys.join(QStringLiteral(", ")));
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case Item:
        return item.title;
    case TicketType:
        if (role == Qt::EditRole)
            return item.ticketType;
        return item.kind == CartItem::Kind::CardKey ? tr("Card key")
                                                    : prices.ticketTypeName(item.ticketType);
    case Price:
        return MoneyFormat::money(item.unitPrice, prices.currency());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Item:
        return tr("Item");
    case TicketType:
        return tr("Type");
    case Price:
        return tr("Price");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags CartModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == TicketType && !m_sale.pendingOrder() &&
        index.row() < m_sale.cart().size() &&
        m_sale.cart().at(index.row()).kind != CartItem::Kind::CardKey)
        f |= Qt::ItemIsEditable;
    return f;
}

bool CartModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != TicketType)
        return false;
    return m_sale.setTicketType(index.row(), value.toString());
}

} // namespace tessera
