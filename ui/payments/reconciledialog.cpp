// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconciledialog.h"

#include "console/consolecontext.h"
#include "console/venuetime.h"
#include "reconciliationservice.h"

#include <QAbstractButton>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera {

namespace {

enum Column {
    OrderColumn,
    TimeColumn,
    MethodColumn,
    AmountColumn,
    WhyColumn,
    ChecksColumn,
    ResultColumn,
    ColumnCount
};

QString moneyText(const Money &amount)
{
    return QStringLiteral("%1 %2").arg(QLocale().toString(double(amount.minor) / 100.0, 'f', 2),
                                       amount.currency);
}

} // namespace

ReconcileDialog::ReconcileDialog(ReconciliationService &service, ConsoleContext &context,
                                 QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_context(context)
{
    setObjectName(QStringLiteral("reconcileDialog"));
    setWindowTitle(tr("Payments to reconcile"));
    auto *layout = new QVBoxLayout(this);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("reconcileCount"));
    QFont big = m_count->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_count->setFont(big);
    layout->addWidget(m_count);
    auto *intro = new QLabel(
        tr("The payment provider gave no clear answer for these payments, so nobody knows yet "
           "whether the customer was charged. The till asks the provider again every minute; an "
           "answer completes the order or leaves it waiting for payment. Never charge again "
           "for an order listed here without checking first."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("reconcileTable"));
    m_table->setHorizontalHeaderLabels({tr("Order"), tr("Time"), tr("Method"), tr("Amount"),
                                        tr("Why unknown"), tr("Checks"), tr("Result")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ResultColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reconcileStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_manual = new QGroupBox(tr("Settle by hand (supervisor)"), this);
    m_manual->setObjectName(QStringLiteral("reconcileManual"));
    auto *manual = new QVBoxLayout(m_manual);
    auto *manualText = new QLabel(
        tr("Only after checking the payment on the provider's own portal. Type the provider's "
           "reference for it, then mark the selected payment."),
        m_manual);
    manualText->setWordWrap(true);
    manual->addWidget(manualText);
    auto *manualRow = new QHBoxLayout;
    auto *referenceLabel = new QLabel(tr("Provider reference:"), m_manual);
    m_reference = new QLineEdit(m_manual);
    m_reference->setObjectName(QStringLiteral("reconcileReference"));
    m_reference->setPlaceholderText(tr("as shown on the provider's portal"));
    referenceLabel->setBuddy(m_reference);
    m_markPaid = new QPushButton(tr("Mark as paid…"), m_manual);
    m_markPaid->setObjectName(QStringLiteral("reconcileMarkPaid"));
    m_markNotPaid = new QPushButton(tr("Mark as not paid…"), m_manual);
    m_markNotPaid->setObjectName(QStringLiteral("reconcileMarkNotPaid"));
    manualRow->addWidget(referenceLabel);
    manualRow->addWidget(m_reference, 1);
    manualRow->addWidget(m_markPaid);
    manualRow->addWidget(m_markNotPaid);
    manual->addLayout(manualRow);
    layout->addWidget(m_manual);
    m_manualHint = new QLabel(tr("A supervisor can mark a payment as paid or not paid by hand "
                                 "after checking the provider's portal."),
                              this);
    m_manualHint->setObjectName(QStringLiteral("reconcileManualHint"));
    m_manualHint->setWordWrap(true);
    layout->addWidget(m_manualHint);

    auto *buttons = new QDialogButtonBox(this);
    m_checkNow = buttons->addButton(tr("Check now"), QDialogButtonBox::ActionRole);
    m_checkNow->setObjectName(QStringLiteral("reconcileCheckNow"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("reconcileClose"));
    layout->addWidget(buttons);

    connect(m_checkNow, &QPushButton::clicked, this, [this] {
        showStatus(tr("Asking the provider…"));
        m_service.checkNow();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_markPaid, &QPushButton::clicked, this, &ReconcileDialog::markPaid);
    connect(m_markNotPaid, &QPushButton::clicked, this, &ReconcileDialog::markNotPaid);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReconcileDialog::updateButtons);
    connect(&m_service, &ReconciliationService::entriesChanged, this, &ReconcileDialog::refresh);
    connect(&m_service, &ReconciliationService::checkFinished, this,
            [this](int answered, int stillUnknown) {
                showStatus(
                    tr("Checked: %1 answered, %2 still unknown.").arg(answered).arg(stillUnknown));
            });
    connect(&m_service, &ReconciliationService::settled, this,
            [this](qint64, bool, const QString &message) { showStatus(message); });
    connect(&m_service, &ReconciliationService::loadFailed, this, [this](const QString &message) {
        showStatus(tr("The list could not be read: %1").arg(message));
    });
    connect(&m_context, &ConsoleContext::userChanged, this, &ReconcileDialog::updateButtons);

    resize(980, 460);
    refresh();
}

qint64 ReconcileDialog::selectedPayment() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return 0;
    const QTableWidgetItem *first = m_table->item(selected.first()->row(), OrderColumn);
    return first ? first->data(Qt::UserRole).toLongLong() : 0;
}

void ReconcileDialog::selectPayment(qint64 paymentId)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, OrderColumn)->data(Qt::UserRole).toLongLong() == paymentId) {
            m_table->selectRow(row);
            return;
        }
    }
}

