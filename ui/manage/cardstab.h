// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cardcodeimportdialog.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tessera {

class CardProductDialog;
class ConsoleContext;

// Manage ▸ Card keys: the card products with their codes available and
// sold, a new product, and importing codes from a CSV file.
class CardsTab : public QWidget
{
    Q_OBJECT
public:
    explicit CardsTab(ConsoleContext &context, QWidget *parent = nullptr);

    // Reads the products again (off the UI thread).
    void refresh();
    CardProductDialog *openNewProduct();
    // Opens the import for the selected product (the "Import codes…" button).
    CardCodeImportDialog *openImport();
    QTableWidget *table() const { return m_table; }

private:
    qint64 selectedProduct() const;

    ConsoleContext &m_context;
    QTableWidget *m_table = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_status = nullptr;
    QList<CardProductChoice> m_products;
    QString m_lastCurrency;
    CardProductDialog *m_productDialog = nullptr;
    CardCodeImportDialog *m_importDialog = nullptr;
};

} // namespace tessera
