// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pricelist.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QAction;
class QBoxLayout;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace tessera {

// Beside the seat map: standing (GA) tickets of the event and card products,
// each with what is left, a quantity and an Add button. From the keyboard:
// F6 (on the Sell screen) comes here, Tab moves between products, a digit
// sets the quantity, Enter adds it, + adds one. The two groups sit side by
// side when there is room and one above the other when there is not.
class ExtrasPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ExtrasPanel(QWidget *parent = nullptr);

    // `availability` is CatalogQueries::availability; `products` ::cardProducts.
    // The same products again (a refresh) update in place, keeping the focus.
    void setContent(const PriceList &prices, const QJsonObject &availability,
                    const QJsonArray &products);
    // Puts the keyboard on the first product that can be added; false if none.
    bool focusFirstProduct();
    // "+" and Enter, for the list of shortcuts.
    QList<QAction *> keyActions() const { return {m_addOne, m_addQuantity}; }

    QSize minimumSizeHint() const override;

signals:
    void addStanding(qint64 quota, int quantity, const QString &ticketType);
    void addCards(qint64 product, const QString &title, qint64 unitPrice, int quantity);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Row
    {
        bool card = false;
        qint64 id = 0;
        QString title;
        qint64 price = 0;
        QLabel *name = nullptr;
        QComboBox *type = nullptr; // standing only
        QSpinBox *quantity = nullptr;
        QPushButton *add = nullptr;
    };

    void rebuild(const PriceList &prices, const QJsonArray &products);
    void addRow(Row row, QGridLayout *grid, int line);
    void add(Row row, int quantity);
    // The row whose widget has the keyboard, or -1.
    int focusedRow() const;
    void arrange();

    QBoxLayout *m_layout = nullptr;
    QGroupBox *m_standingBox = nullptr;
    QGridLayout *m_standing = nullptr;
    QGroupBox *m_cardBox = nullptr;
    QGridLayout *m_cards = nullptr;
    QList<Row> m_rows;
    QString m_signature;
    QAction *m_addOne = nullptr;
    QAction *m_addQuantity = nullptr;
    int m_typingRow = -1;
};

} // namespace tessera
