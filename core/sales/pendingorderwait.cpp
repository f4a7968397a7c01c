// SPDX-License-Identifier: GPL-3.0-or-later
#include "sales/pendingorderwait.h"

#include "common/jsonfields.h"
#include "engine/writecontext.h"
#include "storage/sqlitedb.h"

namespace tessera {

std::optional<int> PendingOrderWait::read(SqliteDb &db)
{
    auto stmt = db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    if (!stmt)
        return std::nullopt;
    stmt->bind(1, QString::fromLatin1(kSettingKey));
    auto row = stmt->step();
    if (!row || !*row)
        return std::nullopt;
    return parse(stmt->columnText(0));
}

std::optional<int> PendingOrderWait::parse(const QString &stored)
{
    bool ok = false;
    const int minutes = stored.toInt(&ok);
    if (!ok || minutes < 0 || minutes > kMaxMinutes)
        return std::nullopt;
    return minutes;
}

Result<std::unique_ptr<Command>> SetPendingOrderWaitCommand::fromJson(const QJsonObject &json)
{
    const JsonFields f(json);
    if (auto r = f.only({"minutes"}); !r)
        return r.error();
    auto minutes = f.nonNegative(QStringLiteral("minutes"));
    if (!minutes)
        return minutes.error();
    if (*minutes > PendingOrderWait::kMaxMinutes)
        return fail(ErrorCode::InvalidInput,
                    tr("An unpaid order waits at most %1 minutes (a day); 0 keeps it until "
                       "somebody cancels it.")
                        .arg(PendingOrderWait::kMaxMinutes),
                    QStringLiteral("minutes"));
    return std::unique_ptr<Command>(new SetPendingOrderWaitCommand(int(*minutes)));
}

QJsonObject SetPendingOrderWaitCommand::toJson() const
{
    return QJsonObject{{QStringLiteral("minutes"), m_minutes}};
}

Result<CommandResult> SetPendingOrderWaitCommand::apply(WriteContext &ctx)
{
    auto r = ctx.run("INSERT INTO settings(key, value) VALUES(?, ?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                     [&](SqliteStatement &s) {
                         s.bind(1, QString::fromLatin1(PendingOrderWait::kSettingKey));
                         s.bind(2, QString::number(m_minutes));
                     });
    if (!r)
        return r.error();
    return QJsonObject{{QStringLiteral("minutes"), m_minutes}};
}

} // namespace tessera
