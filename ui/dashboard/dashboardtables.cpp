// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/dashboardtables.h"

#include "console/moneyformat.h"
#include "console/venuetime.h"
#include "manage/managetable.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTableWidget>

namespace tessera {

QTableWidget *DashboardTables::makeStockTable(QWidget *parent)
{
    auto *table = makeManageTable({tr("Event"), tr("Category"), tr("Sold"), tr("Held"), tr("Left"),
                                   tr("Per minute"), tr("Sold out at")},
                                  0, parent);
    table->setObjectName(QStringLiteral("stockTable"));
    return table;
}

void DashboardTables::fillStock(QTableWidget *table, const QList<StockOutlook> &stock,
                                const VenueTime &time, qint64 nowMs)
{
    const QLocale locale;
    table->setRowCount(int(stock.size()));
    for (int row = 0; row < stock.size(); ++row) {
        const StockOutlook &s = stock[row];
        QString sellOut;
        if (s.left == 0)
            sellOut = tr("sold out");
        else if (s.sellOutAtMs == 0)
            sellOut = QStringLiteral("—");
        else if (s.sellOutAtMs - nowMs < 24LL * 3600 * 1000)
            sellOut = time.time(s.sellOutAtMs);
        else
            sellOut = time.dateTime(s.sellOutAtMs);
        setTableRow(table, row,
                    {s.eventName, s.stock, locale.toString(s.sold), locale.toString(s.held),
                     locale.toString(s.left), locale.toString(s.perMinute, 'f', 1), sellOut},
                    {2, 3, 4, 5, 6});
    }
}

QTableWidget *DashboardTables::makeRefundTable(QWidget *parent)
{
    auto *table = makeManageTable({tr("Reason"), tr("Refunds"), tr("Amount")}, 0, parent);
    table->setObjectName(QStringLiteral("refundTable"));
    return table;
}

void DashboardTables::fillRefunds(QTableWidget *table, const QList<RefundReason> &reasons,
                                  const QString &currency)
{
    const QLocale locale;
    table->setRowCount(int(reasons.size()));
    for (int row = 0; row < reasons.size(); ++row) {
        const RefundReason &r = reasons[row];
        setTableRow(table, row,
                    {r.reason, locale.toString(r.count), MoneyFormat::money(r.amount, currency)},
                    {1, 2});
    }
}

} // namespace tessera
