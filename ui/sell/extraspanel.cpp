// SPDX-License-Identifier: GPL-3.0-or-later
#include "extraspanel.h"

#include "console/moneyformat.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace tessera {

namespace {

QString standingText(const PriceList::Quota &quota, qint64 left)
{
    return ExtrasPanel::tr("%1 — %2 left").arg(quota.name, QLocale().toString(left));
}

QString cardText(const QString &title, qint64 price, const QString &currency, qint64 left)
{
    return ExtrasPanel::tr("%1 · %2 · %3 left")
        .arg(title, MoneyFormat::money(price, currency), QLocale().toString(left));
}

// A product's name wraps rather than widening the Sell screen.
QLabel *nameLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setMinimumWidth(90);
    return label;
}

} // namespace

ExtrasPanel::ExtrasPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("extrasPanel"));
    m_layout = new QBoxLayout(QBoxLayout::LeftToRight, this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    // The panel's minimum is the stacked one (minimumSizeHint); it turns
    // side by side only when it is wide enough.
    m_layout->setSizeConstraint(QLayout::SetNoConstraint);
    m_standingBox = new QGroupBox(tr("Standing"), this);
    m_standing = new QGridLayout(m_standingBox);
    m_layout->addWidget(m_standingBox, 1);
    m_cardBox = new QGroupBox(tr("Card keys"), this);
    m_cards = new QGridLayout(m_cardBox);
    m_layout->addWidget(m_cardBox, 1);

    m_addOne = new QAction(tr("Add one of the focused standing ticket or card key"), this);
    m_addOne->setObjectName(QStringLiteral("addOneAction"));
    m_addOne->setShortcut(QKeySequence(Qt::Key_Plus));
    m_addQuantity = new QAction(tr("Add the focused standing ticket or card key (a digit "
                                   "first sets the quantity)"),
                                this);
    m_addQuantity->setObjectName(QStringLiteral("addQuantityAction"));
    m_addQuantity->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    for (QAction *action : {m_addOne, m_addQuantity}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_addOne, &QAction::triggered, this, [this] {
        if (const int row = focusedRow(); row >= 0)
            add(m_rows[row], 1);
    });
    connect(m_addQuantity, &QAction::triggered, this, [this] {
        if (const int row = focusedRow(); row >= 0)
            add(m_rows[row], m_rows[row].quantity->value());
    });
}

QSize ExtrasPanel::minimumSizeHint() const
{
    QSize size(0, 0);
    for (QGroupBox *box : {m_standingBox, m_cardBox}) {
        if (box->isHidden())
            continue;
        const QSize hint = box->minimumSizeHint();
        size.setWidth(std::max(size.width(), hint.width()));
        size.setHeight(size.height() + hint.height() + m_layout->spacing());
    }
    return size;
}

void ExtrasPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
}

void ExtrasPanel::arrange()
{
    const bool both = !m_standingBox->isHidden() && !m_cardBox->isHidden();
    const int sideBySide =
        m_standingBox->sizeHint().width() + m_cardBox->sizeHint().width() + m_layout->spacing();
    const auto direction =
        (!both || width() >= sideBySide) ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_layout->direction() != direction) {
        m_layout->setDirection(direction);
        updateGeometry();
    }
}

void ExtrasPanel::setContent(const PriceList &prices, const QJsonObject &availability,
                             const QJsonArray &products)
{
    QHash<qint64, qint64> left;
    for (const QJsonValue &g : availability.value(QStringLiteral("ga")).toArray()) {
        const QJsonObject o = g.toObject();
        left.insert(o.value(QStringLiteral("ga")).toInteger(),
                    o.value(QStringLiteral("available")).toInteger());
    }
    QString signature = QString::number(prices.eventId());
    for (const PriceList::Quota &quota : prices.quotas())
        signature += QStringLiteral(" s%1").arg(quota.id);
    for (const QJsonValue &p : products) {
        const QJsonObject product = p.toObject();
        signature += QStringLiteral(" c%1:%2")
                         .arg(product.value(QStringLiteral("product")).toInteger())
                         .arg(product.value(QStringLiteral("price")).toInteger());
    }
    if (signature != m_signature) {
        m_signature = signature;
        rebuild(prices, products);
    }

    // What is left, in place: the keyboard stays where it was.
    QHash<qint64, QJsonObject> byProduct;
    for (const QJsonValue &p : products) {
        const QJsonObject product = p.toObject();
        byProduct.insert(product.value(QStringLiteral("product")).toInteger(), product);
    }
    for (const Row &row : std::as_const(m_rows)) {
        if (row.card) {
            const QJsonObject product = byProduct.value(row.id);
            const qint64 available = product.value(QStringLiteral("available")).toInteger();
            row.name->setText(cardText(row.title, row.price,
                                       product.value(QStringLiteral("currency")).toString(),
                                       available));
            row.add->setEnabled(available > 0);
        } else {
            for (const PriceList::Quota &quota : prices.quotas()) {
                if (quota.id == row.id)
                    row.name->setText(standingText(quota, left.value(quota.id)));
            }
            row.add->setEnabled(left.value(row.id) > 0 && row.type->count() > 0);
        }
    }
}

