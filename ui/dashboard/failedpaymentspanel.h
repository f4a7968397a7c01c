// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/salefacts.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tessera {

class VenueTime;

// The drill-down under the error-code bars: the payments that failed with one
// code (order, terminal, time, method, amount); "Open order" shows the
// selected one on the Orders screen when it was sold at this terminal.
class FailedPaymentsPanel : public QWidget
{
    Q_OBJECT

public:
    FailedPaymentsPanel(QString localTerminal, QWidget *parent = nullptr);

    void show(const QString &code, const QList<PaymentFact> &payments, const VenueTime &time,
              const QString &currency);
    QString code() const { return m_code; }
    QTableWidget *table() const { return m_table; }

signals:
    void openOrder(qint64 orderId);

private:
    void updateButton();

    QString m_localTerminal;
    QString m_code;
    QList<PaymentFact> m_payments;
    QLabel *m_title = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace tessera
