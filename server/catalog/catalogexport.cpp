// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/catalogexport.h"

#include "crypto/keyring.h"
#include "crypto/sealedbox.h"
#include "replica/catalogtables.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <map>
#include <set>

namespace tessera {

namespace {

// BEGIN on a reader connection; ends (COMMIT) when it goes out of scope.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(SqliteDb &db)
        : m_db(db)
        , m_begun(db.exec(QStringLiteral("BEGIN")))
    {}
    ~ReadSnapshot()
    {
        if (m_begun)
            (void)m_db.exec(QStringLiteral("COMMIT"));
    }
    const Result<void> &begun() const { return m_begun; }

private:
    SqliteDb &m_db;
    Result<void> m_begun;
};

QJsonArray rowOf(SqliteStatement &s, int columns)
{
    QJsonArray row;
    for (int c = 0; c < columns; ++c)
        row.push_back(s.columnJson(c));
    return row;
}

Result<QJsonArray> rowsOf(SqliteDb &db, const CatalogTable &table, const std::set<qint64> *ids)
{
    const QString columns = table.columns.join(QLatin1String(", "));
    const QString key = table.parentColumn.isEmpty() ? QStringLiteral("id") : table.parentColumn;
    const int n = int(table.columns.size());
    QJsonArray out;
    if (!table.parentColumn.isEmpty()) {
        // Grouped under their parent, each group replacing the terminal's.
        auto stmt = db.prepare(
            QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(columns, table.name, key));
        if (!stmt)
            return stmt.error();
        std::set<qint64> parents;
        if (ids) {
            parents = *ids;
        } else {
            auto all =
                db.prepare(QStringLiteral("SELECT DISTINCT %1 FROM %2").arg(key, table.name));
            if (!all)
                return all.error();
            if (auto r =
                    all->forEachRow([&](SqliteStatement &s) { parents.insert(s.columnInt(0)); });
                !r)
                return r.error();
        }
        for (qint64 parent : parents) {
            QJsonArray rows;
            stmt->bind(1, parent);
            if (auto r = stmt->forEachRow([&](SqliteStatement &s) { rows.push_back(rowOf(s, n)); });
                !r)
                return r.error();
            out.push_back(
                QJsonObject{{QStringLiteral("parent"), parent}, {QStringLiteral("rows"), rows}});
        }
        return out;
    }
    if (!ids) {
        auto stmt =
            db.prepare(QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(columns, table.name));
        if (!stmt)
            return stmt.error();
        if (auto r = stmt->forEachRow([&](SqliteStatement &s) { out.push_back(rowOf(s, n)); }); !r)
            return r.error();
        return out;
    }
    auto stmt =
        db.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns, table.name));
    if (!stmt)
        return stmt.error();
    for (qint64 id : *ids) {
        stmt->bind(1, id);
        if (auto r = stmt->forEachRow([&](SqliteStatement &s) { out.push_back(rowOf(s, n)); }); !r)
            return r.error();
    }
    return out;
}

// The card keys given to the terminal, each sealed to its key:
// [[server code id, product, serial, valid until, sealed (base64)], …].
Result<QJsonArray> sealedCards(SqliteDb &db, qint64 terminalId, const std::set<qint64> &codes,
                               const DataKey *key)
{
    QJsonArray out;
    if (codes.empty())
        return out;
    if (!key)
        return fail(ErrorCode::CorruptKey,
                    QCoreApplication::translate("tessera::CatalogExport",
                                                "The server's data key is not open: its card "
                                                "keys cannot be sent."));
    auto stmt = db.prepare(QStringLiteral(
        "SELECT c.product_id, c.code_enc, c.serial, c.valid_until, t.box_key FROM card_codes c "
        "JOIN card_allocations a ON a.code_id = c.id JOIN server_terminals t ON t.id = "
        "a.terminal_id WHERE c.id = ? AND a.terminal_id = ? AND a.state = 0"));
    if (!stmt)
        return stmt.error();
    for (qint64 code : codes) {
        stmt->bind(1, code).bind(2, terminalId);
        Result<void> sealed;
        if (auto r = stmt->forEachRow([&](SqliteStatement &s) {
                const qint64 product = s.columnInt(0);
                auto plain = SealedFields::openCode(*key, s.columnBlob(1));
                if (!plain) {
                    sealed = plain.error();
                    return;
                }
                auto box = SealedBox::seal(s.columnBlob(4), plain->toUtf8(),
                                           CatalogTables::cardKeyAad(code, product));
                if (!box) {
                    sealed = box.error();
                    return;
                }
                out.push_back(QJsonArray{code, product, s.columnJson(2), s.columnJson(3),
                                         QString::fromLatin1(box->toBase64())});
            });
            !r)
            return r.error();
        if (!sealed)
            return sealed.error();
    }
    return out;
}

// The terminal's tickets paid back at other terminals since then:
// [[refund id, line, order, amount, reason, refunded at (ms), refunded by], …].
Result<QJsonArray> remoteRefunds(SqliteDb &db, qint64 terminalId, const std::set<qint64> &ids)
{
    QJsonArray out;
    if (ids.empty())
        return out;
    auto stmt = db.prepare(QStringLiteral(
        "SELECT r.line_id, r.order_id, r.amount, r.reason, r.created_at, t.name FROM "
        "remote_refunds r JOIN server_terminals t ON t.id = r.refunder_id WHERE r.id = ? AND "
        "r.seller_id = ?"));
    if (!stmt)
        return stmt.error();
    for (qint64 id : ids) {
        stmt->bind(1, id).bind(2, terminalId);
        if (auto r = stmt->forEachRow([&](SqliteStatement &s) {
                out.push_back(QJsonArray{id, s.columnInt(0), s.columnInt(1), s.columnInt(2),
                                         s.columnText(3), s.columnInt(4), s.columnText(5)});
            });
            !r)
            return r.error();
    }
    return out;
}

} // namespace

