// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "engine/command.h"
#include "setup/eventprices.h"

#include <QList>

#include <optional>

namespace tessera {

// Changes an event after it was created: its name, times, sale window and
// prices (of existing seat categories, ticket types and GA quotas). Only the
// fields given change; a time given as "" clears an optional one. Everything
// is checked before anything is written, and a cancelled event is refused.
class EditEventCommand final : public Command
{
public:
    Q_DECLARE_TR_FUNCTIONS(tessera::EditEventCommand)

public:
    using Price = EventPrice; // for GA prices, the category is the quota's name
    struct Input
    {
        qint64 eventId = 0;
        std::optional<QString> name;
        std::optional<qint64> startsAt;
        std::optional<qint64> endsAt; // 0 clears
        std::optional<qint64> saleStartsAt;
        std::optional<qint64> saleEndsAt;
        QList<Price> prices;
        QList<Price> gaPrices;
    };

    explicit EditEventCommand(Input input)
        : m_in(std::move(input))
    {}
    static Result<std::unique_ptr<Command>> fromJson(const QJsonObject &json);

    QString kind() const override { return QStringLiteral("edit_event"); }
    bool authorsCatalog() const override { return true; }
    QJsonObject toJson() const override;
    std::optional<Permission> requiredPermission() const override
    {
        return Permission::ManageEvents;
    }
    QString auditAction() const override { return QStringLiteral("event_change"); }
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    Input m_in;
};

} // namespace tessera
