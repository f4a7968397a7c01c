// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginefixture.h"

#include "api/commandfactory.h"

#include <QJsonArray>
#include <QTest>

namespace tessera::test {

EngineFixture::EngineFixture(bool seedDemo, int cardCodes, qint64 startMs)
    : m_clock(startMs ? startMs
                      : QDateTime(QDate(2026, 11, 22), QTime(2, 0), Qt::UTC).toMSecsSinceEpoch())
{
    reopen();
    if (seedDemo) {
        auto ids = DemoSeeder::seed(*m_engine, m_clock.nowMs(), cardCodes);
        if (!ids)
            qFatal("demo seeding failed: %s", qPrintable(ids.error().toString()));
        m_ids = *ids;
    }
}

EngineFixture::~EngineFixture()
{
    close();
}

void EngineFixture::reopen()
{
    close();
    EngineOptions options;
    options.path = path();
    options.terminalId = QStringLiteral("T1");
    options.clock = &m_clock;
    options.pendingOrderTtlMs = m_pendingOrderTtlMs;
    options.maxPageCount = m_maxPageCount;
    options.shiftRule = m_shiftRule;
    auto engine = Engine::open(options);
    if (!engine)
        qFatal("cannot open engine: %s", qPrintable(engine.error().toString()));
    m_engine = std::move(*engine);
}

void EngineFixture::close()
{
    m_engine.reset();
}

CommandOutcome EngineFixture::run(const QString &kind, const QJsonObject &json)
{
    return run(kind, json, QStringLiteral("test-key-") + QString::number(++m_keys));
}

CommandOutcome EngineFixture::sellStandingDeposit()
{
    return run(QStringLiteral("sell"),
               {{QStringLiteral("event"), m_ids.event},
                {QStringLiteral("lines"),
                 QJsonArray{QJsonObject{{QStringLiteral("ga"), m_ids.standingQuota},
                                        {QStringLiteral("quantity"), 1},
                                        {QStringLiteral("ticket_type"), QStringLiteral("adult")}}}},
                {QStringLiteral("payments"),
                 QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("card")},
                                        {QStringLiteral("amount"), 1}}}}});
}

CommandOutcome EngineFixture::run(const QString &kind, const QJsonObject &json, const QString &key)
{
    return runAs(QStringLiteral("tester"), kind, json, key);
}

CommandOutcome EngineFixture::runAs(const QString &actor, const QString &kind,
                                    const QJsonObject &json)
{
    return runAs(actor, kind, json, QStringLiteral("test-key-") + QString::number(++m_keys));
}

CommandOutcome EngineFixture::runAs(const QString &actor, const QString &kind,
                                    const QJsonObject &json, const QString &key)
{
    auto command = CommandFactory::fromJson(kind, json);
    if (!command) {
        CommandOutcome refused;
        refused.result = command.error();
        return refused;
    }
    return m_engine->execute(std::move(*command), key, actor);
}

SqliteDb EngineFixture::reader() const
{
    auto db = SqliteDb::open(path(), SqliteDb::Mode::ReadOnly);
    if (!db)
        qFatal("cannot open reader: %s", qPrintable(db.error().toString()));
    return std::move(*db);
}

qint64 EngineFixture::scalar(const QString &sql) const
{
    qint64 value = -1;
    firstRow(sql, [&](SqliteStatement &row) { value = row.columnInt(0); });
    return value;
}

QString EngineFixture::text(const QString &sql) const
{
    QString value;
    firstRow(sql, [&](SqliteStatement &row) { value = row.columnText(0); });
    return value;
}

void EngineFixture::firstRow(const QString &sql,
                             const std::function<void(SqliteStatement &)> &read) const
{
    SqliteDb db = reader();
    auto stmt = db.prepare(sql);
    if (!stmt)
        qFatal("bad query %s: %s", qPrintable(sql), qPrintable(stmt.error().toString()));
    auto row = stmt->step();
    if (row && *row)
        read(*stmt);
}

} // namespace tessera::test
