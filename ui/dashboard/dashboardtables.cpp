// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/dashboardtables.h"

#include "console/moneyformat.h"
#include "console/venuetime.h"
#include "manage/managetable.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>

namespace tessera {

namespace {

// A live table changes a few cells a second: they are updated in place, and
// the columns fitted to their content only when the rows change (fitting on
// every change measures every row, every time).
void fill(QTableWidget *table, const QList<QStringList> &rows, const QList<int> &numericColumns)
{
    const bool reshaped = table->rowCount() != rows.size();
    table->setUpdatesEnabled(false);
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows[row].size(); ++column) {
            QTableWidgetItem *item = table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                if (numericColumns.contains(column))
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                table->setItem(row, column, item);
            }
            if (item->text() != rows[row][column])
                item->setText(rows[row][column]);
        }
    }
    if (reshaped) {
        table->resizeColumnsToContents();
        // The stretched column fills what the fitted ones leave: the header
        // lays its stretch out again only when asked (otherwise short
        // content, as in Chinese, left the table half empty).
        QHeaderView *header = table->horizontalHeader();
        for (int column = 0; column < header->count(); ++column) {
            if (header->sectionResizeMode(column) == QHeaderView::Stretch)
                header->setSectionResizeMode(column, QHeaderView::Stretch);
        }
    }
    table->setUpdatesEnabled(true);
}

QTableWidget *makeLiveTable(const QStringList &headers, QWidget *parent)
{
    QTableWidget *table = makeManageTable(headers, 0, parent);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // Fitting the columns looks at the first rows only (100 venues' stock is
    // 300 rows, measured in tens of milliseconds).
    table->horizontalHeader()->setResizeContentsPrecision(30);
    return table;
}

} // namespace

QTableWidget *DashboardTables::makeStockTable(QWidget *parent)
{
    auto *table = makeLiveTable({tr("Event"), tr("Category"), tr("Sold"), tr("Held"), tr("Left"),
                                 tr("Per minute"), tr("Sold out at")},
                                parent);
    table->setObjectName(QStringLiteral("stockTable"));
    return table;
}

void DashboardTables::fillStock(QTableWidget *table, const QList<StockOutlook> &stock,
                                const VenueTime &time, qint64 nowMs)
{
    const QLocale locale;
    QList<QStringList> rows;
    rows.reserve(stock.size());
    for (const StockOutlook &s : stock) {
        QString sellOut;
        if (s.left == 0)
            sellOut = tr("sold out");
        else if (s.sellOutAtMs == 0)
            sellOut = QStringLiteral("—");
        else if (s.sellOutAtMs - nowMs < 24LL * 3600 * 1000)
            sellOut = time.time(s.sellOutAtMs);
        else
            sellOut = time.dateTime(s.sellOutAtMs);
        rows.push_back({s.eventName, s.stock, locale.toString(s.sold), locale.toString(s.held),
                        locale.toString(s.left), locale.toString(s.perMinute, 'f', 1), sellOut});
    }
    fill(table, rows, {2, 3, 4, 5, 6});
}

QTableWidget *DashboardTables::makeRefundTable(QWidget *parent)
{
    auto *table = makeLiveTable({tr("Reason"), tr("Refunds"), tr("Amount")}, parent);
    table->setObjectName(QStringLiteral("refundTable"));
    return table;
}

void DashboardTables::fillRefunds(QTableWidget *table, const QList<RefundReason> &reasons,
                                  const QString &currency)
{
    const QLocale locale;
    QList<QStringList> rows;
    for (const RefundReason &r : reasons)
        rows.push_back(
            {r.reason, locale.toString(r.count), MoneyFormat::money(r.amount, currency)});
    fill(table, rows, {1, 2});
}

} // namespace tessera
