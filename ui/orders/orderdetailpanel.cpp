// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderdetailpanel.h"
#include "console/moneyformat.h"

#include "orderformat.h"
#include "printing/printableorder.h"
#include "sales/pendingorderexpiry.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tessera {

namespace {

constexpr int kLineRole = Qt::UserRole;
// The engine's state of a line ("active", "refunded", "exchanged", "used"),
// whatever the language.
constexpr int kStateRole = Qt::UserRole + 1;

QTreeWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *table = new QTreeWidget(parent);
    table->setObjectName(name);
    table->setRootIsDecorated(false);
    table->setUniformRowHeights(true);
    table->setHeaderLabels(headers);
    table->header()->setStretchLastSection(false);
    table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    return table;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

OrderDetailPanel::OrderDetailPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("orderDetail"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("orderPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setStyleSheet(QStringLiteral("color: #546e7a; font-size: 13pt;"));
    outer->addWidget(m_placeholder, 1);

    m_body = new QWidget(this);
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto *header = new QHBoxLayout;
    m_number = new QLabel(m_body);
    m_number->setObjectName(QStringLiteral("orderNumber"));
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_number->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_number->setFont(big);
    header->addWidget(m_number);
    header->addSpacing(12);
    m_state = new QLabel(m_body);
    m_state->setObjectName(QStringLiteral("orderState"));
    header->addWidget(m_state);
    header->addStretch();
    m_totals = new QLabel(m_body);
    m_totals->setObjectName(QStringLiteral("orderTotals"));
    header->addWidget(m_totals);
    layout->addLayout(header);

    m_info = new QLabel(m_body);
    m_info->setObjectName(QStringLiteral("orderInfo"));
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::RichText);
    layout->addWidget(m_info);

    layout->addWidget(sectionTitle(tr("Tickets and card keys"), m_body));
    m_lines = makeTable(m_body, QStringLiteral("orderLines"),
                        {tr("Item"), tr("Ticket type"), tr("Price"), tr("Status")});
    layout->addWidget(m_lines, 3);

    layout->addWidget(sectionTitle(tr("Payments"), m_body));
    m_payments = makeTable(m_body, QStringLiteral("orderPayments"),
                           {tr("Method"), tr("Amount"), tr("Status"), tr("Card"), tr("Time")});
    m_payments->setMaximumHeight(110);
    layout->addWidget(m_payments, 1);

    m_refundsTitle = sectionTitle(tr("Refunds"), m_body);
    layout->addWidget(m_refundsTitle);
    m_refunds = makeTable(m_body, QStringLiteral("orderRefunds"),
                          {tr("Reason"), tr("Amount"), tr("By"), tr("Time")});
    m_refunds->setMaximumHeight(110);
    layout->addWidget(m_refunds, 1);

    m_message = new QLabel(m_body);
    m_message->setObjectName(QStringLiteral("orderMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *actions = new QHBoxLayout;
    m_refund = new QPushButton(tr("&Refund…"), m_body);
    m_refund->setObjectName(QStringLiteral("refundButton"));
    m_refund->setToolTip(tr("Refund the whole order or some lines (Alt+R)"));
    m_exchange = new QPushButton(tr("E&xchange seat…"), m_body);
    m_exchange->setObjectName(QStringLiteral("exchangeButton"));
    m_exchange->setToolTip(tr("Move a seat ticket to another free seat at the same price (Alt+X)"));
    m_reprint = new QPushButton(tr("Re&print"), m_body);
    m_reprint->setObjectName(QStringLiteral("reprintButton"));
    m_reprint->setToolTip(tr("Print the tickets and receipt again, marked DUPLICATE (Alt+P)"));
    // Alt+D: Alt+C is the Console menu's.
    m_cancel = new QPushButton(tr("Cancel or&der…"), m_body);
    m_cancel->setObjectName(QStringLiteral("cancelOrderButton"));
    m_cancel->setToolTip(tr("Void an unpaid order; its seats go back on sale (Alt+D)"));
    for (QPushButton *button : {m_refund, m_exchange, m_reprint, m_cancel}) {
        button->setMinimumHeight(38);
        button->setAutoDefault(false);
        actions->addWidget(button);
    }
    actions->addStretch();
    layout->addLayout(actions);
    outer->addWidget(m_body, 1);

    connect(m_refund, &QPushButton::clicked, this, &OrderDetailPanel::refundRequested);
    connect(m_exchange, &QPushButton::clicked, this, &OrderDetailPanel::exchangeRequested);
    connect(m_reprint, &QPushButton::clicked, this, &OrderDetailPanel::reprintRequested);
    connect(m_cancel, &QPushButton::clicked, this, &OrderDetailPanel::cancelRequested);
    connect(m_lines, &QTreeWidget::currentItemChanged, this, &OrderDetailPanel::updateButtons);

    showPlaceholder(QString());
}

void OrderDetailPanel::showPlaceholder(const QString &text)
{
    m_hasOrder = false;
    m_details = OrderDetails();
    m_placeholder->setText(text);
    m_placeholder->show();
    m_body->hide();
}

void OrderDetailPanel::showOrder(const OrderDetails &details, const VenueTime &time)
{
    m_time = time;
    const bool sameOrder = m_hasOrder && m_details.id() == details.id();
    const qint64 keepLine = sameOrder ? selectedLine() : 0;
    if (!sameOrder)
        clearMessage();
    m_details = details;
    m_hasOrder = true;
    m_placeholder->hide();
    m_body->show();

    const QJsonObject &o = details.order;
    const QString state = details.state();
    m_number->setText(tr("Order %1").arg(details.number()));
    m_state->setText(OrderFormat::orderState(state));
    m_state->setProperty("state", state);
    m_state->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; padding: 3px 10px;"
                       " border-radius: 4px; font-weight: bold; }")
            .arg(OrderFormat::orderStateColour(state)));
    const QString currency = details.currency();
    QString totals =
        tr("Total %1 · Paid %2")
            .arg(MoneyFormat::money(o.value(QLatin1String("total")).toInteger(), currency),
                 MoneyFormat::money(o.value(QLatin1String("paid")).toInteger(), currency));
    const qint64 refunded = o.value(QLatin1String("refunded")).toInteger();
    if (refunded)
        totals += tr(" · Refunded %1").arg(MoneyFormat::money(refunded, currency));
    m_totals->setText(totals);

    const QJsonObject customer = o.value(QLatin1String("customer")).toObject();
    QStringList who;
    for (const char *field : {"name", "phone", "email"}) {
        const QString value = customer.value(QLatin1String(field)).toString();
        if (!value.isEmpty())
            who.push_back(value.toHtmlEscaped());
    }
    QStringList events;
    for (const QString &name : std::as_const(details.eventNames))
        events.push_back(name.toHtmlEscaped());
    const QString row = QStringLiteral("<tr><td style='color:#607d8b; padding-right:12px'>%1</td>"
                                       "<td>%2</td></tr>");
    QString info = QStringLiteral("<table>");
    info += row.arg(tr("Sold"),
                    tr("%1 by %2 · %3")
                        .arg(m_time->dateTime(o.value(QLatin1String("created_at")).toString()),
                             o.value(QLatin1String("actor")).toString().toHtmlEscaped(),
                             OrderFormat::channel(o.value(QLatin1String("channel")).toString())));
    info += row.arg(tr("Customer"),
                    who.isEmpty() ? tr("not recorded") : who.join(QStringLiteral(" · ")));
    if (!events.isEmpty())
        info += row.arg(tr("Event"), events.join(QStringLiteral("<br>")));
    if (o.contains(QLatin1String("cancelled_at"))) {
        const QString when = m_time->dateTime(o.value(QLatin1String("cancelled_at")).toString());
        const QString reason = o.value(QLatin1String("cancel_reason")).toString();
        if (reason == PendingOrderExpiry::expiredReason())
            info += row.arg(tr("Cancelled"),
                            tr("%1 · expired: nothing was paid in time, the seats went back on "
                               "sale")
                                .arg(when));
        else {
            const QString by = o.value(QLatin1String("cancelled_by")).toString().toHtmlEscaped();
            info += row.arg(tr("Cancelled"),
                            reason.isEmpty()
                                ? tr("%1 by %2").arg(when, by)
                                : tr("%1 by %2 · %3")
                                      .arg(when, by, OrderFormat::reason(reason).toHtmlEscaped()));
        }
    }
    info += QStringLiteral("</table>");
    m_info->setText(info);

    fillLines();
    fillPayments();
    fillRefunds();
    if (keepLine) {
        for (int i = 0; i < m_lines->topLevelItemCount(); ++i) {
            if (m_lines->topLevelItem(i)->data(0, kLineRole).toLongLong() == keepLine)
                m_lines->setCurrentItem(m_lines->topLevelItem(i));
        }
    }
    updateButtons();
}

void OrderDetailPanel::fillLines()
{
    m_lines->clear();
    const QString currency = m_details.currency();
    const QString orderState = m_details.state();
    for (const QJsonValue &value : m_details.order.value(QLatin1String("lines")).toArray()) {
        const QJsonObject line = value.toObject();
        const QString state = line.value(QLatin1String("state")).toString();
        const bool used = line.contains(QLatin1String("redeemed_at"));
        auto *item = new QTreeWidgetItem(m_lines);
        item->setText(0, m_details.lineTitle(line));
        item->setToolTip(0, line.value(QLatin1String("code")).toString());
        item->setText(1, m_details.ticketTypeName(line));
        item->setText(2,
                      MoneyFormat::money(line.value(QLatin1String("price")).toInteger(), currency));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        QString status = OrderFormat::lineState(state);
        // A ticket is valid only once its order is paid.
        if (state == QLatin1String("active") && orderState == QLatin1String("pending"))
            status = tr("Not issued: awaiting payment");
        else if (state == QLatin1String("active") && orderState == QLatin1String("cancelled"))
            status = tr("Cancelled");
        if (used)
            status =
                tr("Used at %1, %2")
                    .arg(line.value(QLatin1String("redeemed_gate")).toString(),
                         m_time->dateTime(line.value(QLatin1String("redeemed_at")).toString()));
        item->setText(3, status);
        item->setData(0, kLineRole, line.value(QLatin1String("line")).toInteger());
        item->setData(0, kStateRole, used ? QStringLiteral("used") : state);
        if (state != QLatin1String("active")) {
            for (int c = 0; c < 4; ++c)
                item->setForeground(c, QColor(0x9e, 0x9e, 0x9e));
            QFont struck = item->font(0);
            struck.setStrikeOut(true);
            item->setFont(0, struck);
            item->setFont(2, struck);
        } else if (used) {
            item->setForeground(3, QColor(0x15, 0x65, 0xc0));
        }
    }
}

void OrderDetailPanel::fillPayments()
{
    m_payments->clear();
    const QString currency = m_details.currency();
    for (const QJsonValue &value : m_details.order.value(QLatin1String("payments")).toArray()) {
        const QJsonObject p = value.toObject();
        auto *item = new QTreeWidgetItem(m_payments);
        item->setText(0, PrintableOrder::methodName(p.value(QLatin1String("method")).toString()));
        item->setText(1,
                      MoneyFormat::money(p.value(QLatin1String("amount")).toInteger(), currency));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        QString status = OrderFormat::paymentState(p.value(QLatin1String("state")).toString());
        const QString error = p.value(QLatin1String("error_code")).toString();
        if (!error.isEmpty())
            status += QStringLiteral(" (%1)").arg(error);
        item->setText(2, status);
        const QString last4 = p.value(QLatin1String("card_last4")).toString();
        item->setText(3, last4.isEmpty() ? QString() : QStringLiteral("•••• %1").arg(last4));
        item->setText(4, m_time->dateTime(p.value(QLatin1String("created_at")).toString()));
    }
}

void OrderDetailPanel::fillRefunds()
{
    m_refunds->clear();
    const QString currency = m_details.currency();
    const QJsonArray refunds = m_details.order.value(QLatin1String("refunds")).toArray();
    for (const QJsonValue &value : refunds) {
        const QJsonObject r = value.toObject();
        auto *item = new QTreeWidgetItem(m_refunds);
        item->setText(0, OrderFormat::reason(r.value(QLatin1String("reason")).toString()));
        item->setText(1,
                      MoneyFormat::money(r.value(QLatin1String("amount")).toInteger(), currency));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        const QString approver = r.value(QLatin1String("approved_by")).toString();
        const QString actor = r.value(QLatin1String("actor")).toString();
        const QString elsewhere = r.value(QLatin1String("refunded_elsewhere")).toString();
        if (!elsewhere.isEmpty())
            item->setText(2, tr("At %1, through the server").arg(elsewhere));
        else
            item->setText(2, approver.isEmpty() ? actor
                                                : tr("%1, approved by %2").arg(actor, approver));
        item->setText(3, m_time->dateTime(r.value(QLatin1String("created_at")).toString()));
    }
    m_refundsTitle->setVisible(!refunds.isEmpty());
    m_refunds->setVisible(!refunds.isEmpty());
}

qint64 OrderDetailPanel::selectedLine() const
{
    const QTreeWidgetItem *item = m_lines->currentItem();
    return item ? item->data(0, kLineRole).toLongLong() : 0;
}

void OrderDetailPanel::setAllowed(bool refundAndExchange, bool cancel)
{
    m_mayRefund = refundAndExchange;
    m_mayCancel = cancel;
    updateButtons();
}

void OrderDetailPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void OrderDetailPanel::updateButtons()
{
    const QString state = m_details.state();
    const bool paid = state == QLatin1String("paid") || state == QLatin1String("partly_refunded");
    m_refund->setVisible(m_mayRefund);
    m_exchange->setVisible(m_mayRefund);
    m_cancel->setVisible(m_mayCancel);
    m_refund->setEnabled(!m_busy && paid && !m_details.refundableLines().isEmpty());
    m_exchange->setEnabled(!m_busy && paid && !m_details.exchangeableLines().isEmpty());
    m_reprint->setEnabled(!m_busy && paid);
    m_cancel->setEnabled(!m_busy && state == QLatin1String("pending"));
}

void OrderDetailPanel::showError(const QString &message)
{
    m_message->setText(message);
    m_message->setProperty("error", true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; font-weight: bold; "
                                            "background: #fdecea; padding: 6px; }"));
    m_message->show();
}

void OrderDetailPanel::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setProperty("error", false);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #1b5e20; font-weight: bold; "
                                            "background: #e8f5e9; padding: 6px; }"));
    m_message->show();
}

void OrderDetailPanel::clearMessage()
{
    m_message->hide();
    m_message->clear();
}

} // namespace tessera
