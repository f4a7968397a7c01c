// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/sqlitedb.h"

#include <QList>
#include <QStringList>
#include <QVariant>

#include <map>

namespace tessera::test {

// Reads a Tessera database file on a connection of its own and lists every
// broken invariant it finds, each as a sentence naming the rows involved: the
// file is sound, seats and GA quotas agree with the orders and holds that
// claim them, the journal has no gap, acknowledged sales are all there.
class InventoryAudit
{
public:
    // A sale the engine acknowledged: its order must be on disk, paid, with
    // these active lines, and journalled under the key.
    struct AcknowledgedSale
    {
        qint64 order = 0;
        QString key;
        qint64 seatLines = 0;
        qint64 gaLines = 0;
    };

    // Opens read-write so a WAL left by a killed writer is recovered first.
    static Result<InventoryAudit> open(const QString &path);

    // integrity_check, foreign_key_check, and a gap-free journal from 1.
    QStringList checkStorage();
    // For every event: seats sold/held/available add up to the venue, each
    // sold seat belongs to exactly one live order line and each held seat to
    // an active hold; GA sold matches its lines, held its holds, and the sum
    // stays within capacity.
    QStringList checkInventory();
    QStringList checkAcknowledged(const QList<AcknowledgedSale> &sales);

    // Rows of a query, every column as text; a failed query is reported as an error.
    Result<QList<QStringList>> rows(const QString &sql, int columns,
                                    const QVariantList &binds = {});
    Result<qint64> scalar(const QString &sql, const QVariantList &binds = {});

private:
    explicit InventoryAudit(SqliteDb db)
        : m_db(std::move(db))
    {}
    QStringList checkEvent(qint64 eventId);

    SqliteDb m_db;
    // Prepared once per query text: an audit of many sales runs the same few queries.
    std::map<QString, SqliteStatement> m_statements;
};

} // namespace tessera::test
