// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/cardallocation.h"

#include "catalog/allocationsupport.h"
#include "catalog/catalogcommands.h"
#include "engine/writecontext.h"
#include "storage/sqlitedb.h"

#include <QList>

namespace tessera {

namespace {

Result<qint64> productNamed(WriteContext &ctx, const QString &name)
{
    auto stmt = ctx.statement("SELECT id FROM card_products WHERE name = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, name);
    qint64 product = 0;
    if (auto r = (*stmt)->forEachRow([&](SqliteStatement &s) { product = s.columnInt(0); }); !r)
        return r.error();
    if (!product)
        return fail(ErrorCode::UnknownReference,
                    AllocateCardsCommand::tr("There is no card product \"%1\".").arg(name),
                    QStringLiteral("product"));
    return product;
}

} // namespace

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
    auto named = productNamed(ctx, m_product);
    if (!named)
        return named.error();
    const qint64 product = *named;
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

QJsonObject TakeBackCardsCommand::toJson() const
{
    return {{QStringLiteral("terminal"), m_terminal},
            {QStringLiteral("product"), m_product},
            {QStringLiteral("count"), m_count}};
}

Result<CommandResult> TakeBackCardsCommand::apply(WriteContext &ctx)
{
    auto terminal = AllocationSupport::terminalNamed(ctx, m_terminal);
    if (!terminal)
        return terminal.error();
    auto product = productNamed(ctx, m_product);
    if (!product)
        return product.error();
    QList<qint64> codes;
    {
        // The last given first: a terminal sells its codes in id order.
        auto stmt = ctx.statement("SELECT code_id FROM card_allocations WHERE terminal_id = ? AND "
                                  "product_id = ? AND state = 0 ORDER BY code_id DESC LIMIT ?");
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, terminal->id).bind(2, *product).bind(3, m_count > 0 ? m_count : -1);
        if (auto r = (*stmt)->forEachRow([&](SqliteStatement &s) { codes << s.columnInt(0); }); !r)
            return r.error();
    }
    if (codes.isEmpty())
        return fail(
            ErrorCode::InvalidState,
            tr("Terminal %1 holds no card key of \"%2\" to take back.").arg(m_terminal, m_product),
            QStringLiteral("terminal"));
    for (qint64 code : std::as_const(codes)) {
        if (auto r = ctx.run("UPDATE card_allocations SET state = 1 WHERE code_id = ?",
                             [&](SqliteStatement &s) { s.bind(1, code); });
            !r)
            return r.error();
        if (auto r =
                AllocationSupport::logChange(ctx, "card_allocations", *product, code, terminal->id);
            !r)
            return r.error();
    }
    return QJsonObject{{QStringLiteral("terminal"), m_terminal},
                       {QStringLiteral("product"), m_product},
                       {QStringLiteral("taking_back"), qint64(codes.size())}};
}

// The terminal's answer about card keys being taken back from it: those it
// gave back are the server's again, those it had sold are sold. Only keys
// being taken back from that terminal count, so a repeated answer changes
// nothing.
Result<QJsonObject> AcknowledgeTakeBackCommand::applyCards(WriteContext &ctx)
{
    qint64 back = 0, sold = 0;
    QList<qint64> products;
    auto product = ctx.statement("SELECT product_id FROM card_allocations WHERE code_id = ? AND "
                                 "terminal_id = ? AND state = 1");
    if (!product)
        return product.error();
    for (const auto &[list, given] :
         {std::pair{&m_cards.released, true}, std::pair{&m_cards.sold, false}}) {
        for (const QJsonValue &v : *list) {
            const qint64 code = v.toInteger();
            (*product)->bind(1, code).bind(2, m_terminalId);
            qint64 id = 0;
            if (auto r = (*product)->forEachRow([&](SqliteStatement &s) { id = s.columnInt(0); });
                !r)
                return r.error();
            if (!id)
                continue; // not being taken back from this terminal (a replay)
            if (auto r = ctx.run(given ? "DELETE FROM card_allocations WHERE code_id = ?"
                                       : "UPDATE card_allocations SET state = 2 WHERE code_id = ?",
                                 [&](SqliteStatement &s) { s.bind(1, code); });
                !r)
                return r.error();
            if (auto r =
                    ctx.run("UPDATE card_codes SET state = ? WHERE id = ?",
                            [&](SqliteStatement &s) { s.bind(1, given ? 0 : 2).bind(2, code); });
                !r)
                return r.error();
            (given ? back : sold) += 1;
            if (!products.contains(id))
                products << id;
        }
    }
    for (qint64 id : std::as_const(products))
        ctx.inventory().forgetCardPool(id);
    return QJsonObject{{QStringLiteral("card_keys_returned"), back},
                       {QStringLiteral("card_keys_sold"), sold}};
}

} // namespace tessera
