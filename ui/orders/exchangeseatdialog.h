// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "orderdetails.h"
#include "sales/paymentinput.h"
#include "seatmap/seatmapmodel.h"

#include <optional>

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera {

class ConsoleContext;
class MessageLabel;
class SeatMapView;

// Picks the seat ticket of an order to exchange and the seat it moves to, on
// the event's seat map: any free seat with a price for the ticket's type.
// A dearer seat's difference is taken in cash or on the card terminal (with
// its approval code); a cheaper seat's difference goes back to the customer.
class ExchangeSeatDialog : public QDialog
{
    Q_OBJECT
public:
    // `preselectedLine` 0: the first seat ticket of the order.
    ExchangeSeatDialog(ConsoleContext &context, const OrderDetails &order, qint64 preselectedLine,
                       QWidget *parent = nullptr);

    qint64 line() const;
    // The new seat's guid; empty until one is picked.
    QString seat() const { return m_seat; }
    // A readable description of the chosen exchange ("S-A-1 → Stalls · Row C · Seat 5").
    QString summary() const;
    // The picked seat, readable ("Stalls · Row C · Seat 5"); its guid before the map loads.
    QString newPlace() const;
    // What the picked seat costs for the line's ticket type (0: none picked).
    qint64 newPrice() const;
    // New price minus old, in minor units; 0 until a seat is picked.
    qint64 difference() const;
    // For a dearer seat: the approved payment of the difference, as entered.
    std::optional<PaymentInput> differencePayment() const;
    SeatMapView *seatMap() const { return m_map; }
    // The seat map is loaded (off the UI thread) and shown.
    bool isReady() const { return m_loaded.has_value(); }

signals:
    void ready();

private:
    struct EventMap
    {
        SeatMapData seats;
        QJsonObject event; // CatalogQueries::event: ticket types and prices
    };
    void load();
    void showLine();
    void onSelection(const QStringList &guids);
    void updateChoice();
    QJsonObject currentLine() const;
    void accept() override;

    ConsoleContext &m_context;
    OrderDetails m_order;
    QComboBox *m_lines = nullptr;
    QLabel *m_hint = nullptr;
    SeatMapView *m_map = nullptr;
    QLabel *m_choice = nullptr;
    QWidget *m_payRow = nullptr;
    QComboBox *m_payMethod = nullptr;
    QLineEdit *m_approval = nullptr;
    QLineEdit *m_last4 = nullptr;
    MessageLabel *m_payError = nullptr;
    QPushButton *m_ok = nullptr;
    // Category name -> price of the current line's ticket type.
    QHash<QString, qint64> m_prices;
    std::optional<EventMap> m_loaded;
    QString m_seat;
    bool m_adjusting = false;
};

} // namespace tessera
