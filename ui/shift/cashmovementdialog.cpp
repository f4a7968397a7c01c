// SPDX-License-Identifier: GPL-3.0-or-later
#include "cashmovementdialog.h"
#include "console/messagelabel.h"

#include "console/moneyformat.h"
#include "shift/shiftcommands.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera {

CashMovementDialog::CashMovementDialog(bool out, const QString &currency, qint64 expected,
                                       QWidget *parent)
    : QDialog(parent)
    , m_out(out)
    , m_currency(currency)
    , m_expected(expected)
{
    setObjectName(QStringLiteral("cashMovementDialog"));
    setWindowTitle(out ? tr("Cash out") : tr("Cash in"));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(
        out ? tr("Cash taken out of the drawer, e.g. a bank drop. %1 is expected in the drawer.")
                  .arg(MoneyFormat::money(expected, currency))
            : tr("Cash put into the drawer, e.g. more change from the safe."),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto *form = new QFormLayout;
    m_amountEdit = new QLineEdit(this);
    m_amountEdit->setObjectName(QStringLiteral("shiftMovementAmount"));
    m_amountEdit->setPlaceholderText(MoneyFormat::symbol(currency).trimmed());
    m_amountEdit->setMaxLength(16);
    form->addRow(tr("&Amount"), m_amountEdit);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("shiftMovementReason"));
    m_reason->setMaxLength(CashMovementCommand::kMaxReasonLength);
    m_reason->setPlaceholderText(out ? tr("e.g. bank drop") : tr("e.g. change from the safe"));
    form->addRow(tr("&Reason"), m_reason);
    layout->addLayout(form);

    m_error = new MessageLabel(QStringLiteral("shiftMovementError"), this);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(out ? tr("Take out") : tr("Put in"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("shiftMovementOk"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CashMovementDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CashMovementDialog::reject);
    setMinimumWidth(380);
    m_amountEdit->setFocus();
}

QString CashMovementDialog::reason() const
{
    return m_reason->text().trimmed();
}

void CashMovementDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void CashMovementDialog::accept()
{
    const auto amount = MoneyFormat::parse(m_amountEdit->text(), m_currency);
    if (!amount || *amount <= 0) {
        showError(tr("Type an amount greater than zero."));
        m_amountEdit->setFocus();
        m_amountEdit->selectAll();
        return;
    }
    if (m_out && *amount > m_expected) {
        showError(tr("Only %1 is expected in the drawer.")
                      .arg(MoneyFormat::money(m_expected, m_currency)));
        m_amountEdit->setFocus();
        m_amountEdit->selectAll();
        return;
    }
    if (reason().isEmpty()) {
        showError(tr("Say why the cash moves."));
        m_reason->setFocus();
        return;
    }
    m_amount = *amount;
    QDialog::accept();
}

} // namespace tessera
