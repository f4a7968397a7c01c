// SPDX-License-Identifier: GPL-3.0-or-later
#include "replica/recordsyncstatecommand.h"

#include "common/jsonfields.h"
#include "engine/writecontext.h"
#include "storage/sqlitedb.h"

namespace tessera {

namespace {

const QStringList &states()
{
    static const QStringList names{QStringLiteral("online"), QStringLiteral("offline"),
                                   QStringLiteral("failing"), QStringLiteral("revoked")};
    return names;
}

} // namespace

Result<std::unique_ptr<Command>> RecordSyncStateCommand::fromJson(const QJsonObject &json)
{
    const JsonFields f(json);
    if (auto r = f.only({"state", "message", "backlog"}); !r)
        return r.error();
    auto state = f.string(QStringLiteral("state"));
    if (!state)
        return state.error();
    if (!states().contains(*state))
        return fail(ErrorCode::InvalidInput,
                    tr("state takes online, offline, failing or revoked, not \"%1\".").arg(*state),
                    QStringLiteral("state"));
    auto message = f.optionalString(QStringLiteral("message"));
    if (!message)
        return message.error();
    auto backlog = f.optionalInteger(QStringLiteral("backlog"), 0);
    if (!backlog)
        return backlog.error();
    if (*backlog < 0)
        return fail(ErrorCode::InvalidInput, tr("backlog cannot be negative."),
                    QStringLiteral("backlog"));
    return std::unique_ptr<Command>(
        new RecordSyncStateCommand(*state, message->isNull() ? QString() : *message, *backlog));
}

QJsonObject RecordSyncStateCommand::toJson() const
{
    QJsonObject o{{QStringLiteral("state"), m_state}, {QStringLiteral("backlog"), m_backlog}};
    if (!m_message.isEmpty())
        o.insert(QStringLiteral("message"), m_message);
    return o;
}

Result<CommandResult> RecordSyncStateCommand::apply(WriteContext &ctx)
{
    const qint64 now = ctx.now();
    auto open = ctx.statement("SELECT id FROM sync_incidents WHERE ended_at IS NULL");
    if (!open)
        return open.error();
    auto row = (*open)->step();
    if (!row)
        return row.error();
    const qint64 openId = *row ? (*open)->columnInt(0) : 0;
    (*open)->reset();

    if (m_state == QLatin1String("online")) {
        if (openId) {
            auto r = ctx.run(
                "UPDATE sync_incidents SET ended_at = ?, "
                "peak_backlog = MAX(peak_backlog, ?) WHERE id = ?",
                [&](SqliteStatement &q) { q.bind(1, now).bind(2, m_backlog).bind(3, openId); });
            if (!r)
                return r.error();
        }
        return QJsonObject{{QStringLiteral("ended"), openId}, {QStringLiteral("at"), now}};
    }
    if (openId) {
        auto r = ctx.run("UPDATE sync_incidents SET peak_backlog = MAX(peak_backlog, ?) "
                         "WHERE id = ?",
                         [&](SqliteStatement &q) { q.bind(1, m_backlog).bind(2, openId); });
        if (!r)
            return r.error();
        return QJsonObject{{QStringLiteral("open"), openId}, {QStringLiteral("at"), now}};
    }
    auto id = ctx.insert("INSERT INTO sync_incidents(state, message, started_at, peak_backlog) "
                         "VALUES(?, ?, ?, ?)",
                         [&](SqliteStatement &q) {
                             q.bind(1, m_state).bind(2, m_message).bind(3, now).bind(4, m_backlog);
                         });
    if (!id)
        return id.error();
    return QJsonObject{{QStringLiteral("started"), *id}, {QStringLiteral("at"), now}};
}

} // namespace tessera
