// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engine.h"
#include "manualclock.h"
#include "setup/demoseeder.h"
#include "storage/sqlitedb.h"

#include <QJsonObject>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace tessera::test {

// A fresh database in a temporary folder with an engine on a manual clock,
// seeded with the demo venue, event and card product. Unlike a real box
// office, payments need no open shift unless a test asks for the rule
// (requireShiftsFor): most tests sell without opening one.
class EngineFixture
{
public:
    // `startMs`: the manual clock's first reading, the demo's sale opening
    // then too (0: 2026-11-22 02:00 UTC; a test that meets a wall-clock
    // process, such as the CLI or a server, passes now).
    explicit EngineFixture(bool seedDemo = true, int cardCodes = 20, qint64 startMs = 0);
    ~EngineFixture();

    Engine &engine() { return *m_engine; }
    ManualClock &clock() { return m_clock; }
    QString path() const { return m_dir.filePath(QStringLiteral("tessera.db")); }
    const DemoSeeder::Ids &ids() const { return m_ids; }

    // Builds the command with CommandFactory and runs it with a fresh key.
    CommandOutcome run(const QString &kind, const QJsonObject &json);
    CommandOutcome run(const QString &kind, const QJsonObject &json, const QString &key);
    // The same as a member of staff `actor` (once the file has staff).
    CommandOutcome runAs(const QString &actor, const QString &kind, const QJsonObject &json);
    CommandOutcome runAs(const QString &actor, const QString &kind, const QJsonObject &json,
                         const QString &key);
    // One demo standing ticket with 1 paid by card (the order stays pending):
    // a sale that grows the journal without a shift or cash.
    CommandOutcome sellStandingDeposit();
    // A read-only connection of its own.
    SqliteDb reader() const;
    // One integer from a query on a reader connection.
    qint64 scalar(const QString &sql) const;
    // One text value from a query on a reader connection (null when no row).
    QString text(const QString &sql) const;
    // Applies from the next reopen(); the engine's default otherwise.
    void setPendingOrderTtlMs(qint64 ms) { m_pendingOrderTtlMs = ms; }
    // Applies from the next reopen(): the most pages the file may grow to.
    void setMaxPageCount(qint64 pages) { m_maxPageCount = pages; }
    // Reopens the engine with `rule` as its default shift rule
    // (EngineOptions::shiftRule; the fixture's own default is none).
    void requireShiftsFor(ShiftRule rule)
    {
        m_shiftRule = rule;
        reopen();
    }
    void reopen();
    void close();

private:
    // Runs `read` on the first row of `sql`, if there is one.
    void firstRow(const QString &sql, const std::function<void(SqliteStatement &)> &read) const;
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Engine> m_engine;
    DemoSeeder::Ids m_ids;
    int m_keys = 0;
    qint64 m_pendingOrderTtlMs = EngineOptions().pendingOrderTtlMs;
    qint64 m_maxPageCount = 0;
    ShiftRule m_shiftRule = ShiftRule::None;
};

} // namespace tessera::test
