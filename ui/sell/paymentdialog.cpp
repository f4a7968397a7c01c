// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentdialog.h"

#include "console/moneyformat.h"
#include "payments/cashpayment.h"
#include "printing/qrcode.h"
#include "salecontroller.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tessera {

namespace {

QFont scaled(QFont font, qreal factor, bool bold = true)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

PaymentDialog::PaymentDialog(SaleController &sale, QWidget *parent)
    : QDialog(parent)
    , m_sale(sale)
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Payment"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);

    m_order = new QLabel(this);
    m_order->setObjectName(QStringLiteral("paymentOrder"));
    layout->addWidget(m_order);
    m_due = new QLabel(this);
    m_due->setObjectName(QStringLiteral("paymentDue"));
    m_due->setFont(scaled(m_due->font(), 2.2));
    layout->addWidget(m_due);

    auto *methodRow = new QHBoxLayout;
    m_methods = new QButtonGroup(this);
    const QList<std::pair<QString, QString>> methods = {
        {tr("Cash  (F9)"), QStringLiteral("methodCash")},
        {tr("Card terminal  (F10)"), QStringLiteral("methodCard")},
        {tr("QR pay  (F11)"), QStringLiteral("methodQr")}};
    for (int i = 0; i < methods.size(); ++i) {
        auto *button = new QPushButton(methods[i].first, this);
        button->setObjectName(methods[i].second);
        button->setCheckable(true);
        button->setMinimumHeight(44);
        button->setAutoDefault(false);
        button->setStyleSheet(
            QStringLiteral("QPushButton:checked { background: #1565c0; color: white; "
                           "font-weight: bold; border-radius: 4px; }"));
        m_methods->addButton(button, i);
        methodRow->addWidget(button);
    }
    layout->addLayout(methodRow);
    connect(m_methods, &QButtonGroup::idClicked, this, [this](int id) { setMethod(Method(id)); });
    const QList<std::pair<QKeySequence, QString>> keys = methodKeys();
    for (int i = 0; i < keys.size(); ++i) {
        auto *shortcut = new QShortcut(keys[i].first, this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { setMethod(Method(i)); });
    }

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildCash());
    m_pages->addWidget(buildCard());
    m_pages->addWidget(buildQr());
    layout->addWidget(m_pages);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("paymentStatus"));
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(48);
    m_status->setFont(scaled(m_status->font(), 1.15));
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("Confirm payment"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmPayment"));
    m_confirm->setToolTip(tr("Confirm (Enter)"));
    m_confirm->setMinimumHeight(40);
    QPushButton *back = buttons->addButton(tr("Back to the cart"), QDialogButtonBox::RejectRole);
    back->setToolTip(tr("Close without paying; the cart stays (Esc)"));
    back->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(m_confirm, &QPushButton::clicked, this, &PaymentDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (!m_working)
            reject();
    });

    connect(&m_sale, &SaleController::paymentProgress, this, [this](const QString &text) {
        setWorking(true);
        showStatus(text, QStringLiteral("#1565c0"));
    });
    connect(&m_sale, &SaleController::paymentFailed, this, [this](const QString &reason) {
        setWorking(false);
        updateDue();
        showStatus(tr("Not paid: %1").arg(reason), QStringLiteral("#b3261e"));
    });
    connect(&m_sale, &SaleController::paymentUnknown, this, [this](const QString &reason) {
        setWorking(false);
        updateDue();
        showStatus(tr("The provider did not confirm (%1). The payment is on the "
                      "to-reconcile list and will be checked; take another payment only if "
                      "the customer's app shows it failed.")
                       .arg(reason),
                   QStringLiteral("#b26a00"));
    });
    connect(&m_sale, &SaleController::saleCompleted, this, [this] {
        setWorking(false);
        accept();
    });

    updateDue();
    setMethod(Method::Cash);
}

