// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/cardallocation.h"

#include "catalog/allocationsupport.h"
#include "engine/writecontext.h"
#include "storage/sqlitedb.h"

#include <QList>

namespace tessera {

QJsonObject AllocateCardsCommand::toJson() const
{
    return {{QStringLiteral("terminal"), m_terminal},
            {QStringLiteral("product"), m_product},
            {QStringLiteral("count"), m_count}};
}

Result<CommandResult> AllocateCardsCommand::apply(WriteContext &ctx)
{
    auto terminal = AllocationSupport::terminalNamed(ctx, m_terminal);
    if (!terminal)
        return terminal.error();
    if (m_count <= 0)
        return fail(ErrorCode::InvalidInput, tr("Give at least one card key."),
                    QStringLiteral("count"));
    bool sealable = false;
    {
        auto stmt = ctx.statement("SELECT box_key IS NOT NULL FROM server_terminals WHERE id = ?");
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, terminal->id);
        if (auto r = (*stmt)->forEachRow([&](SqliteStatement &s) { sealable = s.columnInt(0); });
            !r)
            return r.error();
    }
    if (!sealable)
        return fail(ErrorCode::InvalidState,
                    tr("Terminal \"%1\" was enrolled before card keys could be sent to it "
                       "sealed: enrol it again (a new enrolment code) before giving it card "
                       "keys.")
                        .arg(m_terminal),
                    QStringLiteral("terminal"));
    qint64 product = 0;
    {
        auto stmt = ctx.statement("SELECT id FROM card_products WHERE name = ?");
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, m_product);
        if (auto r = (*stmt)->forEachRow([&](SqliteStatement &s) { product = s.columnInt(0); }); !r)
            return r.error();
    }
    if (!product)
        return fail(ErrorCode::UnknownReference,
                    tr("There is no card product \"%1\".").arg(m_product),
                    QStringLiteral("product"));
    // What the engine holds in memory goes to disk first: the codes chosen
    // below are the ones no sale or hold has taken.
    if (auto r = ctx.flushInventory(); !r)
        return r.error();
    QList<qint64> codes;
    {
        auto stmt = ctx.statement(
            "SELECT id FROM card_codes WHERE product_id = ? AND state = 0 ORDER BY id LIMIT ?");
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, product).bind(2, m_count);
        if (auto r = (*stmt)->forEachRow([&](SqliteStatement &s) { codes << s.columnInt(0); }); !r)
            return r.error();
    }
    if (codes.size() < m_count)
        return fail(ErrorCode::PoolExhausted,
                    tr("The server has only %1 card keys of \"%2\" left to give.")
                        .arg(codes.size())
                        .arg(m_product),
                    QStringLiteral("count"));
    for (qint64 code : std::as_const(codes)) {
        if (auto r = ctx.run("UPDATE card_codes SET state = 4, hold_id = NULL WHERE id = ?",
                             [&](SqliteStatement &s) { s.bind(1, code); });
            !r)
            return r.error();
        if (auto r = ctx.run(
                "INSERT INTO card_allocations(code_id, product_id, terminal_id, "
                "granted_at) VALUES(?, ?, ?, ?)",
                [&](SqliteStatement &s) {
                    s.bind(1, code).bind(2, product).bind(3, terminal->id).bind(4, ctx.now());
                });
            !r)
            return r.error();
        if (auto r =
                AllocationSupport::logChange(ctx, "card_allocations", product, code, terminal->id);
            !r)
            return r.error();
    }
    ctx.inventory().forgetCardPool(product);
    return QJsonObject{{QStringLiteral("terminal"), m_terminal},
                       {QStringLiteral("product"), m_product},
                       {QStringLiteral("allocated"), qint64(codes.size())}};
}

} // namespace tessera
