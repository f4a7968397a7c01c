// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardstab.h"

#include "cardproductdialog.h"
#include "console/consolecontext.h"
#include "console/moneyformat.h"
#include "managetable.h"
#include "query/catalogqueries.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera {

CardsTab::CardsTab(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("cardsTab"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *intro = new QLabel(tr("Gift cards, vouchers and top-up codes: each code is sold once "
                                "and shown only to its buyer."),
                             this);
    intro->setWordWrap(true);
    top->addWidget(intro, 1);
    m_new = new QPushButton(tr("&New product…"), this);
    m_new->setObjectName(QStringLiteral("newProductButton"));
    top->addWidget(m_new);
    m_import = new QPushButton(tr("&Import codes…"), this);
    m_import->setObjectName(QStringLiteral("importCodesButton"));
    top->addWidget(m_import);
    layout->addLayout(top);

    m_table = makeManageTable({tr("Product"), tr("Price"), tr("Codes available"), tr("Codes sold")},
                              0, this);
    m_table->setObjectName(QStringLiteral("cardProductsTable"));
    layout->addWidget(m_table, 1);
    m_status = makeStatusLabel(this);
    m_status->setObjectName(QStringLiteral("cardsStatus"));
    layout->addWidget(m_status);

    connect(m_new, &QPushButton::clicked, this, &CardsTab::openNewProduct);
    connect(m_import, &QPushButton::clicked, this, &CardsTab::openImport);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &CardsTab::openImport);
}

void CardsTab::refresh()
{
    m_context.read<Result<QJsonArray>>(
        this, [](SqliteDb &db) { return CatalogQueries(db).cardProducts(); },
        [this](Result<QJsonArray> products) {
            if (!products) {
                showStatus(
                    m_status,
                    tr("The card products cannot be read: %1").arg(products.error().toString()),
                    false);
                return;
            }
            const qint64 selected = selectedProduct();
            m_products.clear();
            m_table->setRowCount(0);
            for (const QJsonValue &value : std::as_const(*products)) {
                const QJsonObject product = value.toObject();
                const qint64 id = product[QStringLiteral("product")].toInteger();
                m_products.push_back({id, product[QStringLiteral("name")].toString()});
                m_lastCurrency = product[QStringLiteral("currency")].toString();
                const int row = m_table->rowCount();
                setTableRow(m_table, row,
                            {product[QStringLiteral("name")].toString(),
                             MoneyFormat::money(product[QStringLiteral("price")].toInteger(),
                                                m_lastCurrency),
                             QLocale().toString(product[QStringLiteral("available")].toInteger()),
                             QLocale().toString(product[QStringLiteral("sold")].toInteger())},
                            {1, 2, 3});
                m_table->item(row, 0)->setData(Qt::UserRole, id);
                if (id == selected)
                    m_table->selectRow(row);
            }
            if (m_table->currentRow() < 0 && m_table->rowCount() > 0)
                m_table->selectRow(0);
        });
}

qint64 CardsTab::selectedProduct() const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return 0;
    return m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
}

CardProductDialog *CardsTab::openNewProduct()
{
    if (!m_productDialog) {
        m_productDialog = new CardProductDialog(
            m_context, m_lastCurrency.isEmpty() ? QStringLiteral("CNY") : m_lastCurrency, this);
        connect(m_productDialog, &CardProductDialog::created, this,
                [this](qint64, const QString &name) {
                    showStatus(m_status,
                               tr("Card product \"%1\" created. Import its codes next.").arg(name),
                               true);
                    refresh();
                });
        connect(m_productDialog, &QDialog::finished, m_productDialog, &QObject::deleteLater);
        connect(m_productDialog, &QObject::destroyed, this, [this] { m_productDialog = nullptr; });
    }
    m_productDialog->open();
    return m_productDialog;
}

CardCodeImportDialog *CardsTab::openImport()
{
    if (!m_importDialog) {
        m_importDialog = new CardCodeImportDialog(m_context, m_products, selectedProduct(), this);
        connect(
            m_importDialog, &CardCodeImportDialog::imported, this, [this](qint64, qint64 count) {
                showStatus(m_status, tr("%1 codes imported.").arg(QLocale().toString(count)), true);
                refresh();
            });
        connect(m_importDialog, &QDialog::finished, m_importDialog, &QObject::deleteLater);
        connect(m_importDialog, &QObject::destroyed, this, [this] { m_importDialog = nullptr; });
    }
    m_importDialog->open();
    return m_importDialog;
}

} // namespace tessera