Result<QJsonObject> CatalogExport::since(SqliteDb &db, qint64 terminalId, qint64 since,
                                         const DataKey *key)
{
    ReadSnapshot snapshot(db);
    if (!snapshot.begun())
        return snapshot.begun().error();
    qint64 version = 0;
    {
        auto stmt = db.prepare(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM catalog_log"));
        if (!stmt)
            return stmt.error();
        if (auto r = stmt->forEachRow([&](SqliteStatement &s) { version = s.columnInt(0); }); !r)
            return r.error();
    }
    if (since > version)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("tessera::CatalogExport",
                                                "This server's catalog is at version %1; a "
                                                "terminal cannot be at %2 (another server's?).")
                        .arg(version)
                        .arg(since),
                    QStringLiteral("since"));
    std::map<QString, std::set<qint64>> changed;
    std::set<std::pair<qint64, qint64>> seats; // (event, seat)
    std::set<qint64> quotas;
    std::set<qint64> cards;
    std::set<qint64> refunds;
    {
        auto stmt = db.prepare(QStringLiteral(
            "SELECT tbl, scope_id, row_id, terminal_id FROM catalog_log WHERE version > ? AND "
            "version <= ? AND (terminal_id IS NULL OR terminal_id = ?)"));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, since).bind(2, version).bind(3, terminalId);
        if (auto r = stmt->forEachRow([&](SqliteStatement &s) {
                const QString table = s.columnText(0);
                if (table == QLatin1String("seat_allocations"))
                    seats.insert({s.columnInt(1), s.columnInt(2)});
                else if (table == QLatin1String("ga_allocations"))
                    quotas.insert(s.columnInt(2));
                else if (table == QLatin1String("card_allocations"))
                    cards.insert(s.columnInt(2));
                else if (table == QLatin1String("remote_refunds"))
                    refunds.insert(s.columnInt(2));
                else if (since > 0)
                    changed[table].insert(s.columnInt(2));
            });
            !r)
            return r.error();
    }
    QJsonObject tables;
    for (const CatalogTable &table : CatalogTables::all()) {
        const auto it = changed.find(table.name);
        if (since > 0 && it == changed.end())
            continue;
        auto rows = rowsOf(db, table, since > 0 ? &it->second : nullptr);
        if (!rows)
            return rows.error();
        if (!rows->isEmpty())
            tables.insert(table.name, *rows);
    }
    QJsonArray seatList, gaList;
    {
        auto stmt =
            db.prepare(QStringLiteral("SELECT terminal_id = ? AND state = 0 FROM "
                                      "seat_allocations WHERE event_id = ? AND seat_id = ?"));
        if (!stmt)
            return stmt.error();
        for (const auto &[event, seat] : seats) {
            stmt->bind(1, terminalId).bind(2, event).bind(3, seat);
            qint64 granted = 0;
            if (auto r = stmt->forEachRow([&](SqliteStatement &s) { granted = s.columnInt(0); });
                !r)
                return r.error();
            seatList.push_back(QJsonArray{event, seat, granted});
        }
    }
    {
        auto stmt = db.prepare(QStringLiteral(
            // Places being taken back are not offered any more.
            "SELECT places - taking FROM ga_allocations WHERE quota_id = ? AND terminal_id = ?"));
        if (!stmt)
            return stmt.error();
        for (qint64 quota : quotas) {
            stmt->bind(1, quota).bind(2, terminalId);
            qint64 places = 0;
            if (auto r = stmt->forEachRow([&](SqliteStatement &s) { places = s.columnInt(0); }); !r)
                return r.error();
            gaList.push_back(QJsonArray{quota, places});
        }
    }
    auto cardList = sealedCards(db, terminalId, cards, key);
    if (!cardList)
        return cardList.error();
    // Card keys being taken back are named in every answer until the
    // terminal says what became of them.
    QJsonArray cardsTaken;
    {
        auto stmt = db.prepare(QStringLiteral("SELECT code_id FROM card_allocations WHERE "
                                              "terminal_id = ? AND state = 1 ORDER BY code_id"));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, terminalId);
        if (auto r =
                stmt->forEachRow([&](SqliteStatement &s) { cardsTaken.push_back(s.columnInt(0)); });
            !r)
            return r.error();
    }
    auto refundedElsewhere = remoteRefunds(db, terminalId, refunds);
    if (!refundedElsewhere)
        return refundedElsewhere.error();
    QJsonObject answer{
        {QStringLiteral("since"), since},
        {QStringLiteral("version"), version},
        {QStringLiteral("tables"), tables},
        {QStringLiteral("allocation"), QJsonObject{{QStringLiteral("seats"), seatList},
                                                   {QStringLiteral("ga"), gaList},
                                                   {QStringLiteral("cards"), *cardList},
                                                   {QStringLiteral("cards_taken"), cardsTaken}}}};
    if (!refundedElsewhere->isEmpty())
        answer.insert(QStringLiteral("refunded_elsewhere"), *refundedElsewhere);
    return answer;
}

} // namespace tessera
