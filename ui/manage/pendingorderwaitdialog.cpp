// SPDX-License-Identifier: GPL-3.0-or-later
#include "pendingorderwaitdialog.h"

#include "console/consolecontext.h"
#include "console/messagelabel.h"
#include "engine/engine.h"
#include "sales/pendingorderwait.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tessera {

PendingOrderWaitDialog::PendingOrderWaitDialog(ConsoleContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("pendingOrderWaitDialog"));
    setWindowTitle(tr("Unpaid counter orders"));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    auto *about = new QLabel(
        tr("When a payment is refused and the customer leaves, the order keeps its seats. "
           "After this many minutes without a payment they go back on sale. An order whose "
           "payment outcome is unknown waits for reconciliation instead; phone bookings are "
           "not affected."),
        this);
    about->setWordWrap(true);
    layout->addWidget(about);

    auto *form = new QFormLayout;
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("pendingOrderMinutes"));
    m_minutes->setRange(0, PendingOrderWait::kMaxMinutes);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setSpecialValueText(tr("Never: keep them until cancelled"));
    const std::optional<int> set = PendingOrderWait::read(m_context.reader());
    m_minutes->setValue(set ? *set : int(EngineOptions().pendingOrderTtlMs / 60'000));
    form->addRow(tr("Put the seats back on sale &after"), m_minutes);
    layout->addLayout(form);

    m_error = new MessageLabel(QStringLiteral("pendingOrderWaitError"), this);
    layout->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("savePendingOrderWait"));
    m_save->setDefault(true);
    buttons->addWidget(m_save);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    buttons->addWidget(cancel);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &PendingOrderWaitDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_minutes->setFocus();
    m_minutes->selectAll();
}

int PendingOrderWaitDialog::minutes() const
{
    return m_minutes->value();
}

void PendingOrderWaitDialog::setMinutes(int minutes)
{
    m_minutes->setValue(minutes);
}

void PendingOrderWaitDialog::submit()
{
    if (!m_save->isEnabled())
        return;
    m_error->say({});
    const int minutes = m_minutes->value();
    m_save->setEnabled(false);
    m_context.run(std::make_unique<SetPendingOrderWaitCommand>(minutes), this,
                  [this, minutes](const CommandOutcome &outcome) {
                      m_save->setEnabled(true);
                      if (!outcome.result) {
                          m_error->say(tr("Not saved: %1").arg(outcome.result.error().message));
                          return;
                      }
                      emit saved(minutes);
                      accept();
                  });
}

} // namespace tessera
