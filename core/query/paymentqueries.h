// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/money.h"
#include "common/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace tessera {

class SqliteDb;

// A payment recorded with an unknown outcome: the provider may or may not
// have taken the money, so it waits to be settled (settle_payment).
struct UnreconciledPayment
{
    qint64 paymentId = 0;
    qint64 orderId = 0;
    QString orderNumber; // "T1-000042"
    QString method;      // qr, card...
    Money amount;
    // The request key the till used with the provider (what a query asks
    // about); empty when the till recorded none.
    QString reference;
    QString errorCode; // why the outcome is unknown: timeout, network_error...
    qint64 createdAtMs = 0;

    QJsonObject toJson() const;
};

// Reads payments on a reader's own connection.
class PaymentQueries
{
public:
    PaymentQueries(SqliteDb &db, QString terminalId)
        : m_db(db)
        , m_terminalId(std::move(terminalId))
    {}

    // The "to reconcile" list: every payment whose outcome is unknown, oldest
    // first. It lives in the database, so it survives a restart.
    Result<QList<UnreconciledPayment>> unreconciled();

    static QJsonArray toJson(const QList<UnreconciledPayment> &payments);

private:
    SqliteDb &m_db;
    QString m_terminalId;
};

} // namespace tessera
