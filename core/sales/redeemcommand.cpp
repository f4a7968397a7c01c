// SPDX-License-Identifier: GPL-3.0-or-later
#include "sales/redeemcommand.h"

#include "common/jsonfields.h"
#include "crypto/ed25519.h"
#include "engine/writecontext.h"
#include "sales/orderstate.h"
#include "sales/ticketcode.h"
#include "tickets/signedticket.h"

#include <QCoreApplication>
#include <QDateTime>

namespace tessera {

Result<std::unique_ptr<Command>> RedeemCommand::fromJson(const QJsonObject &json)
{
    const JsonFields f(json);
    if (auto r = f.only({"code", "gate", "event"}); !r)
        return r.error();
    auto code = f.string(QStringLiteral("code"));
    if (!code)
        return code.error();
    auto gate = f.string(QStringLiteral("gate"));
    if (!gate)
        return gate.error();
    auto event = f.optionalInteger(QStringLiteral("event"), 0);
    if (!event)
        return event.error();
    return std::unique_ptr<Command>(new RedeemCommand(code->trimmed(), gate->trimmed(), *event));
}

QJsonObject RedeemCommand::toJson() const
{
    QJsonObject o{{QStringLiteral("code"), m_code}, {QStringLiteral("gate"), m_gate}};
    if (m_eventId)
        o.insert(QStringLiteral("event"), m_eventId);
    return o;
}

Result<CommandResult> RedeemCommand::apply(WriteContext &ctx)
{
    const Error unknown =
        fail(ErrorCode::NotFound, tr("This is not a valid ticket code."), QStringLiteral("code"));
    // Two kinds of code: the signed one printed on tickets (checked with the
    // organizer's key, as an offline gate would), and the short local one.
    qint64 lineId = 0;
    QString secret;
    std::optional<TicketClaims> claims;
    if (m_code.startsWith(SignedTicket::prefix())) {
        auto parsed = SignedTicket::parse(m_code);
        if (!parsed)
            return fail(ErrorCode::NotFound, parsed.error().message, QStringLiteral("code"));
        if (!ctx.ticketKey() ||
            parsed->keyId() != SignedTicket::keyIdOf(ctx.ticketKey()->publicKeyRaw()) ||
            !ctx.ticketKey()->publicKey().verify(parsed->payload(), parsed->signature()))
            return fail(ErrorCode::NotFound,
                        tr("Forged: the signature does not match this box office's key."),
                        QStringLiteral("code"));
        claims = parsed->claims();
        lineId = claims->ticketId;
    } else {
        const auto code = TicketCode::parse(m_code);
        if (!code)
            return unknown;
        lineId = code->lineId;
        secret = code->secret;
    }
    auto stmt = ctx.statement("SELECT l.kind, l.event_id, l.state, l.secret, l.redeemed_at, "
                              "l.redeemed_gate, o.state, o.id FROM order_lines l "
                              "JOIN orders o ON o.id = l.order_id WHERE l.id = ?");
    if (!stmt)
        return stmt.error();
    SqliteStatement &s = **stmt;
    s.bind(1, lineId);
    auto row = s.step();
    if (!row)
        return row.error();
    if (!*row)
        return unknown;
    const auto kind = ItemKind(s.columnInt(0));
    const qint64 eventId = s.columnInt(1);
    const auto lineState = LineState(s.columnInt(2));
    const QString storedSecret = s.columnText(3);
    const qint64 redeemedAt = s.columnInt(4);
    const QString redeemedGate = s.columnText(5);
    const auto orderState = OrderState(s.columnInt(6));
    const qint64 orderId = s.columnInt(7);
    s.reset();

    if (kind == ItemKind::CardKey || (!claims && storedSecret != secret) ||
        (claims && claims->eventId != eventId))
        return unknown;
    if (m_eventId && eventId != m_eventId)
        return fail(ErrorCode::WrongEvent,
                    tr("This ticket is for another event (%1).").arg(eventId),
                    QStringLiteral("code"));
    if (lineState == LineState::Refunded)
        return fail(ErrorCode::InvalidState, tr("This ticket was refunded and is void."),
                    QStringLiteral("code"));
    if (lineState == LineState::Exchanged)
        return fail(ErrorCode::InvalidState,
                    tr("This ticket was exchanged for another seat and is void."),
                    QStringLiteral("code"));
    if (orderState != OrderState::Paid && orderState != OrderState::PartlyRefunded)
        return fail(ErrorCode::InvalidState,
                    tr("This ticket's order is %1, not paid.").arg(orderStateName(orderState)),
                    QStringLiteral("code"));
    if (redeemedAt)
        return fail(
            ErrorCode::AlreadyRedeemed,
            tr("Already used at %1 at %2.")
                .arg(QDateTime::fromMSecsSinceEpoch(redeemedAt, Qt::UTC).toString(Qt::ISODate),
                     redeemedGate),
            QStringLiteral("code"));
    auto r =
        ctx.run("UPDATE order_lines SET redeemed_at = ?, redeemed_gate = ? WHERE id = ?",
                [&](SqliteStatement &u) { u.bind(1, ctx.now()).bind(2, m_gate).bind(3, lineId); });
    if (!r)
        return r.error();
    return QJsonObject{{QStringLiteral("line"), lineId},
                       {QStringLiteral("order"), orderId},
                       {QStringLiteral("event"), eventId},
                       {QStringLiteral("gate"), m_gate},
                       {QStringLiteral("redeemed_at"), ctx.now()}};
}

} // namespace tessera