void ExtrasPanel::rebuild(const PriceList &prices, const QJsonArray &products)
{
    for (QGridLayout *grid : {m_standing, m_cards}) {
        while (QLayoutItem *item = grid->takeAt(0)) {
            delete item->widget();
            delete item;
        }
    }
    m_rows.clear();
    m_typingRow = -1;
    int line = 0;
    for (const PriceList::Quota &quota : prices.quotas()) {
        Row row;
        row.id = quota.id;
        row.title = quota.name;
        row.type = new QComboBox(m_standingBox);
        row.type->setObjectName(QStringLiteral("standingType%1").arg(quota.id));
        row.type->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        row.type->setMinimumContentsLength(14); // "Adult ¥120.00" whole
        for (const QString &code : prices.standingTypes(quota.id)) {
            row.type->addItem(
                QStringLiteral("%1 %2").arg(
                    prices.ticketTypeName(code),
                    MoneyFormat::money(prices.standingPrice(quota.id, code).value_or(0),
                                       prices.currency())),
                code);
        }
        addRow(row, m_standing, line++);
    }
    m_standingBox->setVisible(line > 0);

    line = 0;
    for (const QJsonValue &p : products) {
        const QJsonObject product = p.toObject();
        Row row;
        row.card = true;
        row.id = product.value(QStringLiteral("product")).toInteger();
        row.title = product.value(QStringLiteral("name")).toString();
        row.price = product.value(QStringLiteral("price")).toInteger();
        addRow(row, m_cards, line++);
    }
    m_cardBox->setVisible(line > 0);
    arrange();
    updateGeometry();
}

void ExtrasPanel::addRow(Row row, QGridLayout *grid, int line)
{
    QWidget *box = grid->parentWidget();
    const QString kind = row.card ? QStringLiteral("card") : QStringLiteral("standing");
    row.name = nameLabel(box);
    row.quantity = new QSpinBox(box);
    row.quantity->setObjectName(
        (row.card ? QStringLiteral("cardQuantity%1") : QStringLiteral("standingQuantity%1"))
            .arg(row.id));
    row.quantity->setRange(1, 20);
    row.add = new QPushButton(tr("Add"), box);
    row.add->setObjectName(
        (row.card ? QStringLiteral("addCard%1") : QStringLiteral("addStanding%1")).arg(row.id));
    row.add->setToolTip(tr("Enter adds the quantity, + adds one; type a digit for the "
                           "quantity (Ctrl+G comes here)"));
    const int index = int(m_rows.size());
    connect(row.add, &QPushButton::clicked, this,
            [this, index] { add(m_rows[index], m_rows[index].quantity->value()); });
    int column = 0;
    grid->addWidget(row.name, line, column++);
    grid->setColumnStretch(0, 1);
    if (row.type) {
        grid->addWidget(row.type, line, column++);
        row.type->installEventFilter(this);
    }
    grid->addWidget(row.quantity, line, column++);
    grid->addWidget(row.add, line, column++);
    row.add->installEventFilter(this);
    m_rows.push_back(row);
}

void ExtrasPanel::add(Row row, int quantity)
{
    if (!row.add->isEnabled() || quantity <= 0)
        return;
    // The next one starts from one, as a POS keypad does.
    row.quantity->setValue(1);
    m_typingRow = -1;
    if (row.card)
        emit addCards(row.id, row.title, row.price, quantity);
    else
        emit addStanding(row.id, quantity, row.type->currentData().toString());
}

bool ExtrasPanel::focusFirstProduct()
{
    for (const Row &row : std::as_const(m_rows)) {
        if (row.add->isEnabled() && row.add->isVisible()) {
            row.add->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return false;
}

int ExtrasPanel::focusedRow() const
{
    const QWidget *focus = QApplication::focusWidget();
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        for (const QWidget *w :
             {static_cast<QWidget *>(row.type), static_cast<QWidget *>(row.quantity),
              static_cast<QWidget *>(row.add)}) {
            if (w && focus && (w == focus || w->isAncestorOf(focus)))
                return i;
        }
    }
    return -1;
}

bool ExtrasPanel::eventFilter(QObject *watched, QEvent *event)
{
    // A digit on a product's Add button or type sets its quantity ("1", "2" → 12).
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int row = focusedRow();
        if (row >= 0 && key->key() >= Qt::Key_0 && key->key() <= Qt::Key_9 &&
            (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            QSpinBox *quantity = m_rows[row].quantity;
            const int digit = key->key() - Qt::Key_0;
            const int typed = m_typingRow == row ? quantity->value() * 10 + digit : digit;
            quantity->setValue(typed <= quantity->maximum() ? std::max(1, typed) : digit);
            m_typingRow = row;
            return true;
        }
        if (row >= 0 && key->key() != Qt::Key_Shift)
            m_typingRow = -1;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tessera
