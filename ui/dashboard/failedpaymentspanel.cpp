// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/failedpaymentspanel.h"

#include "console/moneyformat.h"
#include "console/venuetime.h"
#include "dashboard/dashboardnames.h"
#include "manage/managetable.h"
#include "sales/orderstate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera {

FailedPaymentsPanel::FailedPaymentsPanel(QString localTerminal, QWidget *parent)
    : QWidget(parent)
    , m_localTerminal(std::move(localTerminal))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("failedPaymentsTitle"));
    m_title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    top->addWidget(m_title, 1);
    m_open = new QPushButton(tr("Open order"), this);
    m_open->setObjectName(QStringLiteral("openFailedOrder"));
    m_open->setEnabled(false);
    top->addWidget(m_open);
    auto *close = new QPushButton(tr("Close"), this);
    top->addWidget(close);
    layout->addLayout(top);
    m_table = makeManageTable({tr("Order"), tr("Terminal"), tr("Time"), tr("Method"), tr("Amount")},
                              3, this);
    m_table->setObjectName(QStringLiteral("failedPayments"));
    m_table->setMinimumHeight(160);
    layout->addWidget(m_table);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &FailedPaymentsPanel::updateButton);
    connect(m_table, &QTableWidget::cellDoubleClicked, m_open, &QPushButton::click);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_payments.size())
            emit openOrder(m_payments[row].orderId);
    });
    connect(close, &QPushButton::clicked, this, &QWidget::hide);
}

void FailedPaymentsPanel::show(const QString &code, const QList<PaymentFact> &payments,
                               const VenueTime &time, const QString &currency)
{
    m_code = code;
    m_payments = payments;
    m_title->setText(tr("Payments that failed with %1 — %2 (%3)")
                         .arg(code, DashboardNames::errorCode(code))
                         .arg(payments.size()));
    m_table->setRowCount(int(payments.size()));
    for (int row = 0; row < payments.size(); ++row) {
        const PaymentFact &p = payments[row];
        setTableRow(m_table, row,
                    {orderNumber(p.terminal, p.orderId), p.terminal, time.dateTime(p.createdAtMs),
                     DashboardNames::method(p.method + QLatin1Char('/') + p.provider),
                     MoneyFormat::money(p.amount, currency)},
                    {4});
    }
    updateButton();
    QWidget::show();
}

void FailedPaymentsPanel::updateButton()
{
    const int row = m_table->currentRow();
    const bool local =
        row >= 0 && row < m_payments.size() && m_payments[row].terminal == m_localTerminal;
    m_open->setEnabled(local);
    m_open->setToolTip(local || row < 0 ? QString()
                                        : tr("Sold at another terminal: open it there."));
}

} // namespace tessera
