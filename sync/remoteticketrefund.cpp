// SPDX-License-Identifier: GPL-3.0-or-later
#include "remoteticketrefund.h"

#include "common/money.h"
#include "engine/engine.h"
#include "replica/recordremoterefundcommand.h"
#include "serverclient.h"
#include "shift/drawerledger.h"
#include "shift/shiftrecord.h"
#include "storage/sqlitedb.h"

namespace tessera {

Result<QJsonObject> RemoteTicketRefund::lookup(const QString &code)
{
    ServerClient client(m_link.address, m_link.ca, m_link.token, m_timeoutMs);
    return client.post(QStringLiteral("/v1/tickets/lookup"),
                       QJsonObject{{QStringLiteral("code"), code.trimmed()}});
}

Result<QJsonObject> RemoteTicketRefund::refund(Engine &engine, const Request &request)
{
    if (request.reason.trimmed().isEmpty())
        return fail(ErrorCode::MissingField, tr("Give the reason for the refund."),
                    QStringLiteral("reason"));
    if (request.key.isEmpty())
        return fail(ErrorCode::MissingField, tr("A refund needs its own idempotency key."),
                    QStringLiteral("key"));
    auto ticket = lookup(request.code);
    if (!ticket)
        return ticket.error();
    // Not sold any more: a lost answer of an earlier try under the same key
    // is answered again below; anything else the server refuses.
    if (ticket->value(QLatin1String("state")).toString() == QLatin1String("sold")) {
        if (auto r = checkDrawer(engine.terminalId(), *ticket); !r)
            return r.error();
    }
    ServerClient client(m_link.address, m_link.ca, m_link.token, m_timeoutMs);
    client.setIdempotencyKey(request.key);
    auto refunded = client.post(QStringLiteral("/v1/tickets/refund"),
                                QJsonObject{{QStringLiteral("code"), request.code.trimmed()},
                                            {QStringLiteral("reason"), request.reason.trimmed()},
                                            {QStringLiteral("approver"),
                                             QJsonObject{{QStringLiteral("name"), request.approver},
                                                         {QStringLiteral("pin"), request.pin}}}});
    if (!refunded)
        return refunded.error();
    const qint64 id = refunded->value(QLatin1String("refund")).toInteger();
    CommandOutcome paid = engine.execute(
        CommandRequest(std::make_unique<RecordRemoteRefundCommand>(*refunded),
                       QStringLiteral("remote-refund-paid:%1").arg(id), request.actor,
                       request.approver == request.actor ? QString() : request.approver));
    if (!paid.result)
        return fail(paid.result.error().code,
                    tr("The server refunded the ticket (refund %1), but this counter could not "
                       "record paying it: %2 Try again: it is refunded once.")
                        .arg(id)
                        .arg(paid.result.error().message),
                    paid.result.error().where);
    QJsonObject out = *refunded;
    out.insert(QStringLiteral("paid"), QJsonObject(*paid.result));
    return out;
}

Result<void> RemoteTicketRefund::checkDrawer(const QString &terminal, const QJsonObject &ticket)
{
    auto db = SqliteDb::open(m_path, SqliteDb::Mode::ReadOnly);
    if (!db)
        return db.error();
    auto shift = ShiftRecord::openOn(*db, terminal);
    if (!shift)
        return shift.error();
    if (!*shift)
        return fail(ErrorCode::ShiftRequired,
                    tr("No shift is open at this counter: the money is paid back from the "
                       "drawer, so open a shift first."),
                    QStringLiteral("shift"));
    const QString currency = ticket.value(QLatin1String("currency")).toString();
    if ((*shift)->currency != currency)
        return fail(ErrorCode::InvalidState,
                    tr("The ticket was paid in %1; this drawer holds %2.")
                        .arg(currency, (*shift)->currency),
                    QStringLiteral("currency"));
    auto tally = DrawerLedger::tally(*db, **shift);
    if (!tally)
        return tally.error();
    const qint64 price = ticket.value(QLatin1String("price")).toInteger();
    if (price > tally->expected())
        return fail(ErrorCode::InvalidState,
                    tr("Only %1 is expected in the drawer; %2 cannot be paid back here.")
                        .arg(Money{tally->expected(), currency}.toString(),
                             Money{price, currency}.toString()),
                    QStringLiteral("amount"));
    return {};
}

} // namespace tessera
