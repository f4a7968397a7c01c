// SPDX-License-Identifier: GPL-3.0-or-later
#include "refunds/remoterefundcommands.h"

#include "catalog/allocationsupport.h"
#include "engine/writecontext.h"
#include "refunds/remoterefunds.h"
#include "storage/sqlitedb.h"
#include "tickets/signedticket.h"

#include <QDateTime>

namespace tessera {

QJsonObject RecordTicketKeyCommand::toJson() const
{
    return {{QStringLiteral("terminal"), m_terminal},
            {QStringLiteral("public_key"), QString::fromLatin1(m_publicKey.toBase64())}};
}

Result<CommandResult> RecordTicketKeyCommand::apply(WriteContext &ctx)
{
    if (m_publicKey.size() != 32)
        return fail(ErrorCode::InvalidInput,
                    tr("A ticket key is 32 bytes (Ed25519), not %1.").arg(m_publicKey.size()),
                    QStringLiteral("ticket_key"));
    auto owner = ctx.statement("SELECT terminal_id FROM terminal_ticket_keys WHERE public_key = ?");
    if (!owner)
        return owner.error();
    (*owner)->bind(1, m_publicKey);
    qint64 known = 0;
    if (auto r = (*owner)->forEachRow([&](SqliteStatement &s) { known = s.columnInt(0); }); !r)
        return r.error();
    if (known && known != m_terminal)
        return fail(ErrorCode::InvalidState,
                    tr("Another terminal signs its tickets with this key."),
                    QStringLiteral("ticket_key"));
    if (!known) {
        auto r =
            ctx.run("INSERT INTO terminal_ticket_keys(public_key, key_id, terminal_id, "
                    "first_seen) VALUES(?, ?, ?, ?)",
                    [&](SqliteStatement &s) {
                        s.bind(1, m_publicKey).bind(2, qint64(SignedTicket::keyIdOf(m_publicKey)));
                        s.bind(3, m_terminal).bind(4, ctx.now());
                    });
        if (!r)
            return r.error();
    }
    return QJsonObject{{QStringLiteral("recorded"), !known}};
}

QJsonObject RefundElsewhereCommand::toJson() const
{
    return {{QStringLiteral("refunder"), m_refunder},
            {QStringLiteral("ticket"),
             QString::fromLatin1(RemoteRefunds::ticketKey(m_code.trimmed()).toHex())},
            {QStringLiteral("reason"), m_reason},
            {QStringLiteral("approved_by"), m_approver}};
}

Result<CommandResult> RefundElsewhereCommand::apply(WriteContext &ctx)
{
    if (m_reason.trimmed().isEmpty())
        return fail(ErrorCode::MissingField, tr("Give the reason for the refund."),
                    QStringLiteral("reason"));
    auto ticket = RemoteRefunds::find(ctx.db(), m_code);
    if (!ticket)
        return ticket.error();
    const SoldTicket &t = *ticket;
    auto when = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
    };
    if (t.seller == m_refunder)
        return fail(ErrorCode::InvalidState,
                    tr("This ticket was sold at this terminal: refund it from its order."),
                    QStringLiteral("code"));
    if (t.state == QLatin1String("refunded_elsewhere"))
        return fail(ErrorCode::InvalidState,
                    tr("This ticket was refunded already, at terminal %1 on %2.")
                        .arg(t.refundedBy, when(t.refundedAt)),
                    QStringLiteral("code"));
    if (t.state == QLatin1String("refunded"))
        return fail(ErrorCode::InvalidState,
                    tr("This ticket was refunded already, at terminal %1.").arg(t.sellerName),
                    QStringLiteral("code"));
    if (t.state == QLatin1String("exchanged"))
        return fail(ErrorCode::InvalidState,
                    tr("This ticket was exchanged for another seat; refund the new ticket."),
                    QStringLiteral("code"));
    if (t.state == QLatin1String("used"))
        return fail(ErrorCode::AlreadyRedeemed,
                    tr("This ticket was used at gate %1 on %2; a used ticket is not refunded.")
                        .arg(t.redeemedGate, when(t.redeemedAt)),
                    QStringLiteral("code"));
    if (t.state != QLatin1String("sold"))
        return fail(ErrorCode::InvalidState,
                    tr("The order of this ticket is not paid; nothing can be refunded."),
                    QStringLiteral("code"));
    auto refunder = ctx.statement("SELECT name, revoked_at IS NOT NULL FROM server_terminals "
                                  "WHERE id = ?");
    if (!refunder)
        return refunder.error();
    (*refunder)->bind(1, m_refunder);
    QString refunderName;
    if (auto r = (*refunder)->forEachRow([&](SqliteStatement &s) {
            refunderName = s.columnInt(1) ? QString() : s.columnText(0);
        });
        !r)
        return r.error();
    if (refunderName.isEmpty())
        return fail(ErrorCode::TerminalRevoked, tr("This terminal is not in service."),
                    QStringLiteral("terminal"));
    auto id = ctx.insert(
        "INSERT INTO remote_refunds(ticket_key, seller_id, line_id, order_id, event_id, amount, "
        "currency, reason, refunder_id, approved_by, created_at) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [&](SqliteStatement &s) {
            s.bind(1, RemoteRefunds::ticketKey(m_code.trimmed())).bind(2, t.seller);
            s.bind(3, t.line).bind(4, t.order).bind(5, t.event).bind(6, t.price);
            s.bind(7, t.currency).bind(8, m_reason.trimmed()).bind(9, m_refunder);
            s.bind(10, m_approver).bind(11, ctx.now());
        });
    if (!id)
        return id.error();
    if (auto r = RemoteRefunds(ctx).project(*id); !r)
        return r.error();
    if (auto r = AllocationSupport::logChange(ctx, "remote_refunds", 0, *id, t.seller); !r)
        return r.error();
    QJsonObject answer = t.toJson();
    answer.insert(QStringLiteral("state"), QStringLiteral("refunded_elsewhere"));
    answer.insert(QStringLiteral("refund"), *id);
    answer.insert(QStringLiteral("amount"), t.price);
    answer.insert(QStringLiteral("reason"), m_reason.trimmed());
    answer.insert(QStringLiteral("approved_by"), m_approver);
    answer.insert(QStringLiteral("refunded_by"), refunderName);
    answer.insert(QStringLiteral("refunded_at"),
                  QDateTime::fromMSecsSinceEpoch(ctx.now(), Qt::UTC).toString(Qt::ISODateWithMs));
    return answer;
}

} // namespace tessera
