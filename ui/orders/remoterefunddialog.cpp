// SPDX-License-Identifier: GPL-3.0-or-later
#include "remoterefunddialog.h"

#include "console/consolecontext.h"
#include "console/messagelabel.h"
#include "console/moneyformat.h"
#include "console/venuetime.h"
#include "orderformat.h"
#include "remoteticketrefund.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace tessera {

RemoteRefundDialog::RemoteRefundDialog(ConsoleContext &context, ServerLink link, QString code,
                                       QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_link(std::move(link))
    , m_code(std::move(code))
    , m_key(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    setObjectName(QStringLiteral("remoteRefundDialog"));
    setWindowTitle(tr("Refund a ticket sold at another counter"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);

    m_summary =
        new QLabel(tr("Asking the server %1 about this ticket…").arg(m_link.address.host()), this);
    m_summary->setObjectName(QStringLiteral("remoteRefundSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    auto *form = new QFormLayout;
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("remoteRefundReason"));
    for (const QString &reason : OrderFormat::refundReasons())
        m_reason->addItem(OrderFormat::reason(reason), reason);
    m_reason->addItem(tr("Other…"), QString());
    form->addRow(tr("&Reason"), m_reason);
    m_otherReason = new QLineEdit(this);
    m_otherReason->setObjectName(QStringLiteral("remoteRefundOtherReason"));
    m_otherReason->setPlaceholderText(tr("Say why, in a few words"));
    m_otherReason->setMaxLength(200);
    form->addRow(QString(), m_otherReason);
    m_approver = new QLineEdit(this);
    m_approver->setObjectName(QStringLiteral("remoteRefundApprover"));
    m_approver->setText(m_context.user() ? m_context.user()->name : QString());
    m_approver->setPlaceholderText(tr("Sign-in name of a supervisor or manager"));
    form->addRow(tr("&Approved by"), m_approver);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("remoteRefundPin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setPlaceholderText(tr("Their PIN (the server checks it)"));
    form->addRow(tr("&PIN"), m_pin);
    layout->addLayout(form);

    m_message = new MessageLabel(QStringLiteral("remoteRefundMessage"), this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("Refund and pay back"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("remoteRefundConfirm"));
    m_ok->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ok, &QPushButton::clicked, this, &RemoteRefundDialog::refund);
    connect(m_pin, &QLineEdit::returnPressed, this, &RemoteRefundDialog::refund);
    auto otherShown = [this] {
        m_otherReason->setEnabled(m_reason->currentData().toString().isEmpty());
    };
    connect(m_reason, &QComboBox::currentIndexChanged, this, otherShown);
    otherShown();
    lookUp();
}

QString RemoteRefundDialog::reason() const
{
    const QString listed = m_reason->currentData().toString();
    return listed.isEmpty() ? m_otherReason->text().trimmed() : listed;
}

void RemoteRefundDialog::lookUp()
{
    const QString path = m_context.databasePath();
    const ServerLink link = m_link;
    const QString code = m_code;
    m_context.background<Result<QJsonObject>>(
        this, [path, link, code] { return RemoteTicketRefund(path, link).lookup(code); },
        [this](Result<QJsonObject> ticket) {
            if (!ticket) {
                m_summary->setText(tr("The server cannot refund this ticket."));
                m_message->say(ticket.error().message);
                return;
            }
            showTicket(*ticket);
        });
}

void RemoteRefundDialog::showTicket(const QJsonObject &t)
{
    m_ticket = t;
    const VenueTime time = VenueTime::boxOffice(m_context);
    const QString price = MoneyFormat::money(t.value(QLatin1String("price")).toInteger(),
                                             t.value(QLatin1String("currency")).toString());
    QString text = tr("%1 · %2\nSold at %3 for %4.")
                       .arg(t.value(QLatin1String("event_name")).toString(),
                            t.value(QLatin1String("ticket")).toString(),
                            t.value(QLatin1String("sold_by")).toString(), price);
    const QString state = t.value(QLatin1String("state")).toString();
    if (state == QLatin1String("sold")) {
        text +=
            QLatin1Char('\n') +
            tr("The server refunds it once; %1 is paid back in cash from this drawer.").arg(price);
        m_ok->setEnabled(!m_done);
        m_reason->setFocus();
    } else if (state == QLatin1String("refunded_elsewhere")) {
        text += QLatin1Char('\n') +
                tr("Refunded already, at %1 on %2.")
                    .arg(t.value(QLatin1String("refunded_by")).toString(),
                         time.dateTime(t.value(QLatin1String("refunded_at")).toString()));
    } else if (state == QLatin1String("used")) {
        text += QLatin1Char('\n') +
                tr("Used at gate %1 on %2: a used ticket is not refunded.")
                    .arg(t.value(QLatin1String("gate")).toString(),
                         time.dateTime(t.value(QLatin1String("redeemed_at")).toString()));
    } else if (state == QLatin1String("refunded")) {
        text += QLatin1Char('\n') + tr("Refunded already, at the counter that sold it.");
    } else if (state == QLatin1String("exchanged")) {
        text += QLatin1Char('\n') + tr("Exchanged for another seat: refund the new ticket.");
    } else {
        text += QLatin1Char('\n') + tr("Its order is not paid: nothing can be refunded.");
    }
    m_summary->setText(text);
}

void RemoteRefundDialog::refund()
{
    if (!m_ok->isEnabled())
        return;
    if (reason().isEmpty()) {
        m_message->say(tr("Say why the ticket is refunded."));
        m_otherReason->setFocus();
        return;
    }
    if (m_approver->text().trimmed().isEmpty() || m_pin->text().isEmpty()) {
        m_message->say(tr("A supervisor or manager approves this refund: their name and PIN."));
        (m_approver->text().trimmed().isEmpty() ? m_approver : m_pin)->setFocus();
        return;
    }
    m_ok->setEnabled(false);
    m_message->say(tr("Refunding through the server…"), MessageLabel::Tone::Info);
    RemoteTicketRefund::Request request{m_code,
                                        reason(),
                                        m_context.user() ? m_context.user()->name : QString(),
                                        m_approver->text().trimmed(),
                                        m_pin->text(),
                                        m_key};
    m_pin->clear();
    const QString path = m_context.databasePath();
    const ServerLink link = m_link;
    Engine *engine = &m_context.engine();
    m_context.background<Result<QJsonObject>>(
        this,
        [path, link, engine, request] {
            return RemoteTicketRefund(path, link).refund(*engine, request);
        },
        [this](Result<QJsonObject> done) {
            if (!done) {
                m_ok->setEnabled(true);
                m_message->say(done.error().message);
                if (done.error().where == QLatin1String("approver"))
                    m_pin->setFocus();
                return;
            }
            m_done = true;
            for (QWidget *w :
                 {static_cast<QWidget *>(m_reason), static_cast<QWidget *>(m_otherReason),
                  static_cast<QWidget *>(m_approver), static_cast<QWidget *>(m_pin)})
                w->setEnabled(false);
            m_close->setDefault(true);
            m_close->setFocus();
            const qint64 amount = done->value(QLatin1String("amount")).toInteger();
            const QString currency = done->value(QLatin1String("currency")).toString();
            m_summary->setText(
                tr("Refunded (server refund %1). Pay back %2 in cash to the customer.")
                    .arg(done->value(QLatin1String("refund")).toInteger())
                    .arg(MoneyFormat::money(amount, currency)));
            m_message->say(tr("The counter that sold it is told with its next sync; the ticket "
                              "stops opening its gates then."),
                           MessageLabel::Tone::Success);
            emit refunded(done->value(QLatin1String("ticket")).toString(), amount, currency);
        });
}

} // namespace tessera
