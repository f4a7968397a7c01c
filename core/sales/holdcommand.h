// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/command.h"
#include "sales/salelines.h"

namespace tessera {

// Reserves seats, GA tickets and card keys for a while; what is not sold by
// the expiry comes back on sale by itself.
class HoldCommand final : public Command
{
public:
    static constexpr qint64 kDefaultTtlSeconds = 600;

    HoldCommand(qint64 eventId, QList<SaleLine> lines, qint64 ttlSeconds = kDefaultTtlSeconds);
    static Result<std::unique_ptr<Command>> fromJson(const QJsonObject &json);

    QString kind() const override { return QStringLiteral("hold"); }
    QJsonObject toJson() const override;
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    qint64 m_eventId;
    QList<SaleLine> m_lines;
    qint64 m_ttlSeconds;
};

// Gives a hold's inventory back before it expires.
class ReleaseHoldCommand final : public Command
{
public:
    explicit ReleaseHoldCommand(qint64 holdId)
        : m_holdId(holdId)
    {}
    static Result<std::unique_ptr<Command>> fromJson(const QJsonObject &json);

    QString kind() const override { return QStringLiteral("release_hold"); }
    QJsonObject toJson() const override;
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    qint64 m_holdId;
};

} // namespace tessera
