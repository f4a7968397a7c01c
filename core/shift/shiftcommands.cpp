// SPDX-License-Identifier: GPL-3.0-or-later
#include "shift/shiftcommands.h"

#include "common/jsonfields.h"
#include "common/money.h"
#include "engine/writecontext.h"
#include "shift/drawerledger.h"
#include "shift/shiftqueries.h"
#include "shift/shiftrecord.h"
#include "staff/staffdirectory.h"

#include <QJsonDocument>

namespace tessera {

namespace {

// The terminal's open shift, or `refusal` (with %1 for the terminal).
Result<ShiftRecord> requireOpenShift(WriteContext &ctx, const QString &refusal)
{
    auto open = ShiftRecord::openOn(ctx.db(), ctx.terminalId());
    if (!open)
        return open.error();
    if (!*open)
        return fail(ErrorCode::InvalidState, refusal.arg(ctx.terminalId()),
                    QStringLiteral("shift"));
    return std::move(**open);
}

Result<QString> trimmedText(const JsonFields &f, const QString &name, int maxLength, bool required)
{
    auto text = required ? f.string(name) : f.optionalString(name);
    if (!text)
        return text.error();
    const QString trimmed = text->trimmed();
    if (trimmed.size() > maxLength)
        return fail(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("tessera::ShiftRecord", "At most %1 characters, please.")
                .arg(maxLength),
            f.path(name));
    return trimmed;
}

// Who approves closing with `difference`: nobody while the count balances or
// the box office has no staff yet (set-up mode); the actor when a supervisor
// or higher closes (as for a refund); else the approver the caller named,
// who must be a supervisor or higher other than the actor.
Result<QString> differenceApprover(WriteContext &ctx, qint64 difference, const QString &currency)
{
    if (difference == 0 || ctx.staff().isEmpty())
        return QString();
    auto overridden =
        ctx.staff().authorize(ctx.actor(), ctx.offeredApprover(), Permission::Refund, ctx.now());
    if (!overridden) {
        if (overridden.error().code != ErrorCode::OverrideRequired)
            return overridden.error();
        const Money amount{difference < 0 ? -difference : difference, currency};
        return fail(ErrorCode::OverrideRequired,
                    difference < 0 ? CloseShiftCommand::tr("The drawer is %1 short: a supervisor "
                                                           "has to approve closing with a "
                                                           "difference.")
                                         .arg(amount.toString())
                                   : CloseShiftCommand::tr("The drawer is %1 over: a supervisor "
                                                           "has to approve closing with a "
                                                           "difference.")
                                         .arg(amount.toString()),
                    QStringLiteral("override_by"));
    }
    return *overridden ? ctx.offeredApprover() : ctx.actor();
}

} // namespace

QString overShortName(qint64 difference)
{
    if (difference == 0)
        return QStringLiteral("balanced");
    return difference > 0 ? QStringLiteral("over") : QStringLiteral("short");
}

// open_shift

Result<std::unique_ptr<Command>> OpenShiftCommand::fromJson(const QJsonObject &json)
{
    const JsonFields f(json);
    if (auto r = f.only({"float", "currency"}); !r)
        return r.error();
    auto amount = f.nonNegative(QStringLiteral("float"));
    if (!amount)
        return amount.error();
    auto currency = f.optionalString(QStringLiteral("currency"));
    if (!currency)
        return currency.error();
    if (!currency->isNull() && !isCurrencyCode(*currency))
        return fail(ErrorCode::InvalidInput,
                    tr("A currency is three capital letters, such as CNY or EUR."),
                    QStringLiteral("currency"));
    return std::unique_ptr<Command>(new OpenShiftCommand(*amount, *currency));
}

QJsonObject OpenShiftCommand::toJson() const
{
    QJsonObject o{{QStringLiteral("float"), m_float}};
    if (!m_currency.isEmpty())
        o.insert(QStringLiteral("currency"), m_currency);
    return o;
}

Result<CommandResult> OpenShiftCommand::apply(WriteContext &ctx)
{
    auto open = ShiftRecord::openOn(ctx.db(), ctx.terminalId());
    if (!open)
        return open.error();
    if (*open) {
        const ShiftRecord &shift = **open;
        return fail(ErrorCode::InvalidState,
                    tr("Shift %1 is already open on terminal %2 (opened by %3 at %4); close it "
                       "first.")
                        .arg(shift.id)
                        .arg(ctx.terminalId(), shift.openedBy, shiftTimeText(shift.openedAt)),
                    QStringLiteral("shift"));
    }
    QString currency = m_currency;
    if (currency.isEmpty()) {
        auto fromCatalog = ShiftQueries::catalogCurrency(ctx.db());
        if (!fromCatalog)
            return fromCatalog.error();
        currency = *fromCatalog;
        if (currency.isEmpty())
            return fail(ErrorCode::MissingField,
                        tr("Name the drawer's currency: there is no event or card product to "
                           "take it from."),
                        QStringLiteral("currency"));
    }
    auto marks = ShiftMarks::now(ctx.db());
    if (!marks)
        return marks.error();
    auto id = ctx.insert(
        "INSERT INTO shifts(terminal, currency, float_amount, opened_at, opened_by, "
        "after_payment, after_refund, after_order, after_seq) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [&](SqliteStatement &s) {
            s.bind(1, ctx.terminalId()).bind(2, currency).bind(3, m_float).bind(4, ctx.now());
            s.bindOptional(5, ctx.actor()).bind(6, marks->payment).bind(7, marks->refund);
            s.bind(8, marks->order).bind(9, marks->seq);
        });
    if (!id)
        return id.error();
    return QJsonObject{{QStringLiteral("shift"), *id},
                       {QStringLiteral("terminal"), ctx.terminalId()},
                       {QStringLiteral("currency"), currency},
                       {QStringLiteral("float"), m_float},
                       {QStringLiteral("opened_at"), shiftTimeText(ctx.now())},
                       {QStringLiteral("opened_by"), ctx.actor()}};
}

