// SPDX-License-Identifier: GPL-3.0-or-later
#include "refunddialog.h"
#include "console/moneyformat.h"

#include "orderformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tessera {

namespace {

constexpr int kLineRole = Qt::UserRole;
constexpr int kPriceRole = Qt::UserRole + 1;

} // namespace

RefundDialog::RefundDialog(const OrderDetails &order, qint64 preselectedLine, QWidget *parent)
    : QDialog(parent)
    , m_order(order)
{
    setObjectName(QStringLiteral("refundDialog"));
    setWindowTitle(tr("Refund order %1").arg(order.number()));
    setMinimumSize(560, 460);
    auto *layout = new QVBoxLayout(this);

    m_whole = new QRadioButton(tr("&Whole order (everything not yet refunded)"), this);
    m_whole->setObjectName(QStringLiteral("refundWholeOrder"));
    m_some = new QRadioButton(tr("&Only the ticked lines"), this);
    m_some->setObjectName(QStringLiteral("refundSomeLines"));
    layout->addWidget(m_whole);
    layout->addWidget(m_some);

    m_lines = new QTreeWidget(this);
    m_lines->setObjectName(QStringLiteral("refundLines"));
    m_lines->setRootIsDecorated(false);
    m_lines->setHeaderLabels({tr("Item"), tr("Ticket type"), tr("Price")});
    m_lines->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_lines->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_lines->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    for (const QJsonObject &line : order.refundableLines()) {
        auto *item = new QTreeWidgetItem(m_lines);
        const qint64 id = line.value(QLatin1String("line")).toInteger();
        const qint64 price = line.value(QLatin1String("price")).toInteger();
        item->setText(0, order.lineTitle(line));
        item->setText(1, order.ticketTypeName(line));
        item->setText(2, MoneyFormat::money(price, order.currency()));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, kLineRole, id);
        item->setData(0, kPriceRole, price);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, preselectedLine == 0 || preselectedLine == id ? Qt::Checked
                                                                             : Qt::Unchecked);
    }
    layout->addWidget(m_lines, 1);
    if (order.hasUsedTickets()) {
        auto *used = new QLabel(
            tr("Some tickets of this order were used at the gate; used tickets are not refunded, "
               "so tick the lines to refund."),
            this);
        used->setWordWrap(true);
        layout->addWidget(used);
    }

    auto *form = new QFormLayout;
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("refundReason"));
    for (const QString &reason : OrderFormat::refundReasons())
        m_reason->addItem(OrderFormat::reason(reason), reason);
    m_reason->addItem(tr("Other…"), QString());
    form->addRow(tr("&Reason"), m_reason);
    m_otherReason = new QLineEdit(this);
    m_otherReason->setObjectName(QStringLiteral("refundOtherReason"));
    m_otherReason->setPlaceholderText(tr("Say why, in a few words"));
    m_otherReason->setMaxLength(200);
    form->addRow(QString(), m_otherReason);
    layout->addLayout(form);

    m_amount = new QLabel(this);
    m_amount->setObjectName(QStringLiteral("refundAmount"));
    QFont big = m_amount->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_amount->setFont(big);
    layout->addWidget(m_amount);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("Refund"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("refundConfirmButton"));
    m_ok->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const bool wholeAllowed = preselectedLine == 0 && !order.hasUsedTickets();
    (wholeAllowed ? m_whole : m_some)->setChecked(true);
    m_whole->setEnabled(!order.hasUsedTickets());
    connect(m_whole, &QRadioButton::toggled, this, &RefundDialog::update);
    connect(m_lines, &QTreeWidget::itemChanged, this, &RefundDialog::update);
    connect(m_reason, &QComboBox::currentIndexChanged, this, [this] {
        update();
        if (m_otherReason->isEnabled())
            m_otherReason->setFocus();
    });
    connect(m_otherReason, &QLineEdit::textChanged, this, &RefundDialog::update);
    update();
    m_reason->setFocus();
}

QList<qint64> RefundDialog::lines() const
{
    QList<qint64> out;
    if (m_whole->isChecked())
        return out;
    for (int i = 0; i < m_lines->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_lines->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            out.push_back(item->data(0, kLineRole).toLongLong());
    }
    return out;
}

QString RefundDialog::reason() const
{
    const QString listed = m_reason->currentData().toString();
    return listed.isEmpty() ? m_otherReason->text().trimmed() : listed;
}

qint64 RefundDialog::amount() const
{
    qint64 sum = 0;
    for (int i = 0; i < m_lines->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_lines->topLevelItem(i);
        if (m_whole->isChecked() || item->checkState(0) == Qt::Checked)
            sum += item->data(0, kPriceRole).toLongLong();
    }
    return sum;
}

void RefundDialog::update()
{
    const bool whole = m_whole->isChecked();
    m_lines->setEnabled(!whole);
    const bool other = m_reason->currentData().toString().isEmpty();
    m_otherReason->setEnabled(other);
    m_otherReason->setVisible(other);
    const qint64 sum = amount();
    const bool anything = whole ? m_lines->topLevelItemCount() > 0 : !lines().isEmpty();
    m_amount->setText(tr("To refund: %1").arg(MoneyFormat::money(sum, m_order.currency())));
    m_ok->setText(tr("Refund %1").arg(MoneyFormat::money(sum, m_order.currency())));
    m_ok->setEnabled(anything && !reason().isEmpty());
}

} // namespace tessera
