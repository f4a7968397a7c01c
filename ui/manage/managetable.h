// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QLabel;
class QTableWidget;
class QWidget;

namespace tessera {

// The read-only lists of the manager screens look and behave alike: whole
// rows selected, sorted as read, columns fitting their content but
// `stretchColumn`, which takes the room left.
QTableWidget *makeManageTable(const QStringList &headers, int stretchColumn, QWidget *parent);
// Puts one row of text cells in `table` at `row`; the cells of
// `numericColumns` are right-aligned.
void setTableRow(QTableWidget *table, int row, const QStringList &cells,
                 const QList<int> &numericColumns = {});
// A label for what the last action did: green when it worked, red when not.
QLabel *makeStatusLabel(QWidget *parent);
void showStatus(QLabel *label, const QString &text, bool ok);

} // namespace tessera
