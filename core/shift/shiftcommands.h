// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "engine/command.h"
#include "shift/drawercount.h"

namespace tessera {

// Opens a cash-drawer shift on this terminal with a float (the change the
// drawer starts with). Refused while the terminal has a shift open. Without a
// currency, the shift takes the currency of the newest event (else card
// product). Which payments need an open shift is the box office's rule
// (shift/shiftpolicy.h; cash by default).
class OpenShiftCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tessera::OpenShiftCommand)

public:
    OpenShiftCommand(qint64 floatAmount, QString currency)
        : m_float(floatAmount)
        , m_currency(std::move(currency))
    {}
    static Result<std::unique_ptr<Command>> fromJson(const QJsonObject &json);

    QString kind() const override { return QStringLiteral("open_shift"); }
    QJsonObject toJson() const override;
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    qint64 m_float;
    QString m_currency; // empty: from the catalog
};

// Cash put into ("in": more change) or taken out of ("out": a bank drop) the
// open shift's drawer, with a reason. A cash-out larger than the cash expected
// in the drawer is refused.
class CashMovementCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tessera::CashMovementCommand)

public:
    static constexpr int kMaxReasonLength = 200;

    CashMovementCommand(bool out, qint64 amount, QString reason)
        : m_out(out)
        , m_amount(amount)
        , m_reason(std::move(reason))
    {}
    static Result<std::unique_ptr<Command>> fromJson(const QJsonObject &json);

    QString kind() const override { return QStringLiteral("cash_movement"); }
    QJsonObject toJson() const override;
    QString auditAction() const override { return QStringLiteral("cash_movement"); }
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    bool m_out;
    qint64 m_amount;
    QString m_reason;
};

// Closes the open shift with the drawer counted per denomination and answers
// what was expected, what was counted and the difference (over or short).
// A difference needs a supervisor's approval (`override_required` without
// it): the closing supervisor's own, or the one the request names
// (CommandRequest::overrideBy), recorded as the shift's approved_by.
class CloseShiftCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tessera::CloseShiftCommand)

public:
    static constexpr int kMaxNoteLength = 500;

    CloseShiftCommand(DrawerCount counted, QString note)
        : m_counted(std::move(counted))
        , m_note(std::move(note))
    {}
    static Result<std::unique_ptr<Command>> fromJson(const QJsonObject &json);

    QString kind() const override { return QStringLiteral("close_shift"); }
    QJsonObject toJson() const override;
    QString auditAction() const override { return QStringLiteral("shift_close"); }
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    DrawerCount m_counted;
    QString m_note;
};

// "balanced", "over" or "short" for counted - expected.
QString overShortName(qint64 difference);

} // namespace tessera
