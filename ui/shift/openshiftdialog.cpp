// SPDX-License-Identifier: GPL-3.0-or-later
#include "openshiftdialog.h"

#include "console/consolecontext.h"
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

OpenShiftDialog::OpenShiftDialog(ConsoleContext &context, const QString &why,
                                 const QString &currency, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_currency(currency)
{
    setObjectName(QStringLiteral("openShiftDialog"));
    setWindowTitle(tr("Open a shift"));
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(why + QLatin1Char('\n') +
                                tr("Count the float into the drawer, type it and press Enter: "
                                   "the shift opens and the payment goes on."),
                            this);
    text->setObjectName(QStringLiteral("openShiftWhy"));
    text->setWordWrap(true);
    text->setMinimumWidth(380);
    layout->addWidget(text);

    auto *form = new QFormLayout;
    m_float = new QLineEdit(this);
    m_float->setObjectName(QStringLiteral("openShiftFloat"));
    m_float->setPlaceholderText(tr("e.g. 500"));
    m_float->setMaxLength(16);
    auto *label = new QLabel(tr("&Float (%1)").arg(MoneyFormat::symbol(currency)), this);
    label->setBuddy(m_float);
    form->addRow(label, m_float);
    layout->addLayout(form);

    m_error = new MessageLabel(QStringLiteral("openShiftError"), this);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_open = buttons->addButton(tr("Open shift and continue"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("openShiftAndContinue"));
    m_open->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenShiftDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_float->setFocus();
}

void OpenShiftDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void OpenShiftDialog::submit()
{
    if (m_busy)
        return;
    const auto amount = MoneyFormat::parse(m_float->text(), m_currency);
    if (!amount) {
        showError(m_float->text().trimmed().isEmpty()
                      ? tr("Type the float: the cash the drawer starts with (0 if none).")
                      : tr("\"%1\" is not an amount of %2.").arg(m_float->text(), m_currency));
        m_float->setFocus();
        m_float->selectAll();
        return;
    }
    m_busy = true;
    m_open->setEnabled(false);
    showError({});
    m_context.run(std::make_unique<OpenShiftCommand>(*amount, m_currency), this,
                  [this](const CommandOutcome &outcome) {
                      m_busy = false;
                      m_open->setEnabled(true);
                      if (!outcome.result) {
                          showError(outcome.result.error().message);
                          return;
                      }
                      accept();
                  });
}

} // namespace tessera
