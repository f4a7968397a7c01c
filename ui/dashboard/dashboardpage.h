// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/dashboardfigures.h"
#include "query/eventqueries.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QTableWidget;
class QVBoxLayout;

namespace tessera {

class AlertRuleStore;
class ConsoleContext;
class DashboardSourceBar;
class ServerDashboardSource;
class ErrorCodeChart;
class FailedPaymentsPanel;
class LocalDashboardSource;
class TerminalGrid;
class TimeSeriesChart;

// F6 Dashboard, for ops, supervisors and managers: orders and revenue per
// minute by channel, payment success by method and provider, error codes with
// the failed payments behind each bar, stock with its pace and projected
// sell-out, refunds by reason. Range (live: the last 15 minutes, the last
// hour, today, the whole sale) and filters (event, channel). Without a server
// it shows this terminal's own figures from its database; the header says
// where the figures come from and when they were read.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    enum class Range { Live, LastHour, Today, WholeSale };
    static constexpr qint64 kLiveWindowMs = 15 * 60 * 1000;

    explicit DashboardPage(ConsoleContext &context, QWidget *parent = nullptr);

    void setRange(Range range);
    const DashboardFigures &figures() const { return m_figures; }
    TimeSeriesChart *ordersChart() const { return m_orders; }
    TimeSeriesChart *revenueChart() const { return m_revenue; }
    TimeSeriesChart *successChart() const { return m_success; }
    ErrorCodeChart *errorChart() const { return m_errors; }
    FailedPaymentsPanel *failedPanel() const { return m_failed; }
    // The alert rules behind what is on screen: the server's while its
    // figures are shown (signed in as the member of staff watching), this
    // console's otherwise.
    std::unique_ptr<AlertRuleStore> alertRuleStore() const;

public slots:
    // The screen was brought to the front: read now and keep reading.
    void activate();
    // Puts `figures` on screen (this terminal's, or the server's live feed).
    void showFigures(const tessera::DashboardFigures &figures);
    // Every terminal's figures through the server, signed in there with the
    // signed-in member of staff's `pin` (a console enrolled with a server).
    void connectToServer(const QString &pin);
    // Back to this terminal's own figures.
    void useLocalFigures();
    ServerDashboardSource *serverSource() const { return m_server; }

signals:
    // "Open order" in the failed payments' list.
    void openOrder(qint64 orderId);
    // New figures are on screen.
    void figuresShown();
    // "Alert rules…" (for those who may set them).
    void alertRulesRequested();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void buildHeader(QVBoxLayout *layout);
    void buildKpis(QVBoxLayout *layout);
    QWidget *buildBody();
    DashboardFilter filterAt(qint64 nowMs) const;
    // The range and filters as the server takes them (a moving window for
    // the live ranges, so the server slides it).
    QJsonObject serverFilter() const;
    void filtersChanged();
    void findServer();
    void showServerState(int state, qint64 lastDataAtMs, const QString &message);
    void showServerFigures(const DashboardFigures &figures, const QJsonArray &terminals,
                           const QJsonObject &server);
    void loadEvents();
    // The event list of the chosen venue (every event for "All venues").
    void fillEvents();
    void showSeries(const DashboardFigures &figures);
    void showKpis(const DashboardFigures &figures);

    ConsoleContext &m_context;
    LocalDashboardSource *m_source = nullptr;
    ServerDashboardSource *m_server = nullptr; // null: not enrolled with a server
    DashboardSourceBar *m_sourceBar = nullptr;
    QString m_serverPin; // kept while the same member of staff is signed in
    QString m_terminal;  // the terminal filter chosen on the grid
    DashboardFigures m_figures;
    QScrollArea *m_scroll = nullptr;
    QComboBox *m_range = nullptr;
    QPushButton *m_rulesButton = nullptr;
    QComboBox *m_venue = nullptr; // shown when there is more than one venue
    QLabel *m_venueLabel = nullptr;
    QComboBox *m_event = nullptr;
    QComboBox *m_channel = nullptr;
    QList<EventQueries::Managed> m_events;
    QLabel *m_status = nullptr;
    QLabel *m_ordersKpi = nullptr;
    QLabel *m_revenueKpi = nullptr;
    QLabel *m_successKpi = nullptr;
    QLabel *m_refundsKpi = nullptr;
    QLabel *m_peakKpi = nullptr;
    TimeSeriesChart *m_orders = nullptr;
    TimeSeriesChart *m_revenue = nullptr;
    TimeSeriesChart *m_success = nullptr;
    ErrorCodeChart *m_errors = nullptr;
    FailedPaymentsPanel *m_failed = nullptr;
    QTableWidget *m_stock = nullptr;
    QTableWidget *m_refunds = nullptr;
    TerminalGrid *m_terminals = nullptr;
    QLabel *m_serverStats = nullptr;
};

} // namespace tessera
