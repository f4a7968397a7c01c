// SPDX-License-Identifier: GPL-3.0-or-later
#include "managetable.h"
#include "console/messagelabel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>

namespace tessera {

QTableWidget *makeManageTable(const QStringList &headers, int stretchColumn, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

void setTableRow(QTableWidget *table, int row, const QStringList &cells,
                 const QList<int> &numericColumns)
{
    if (table->rowCount() <= row)
        table->setRowCount(row + 1);
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells[column]);
        if (numericColumns.contains(column))
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, column, item);
    }
}

QLabel *makeStatusLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void showStatus(QLabel *label, const QString &text, bool ok)
{
    label->setStyleSheet(
        MessageLabel::styleSheetFor(ok ? MessageLabel::Tone::Success : MessageLabel::Tone::Error));
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace tessera
