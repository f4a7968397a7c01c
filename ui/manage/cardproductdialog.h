// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera {

class ConsoleContext;

// Manage ▸ Card keys ▸ New product: name, price and currency of a gift card,
// voucher or top-up code (create_card_product). Its codes are imported next.
class CardProductDialog : public QDialog
{
    Q_OBJECT
public:
    CardProductDialog(ConsoleContext &context, const QString &defaultCurrency,
                      QWidget *parent = nullptr);

signals:
    void created(qint64 product, const QString &name);

private:
    void submit();
    void showError(const QString &message, QWidget *field = nullptr);

    ConsoleContext &m_context;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_price = nullptr;
    QLineEdit *m_currency = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_create = nullptr;
};

} // namespace tessera
