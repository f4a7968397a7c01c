// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/allocationsupport.h"

#include "engine/writecontext.h"
#include "storage/sqlitedb.h"

#include <QCoreApplication>

#include <optional>

namespace tessera {

Result<AllocationTerminal> AllocationSupport::terminalNamed(WriteContext &ctx, const QString &name)
{
    auto stmt = ctx.statement("SELECT id, revoked_at IS NOT NULL FROM server_terminals "
                              "WHERE name = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, name);
    std::optional<AllocationTerminal> found;
    if (auto r = (*stmt)->forEachRow([&](SqliteStatement &s) {
            found = AllocationTerminal{s.columnInt(0), s.columnInt(1) != 0};
        });
        !r)
        return r.error();
    if (!found)
        return fail(ErrorCode::UnknownReference,
                    QCoreApplication::translate("tessera::AllocateSeatsCommand",
                                                "There is no terminal \"%1\": create it with "
                                                "tessera-server enrol-code first.")
                        .arg(name),
                    QStringLiteral("terminal"));
    if (found->revoked)
        return fail(ErrorCode::TerminalRevoked,
                    QCoreApplication::translate("tessera::AllocateSeatsCommand",
                                                "Terminal \"%1\" is revoked.")
                        .arg(name),
                    QStringLiteral("terminal"));
    return *found;
}

Result<void> AllocationSupport::logChange(WriteContext &ctx, const char *table, qint64 scope,
                                          qint64 row, qint64 terminal)
{
    return ctx.run(
        "INSERT INTO catalog_log(tbl, scope_id, row_id, terminal_id) "
        "VALUES(?, ?, ?, ?)",
        [&](SqliteStatement &s) {
            s.bind(1, QString::fromLatin1(table)).bind(2, scope).bind(3, row).bind(4, terminal);
        });
}

} // namespace tessera
