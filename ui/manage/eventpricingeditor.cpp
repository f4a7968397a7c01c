// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventpricingeditor.h"

#include "console/moneyformat.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera {

namespace {

constexpr int kQuotaFixedColumns = 2; // name, capacity

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QTableWidget *makeEditableTable(int columns, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->horizontalHeader()->setMinimumSectionSize(70);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

QPushButton *smallButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAutoDefault(false);
    return button;
}

} // namespace

EventPricingEditor::EventPricingEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *typesBox = new QGroupBox(tr("Ticket types"), this);
    auto *typesLayout = new QHBoxLayout(typesBox);
    m_types = makeEditableTable(2, typesBox);
    m_types->setObjectName(QStringLiteral("ticketTypesTable"));
    m_types->setHorizontalHeaderLabels({tr("Code"), tr("Name")});
    m_types->verticalHeader()->hide();
    typesLayout->addWidget(m_types, 1);
    auto *typeButtons = new QVBoxLayout;
    auto *addType = smallButton(tr("Add type"), QStringLiteral("addTicketTypeButton"), typesBox);
    auto *removeType =
        smallButton(tr("Remove type"), QStringLiteral("removeTicketTypeButton"), typesBox);
    typeButtons->addWidget(addType);
    typeButtons->addWidget(removeType);
    typeButtons->addStretch();
    typesLayout->addLayout(typeButtons);
    layout->addWidget(typesBox, 2);

    auto *pricesBox = new QGroupBox(tr("Seat prices (per category and ticket type; empty: not "
                                       "sold)"),
                                    this);
    auto *pricesLayout = new QVBoxLayout(pricesBox);
    m_prices = makeEditableTable(0, pricesBox);
    m_prices->setObjectName(QStringLiteral("pricesTable"));
    pricesLayout->addWidget(m_prices);
    layout->addWidget(pricesBox, 2);

    auto *quotasBox = new QGroupBox(tr("GA quotas (standing, unnumbered)"), this);
    auto *quotasLayout = new QHBoxLayout(quotasBox);
    m_quotas = makeEditableTable(kQuotaFixedColumns, quotasBox);
    m_quotas->setObjectName(QStringLiteral("gaTable"));
    m_quotas->verticalHeader()->hide();
    quotasLayout->addWidget(m_quotas, 1);
    auto *quotaButtons = new QVBoxLayout;
    auto *addQuotaButton =
        smallButton(tr("Add quota"), QStringLiteral("addQuotaButton"), quotasBox);
    auto *removeQuotaButton =
        smallButton(tr("Remove quota"), QStringLiteral("removeQuotaButton"), quotasBox);
    quotaButtons->addWidget(addQuotaButton);
    quotaButtons->addWidget(removeQuotaButton);
    quotaButtons->addStretch();
    quotasLayout->addLayout(quotaButtons);
    layout->addWidget(quotasBox, 2);

    connect(addType, &QPushButton::clicked, this, [this] {
        addTicketType({}, {});
        m_types->setCurrentCell(m_types->rowCount() - 1, 0);
        m_types->setFocus();
    });
    connect(removeType, &QPushButton::clicked, this, &EventPricingEditor::removeTicketType);
    connect(addQuotaButton, &QPushButton::clicked, this, [this] {
        addQuota();
        m_quotas->setCurrentCell(m_quotas->rowCount() - 1, 0);
        m_quotas->setFocus();
    });
    connect(removeQuotaButton, &QPushButton::clicked, this, &EventPricingEditor::removeQuota);
    connect(m_types, &QTableWidget::itemChanged, this, &EventPricingEditor::updatePriceHeaders);
    updatePriceHeaders();
}