QWidget *PaymentDialog::buildCash()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_tendered = new QLineEdit(page);
    m_tendered->setObjectName(QStringLiteral("cashTendered"));
    m_tendered->setFont(scaled(m_tendered->font(), 1.6));
    m_tendered->setPlaceholderText(tr("Enter = exact amount"));
    m_tendered->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^[0-9]{0,9}([.][0-9]{0,2})?$")), m_tendered));
    form->addRow(tr("Handed over"), m_tendered);
    m_change = new QLabel(page);
    m_change->setObjectName(QStringLiteral("cashChange"));
    m_change->setFont(scaled(m_change->font(), 1.6));
    form->addRow(tr("Change"), m_change);
    layout->addLayout(form);
    m_quickAmounts = new QWidget(page);
    new QHBoxLayout(m_quickAmounts);
    m_quickAmounts->layout()->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_quickAmounts);
    connect(m_tendered, &QLineEdit::textChanged, this, &PaymentDialog::updateChange);
    connect(m_tendered, &QLineEdit::returnPressed, this, &PaymentDialog::confirm);
    return page;
}

QWidget *PaymentDialog::buildCard()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *hint = new QLabel(tr("Let the customer pay on the card terminal, then type what its "
                               "slip shows."),
                            page);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *form = new QFormLayout;
    m_approval = new QLineEdit(page);
    m_approval->setObjectName(QStringLiteral("cardApproval"));
    m_approval->setMaxLength(12);
    m_approval->setPlaceholderText(tr("4–12 letters or digits"));
    form->addRow(tr("Approval code"), m_approval);
    m_last4 = new QLineEdit(page);
    m_last4->setObjectName(QStringLiteral("cardLast4"));
    m_last4->setMaxLength(4);
    m_last4->setPlaceholderText(tr("last four digits"));
    m_last4->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^[0-9]{0,4}$")), page));
    form->addRow(tr("Card ends in"), m_last4);
    layout->addLayout(form);
    connect(m_approval, &QLineEdit::returnPressed, m_last4, qOverload<>(&QWidget::setFocus));
    connect(m_last4, &QLineEdit::returnPressed, this, &PaymentDialog::confirm);
    return page;
}

QWidget *PaymentDialog::buildQr()
{
    auto *page = new QWidget(this);
    auto *layout = new QHBoxLayout(page);
    m_qrImage = new QLabel(page);
    m_qrImage->setObjectName(QStringLiteral("qrImage"));
    m_qrImage->setFixedSize(180, 180);
    m_qrImage->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_qrImage);
    auto *hint = new QLabel(tr("The customer scans this code with their payment app, or shows "
                               "their own payment code to the scanner. Press Enter to start "
                               "and wait for the provider's answer."),
                            page);
    hint->setWordWrap(true);
    layout->addWidget(hint, 1);
    return page;
}

QList<std::pair<QKeySequence, QString>> PaymentDialog::methodKeys()
{
    return {{QKeySequence(Qt::Key_F9), tr("Payment window: cash")},
            {QKeySequence(Qt::Key_F10), tr("Payment window: card terminal")},
            {QKeySequence(Qt::Key_F11), tr("Payment window: QR pay")}};
}

QList<std::pair<QKeySequence, QString>> PaymentDialog::windowKeys()
{
    return {{QKeySequence(Qt::ALT | Qt::Key_1),
             tr("Payment window: the first suggested cash amount (Alt+2… the next ones)")},
            {QKeySequence(Qt::Key_Return),
             tr("Payment window: take the payment (cash with nothing typed: the exact amount)")},
            {QKeySequence(Qt::Key_Escape), tr("Payment window: back to the cart, nothing paid")}};
}

