// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serverlink.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera {

class ConsoleContext;
class MessageLabel;

// A ticket this counter did not sell, refunded through the central server
// (RemoteTicketRefund): shows what the server knows of it (event, seat or
// area, price, the counter that sold it, whether it can be refunded), asks
// why and for the PIN of a member of staff who may refund, then has the
// server refund it and records the cash paid back from this drawer. A retry
// after a lost answer refunds once.
class RemoteRefundDialog : public QDialog
{
    Q_OBJECT
public:
    RemoteRefundDialog(ConsoleContext &context, ServerLink link, QString code,
                       QWidget *parent = nullptr);

signals:
    // The server refunded the ticket and this drawer paid `amount` back.
    void refunded(const QString &ticket, qint64 amount, const QString &currency);

private:
    void lookUp();
    void showTicket(const QJsonObject &ticket);
    void refund();
    QString reason() const;

    ConsoleContext &m_context;
    ServerLink m_link;
    QString m_code;
    QString m_key; // one per refund meant, kept across retries
    QJsonObject m_ticket;
    QLabel *m_summary = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_otherReason = nullptr;
    QLineEdit *m_approver = nullptr;
    QLineEdit *m_pin = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_close = nullptr;
    bool m_done = false;
};

} // namespace tessera
