// SPDX-License-Identifier: GPL-3.0-or-later
#include "query/reportqueries.h"

#include "crypto/keyring.h"
#include "storage/sqlitedb.h"

#include <QSet>

namespace tessera {

Result<QMap<qint64, QString>> ReportQueries::customerNames(const QList<qint64> &orderIds)
{
    QMap<qint64, QString> names;
    if (!m_key || orderIds.isEmpty())
        return names;
    const QSet<qint64> wanted(orderIds.cbegin(), orderIds.cend());
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT id, customer_enc FROM orders WHERE customer_enc IS NOT NULL"));
    if (!stmt)
        return stmt.error();
    auto r = stmt->forEachRow([&](SqliteStatement &s) {
        const qint64 id = s.columnInt(0);
        if (!wanted.contains(id))
            return;
        if (auto c = SealedFields::openCustomer(*m_key, s.columnBlob(1)); c && !c->name.isEmpty())
            names.insert(id, c->name);
    });
    if (!r)
        return r.error();
    return names;
}

} // namespace tessera