void EventPricingEditor::setCategories(const QStringList &categories)
{
    QHash<QString, QStringList> typed;
    for (int row = 0; row < m_prices->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < m_prices->columnCount(); ++column)
            cells.push_back(cellText(m_prices, row, column));
        typed.insert(m_prices->verticalHeaderItem(row)->text(), cells);
    }
    m_prices->setRowCount(0);
    m_prices->setRowCount(int(categories.size()));
    m_prices->setVerticalHeaderLabels(categories);
    for (int row = 0; row < categories.size(); ++row) {
        const QStringList cells = typed.value(categories[row]);
        for (int column = 0; column < cells.size(); ++column) {
            if (!cells[column].isEmpty())
                m_prices->setItem(row, column, new QTableWidgetItem(cells[column]));
        }
    }
}

void EventPricingEditor::addTicketType(const QString &code, const QString &name)
{
    const int row = m_types->rowCount();
    {
        const QSignalBlocker block(m_types);
        m_types->insertRow(row);
        m_types->setItem(row, 0, new QTableWidgetItem(code));
        m_types->setItem(row, 1, new QTableWidgetItem(name));
    }
    m_prices->insertColumn(row);
    m_quotas->insertColumn(kQuotaFixedColumns + row);
    updatePriceHeaders();
}

void EventPricingEditor::removeTicketType()
{
    const int row = m_types->currentRow();
    if (row < 0)
        return;
    m_types->removeRow(row);
    m_prices->removeColumn(row);
    m_quotas->removeColumn(kQuotaFixedColumns + row);
    updatePriceHeaders();
}

void EventPricingEditor::addQuota(const QString &name, qint64 capacity)
{
    const int row = m_quotas->rowCount();
    m_quotas->insertRow(row);
    m_quotas->setItem(row, 0, new QTableWidgetItem(name));
    m_quotas->setItem(row, 1,
                      new QTableWidgetItem(capacity > 0 ? QString::number(capacity) : QString()));
}

void EventPricingEditor::removeQuota()
{
    if (m_quotas->currentRow() >= 0)
        m_quotas->removeRow(m_quotas->currentRow());
}

void EventPricingEditor::updatePriceHeaders()
{
    QStringList typeLabels;
    for (int row = 0; row < m_types->rowCount(); ++row) {
        const QString name = cellText(m_types, row, 1);
        const QString code = cellText(m_types, row, 0);
        typeLabels.push_back(name.isEmpty() ? code : name);
    }
    m_prices->setHorizontalHeaderLabels(typeLabels);
    QStringList quotaLabels = {tr("Name"), tr("Capacity")};
    for (const QString &label : std::as_const(typeLabels))
        quotaLabels.push_back(label);
    m_quotas->setHorizontalHeaderLabels(quotaLabels);
}

Error EventPricingEditor::cellError(QTableWidget *table, int row, int column,
                                    const QString &message)
{
    table->setCurrentCell(row, column);
    table->setFocus();
    return fail(ErrorCode::InvalidInput, message);
}