void ReconcileDialog::refresh()
{
    const qint64 selected = selectedPayment();
    const QList<ReconciliationEntry> entries = m_service.entries();
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row)
        fillRow(row, entries.at(row));
    if (selected)
        selectPayment(selected);
    else if (m_service.count() > 0)
        m_table->selectRow(0);
    m_count->setText(m_service.count() == 0 ? tr("Nothing to reconcile.")
                                            : tr("To reconcile: %1").arg(m_service.count()));
    if (m_service.isChecking())
        showStatus(tr("Asking the provider…"));
    updateButtons();
}

void ReconcileDialog::fillRow(int row, const ReconciliationEntry &entry)
{
    using Status = ReconciliationEntry::Status;
    const UnreconciledPayment &p = entry.payment;
    auto set = [&](int column, const QString &text) {
        auto *item = new QTableWidgetItem(text);
        item->setData(Qt::UserRole, p.paymentId);
        if (column == AmountColumn || column == ChecksColumn)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, column, item);
        return item;
    };
    auto why = [](const QString &code) {
        if (code == QLatin1String("timeout"))
            return tr("No answer in time");
        if (code == QLatin1String("network_error"))
            return tr("Answer lost (network)");
        if (code == QLatin1String("provider_unavailable"))
            return tr("Provider unavailable");
        return code.isEmpty() ? tr("Not recorded") : code;
    };
    QString method = p.method;
    if (p.method == QLatin1String("qr"))
        method = tr("QR pay");
    else if (p.method == QLatin1String("card"))
        method = tr("Card");
    else if (p.method == QLatin1String("cash"))
        method = tr("Cash");

    set(OrderColumn, p.orderNumber);
    set(TimeColumn, VenueTime::boxOffice(m_context).dateTime(p.createdAtMs));
    set(MethodColumn, method);
    set(AmountColumn, moneyText(p.amount));
    set(WhyColumn, why(p.errorCode));
    set(ChecksColumn, QString::number(entry.checks));

    QString result = entry.note;
    QColor colour;
    switch (entry.status) {
    case Status::Unknown:
        if (result.isEmpty()) {
            if (!entry.canAskProvider)
                result = tr("The provider cannot be asked: a supervisor settles it by hand.");
            else if (entry.checks == 0)
                result = tr("Waiting for the provider.");
            else
                result = tr("Still unknown: %1.").arg(why(entry.lastError));
        }
        break;
    case Status::Settling:
        break;
    case Status::Paid:
        colour = QColor(0x1b, 0x7a, 0x3a);
        break;
    case Status::NotPaid:
        colour = QColor(0x55, 0x55, 0x55);
        break;
    case Status::RefundDue:
    case Status::Failed:
        colour = QColor(0xb0, 0x3a, 0x00);
        break;
    }
    QTableWidgetItem *resultItem = set(ResultColumn, result);
    resultItem->setToolTip(result);
    if (colour.isValid()) {
        for (int column = 0; column < ColumnCount; ++column)
            m_table->item(row, column)->setForeground(colour);
    }
}

void ReconcileDialog::updateButtons()
{
    const bool supervisor = m_service.maySettleManually();
    m_manual->setVisible(supervisor);
    m_manualHint->setVisible(!supervisor);
    bool unknown = false;
    const qint64 selected = selectedPayment();
    for (const ReconciliationEntry &entry : m_service.entries()) {
        if (entry.payment.paymentId == selected)
            unknown = entry.status == ReconciliationEntry::Status::Unknown ||
                      entry.status == ReconciliationEntry::Status::Failed;
    }
    m_markPaid->setEnabled(supervisor && unknown);
    m_markNotPaid->setEnabled(supervisor && unknown);
    m_checkNow->setEnabled(m_service.count() > 0 && !m_service.isChecking());
}

void ReconcileDialog::markPaid()
{
    if (m_reference->text().trimmed().isEmpty()) {
        showStatus(tr("Type the provider's reference for this payment first."));
        m_reference->setFocus();
        return;
    }
    confirm(true);
}

void ReconcileDialog::markNotPaid()
{
    confirm(false);
}

void ReconcileDialog::confirm(bool paid)
{
    const qint64 payment = selectedPayment();
    QString number;
    Money amount;
    for (const ReconciliationEntry &entry : m_service.entries()) {
        if (entry.payment.paymentId == payment) {
            number = entry.payment.orderNumber;
            amount = entry.payment.amount;
        }
    }
    if (number.isEmpty())
        return;
    const QString reference = m_reference->text().trimmed();
    auto *box = new QMessageBox(
        QMessageBox::Question, paid ? tr("Mark as paid") : tr("Mark as not paid"),
        paid ? tr("The provider's portal shows that %1 for order %2 was paid (reference %3)?\n\n"
                  "The order counts it as paid and its tickets are issued.")
                   .arg(moneyText(amount), number, reference)
             : tr("The provider's portal shows that %1 for order %2 was NOT taken?\n\n"
                  "The order keeps waiting for payment.")
                   .arg(moneyText(amount), number),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("reconcileConfirm"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, box, paid, payment, reference](QAbstractButton *button) {
                if (box->standardButton(button) != QMessageBox::Yes)
                    return;
                const bool started = paid ? m_service.markPaid(payment, reference)
                                          : m_service.markNotPaid(payment, reference);
                if (started)
                    m_reference->clear();
                else
                    showStatus(tr("This payment cannot be marked now; it may have been settled "
                                  "meanwhile."));
            });
    box->open();
}

void ReconcileDialog::showStatus(const QString &text)
{
    m_status->setText(text);
}

} // namespace tessera