void PaymentDialog::setMethod(Method method)
{
    if (m_working)
        return;
    m_method = method;
    m_methods->button(int(method))->setChecked(true);
    m_pages->setCurrentIndex(int(method));
    m_status->clear();
    switch (method) {
    case Method::Cash:
        m_confirm->setText(tr("Confirm payment"));
        m_tendered->setFocus();
        break;
    case Method::Card:
        m_confirm->setText(tr("Confirm payment"));
        m_approval->setFocus();
        break;
    case Method::Qr: {
        m_confirm->setText(tr("Start QR payment"));
        const QByteArray text = QByteArrayLiteral("TESSERA-PAY:") +
                                m_sale.pendingNumber().toUtf8() + ':' +
                                QByteArray::number(m_sale.due());
        if (auto image = QrCode::render(text, 4))
            m_qrImage->setPixmap(QPixmap::fromImage(*image).scaled(
                m_qrImage->size(), Qt::KeepAspectRatio, Qt::FastTransformation));
        m_confirm->setFocus();
        break;
    }
    }
}

void PaymentDialog::updateDue()
{
    const QString currency = m_sale.prices().currency();
    m_due->setText(tr("Due %1").arg(MoneyFormat::money(m_sale.due(), currency)));
    m_order->setText(m_sale.pendingOrder()
                         ? tr("Order %1 is waiting for payment").arg(m_sale.pendingNumber())
                         : tr("%n item(s)", nullptr, int(m_sale.cart().size())));
    // Quick amounts: the exact amount and the notes a customer is likely to hand over.
    QLayout *row = m_quickAmounts->layout();
    while (QLayoutItem *item = row->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<qint64> amounts = CashPayment::suggestedTenders(m_sale.due(), currency);
    for (int i = 0; i < amounts.size(); ++i) {
        auto *button = new QPushButton(MoneyFormat::money(amounts[i], currency), m_quickAmounts);
        button->setObjectName(QStringLiteral("quickAmount%1").arg(i));
        button->setAutoDefault(false);
        button->setMinimumHeight(36);
        button->setToolTip(tr("Alt+%1").arg(i + 1));
        button->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        const qint64 amount = amounts[i];
        connect(button, &QPushButton::clicked, this, [this, amount, currency] {
            m_tendered->setText(MoneyFormat::plain(amount, currency));
            m_tendered->setFocus();
        });
        row->addWidget(button);
    }
    updateChange();
}

void PaymentDialog::updateChange()
{
    const QString currency = m_sale.prices().currency();
    const qint64 tendered = m_tendered->text().isEmpty()
                                ? m_sale.due()
                                : MoneyFormat::parse(m_tendered->text(), currency).value_or(-1);
    if (tendered < 0) {
        m_change->clear();
        return;
    }
    auto change = CashPayment::changeFor(m_sale.due(), tendered);
    if (change) {
        m_change->setText(MoneyFormat::money(*change, currency));
        m_change->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    } else {
        m_change->setText(
            tr("%1 short").arg(MoneyFormat::money(m_sale.due() - tendered, currency)));
        m_change->setStyleSheet(QStringLiteral("color: #b3261e;"));
    }
}

void PaymentDialog::showStatus(const QString &text, const QString &color)
{
    m_status->setStyleSheet(QStringLiteral("color: %1;").arg(color));
    m_status->setText(text);
}

void PaymentDialog::setWorking(bool working)
{
    m_working = working;
    m_confirm->setEnabled(!working);
    m_pages->setEnabled(!working);
    for (QAbstractButton *button : m_methods->buttons())
        button->setEnabled(!working);
}

void PaymentDialog::confirm()
{
    if (m_working)
        return;
    const QString currency = m_sale.prices().currency();
    switch (m_method) {
    case Method::Cash: {
        const qint64 tendered = m_tendered->text().isEmpty()
                                    ? m_sale.due()
                                    : MoneyFormat::parse(m_tendered->text(), currency).value_or(-1);
        if (tendered < m_sale.due()) {
            showStatus(tr("The amount handed over is less than the amount due."),
                       QStringLiteral("#b3261e"));
            m_tendered->setFocus();
            return;
        }
        m_sale.payCash(tendered);
        break;
    }
    case Method::Card:
        m_sale.payCard(m_approval->text(), m_last4->text());
        break;
    case Method::Qr:
        m_sale.payQr();
        break;
    }
}

} // namespace tessera
