// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventcanceldialog.h"

#include "console/consolecontext.h"
#include "console/messagelabel.h"
#include "console/moneyformat.h"
#include "setup/canceleventcommand.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera {

EventCancelDialog::EventCancelDialog(ConsoleContext &context, qint64 eventId, const QString &name,
                                     const EventQueries::CancelPreview &preview, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_eventId(eventId)
    , m_name(name)
{
    setObjectName(QStringLiteral("eventCancelDialog"));
    setWindowTitle(tr("Cancel event"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("cancelSummary"));
    m_summary->setWordWrap(true);
    m_summary->setMinimumWidth(460);
    const QString currency = preview.currency;
    QStringList lines{
        tr("Cancel \"%1\"? Its sales stop for good.").arg(name),
        tr("%n paid order(s) refunded", nullptr, int(preview.paidOrders)) +
            tr(": %n ticket(s), %1 in all.", nullptr, int(preview.tickets))
                .arg(MoneyFormat::money(preview.amount - preview.partPaidAmount, currency))};
    // A part-paid order is cancelled, but what it had paid goes back: a refund.
    if (preview.partPaidOrders > 0)
        lines.push_back(tr("%n part-paid order(s) cancelled and what they had paid, %1, refunded.",
                           nullptr, int(preview.partPaidOrders))
                            .arg(MoneyFormat::money(preview.partPaidAmount, currency)));
    lines.push_back(
        tr("%n unpaid order(s) cancelled, %1 hold(s) released.", nullptr, int(preview.unpaidOrders))
            .arg(preview.holds));
    if (preview.partPaidOrders > 0)
        lines.push_back(
            tr("Refunded in all: %1.").arg(MoneyFormat::money(preview.amount, currency)));
    m_summary->setText(lines.join(QStringLiteral("\n\n")));
    layout->addWidget(m_summary);
    auto *reasonLabel = new QLabel(tr("&Reason (printed on the refunds):"), this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("cancelReason"));
    reasonLabel->setBuddy(m_reason);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    m_error = new MessageLabel(QStringLiteral("cancelError"), this);
    layout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_confirm = new QPushButton(tr("Cancel the event and &refund"), this);
    m_confirm->setObjectName(QStringLiteral("confirmCancelEvent"));
    m_confirm->setAutoDefault(false);
    m_confirm->setEnabled(false);
    buttons->addWidget(m_confirm);
    auto *keep = new QPushButton(tr("&Keep the event"), this);
    keep->setObjectName(QStringLiteral("keepEvent"));
    keep->setDefault(true);
    buttons->addWidget(keep);
    layout->addLayout(buttons);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_confirm->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_confirm, &QPushButton::clicked, this, &EventCancelDialog::submit);
    connect(keep, &QPushButton::clicked, this, &QDialog::reject);
    m_reason->setFocus();
}

QString EventCancelDialog::summary() const
{
    return m_summary->text();
}

void EventCancelDialog::submit()
{
    m_error->hide();
    m_confirm->setEnabled(false);
    m_context.run(
        std::make_unique<CancelEventCommand>(m_eventId, m_reason->text().trimmed()), this,
        [this](const CommandOutcome &outcome) {
            if (!outcome.result) {
                m_error->setText(
                    tr("The event was not cancelled: %1").arg(outcome.result.error().message));
                m_error->show();
                m_confirm->setEnabled(true);
                return;
            }
            const QJsonObject answer = *outcome.result;
            emit cancelled(tr("\"%1\" was cancelled: %n order(s) refunded.", nullptr,
                              int(answer.value(QStringLiteral("refunded_orders")).toInteger()))
                               .arg(m_name));
            accept();
        });
}

} // namespace tessera
