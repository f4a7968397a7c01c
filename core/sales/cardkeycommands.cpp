// SPDX-License-Identifier: GPL-3.0-or-later
#include "sales/cardkeycommands.h"

#include "common/jsonfields.h"
#include "engine/writecontext.h"
#include "sales/orderstate.h"

#include <QJsonArray>

namespace tessera {

Result<std::unique_ptr<Command>> ShowCardKeysCommand::fromJson(const QJsonObject &json)
{
    const JsonFields f(json);
    if (auto r = f.only({"order", "mode", "reason"}); !r)
        return r.error();
    auto order = f.positive(QStringLiteral("order"));
    if (!order)
        return order.error();
    auto mode = f.optionalString(QStringLiteral("mode"));
    if (!mode)
        return mode.error();
    if (!mode->isEmpty() && *mode != QLatin1String("delivery") && *mode != QLatin1String("reveal"))
        return fail(ErrorCode::InvalidInput, tr("The mode is \"delivery\" or \"reveal\"."),
                    QStringLiteral("mode"));
    auto reason = f.optionalString(QStringLiteral("reason"));
    if (!reason)
        return reason.error();
    const Mode m = *mode == QLatin1String("reveal") ? Mode::Reveal : Mode::Delivery;
    if (m == Mode::Reveal && reason->trimmed().isEmpty())
        return fail(ErrorCode::MissingField, tr("Say why the card keys are shown again."),
                    QStringLiteral("reason"));
    return std::unique_ptr<Command>(new ShowCardKeysCommand(*order, m, reason->trimmed()));
}

QJsonObject ShowCardKeysCommand::toJson() const
{
    QJsonObject o{{QStringLiteral("order"), m_orderId},
                  {QStringLiteral("mode"), m_mode == Mode::Delivery ? QStringLiteral("delivery")
                                                                    : QStringLiteral("reveal")}};
    if (!m_reason.isEmpty())
        o.insert(QStringLiteral("reason"), m_reason);
    return o;
}

QString ShowCardKeysCommand::auditAction() const
{
    return m_mode == Mode::Reveal ? QStringLiteral("card_key_reveal") : QString();
}

Result<CommandResult> ShowCardKeysCommand::apply(WriteContext &ctx)
{
    auto order = ctx.statement("SELECT state, card_keys_shown_at FROM orders WHERE id = ?");
    if (!order)
        return order.error();
    (*order)->bind(1, m_orderId);
    auto row = (*order)->step();
    if (!row)
        return row.error();
    if (!*row)
        return fail(ErrorCode::NotFound, tr("There is no order %1.").arg(m_orderId),
                    QStringLiteral("order"));
    const auto state = OrderState((*order)->columnInt(0));
    const qint64 shownAt = (*order)->columnInt(1);
    (*order)->reset();
    if (state != OrderState::Paid && state != OrderState::PartlyRefunded)
        return fail(ErrorCode::InvalidState, tr("Card keys are shown only for a paid order."),
                    QStringLiteral("order"));
    if (m_mode == Mode::Delivery && shownAt)
        return fail(ErrorCode::InvalidState,
                    tr("The card keys of order %1 were shown already; showing them again needs a "
                       "supervisor and is recorded.")
                        .arg(m_orderId),
                    QStringLiteral("order"));
    QJsonArray lines;
    auto stmt = ctx.statement("SELECT id FROM order_lines WHERE order_id = ? AND kind = 2 AND "
                              "state = 0 ORDER BY id");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, m_orderId);
    if (auto r = (*stmt)->forEachRow([&](SqliteStatement &s) { lines.push_back(s.columnInt(0)); });
        !r)
        return r.error();
    if (lines.isEmpty())
        return fail(ErrorCode::InvalidState, tr("Order %1 has no card keys.").arg(m_orderId),
                    QStringLiteral("order"));
    if (!shownAt) {
        auto r = ctx.run("UPDATE orders SET card_keys_shown_at = ? WHERE id = ?",
                         [&](SqliteStatement &s) { s.bind(1, ctx.now()).bind(2, m_orderId); });
        if (!r)
            return r.error();
    }
    return QJsonObject{{QStringLiteral("order"), m_orderId},
                       {QStringLiteral("lines"), lines},
                       {QStringLiteral("first_shown"), shownAt == 0}};
}

} // namespace tessera