// cash_movement

Result<std::unique_ptr<Command>> CashMovementCommand::fromJson(const QJsonObject &json)
{
    const JsonFields f(json);
    if (auto r = f.only({"kind", "amount", "reason"}); !r)
        return r.error();
    auto kind = f.string(QStringLiteral("kind"));
    if (!kind)
        return kind.error();
    if (*kind != QLatin1String("in") && *kind != QLatin1String("out"))
        return fail(ErrorCode::InvalidInput,
                    tr("The kind is \"in\" (cash put in) or \"out\" (cash taken out), not "
                       "\"%1\".")
                        .arg(*kind),
                    QStringLiteral("kind"));
    auto amount = f.positive(QStringLiteral("amount"));
    if (!amount)
        return amount.error();
    auto reason = trimmedText(f, QStringLiteral("reason"), kMaxReasonLength, true);
    if (!reason)
        return reason.error();
    return std::unique_ptr<Command>(
        new CashMovementCommand(*kind == QLatin1String("out"), *amount, *reason));
}

QJsonObject CashMovementCommand::toJson() const
{
    return QJsonObject{
        {QStringLiteral("kind"), m_out ? QStringLiteral("out") : QStringLiteral("in")},
        {QStringLiteral("amount"), m_amount},
        {QStringLiteral("reason"), m_reason}};
}

