// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/paymentqueries.h"

#include "sales/orderstate.h"
#include "storage/sqlitedb.h"

#include <QDateTime>

namespace tessera {

QJsonObject UnreconciledPayment::toJson() const
{
    QJsonObject o{{QStringLiteral("payment"), paymentId},
                  {QStringLiteral("order"), orderId},
                  {QStringLiteral("number"), orderNumber},
                  {QStringLiteral("method"), method},
                  {QStringLiteral("amount"), amount.minor},
                  {QStringLiteral("currency"), amount.currency},
                  {QStringLiteral("created_at"),
                   QDateTime::fromMSecsSinceEpoch(createdAtMs, Qt::UTC).toString(Qt::ISODate)}};
    if (!reference.isEmpty())
        o.insert(QStringLiteral("reference"), reference);
    if (!errorCode.isEmpty())
        o.insert(QStringLiteral("error_code"), errorCode);
    return o;
}

Result<QList<UnreconciledPayment>> PaymentQueries::unreconciled()
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT p.id, p.order_id, p.method, p.amount, o.currency, p.provider_ref, p.error_code, "
        "p.created_at FROM payments p JOIN orders o ON o.id = p.order_id WHERE p.state = ? "
        "ORDER BY p.created_at, p.id"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, int(PaymentState::Unknown));
    QList<UnreconciledPayment> out;
    auto r = stmt->forEachRow([&](SqliteStatement &s) {
        UnreconciledPayment p;
        p.paymentId = s.columnInt(0);
        p.orderId = s.columnInt(1);
        p.orderNumber = orderNumber(m_terminalId, p.orderId);
        p.method = s.columnText(2);
        p.amount = Money{s.columnInt(3), s.columnText(4)};
        p.reference = s.columnText(5);
        p.errorCode = s.columnText(6);
        p.createdAtMs = s.columnInt(7);
        out.append(p);
    });
    if (!r)
        return r.error();
    return out;
}

QJsonArray PaymentQueries::toJson(const QList<UnreconciledPayment> &payments)
{
    QJsonArray out;
    for (const UnreconciledPayment &p : payments)
        out.push_back(p.toJson());
    return out;
}

} // namespace tessera
