// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "engine/command.h"
#include "setup/eventprices.h"

#include <QList>

namespace tessera {

// Creates a dated performance at a venue: ticket types, a price per seat
// category and ticket type, GA quotas with their prices, and a sale window.
// Every seat of the venue goes on sale for it.
class CreateEventCommand final : public Command
{
public:
    Q_DECLARE_TR_FUNCTIONS(tessera::CreateEventCommand)

public:
    struct TicketType
    {
        QString code;
        QString name;
    };
    using Price = EventPrice; // the category is empty for a quota's own GA prices
    struct Quota
    {
        QString name;
        qint64 capacity = 0;
        QList<Price> prices;
    };
    struct Input
    {
        qint64 venueId = 0;
        QString name;
        qint64 startsAt = 0;
        qint64 endsAt = 0;
        qint64 saleStartsAt = 0;
        qint64 saleEndsAt = 0;
        QString currency;
        QList<TicketType> ticketTypes;
        QList<Price> prices;
        QList<Quota> quotas;
    };

    explicit CreateEventCommand(Input input)
        : m_in(std::move(input))
    {}
    static Result<std::unique_ptr<Command>> fromJson(const QJsonObject &json);

    QString kind() const override { return QStringLiteral("create_event"); }
    bool authorsCatalog() const override { return true; }
    QJsonObject toJson() const override;
    std::optional<Permission> requiredPermission() const override
    {
        return Permission::ManageEvents;
    }
    QString auditAction() const override { return QStringLiteral("price_change"); }
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    Input m_in;
};

} // namespace tessera
