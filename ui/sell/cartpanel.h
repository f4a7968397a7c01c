// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace tessera {

class CartModel;
class SaleController;

// The right-hand column of the Sell screen: the cart with ticket types and
// prices, optional customer details, the total and the Pay button.
class CartPanel : public QWidget
{
    Q_OBJECT
public:
    CartPanel(SaleController &sale, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    void showNotice(const QString &text, bool isError);
    // Customer details into the sale, then the fields are kept until it ends.
    void commitCustomer();
    // Puts the keyboard on the cart's selected line (the first if none).
    void focusCart();
    // Delete and the ticket-type number keys 1…9, for the list of shortcuts.
    QList<QAction *> keyActions() const;

signals:
    void payRequested();
    void clearRequested();

private:
    void refresh();
    void removeSelected();
    // Number key `number` (1…9): the selected line's `number`th ticket type.
    void chooseTicketType(int number);

    SaleController &m_sale;
    CartModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_held = nullptr;
    QLabel *m_pending = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLabel *m_total = nullptr;
    QPushButton *m_pay = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_clear = nullptr;
    QAction *m_removeAction = nullptr;
    QList<QAction *> m_typeActions;
};

} // namespace tessera
