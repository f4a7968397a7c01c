// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "engine/command.h"

#include <QList>

namespace tessera {

// Refunds some or all active lines of a paid order, with a reason. Seats and
// GA tickets go back on sale; delivered card keys are voided.
class RefundCommand final : public Command
{
public:
    Q_DECLARE_TR_FUNCTIONS(tessera::RefundCommand)

public:
    RefundCommand(qint64 orderId, QList<qint64> lineIds, QString reason)
        : m_orderId(orderId)
        , m_lineIds(std::move(lineIds))
        , m_reason(std::move(reason))
    {}
    static Result<std::unique_ptr<Command>> fromJson(const QJsonObject &json);

    QString kind() const override { return QStringLiteral("refund"); }
    QJsonObject toJson() const override;
    std::optional<Permission> requiredPermission() const override { return Permission::Refund; }
    QString auditAction() const override { return QStringLiteral("refund"); }
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    qint64 m_orderId;
    QList<qint64> m_lineIds; // empty: every active line
    QString m_reason;
};

} // namespace tessera
