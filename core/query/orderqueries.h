// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tessera {

class DataKey;
class SqliteDb;

// Reads orders, card keys and the journal on a reader's own connection.
class OrderQueries
{
public:
    // `key` (Engine::dataKey) opens card keys and customers' details; without
    // it they are left out, card keys are refused, customers are not found,
    // and signed TS1. codes are not taken (the signing key is unsealed with it).
    OrderQueries(SqliteDb &db, QString terminalId, const DataKey *key = nullptr)
        : m_db(db)
        , m_terminalId(std::move(terminalId))
        , m_key(key)
    {}

    // The whole order: lines (with ticket codes once paid), payments, refunds.
    Result<QJsonObject> order(qint64 orderId);
    // By order number ("T1A2B3-000042") or id, ticket code (TK1-, or TS1.
    // signed by this box office), customer phone or full name (exact,
    // case-insensitive: names are stored encrypted and found by their blind
    // index, so parts of a name no longer match).
    Result<QJsonArray> find(const QString &text, int limit = 50);
    // The card keys of a paid order: shown to the buyer only.
    Result<QJsonArray> cardCodes(qint64 orderId);
    // Journal entries after `afterSeq`, oldest first.
    Result<QJsonArray> journal(qint64 afterSeq, int limit);
    // Orders per state and the money taken.
    Result<QJsonObject> summary();

private:
    Result<QJsonArray> orderSummaries(const char *where, const QList<QByteArray> &blobs, qint64 id,
                                      int limit);

    SqliteDb &m_db;
    QString m_terminalId;
    const DataKey *m_key = nullptr;
};

} // namespace tessera
