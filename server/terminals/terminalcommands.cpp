// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminals/terminalcommands.h"

#include "crypto/sha256.h"
#include "engine/writecontext.h"
#include "storage/sqlitedb.h"
#include "store/sqlitesalesmirror.h"
#include "sync/rebuildsalescommand.h"

#include <QDateTime>
#include <QRegularExpression>

namespace tessera {

namespace {

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

struct TerminalRow
{
    qint64 id = 0;
    qint64 venueId = 0;
    qint64 enrolledAt = 0;
    qint64 revokedAt = 0;
    QString name;
};

Result<std::optional<TerminalRow>> findTerminal(WriteContext &ctx, const char *sql,
                                                const std::function<void(SqliteStatement &)> &bind)
{
    auto stmt = ctx.statement(sql);
    if (!stmt)
        return stmt.error();
    bind(**stmt);
    std::optional<TerminalRow> found;
    auto r = (*stmt)->forEachRow([&](SqliteStatement &s) {
        found = TerminalRow{s.columnInt(0), s.columnInt(1), s.columnInt(2), s.columnInt(3),
                            s.columnText(4)};
    });
    if (!r)
        return r.error();
    return found;
}

} // namespace

Result<CommandResult> PrepareServerCommand::apply(WriteContext &ctx)
{
    for (const char *sql : {
             "CREATE TABLE IF NOT EXISTS server_terminals("
             "id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
             "venue_id INTEGER NOT NULL REFERENCES venues(id), token_hash BLOB UNIQUE, "
             "enrolled_at INTEGER, revoked_at INTEGER, created_at INTEGER NOT NULL)",
             "CREATE TABLE IF NOT EXISTS enrolment_codes("
             "id INTEGER PRIMARY KEY, code_hash BLOB NOT NULL UNIQUE, "
             "terminal_id INTEGER NOT NULL REFERENCES server_terminals(id), "
             "created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, used_at INTEGER)",
             "CREATE TABLE IF NOT EXISTS terminal_journal("
             "terminal_id INTEGER NOT NULL REFERENCES server_terminals(id), seq INTEGER NOT NULL, "
             "kind TEXT NOT NULL, idem_key TEXT NOT NULL, request_hash BLOB NOT NULL, "
             "payload TEXT NOT NULL, result TEXT NOT NULL, actor TEXT, "
             "created_at INTEGER NOT NULL, received_at INTEGER NOT NULL, digest BLOB NOT NULL, "
             "PRIMARY KEY(terminal_id, seq)) WITHOUT ROWID",
         }) {
        if (auto r = ctx.db().exec(QString::fromLatin1(sql)); !r)
            return r.error();
    }
    // Card keys are sealed to a terminal's own key (given at enrolment).
    {
        bool hasBoxKey = false;
        auto columns = ctx.db().prepare(QStringLiteral("PRAGMA table_info(server_terminals)"));
        if (!columns)
            return columns.error();
        if (auto r = columns->forEachRow([&](SqliteStatement &s) {
                hasBoxKey = hasBoxKey || s.columnText(1) == QLatin1String("box_key");
            });
            !r)
            return r.error();
        if (!hasBoxKey) {
            if (auto r = ctx.db().exec(
                    QStringLiteral("ALTER TABLE server_terminals ADD COLUMN box_key BLOB"));
                !r)
                return r.error();
        }
    }
    // Schema 3: the sales projection, built from what was shipped before it;
    // schema 4: its dashboard columns (times, channel, error codes, stock,
    // refunds), added to an older one, which is then rebuilt.
    auto created = SqliteSalesMirror::prepare(ctx);
    if (!created)
        return created.error();
    if (*created) {
        if (auto r = RebuildSalesCommand::rebuild(ctx); !r)
            return r.error();
    }
    return QJsonObject{{QStringLiteral("schema"), 4}};
}

Result<void> IssueEnrolmentCodeCommand::checkName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._-]{1,40}$"));
    if (!valid.match(name).hasMatch())
        return fail(ErrorCode::InvalidInput,
                    tr("A terminal's name is 1 to 40 letters, digits, '-', '_' or '.', not "
                       "\"%1\".")
                        .arg(name),
                    QStringLiteral("terminal"));
    return {};
}