Result<CommandResult> CashMovementCommand::apply(WriteContext &ctx)
{
    auto shift =
        requireOpenShift(ctx, tr("No shift is open on terminal %1; open one before moving cash."));
    if (!shift)
        return shift.error();
    auto tally = DrawerLedger::tally(ctx.db(), *shift);
    if (!tally)
        return tally.error();
    const qint64 expected = tally->expected();
    if (m_out && m_amount > expected)
        return fail(ErrorCode::InvalidState,
                    tr("Only %1 is expected in the drawer; %2 cannot be taken out.")
                        .arg(Money{expected, shift->currency}.toString(),
                             Money{m_amount, shift->currency}.toString()),
                    QStringLiteral("amount"));
    const QString kind = m_out ? QStringLiteral("out") : QStringLiteral("in");
    auto id = ctx.insert("INSERT INTO cash_movements(shift_id, kind, amount, reason, actor, "
                         "created_at) VALUES(?, ?, ?, ?, ?, ?)",
                         [&](SqliteStatement &s) {
                             s.bind(1, shift->id).bind(2, kind).bind(3, m_amount);
                             s.bind(4, m_reason).bindOptional(5, ctx.actor()).bind(6, ctx.now());
                         });
    if (!id)
        return id.error();
    return QJsonObject{{QStringLiteral("movement"), *id},
                       {QStringLiteral("shift"), shift->id},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("amount"), m_amount},
                       {QStringLiteral("currency"), shift->currency},
                       {QStringLiteral("reason"), m_reason},
                       {QStringLiteral("expected"), expected + (m_out ? -m_amount : m_amount)}};
}

// close_shift

Result<std::unique_ptr<Command>> CloseShiftCommand::fromJson(const QJsonObject &json)
{
    const JsonFields f(json);
    if (auto r = f.only({"counted", "note"}); !r)
        return r.error();
    auto rows = f.array(QStringLiteral("counted"));
    if (!rows)
        return rows.error();
    auto counted = DrawerCount::fromJson(*rows, QStringLiteral("counted"));
    if (!counted)
        return counted.error();
    auto note = trimmedText(f, QStringLiteral("note"), kMaxNoteLength, false);
    if (!note)
        return note.error();
    return std::unique_ptr<Command>(new CloseShiftCommand(std::move(*counted), *note));
}

QJsonObject CloseShiftCommand::toJson() const
{
    QJsonObject o{{QStringLiteral("counted"), m_counted.toJson()}};
    if (!m_note.isEmpty())
        o.insert(QStringLiteral("note"), m_note);
    return o;
}

Result<CommandResult> CloseShiftCommand::apply(WriteContext &ctx)
{
    auto shift =
        requireOpenShift(ctx, tr("No shift is open on terminal %1; there is nothing to close."));
    if (!shift)
        return shift.error();
    auto tally = DrawerLedger::tally(ctx.db(), *shift);
    if (!tally)
        return tally.error();
    auto marks = ShiftMarks::now(ctx.db());
    if (!marks)
        return marks.error();
    const qint64 expected = tally->expected();
    const qint64 counted = m_counted.total();
    const qint64 difference = counted - expected;
    auto approver = differenceApprover(ctx, difference, shift->currency);
    if (!approver)
        return approver.error();
    const QByteArray countedJson = QJsonDocument(m_counted.toJson()).toJson(QJsonDocument::Compact);
    auto r =
        ctx.run("UPDATE shifts SET closed_at = ?, closed_by = ?, counted = ?, counted_total = ?, "
                "expected = ?, difference = ?, note = ?, until_payment = ?, until_refund = ?, "
                "until_order = ?, until_seq = ?, approved_by = ? WHERE id = ?",
                [&](SqliteStatement &s) {
                    s.bind(1, ctx.now()).bindOptional(2, ctx.actor()).bindText(3, countedJson);
                    s.bind(4, counted).bind(5, expected).bind(6, difference);
                    s.bindOptional(7, m_note.isEmpty() ? QString() : m_note);
                    s.bind(8, marks->payment).bind(9, marks->refund).bind(10, marks->order);
                    s.bind(11, marks->seq).bindOptional(12, *approver).bind(13, shift->id);
                });
    if (!r)
        return r.error();
    return QJsonObject{{QStringLiteral("shift"), shift->id},
                       {QStringLiteral("approved_by"), *approver},
                       {QStringLiteral("currency"), shift->currency},
                       {QStringLiteral("expected"), expected},
                       {QStringLiteral("counted"), counted},
                       {QStringLiteral("difference"), difference},
                       {QStringLiteral("over_short"), overShortName(difference)},
                       {QStringLiteral("closed_at"), shiftTimeText(ctx.now())}};
}

} // namespace tessera
