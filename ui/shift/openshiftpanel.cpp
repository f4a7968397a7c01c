// SPDX-License-Identifier: GPL-3.0-or-later
#include "openshiftpanel.h"
#include "console/messagelabel.h"

#include "console/moneyformat.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera {

OpenShiftPanel::OpenShiftPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("openShiftPanel"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);

    auto *card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    card->setMinimumWidth(420);
    card->setMaximumWidth(560);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);

    auto *heading = new QLabel(tr("Open a shift"), card);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    heading->setFont(big);
    layout->addWidget(heading);
    m_hint = new QLabel(card);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    auto *form = new QFormLayout;
    auto *amountRow = new QHBoxLayout;
    m_float = new QLineEdit(card);
    m_float->setObjectName(QStringLiteral("shiftFloat"));
    m_float->setPlaceholderText(tr("e.g. 500"));
    m_float->setMaxLength(16);
    QFont amountFont = m_float->font();
    amountFont.setPointSizeF(amountFont.pointSizeF() * 1.4);
    m_float->setFont(amountFont);
    amountRow->addWidget(m_float, 1);
    m_currency = new QComboBox(card);
    m_currency->setObjectName(QStringLiteral("shiftCurrency"));
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("CNY"), QStringLiteral("EUR"), QStringLiteral("USD"),
                          QStringLiteral("GBP"), QStringLiteral("HKD")});
    amountRow->addWidget(m_currency);
    auto *floatLabel = new QLabel(tr("&Float in the drawer"), card);
    floatLabel->setBuddy(m_float);
    form->addRow(floatLabel, amountRow);
    layout->addLayout(form);

    m_error = new MessageLabel(QStringLiteral("shiftOpenError"), card);
    layout->addWidget(m_error);

    m_open = new QPushButton(tr("Open shift"), card);
    m_open->setObjectName(QStringLiteral("shiftOpenButton"));
    m_open->setToolTip(tr("Open the shift (Enter)"));
    m_open->setMinimumHeight(40);
    layout->addWidget(m_open);

    m_lastClosed = new QFrame(card);
    m_lastClosed->setObjectName(QStringLiteral("shiftLastClosed"));
    auto *last = new QHBoxLayout(m_lastClosed);
    last->setContentsMargins(0, 8, 0, 0);
    m_lastSummary = new QLabel(m_lastClosed);
    m_lastSummary->setObjectName(QStringLiteral("shiftLastSummary"));
    m_lastSummary->setWordWrap(true);
    m_lastSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    last->addWidget(m_lastSummary, 1);
    m_print = new QPushButton(tr("&Print Z-report…"), m_lastClosed);
    m_print->setObjectName(QStringLiteral("shiftPrintButton"));
    last->addWidget(m_print, 0, Qt::AlignTop);
    m_lastClosed->hide();
    layout->addWidget(m_lastClosed);

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(card);
    row->addStretch();
    outer->addLayout(row);
    outer->addStretch(2);

    connect(m_open, &QPushButton::clicked, this, &OpenShiftPanel::submit);
    connect(m_float, &QLineEdit::returnPressed, this, &OpenShiftPanel::submit);
    connect(m_print, &QPushButton::clicked, this, &OpenShiftPanel::printRequested);
}

void OpenShiftPanel::prepare(const QString &terminal, const QString &currency)
{
    m_hint->setText(tr("No shift is open on terminal %1. Count the float into the drawer, type "
                       "it and press Enter.")
                        .arg(terminal));
    if (!currency.isEmpty())
        m_currency->setCurrentText(currency);
    m_float->clear();
    m_error->hide();
    setBusy(false);
}

void OpenShiftPanel::setBusy(bool busy)
{
    m_open->setEnabled(!busy);
    m_float->setReadOnly(busy);
    m_open->setText(busy ? tr("Opening…") : tr("Open shift"));
}

void OpenShiftPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void OpenShiftPanel::showLastClosed(const QString &summary, const QString &reportPath)
{
    m_lastSummary->setText(
        reportPath.isEmpty() ? summary : tr("%1\nZ-report saved to %2").arg(summary, reportPath));
    m_print->setEnabled(!reportPath.isEmpty());
    m_lastClosed->setVisible(!summary.isEmpty());
}

void OpenShiftPanel::focusFloat()
{
    m_float->setFocus();
}

void OpenShiftPanel::submit()
{
    if (!m_open->isEnabled())
        return;
    const QString currency = m_currency->currentText().trimmed().toUpper();
    if (currency.size() != 3) {
        showError(tr("Pick the drawer's currency (three letters, such as CNY)."));
        m_currency->setFocus();
        return;
    }
    const auto amount = MoneyFormat::parse(m_float->text(), currency);
    if (!amount) {
        showError(m_float->text().trimmed().isEmpty()
                      ? tr("Type the float: the cash the drawer starts with (0 if none).")
                      : tr("\"%1\" is not an amount of %2.").arg(m_float->text(), currency));
        m_float->setFocus();
        m_float->selectAll();
        return;
    }
    showError({});
    emit openRequested(*amount, currency);
}

} // namespace tessera
