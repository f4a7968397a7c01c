// SPDX-License-Identifier: GPL-3.0-or-later
#include "extraspanel.h"

#include "console/moneyformat.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace tessera {

ExtrasPanel::ExtrasPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_standingBox = new QGroupBox(tr("Standing"), this);
    m_standing = new QGridLayout(m_standingBox);
    layout->addWidget(m_standingBox, 1);
    m_cardBox = new QGroupBox(tr("Card keys"), this);
    m_cards = new QGridLayout(m_cardBox);
    layout->addWidget(m_cardBox, 1);
}

void ExtrasPanel::clearGrid(QGridLayout *grid)
{
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void ExtrasPanel::setContent(const PriceList &prices, const QJsonObject &availability,
                             const QJsonArray &products)
{
    clearGrid(m_standing);
    QHash<qint64, qint64> left;
    for (const QJsonValue &g : availability.value(QStringLiteral("ga")).toArray()) {
        const QJsonObject o = g.toObject();
        left.insert(o.value(QStringLiteral("ga")).toInteger(),
                    o.value(QStringLiteral("available")).toInteger());
    }
    int row = 0;
    for (const PriceList::Quota &quota : prices.quotas()) {
        auto *name =
            new QLabel(tr("%1 — %2 left").arg(quota.name, QLocale().toString(left.value(quota.id))),
                       m_standingBox);
        auto *type = new QComboBox(m_standingBox);
        type->setObjectName(QStringLiteral("standingType%1").arg(quota.id));
        for (const QString &code : prices.standingTypes(quota.id)) {
            type->addItem(QStringLiteral("%1 %2").arg(
                              prices.ticketTypeName(code),
                              MoneyFormat::money(prices.standingPrice(quota.id, code).value_or(0),
                                                 prices.currency())),
                          code);
        }
        auto *quantity = new QSpinBox(m_standingBox);
        quantity->setObjectName(QStringLiteral("standingQuantity%1").arg(quota.id));
        quantity->setRange(1, 20);
        auto *add = new QPushButton(tr("Add"), m_standingBox);
        add->setObjectName(QStringLiteral("addStanding%1").arg(quota.id));
        add->setEnabled(left.value(quota.id) > 0 && type->count() > 0);
        const qint64 id = quota.id;
        connect(add, &QPushButton::clicked, this, [this, id, type, quantity] {
            emit addStanding(id, quantity->value(), type->currentData().toString());
        });
        m_standing->addWidget(name, row, 0);
        m_standing->addWidget(type, row, 1);
        m_standing->addWidget(quantity, row, 2);
        m_standing->addWidget(add, row, 3);
        ++row;
    }
    m_standingBox->setVisible(row > 0);

    clearGrid(m_cards);
    row = 0;
    for (const QJsonValue &p : products) {
        const QJsonObject product = p.toObject();
        const qint64 id = product.value(QStringLiteral("product")).toInteger();
        const QString title = product.value(QStringLiteral("name")).toString();
        const qint64 price = product.value(QStringLiteral("price")).toInteger();
        const qint64 available = product.value(QStringLiteral("available")).toInteger();
        auto *name =
            new QLabel(tr("%1 · %2 · %3 left")
                           .arg(title,
                                MoneyFormat::money(
                                    price, product.value(QStringLiteral("currency")).toString()),
                                QLocale().toString(available)),
                       m_cardBox);
        auto *quantity = new QSpinBox(m_cardBox);
        quantity->setObjectName(QStringLiteral("cardQuantity%1").arg(id));
        quantity->setRange(1, 20);
        auto *add = new QPushButton(tr("Add"), m_cardBox);
        add->setObjectName(QStringLiteral("addCard%1").arg(id));
        add->setEnabled(available > 0);
        connect(add, &QPushButton::clicked, this, [this, id, title, price, quantity] {
            emit addCards(id, title, price, quantity->value());
        });
        m_cards->addWidget(name, row, 0);
        m_cards->addWidget(quantity, row, 1);
        m_cards->addWidget(add, row, 2);
        ++row;
    }
    m_cardBox->setVisible(row > 0);
}

} // namespace tessera
