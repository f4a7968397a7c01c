// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QKeySequence>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace tessera {

class SaleController;

// Takes the payment for the sale in front of the cashier: cash (amount handed
// over, change, quick amounts), an external card terminal (approval code and
// last four digits) or QR pay through the provider. A refusal shows its
// reason and leaves the cart as it was; the dialog closes once the order is
// paid. F9 / F10 / F11 pick the method, Enter confirms, Esc goes back.
class PaymentDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Method { Cash, Card, Qr };

    PaymentDialog(SaleController &sale, QWidget *parent = nullptr);

    void setMethod(Method method);
    Method method() const { return m_method; }
    // The window's method keys (F9…F11) and what they pick, as the window
    // registers them: the list of shortcuts (F12) is made from this.
    static QList<std::pair<QKeySequence, QString>> methodKeys();
    // The window's other keys (Alt+1…, Enter, Esc) and what they do, for that list.
    static QList<std::pair<QKeySequence, QString>> windowKeys();

private:
    QWidget *buildCash();
    QWidget *buildCard();
    QWidget *buildQr();
    void confirm();
    void updateDue();
    void updateChange();
    void showStatus(const QString &text, const QString &color);
    void setWorking(bool working);

    SaleController &m_sale;
    Method m_method = Method::Cash;
    QLabel *m_due = nullptr;
    QLabel *m_order = nullptr;
    QButtonGroup *m_methods = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_tendered = nullptr;
    QLabel *m_change = nullptr;
    QWidget *m_quickAmounts = nullptr;
    QLineEdit *m_approval = nullptr;
    QLineEdit *m_last4 = nullptr;
    QLabel *m_qrImage = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_confirm = nullptr;
    bool m_working = false;
};

} // namespace tessera