QJsonObject IssueEnrolmentCodeCommand::toJson() const
{
    return {{QStringLiteral("terminal"), m_terminal},
            {QStringLiteral("venue"), m_venueId},
            {QStringLiteral("code_hash"), QString::fromLatin1(m_codeHash.toHex())},
            {QStringLiteral("expires_at"), m_expiresAt}};
}

Result<CommandResult> IssueEnrolmentCodeCommand::apply(WriteContext &ctx)
{
    if (auto r = checkName(m_terminal); !r)
        return r.error();
    if (m_expiresAt <= ctx.now())
        return fail(ErrorCode::InvalidInput, tr("The code would expire before it is used."),
                    QStringLiteral("valid_hours"));
    auto venue = ctx.statement("SELECT name FROM venues WHERE id = ?");
    if (!venue)
        return venue.error();
    (*venue)->bind(1, m_venueId);
    QString venueName;
    bool venueFound = false;
    if (auto r = (*venue)->forEachRow([&](SqliteStatement &s) {
            venueFound = true;
            venueName = s.columnText(0);
        });
        !r)
        return r.error();
    if (!venueFound)
        return fail(ErrorCode::UnknownReference, tr("There is no venue %1.").arg(m_venueId),
                    QStringLiteral("venue"));
    auto existing =
        findTerminal(ctx,
                     "SELECT id, venue_id, COALESCE(enrolled_at, 0), COALESCE(revoked_at, 0), name "
                     "FROM server_terminals WHERE name = ?",
                     [&](SqliteStatement &s) { s.bind(1, m_terminal); });
    if (!existing)
        return existing.error();
    qint64 terminalId = 0;
    if (*existing) {
        const TerminalRow &t = **existing;
        if (t.enrolledAt && !t.revokedAt)
            return fail(ErrorCode::InvalidState,
                        tr("Terminal %1 is enrolled and in service since %2. Revoke it first "
                           "(tessera-server revoke --terminal %1) to enrol a replacement.")
                            .arg(m_terminal, timeText(t.enrolledAt)),
                        QStringLiteral("terminal"));
        terminalId = t.id;
        if (auto r = ctx.run("UPDATE server_terminals SET venue_id = ? WHERE id = ?",
                             [&](SqliteStatement &s) { s.bind(1, m_venueId).bind(2, terminalId); });
            !r)
            return r.error();
    } else {
        auto id = ctx.insert("INSERT INTO server_terminals(name, venue_id, created_at) "
                             "VALUES(?, ?, ?)",
                             [&](SqliteStatement &s) {
                                 s.bind(1, m_terminal).bind(2, m_venueId).bind(3, ctx.now());
                             });
        if (!id)
            return id.error();
        terminalId = *id;
    }
    auto code = ctx.insert("INSERT INTO enrolment_codes(code_hash, terminal_id, created_at, "
                           "expires_at) VALUES(?, ?, ?, ?)",
                           [&](SqliteStatement &s) {
                               s.bind(1, m_codeHash).bind(2, terminalId).bind(3, ctx.now());
                               s.bind(4, m_expiresAt);
                           });
    if (!code)
        return code.error();
    return QJsonObject{{QStringLiteral("terminal"), m_terminal},
                       {QStringLiteral("terminal_id"), terminalId},
                       {QStringLiteral("venue"), m_venueId},
                       {QStringLiteral("venue_name"), venueName},
                       {QStringLiteral("expires_at"), timeText(m_expiresAt)}};
}

QByteArray EnrolTerminalCommand::tokenHash(const QString &token)
{
    return Sha256::digest({"tessera-terminal-token\n", token.toUtf8()});
}

QJsonObject EnrolTerminalCommand::toJson() const
{
    // Neither the code nor the token: what the journal and sync carry.
    QJsonObject out{{QStringLiteral("code_hash"), QString::fromLatin1(m_codeHash.toHex())}};
    if (!m_boxKey.isEmpty())
        out.insert(QStringLiteral("box_key"), QString::fromLatin1(m_boxKey.toBase64()));
    return out;
}

