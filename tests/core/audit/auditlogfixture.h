// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "manualclock.h"

#include "audit/auditlog.h"
#include "audit/auditschema.h"
#include "audit/auditverifier.h"
#include "crypto/datakey.h"
#include "storage/sqlitedb.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace tessera::test {

// A database file in a temporary folder holding only the audit_log and
// settings tables, and its data key (bytes 0x00..0x1f, so documented MACs can
// be recomputed outside Tessera).
class AuditLogFixture
{
public:
    static constexpr qint64 kStartMs = 1'800'000'000'000;

    AuditLogFixture()
        : m_dataKey(fixedDataKey())
    {
        SqliteDb db = connect();
        if (auto created = db.exec(QString::fromUtf8(kAuditLogSchemaSql) +
                                   QStringLiteral("CREATE TABLE settings(key TEXT PRIMARY KEY, "
                                                  "value TEXT NOT NULL);"));
            !created)
            qFatal("cannot create audit_log: %s", qPrintable(created.error().toString()));
    }

    static std::shared_ptr<const DataKey> fixedDataKey()
    {
        QByteArray raw(DataKey::Size, Qt::Uninitialized);
        for (int i = 0; i < DataKey::Size; ++i)
            raw[i] = char(i);
        auto key = DataKey::fromRaw(raw);
        if (!key)
            qFatal("cannot make the data key");
        return std::make_shared<const DataKey>(std::move(*key));
    }

    const DataKey &dataKey() const { return *m_dataKey; }
    std::shared_ptr<const DataKey> dataKeyPtr() const { return m_dataKey; }

    // The log on `db` under the fixture's data key, as the engine opens it.
    Result<AuditLog> open(SqliteDb &db) const
    {
        return AuditLog::open(
            db, [key = m_dataKey] { return key; }, m_clock);
    }

    // The verdict on the file, with the data key.
    AuditReport verify(const std::optional<AuditAnchor> &anchor = std::nullopt) const
    {
        SqliteDb db = connect();
        auto report = AuditVerifier::verify(db, m_dataKey.get(), anchor);
        if (!report)
            qFatal("verify failed: %s", qPrintable(report.error().toString()));
        return *report;
    }

    QString path() const { return m_dir.filePath(QStringLiteral("audit.db")); }

    // A connection of its own, as the engine's writer, the CLI or an attacker would open.
    SqliteDb connect() const
    {
        auto db = SqliteDb::open(path());
        if (!db)
            qFatal("cannot open %s: %s", qPrintable(path()), qPrintable(db.error().toString()));
        // A throwaway file: durability would only make the tests slow.
        (void)db->exec(QStringLiteral("PRAGMA synchronous = OFF"));
        return std::move(*db);
    }

    // Appends `count` refunds by `actor` in one transaction, entry n at
    // kStartMs + n seconds, and returns the log's head afterwards.
    AuditAnchor append(qint64 count, const QString &actor = QStringLiteral("clerk")) const
    {
        SqliteDb db = connect();
        auto log = open(db);
        if (!log)
            qFatal("cannot open the audit log: %s", qPrintable(log.error().toString()));
        SqliteTransaction transaction(db);
        for (qint64 i = 0; i < count; ++i) {
            const qint64 seq = log->head().seq() + 1;
            auto appended = log->append(
                kStartMs + seq * 1000, actor, QStringLiteral("refund"),
                QStringLiteral("order %1").arg(seq),
                QJsonObject{{QStringLiteral("amount"), seq * 100},
                            {QStringLiteral("reason"), QStringLiteral("customer request")}});
            if (!appended)
                qFatal("append failed: %s", qPrintable(appended.error().toString()));
        }
        if (auto committed = transaction.commit(); !committed)
            qFatal("commit failed: %s", qPrintable(committed.error().toString()));
        return log->head();
    }

    // Runs `sql` straight on the file, past the append-only triggers, as
    // someone holding the file can.
    void tamper(const QString &sql) const
    {
        SqliteDb db = connect();
        const QString unguarded = QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update;"
                                                 "DROP TRIGGER IF EXISTS audit_log_no_delete;") +
                                  sql;
        if (auto done = db.exec(unguarded); !done)
            qFatal("tampering failed: %s", qPrintable(done.error().toString()));
    }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const DataKey> m_dataKey;
    ManualClock m_clock;
};

} // namespace tessera::test
