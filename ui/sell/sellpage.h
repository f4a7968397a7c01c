// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "salecontroller.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTimer;

namespace tessera {

class CartPanel;
class ConsoleContext;
class EventListModel;
class ExtrasPanel;
class SaleController;
class SeatMapView;
struct CompletedSale;

// The screen a cashier sells from all day: events soonest first with a
// search (Ctrl+F), the chosen event's seat map (click, drag a band, or
// "best available N together" with Ctrl+B; Enter puts the selection in the
// cart), standing tickets and card keys beside it, and the cart with Pay (F8).
// A whole sale works from the keyboard alone.
class SellPage : public QWidget
{
    Q_OBJECT
public:
    explicit SellPage(ConsoleContext &context, QWidget *parent = nullptr);
    ~SellPage() override;

    SaleController &sale() const { return *m_sale; }
    SeatMapView *seatMap() const { return m_map; }
    qint64 currentEvent() const { return m_eventId; }
    // Where "Print" writes PDFs instead of printing (demo machines, tests);
    // empty: the printer. Defaults to the "printFolder" setting.
    void setPrintFolder(const QString &folder) { m_printFolder = folder; }
    // Print tickets and receipt as soon as a sale is paid (the
    // "printAutomatically" setting; off by default).
    void setPrintAutomatically(bool on) { m_printAutomatically = on; }
    bool printsAutomatically() const { return m_printAutomatically; }
    QString printFolder() const { return m_printFolder; }
    // Every key of the screen as a registered action (the F12 list).
    QList<QAction *> shortcutActions() const;

public slots:
    void activate();
    void selectEvent(qint64 eventId);
    // Carries on an unfinished sale from another window (a language switch):
    // its cart, and its event on the map.
    void continueSale(const SaleController::State &state);
    // Opens the payment window for the cart (F8).
    void pay();
    void addSelectionToCart();
    void selectBestAvailable();
    void clearSale();

signals:
    // The event's map and prices are on screen.
    void eventLoaded(qint64 eventId);
    // The sale was paid; the fulfilment window is open.
    void saleCompleted(qint64 orderId);
    // A printout was written as a PDF.
    void pdfWritten(const QString &path);

protected:
    // Catches up on what changed while hidden (a window rebuilt for a new
    // language shows its sell screen without activate()).
    void showEvent(QShowEvent *event) override;

private:
    void buildActions();
    void buildEventList(QWidget *column);
    void reloadEvents();
    void refreshInventory();
    void updateSelectionInfo();
    void onSaleCompleted(const CompletedSale &sale);
    bool eventFilter(QObject *watched, QEvent *event) override;

    ConsoleContext &m_context;
    SaleController *m_sale = nullptr;
    EventListModel *m_events = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_eventTable = nullptr;
    QLabel *m_eventTitle = nullptr;
    QSpinBox *m_bestCount = nullptr;
    QPushButton *m_best = nullptr;
    QPushButton *m_addSeats = nullptr;
    QLabel *m_selection = nullptr;
    SeatMapView *m_map = nullptr;
    ExtrasPanel *m_extras = nullptr;
    CartPanel *m_cart = nullptr;
    QTimer *m_refreshTimer = nullptr;
    qint64 m_eventId = 0;
    QString m_printFolder;
    bool m_printAutomatically = false;
    bool m_loading = false;
    bool m_stale = false; // changed() came while hidden
};

} // namespace tessera
