// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/dashboardfigures.h"

#include <QCoreApplication>

class QTableWidget;
class QWidget;

namespace tessera {

class VenueTime;

// The dashboard's tables: stock per event and category (sold / held / left,
// the pace and the projected sell-out) and refunds by reason.
class DashboardTables
{
    Q_DECLARE_TR_FUNCTIONS(DashboardTables)

public:
    static QTableWidget *makeStockTable(QWidget *parent);
    static void fillStock(QTableWidget *table, const QList<StockOutlook> &stock,
                          const VenueTime &time, qint64 nowMs);
    static QTableWidget *makeRefundTable(QWidget *parent);
    static void fillRefunds(QTableWidget *table, const QList<RefundReason> &reasons,
                            const QString &currency);
};

} // namespace tessera