Result<CommandResult> EnrolTerminalCommand::apply(WriteContext &ctx)
{
    auto stmt = ctx.statement("SELECT c.id, c.expires_at, COALESCE(c.used_at, 0), t.id, t.name, "
                              "t.venue_id FROM enrolment_codes c "
                              "JOIN server_terminals t ON t.id = c.terminal_id "
                              "WHERE c.code_hash = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, m_codeHash);
    qint64 codeId = 0, expiresAt = 0, usedAt = 0, terminalId = 0, venueId = 0;
    QString terminal;
    if (auto r = (*stmt)->forEachRow([&](SqliteStatement &s) {
            codeId = s.columnInt(0);
            expiresAt = s.columnInt(1);
            usedAt = s.columnInt(2);
            terminalId = s.columnInt(3);
            terminal = s.columnText(4);
            venueId = s.columnInt(5);
        });
        !r)
        return r.error();
    if (!codeId)
        return fail(ErrorCode::Unauthenticated,
                    tr("This enrolment code is not known to this server. Check it, or ask for a "
                       "new one."),
                    QStringLiteral("code"));
    if (usedAt)
        return fail(ErrorCode::InvalidState,
                    tr("This enrolment code was used at %1. Each code enrols one terminal once: "
                       "ask for a new one.")
                        .arg(timeText(usedAt)),
                    QStringLiteral("code"));
    if (expiresAt <= ctx.now())
        return fail(
            ErrorCode::InvalidState,
            tr("This enrolment code expired at %1: ask for a new one.").arg(timeText(expiresAt)),
            QStringLiteral("code"));
    if (auto r = ctx.run("UPDATE enrolment_codes SET used_at = ? WHERE id = ?",
                         [&](SqliteStatement &s) { s.bind(1, ctx.now()).bind(2, codeId); });
        !r)
        return r.error();
    if (auto r = ctx.run("UPDATE server_terminals SET token_hash = ?, enrolled_at = ?, "
                         "revoked_at = NULL, box_key = ? WHERE id = ?",
                         [&](SqliteStatement &s) {
                             s.bind(1, tokenHash(m_token)).bind(2, ctx.now());
                             if (m_boxKey.isEmpty())
                                 s.bindNull(3);
                             else
                                 s.bind(3, m_boxKey);
                             s.bind(4, terminalId);
                         });
        !r)
        return r.error();
    QJsonObject answer{{QStringLiteral("terminal"), terminal},
                       {QStringLiteral("terminal_id"), terminalId},
                       {QStringLiteral("venue"), venueId}};
    const CommandResult journalled(answer);
    answer.insert(QStringLiteral("token"), m_token);
    return CommandResult(journalled.json, CommandResult(answer).json);
}

Result<CommandResult> RevokeTerminalCommand::apply(WriteContext &ctx)
{
    auto found =
        findTerminal(ctx,
                     "SELECT id, venue_id, COALESCE(enrolled_at, 0), COALESCE(revoked_at, 0), name "
                     "FROM server_terminals WHERE name = ?",
                     [&](SqliteStatement &s) { s.bind(1, m_terminal); });
    if (!found)
        return found.error();
    if (!*found)
        return fail(ErrorCode::NotFound, tr("There is no terminal \"%1\".").arg(m_terminal),
                    QStringLiteral("terminal"));
    if ((*found)->revokedAt)
        return fail(ErrorCode::InvalidState,
                    tr("Terminal %1 was revoked at %2 already.")
                        .arg(m_terminal, timeText((*found)->revokedAt)),
                    QStringLiteral("terminal"));
    // Unused codes of the terminal go with it.
    if (auto r = ctx.run("UPDATE enrolment_codes SET used_at = ? WHERE terminal_id = ? AND "
                         "used_at IS NULL",
                         [&](SqliteStatement &s) { s.bind(1, ctx.now()).bind(2, (*found)->id); });
        !r)
        return r.error();
    if (auto r = ctx.run("UPDATE server_terminals SET revoked_at = ? WHERE id = ?",
                         [&](SqliteStatement &s) { s.bind(1, ctx.now()).bind(2, (*found)->id); });
        !r)
        return r.error();
    return QJsonObject{{QStringLiteral("terminal"), m_terminal},
                       {QStringLiteral("revoked_at"), timeText(ctx.now())}};
}

} // namespace tessera
