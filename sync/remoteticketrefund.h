// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "serverlink.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tessera {

class Engine;

// A refund at this counter of a ticket another terminal of the same server
// sold (its order is not in this console's file). The server finds the
// seller by the code's signature and is the one that says yes: it records
// the refund once and tells the seller (catalog down), whose gates then
// refuse the code. This counter pays the money back in cash from its open
// shift's drawer (RecordRemoteRefundCommand). Blocking calls: run them off
// the GUI thread.
class RemoteTicketRefund
{
    Q_DECLARE_TR_FUNCTIONS(tessera::RemoteTicketRefund)

public:
    struct Request
    {
        QString code;
        QString reason;
        QString actor;    // signed in at this counter
        QString approver; // a member of staff who may refund (may be the actor)
        QString pin;      // the approver's, checked by the server
        QString key;      // one per refund the cashier means: a retry reuses it
    };

    RemoteTicketRefund(QString databasePath, ServerLink link, int timeoutMs = 15000)
        : m_path(std::move(databasePath))
        , m_link(std::move(link))
        , m_timeoutMs(timeoutMs)
    {}

    // The ticket as the server knows it: sold_by, event_name, ticket, price,
    // currency, state (sold, refunded, refunded_elsewhere, exchanged, used,
    // unpaid).
    Result<QJsonObject> lookup(const QString &code);
    // Checks that this counter can pay it (an open shift in the ticket's
    // currency, that much cash expected in the drawer), has the server
    // refund it, then records the cash paid out. The server's answer with
    // "paid": the local record.
    Result<QJsonObject> refund(Engine &engine, const Request &request);

private:
    Result<void> checkDrawer(const QString &terminal, const QJsonObject &ticket);

    QString m_path;
    ServerLink m_link;
    int m_timeoutMs;
};

} // namespace tessera
