#pragma once

#include "common/result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tessera {

class SqliteDb;

// Reads orders, card keys and the journal on a reader's own connection.
class OrderQueries
{
public:
    OrderQueries(SqliteDb &db, QString terminalId)
        : m_db(db)
        , m_terminalId(std::move(terminalId))
    {}

    // The whole order: lines (with ticket codes once paid), payments, refunds.
    Result<QJsonObject> order(qint64 orderId);
    // By order number ("T1A2B3-000042") or id, ticket code, customer name or phone.
    Result<QJsonArray> find(const QString &text, int limit = 50);
    // The card keys of a paid order: shown to the buyer only.
    Result<QJsonArray> cardCodes(qint64 orderId);
    // Journal entries after `afterSeq`, oldest first.
    Result<QJsonArray> journal(qint64 afterSeq, int limit);
    // Orders per state and the money taken.
    Result<QJsonObject> summary();

private:
    Result<QJsonArray> orderSummaries(const char *where, const QString &text, qint64 id, int limit);

    SqliteDb &m_db;
    QString m_terminalId;
};

} // namespace tessera
