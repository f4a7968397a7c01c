// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QList>
#include <QSet>
#include <QString>

namespace tessera {

// One ticket or card key in the cart.
struct CartItem
{
    enum class Kind { Seat, Standing, CardKey };

    Kind kind = Kind::Seat;
    QString seat;       // Seat: the seat's guid
    qint64 quota = 0;   // Standing: the GA quota
    qint64 product = 0; // CardKey: the card product
    QString title;      // "Stalls · Row A · Seat 1", "Standing", "Gift card 100"
    QString zone;       // Seat: its zone ("Stalls"; may be empty), row and number,
    QString row;        //   to word the title again in another language
    QString number;
    QString category;     // Seat: its price category
    QString ticketType;   // code ("adult"); empty for card keys
    qint64 unitPrice = 0; // minor units
    qint64 hold = 0;      // the engine hold keeping it; 0 while not held
};

// What a customer is buying: items of one event plus card keys, in the order
// they were added. Knows how the engine wants them (hold and sell lines).
class Cart
{
public:
    const QList<CartItem> &items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }
    qsizetype size() const { return m_items.size(); }
    const CartItem &at(qsizetype i) const { return m_items[i]; }
    CartItem &at(qsizetype i) { return m_items[i]; }

    void add(const CartItem &item) { m_items.push_back(item); }
    void removeAt(qsizetype i) { m_items.removeAt(i); }
    void clear() { m_items.clear(); }
    bool containsSeat(const QString &guid) const;
    qsizetype countOf(CartItem::Kind kind, qint64 ref) const;

    qint64 total() const;
    // The engine holds behind the items (each once).
    QList<qint64> holds() const;
    // How many items a hold keeps for this sale.
    qsizetype heldCount() const;
    // Items kept by `hold`.
    QList<qsizetype> itemsOfHold(qint64 hold) const;
    // Lines for `sell`: seats with their ticket type, standing tickets and
    // card keys grouped by quota / product and type.
    QJsonArray sellLines() const;
    // Lines for `hold` of the given items.
    static QJsonArray holdLines(const QList<CartItem> &items);

private:
    QList<CartItem> m_items;
};

} // namespace tessera
