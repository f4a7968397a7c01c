// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace tessera {

class VenueTime;

// The open shift at a glance: who opened it and when, the float, cash taken
// and paid back, movements, and the cash expected in the drawer; with the
// buttons for cash in, cash out and closing the shift.
class ShiftSummaryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ShiftSummaryPanel(QWidget *parent = nullptr);

    // Shows ShiftQueries::report() of the open shift.
    // Times in `time`'s zone (the box office's).
    void setReport(const QJsonObject &report, const VenueTime &time);
    void focusFirstAction();

signals:
    void cashInRequested();
    void cashOutRequested();
    void closeRequested();

private:
    QLabel *addFigure(QGridLayout *grid, int row, const QString &label, const char *name);

    QLabel *m_heading = nullptr;
    QLabel *m_opened = nullptr;
    QLabel *m_float = nullptr;
    QLabel *m_cashSales = nullptr;
    QLabel *m_refunds = nullptr;
    QLabel *m_cashIn = nullptr;
    QLabel *m_cashOut = nullptr;
    QLabel *m_expected = nullptr;
    QLabel *m_takings = nullptr;
    QTableWidget *m_movements = nullptr;
    QPushButton *m_in = nullptr;
    QPushButton *m_out = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace tessera
