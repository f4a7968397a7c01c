#pragma once

#include "common/result.h"
#include "orderdetails.h"
#include "seatmap/seatmapmodel.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace tessera {

class ConsoleContext;
class SeatMapView;

// Picks the seat ticket of an order to exchange and the seat it moves to, on
// the event's seat map. Only free seats at the ticket's price can be picked
// (an exchange keeps the price); the rest show as unavailable.
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

    ConsoleContext &m_context;
    OrderDetails m_order;
    QComboBox *m_lines = nullptr;
    QLabel *m_hint = nullptr;
    SeatMapView *m_map = nullptr;
    QLabel *m_choice = nullptr;
    QPushButton *m_ok = nullptr;
    std::optional<EventMap> m_loaded;
    QString m_seat;
    bool m_adjusting = false;
};

} // namespace tessera