Result<EventPricingEditor::Pricing> EventPricingEditor::read()
{
    Pricing out;
    QStringList codes;
    QSet<QString> seen;
    if (m_types->rowCount() == 0) {
        m_types->setFocus();
        return fail(ErrorCode::MissingField, tr("Ticket types: add at least one ticket type."));
    }
    for (int row = 0; row < m_types->rowCount(); ++row) {
        const QString code = cellText(m_types, row, 0);
        const QString name = cellText(m_types, row, 1);
        if (code.isEmpty())
            return cellError(m_types, row, 0,
                             tr("Ticket types, row %1: the code is empty.").arg(row + 1));
        if (seen.contains(code))
            return cellError(
                m_types, row, 0,
                tr("Ticket types, row %1: the code \"%2\" is used twice.").arg(row + 1).arg(code));
        seen.insert(code);
        codes.push_back(code);
        QJsonObject type{{QStringLiteral("code"), code}};
        if (!name.isEmpty())
            type.insert(QStringLiteral("name"), name);
        out.ticketTypes.push_back(type);
    }
    auto amountError = [this](QTableWidget *table, int row, int column, const QString &place,
                              const QString &text) {
        return cellError(
            table, row, column,
            tr("%1: \"%2\" is not an amount; type it like 380 or 380.50.").arg(place, text));
    };
    m_priceCells.clear();
    for (int row = 0; row < m_prices->rowCount(); ++row) {
        const QString category = m_prices->verticalHeaderItem(row)->text();
        for (int column = 0; column < codes.size(); ++column) {
            const QString text = cellText(m_prices, row, column);
            if (text.isEmpty())
                continue;
            const auto amount = MoneyFormat::parse(text, QString());
            if (!amount)
                return amountError(m_prices, row, column,
                                   tr("Seat prices, %1 × %2").arg(category, codes[column]), text);
            out.prices.push_back(QJsonObject{{QStringLiteral("category"), category},
                                             {QStringLiteral("ticket_type"), codes[column]},
                                             {QStringLiteral("amount"), *amount}});
            m_priceCells.push_back({row, column});
        }
    }
    QSet<QString> quotaNames;
    for (int row = 0; row < m_quotas->rowCount(); ++row) {
        const QString name = cellText(m_quotas, row, 0);
        const QString capacityText = cellText(m_quotas, row, 1);
        if (name.isEmpty())
            return cellError(m_quotas, row, 0,
                             tr("GA quotas, row %1: give the quota a name.").arg(row + 1));
        if (quotaNames.contains(name))
            return cellError(
                m_quotas, row, 0,
                tr("GA quotas, row %1: the name \"%2\" is used twice.").arg(row + 1).arg(name));
        quotaNames.insert(name);
        bool ok = false;
        const qint64 capacity = capacityText.toLongLong(&ok);
        if (!ok || capacity <= 0)
            return cellError(
                m_quotas, row, 1,
                tr("GA quotas, %1: the capacity is a whole number above 0.").arg(name));
        QJsonArray prices;
        for (int column = 0; column < codes.size(); ++column) {
            const QString text = cellText(m_quotas, row, kQuotaFixedColumns + column);
            if (text.isEmpty())
                continue;
            const auto amount = MoneyFormat::parse(text, QString());
            if (!amount)
                return amountError(m_quotas, row, kQuotaFixedColumns + column,
                                   tr("GA quotas, %1 × %2").arg(name, codes[column]), text);
            prices.push_back(QJsonObject{{QStringLiteral("ticket_type"), codes[column]},
                                         {QStringLiteral("amount"), *amount}});
        }
        if (prices.isEmpty())
            return cellError(
                m_quotas, row, kQuotaFixedColumns,
                tr("GA quotas, %1: give a price for at least one ticket type.").arg(name));
        out.ga.push_back(QJsonObject{{QStringLiteral("name"), name},
                                     {QStringLiteral("capacity"), capacity},
                                     {QStringLiteral("prices"), prices}});
    }
    if (out.prices.isEmpty() && out.ga.isEmpty()) {
        m_prices->setFocus();
        return fail(ErrorCode::MissingField,
                    tr("Seat prices: give at least one price (or a GA quota), or nothing can "
                       "be sold."));
    }
    return out;
}

QString EventPricingEditor::describe(const QString &where) const
{
    static const QRegularExpression indexed(QStringLiteral("^(\\w+)\\[(\\d+)\\]"));
    const QRegularExpressionMatch match = indexed.match(where);
    if (!match.hasMatch())
        return {};
    const QString member = match.captured(1);
    const int index = match.captured(2).toInt();
    if (member == QLatin1String("ticket_types"))
        return tr("Ticket types, row %1").arg(index + 1);
    if (member == QLatin1String("ga"))
        return tr("GA quotas, row %1").arg(index + 1);
    if (member == QLatin1String("prices") && index < m_priceCells.size()) {
        const auto [row, column] = m_priceCells[index];
        return tr("Seat prices, %1 × %2")
            .arg(m_prices->verticalHeaderItem(row)->text(), cellText(m_types, column, 0));
    }
    return {};
}

} // namespace tessera
