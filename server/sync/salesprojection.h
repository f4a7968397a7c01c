// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QJsonObject>

namespace tessera {

class JournalLedger;
class SalesMirror;
struct ShippedEntry;

// What the terminals sold, kept on the server as their journals arrive: the
// rules that read each journal entry (a sale, a payment and its settlement,
// a refund, an exchange, a cancelled order or event, a gate's redemption)
// into the figures of a SalesMirror — each terminal's orders, ticket lines,
// payments and refunds, keyed by the terminal and its own ids — from which
// SalesTotals and the dashboard read. The rules know no database: the
// mirror's storage (SqliteSalesMirror today) can change without them.
// Each entry is applied once, when the server first stores it
// (JournalIngest), in the same transaction. An entry whose JSON is not what
// the engine writes is stored but changes no figure.
class SalesProjection
{
public:
    explicit SalesProjection(SalesMirror &mirror)
        : m_mirror(mirror)
    {}

    Result<void> project(qint64 terminalId, const ShippedEntry &entry);
    // Forgets what was projected and projects every entry of `ledger` again,
    // in each terminal's order; answers how many entries it read.
    Result<qint64> rebuild(JournalLedger &ledger);

private:
    // Reads QJsonObject or JsonLite::Value alike.
    template<class Json>
    Result<void> sell(qint64 terminal, const Json &payload, const Json &result);
    Result<void> addPayment(qint64 terminal, const QJsonObject &payload, const QJsonObject &result);
    Result<void> settlePayment(qint64 terminal, const QJsonObject &payload,
                               const QJsonObject &result);
    Result<void> refund(qint64 terminal, const QJsonObject &result);
    Result<void> exchange(qint64 terminal, const QJsonObject &payload, const QJsonObject &result);
    Result<void> cancelEvent(qint64 terminal, const QJsonObject &payload);
    Result<void> redeem(qint64 terminal, qint64 seq, const QJsonObject &payload,
                        const QJsonObject &result);
    Result<void> insertLine(qint64 terminal, qint64 line, qint64 order, qint64 event, int kind,
                            qint64 price, const QString &stock);
    Result<void> insertRefund(qint64 terminal, qint64 order, qint64 amount, const QString &reason);
    template<class Json>
    Result<void> insertPayment(qint64 terminal, qint64 order, const Json &payment);
    // The order's state and paid amount as the command's answer gives them.
    Result<void> updateOrder(qint64 terminal, const QJsonObject &result);

    SalesMirror &m_mirror;
    qint64 m_at = 0; // the entry's time at the terminal (its journal's created_at)
};

} // namespace tessera
