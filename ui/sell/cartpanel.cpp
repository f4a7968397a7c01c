// SPDX-License-Identifier: GPL-3.0-or-later
#include "cartpanel.h"
#include "console/messagelabel.h"

#include "cartmodel.h"
#include "console/moneyformat.h"
#include "salecontroller.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace tessera {

namespace {

// Edits a cart line's ticket type with the types its seat or quota is priced for.
class TicketTypeDelegate : public QStyledItemDelegate
{
public:
    TicketTypeDelegate(const PriceList &prices, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_prices(prices)
    {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &index) const override
    {
        auto *combo = new QComboBox(parent);
        for (const QString &code : index.data(CartModel::TypeChoicesRole).toStringList())
            combo->addItem(m_prices.ticketTypeName(code), code);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData());
    }

private:
    const PriceList &m_prices;
};

} // namespace

CartPanel::CartPanel(SaleController &sale, QWidget *parent)
    : QWidget(parent)
    , m_sale(sale)
{
    setObjectName(QStringLiteral("cartPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    auto *title = new QLabel(tr("Cart"), this);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.3);
    title->setFont(bold);
    layout->addWidget(title);

    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("pendingOrder"));
    m_pending->setWordWrap(true);
    m_pending->setStyleSheet(
        QStringLiteral("background: #fff3e0; color: #8a4b00; padding: 6px; border-radius: 4px;"));
    m_pending->hide();
    layout->addWidget(m_pending);

    m_model = new CartModel(m_sale, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("cartTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(CartModel::TicketType,
                                      new TicketTypeDelegate(m_sale.prices(), m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(CartModel::Item, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CartModel::TicketType,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CartModel::Price,
                                                      QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("cartNotice"));
    m_notice->setWordWrap(true);
    layout->addWidget(m_notice);
    m_held = new QLabel(this);
    m_held->setObjectName(QStringLiteral("cartHeld"));
    m_held->setStyleSheet(MessageLabel::styleSheetFor(MessageLabel::Tone::Info));
    layout->addWidget(m_held);

    auto *customer = new QGroupBox(tr("Customer (optional)"), this);
    auto *form = new QFormLayout(customer);
    m_name = new QLineEdit(customer);
    m_name->setObjectName(QStringLiteral("customerName"));
    form->addRow(tr("Name"), m_name);
    m_phone = new QLineEdit(customer);
    m_phone->setObjectName(QStringLiteral("customerPhone"));
    form->addRow(tr("Phone"), m_phone);
    m_email = new QLineEdit(customer);
    m_email->setObjectName(QStringLiteral("customerEmail"));
    form->addRow(tr("Email"), m_email);
    layout->addWidget(customer);

    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("cartTotal"));
    QFont totalFont = m_total->font();
    totalFont.setBold(true);
    totalFont.setPointSizeF(totalFont.pointSizeF() * 1.9);
    m_total->setFont(totalFont);
    m_total->setAlignment(Qt::AlignRight);
    layout->addWidget(m_total);

    m_pay = new QPushButton(tr("Pay  (F8)"), this);
    m_pay->setObjectName(QStringLiteral("payButton"));
    m_pay->setToolTip(tr("Take the payment (F8)"));
    m_pay->setMinimumHeight(54);
    QFont payFont = m_pay->font();
    payFont.setBold(true);
    payFont.setPointSizeF(payFont.pointSizeF() * 1.4);
    m_pay->setFont(payFont);
    m_pay->setStyleSheet(
        QStringLiteral("QPushButton { background: #2e7d32; color: white; border-radius: 6px; }"
                       "QPushButton:disabled { background: #a5d6a7; }"));
    layout->addWidget(m_pay);
    auto *row = new QHBoxLayout;
    m_remove = new QPushButton(tr("Remove item"), this);
    m_remove->setObjectName(QStringLiteral("removeItemButton"));
    m_remove->setToolTip(tr("Remove the selected item (Delete)"));
    m_clear = new QPushButton(tr("Clear sale"), this);
    m_clear->setObjectName(QStringLiteral("clearSaleButton"));
    m_clear->setToolTip(tr("Give everything back and start again (Ctrl+Delete)"));
    row->addWidget(m_remove);
    row->addWidget(m_clear);
    layout->addLayout(row);

    connect(m_pay, &QPushButton::clicked, this, [this] {
        commitCustomer();
        emit payRequested();
    });
    connect(m_remove, &QPushButton::clicked, this, &CartPanel::removeSelected);
    connect(m_clear, &QPushButton::clicked, this, &CartPanel::clearRequested);
    m_removeAction = new QAction(tr("Remove the selected cart line"), m_table);
    m_removeAction->setObjectName(QStringLiteral("removeItemAction"));
    m_removeAction->setShortcut(QKeySequence(Qt::Key_Delete));
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_removeAction);
    connect(m_removeAction, &QAction::triggered, this, &CartPanel::removeSelected);
    // As a POS's quantity keys: 1…9 on a cart line choose its ticket type.
    for (int number = 1; number <= 9; ++number) {
        auto *type =
            new QAction(tr("Ticket type %1 of the selected cart line").arg(number), m_table);
        type->setObjectName(QStringLiteral("ticketTypeAction%1").arg(number));
        type->setShortcut(QKeySequence(Qt::Key(Qt::Key_0 + number)));
        type->setShortcutContext(Qt::WidgetShortcut);
        m_table->addAction(type);
        connect(type, &QAction::triggered, this, [this, number] { chooseTicketType(number); });
        m_typeActions.push_back(type);
    }
    // The list of shortcuts shows the nine as one line.
    for (QAction *type : std::as_const(m_typeActions))
        type->setProperty("shortcutHelpHidden", type != m_typeActions.first());
    m_typeActions.first()->setProperty("shortcutHelpKeys", QStringLiteral("1 … 9"));
    m_typeActions.first()->setProperty(
        "shortcutHelpText", tr("In the cart: the selected line's ticket type, by its number"));
    connect(&m_sale, &SaleController::cartChanged, this, &CartPanel::refresh);
    connect(&m_sale, &SaleController::busyChanged, this, &CartPanel::refresh);
    connect(&m_sale, &SaleController::saleCompleted, this, [this] {
        m_name->clear();
        m_phone->clear();
        m_email->clear();
    });
    refresh();
}

void CartPanel::commitCustomer()
{
    m_sale.setCustomer(m_name->text(), m_phone->text(), m_email->text());
}

void CartPanel::showNotice(const QString &text, bool isError)
{
    m_notice->setStyleSheet(MessageLabel::styleSheetFor(isError ? MessageLabel::Tone::Error
                                                                : MessageLabel::Tone::Info));
    m_notice->setText(text);
}

QList<QAction *> CartPanel::keyActions() const
{
    QList<QAction *> list = {m_removeAction};
    list += m_typeActions;
    return list;
}

void CartPanel::focusCart()
{
    m_table->setFocus(Qt::ShortcutFocusReason);
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void CartPanel::chooseTicketType(int number)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    const QStringList choices =
        m_model->index(row, CartModel::TicketType).data(CartModel::TypeChoicesRole).toStringList();
    if (number > choices.size()) {
        showNotice(choices.isEmpty() ? tr("This line has no ticket types to choose from.")
                                     : tr("This line has %n ticket type(s): press 1 to %n.",
                                          nullptr, int(choices.size())),
                   true);
        return;
    }
    if (!m_model->setData(m_model->index(row, CartModel::TicketType), choices[number - 1]))
        return;
    // The cart was rebuilt: the same line stays selected for the next key.
    m_table->selectRow(row);
}

void CartPanel::removeSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_sale.removeItem(current.row());
}

void CartPanel::refresh()
{
    const QString currency = m_sale.prices().currency();
    const bool pending = m_sale.pendingOrder() != 0;
    m_total->setText(pending ? tr("Due %1").arg(MoneyFormat::money(m_sale.due(), currency))
                             : tr("Total %1").arg(MoneyFormat::money(m_sale.due(), currency)));
    m_pending->setVisible(pending);
    if (pending)
        m_pending->setText(tr("Order %1 is waiting for payment. Pay it, or clear the sale to "
                              "cancel it (a supervisor approves).")
                               .arg(m_sale.pendingNumber()));
    // Counted from the cart, so it empties with it (after payment, a clear).
    const qsizetype held = m_sale.cart().heldCount();
    m_held->setVisible(!pending && held > 0);
    m_held->setText(held > 0 ? tr("%n item(s) held for this sale.", nullptr, int(held))
                             : QString());
    m_pay->setEnabled(m_sale.canPay());
    m_remove->setEnabled(!pending && !m_sale.cart().isEmpty());
    m_clear->setEnabled(pending || !m_sale.cart().isEmpty());
    m_name->setEnabled(!pending);
    m_phone->setEnabled(!pending);
    m_email->setEnabled(!pending);
}

} // namespace tessera
