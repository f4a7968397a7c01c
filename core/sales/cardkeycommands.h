// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/command.h"

#include <QCoreApplication>

namespace tessera {

// Shows a paid order's card keys. The first showing is the delivery to the
// buyer at the till (any seller may do it, once); every later showing is a
// reveal that needs leave and goes to the audit log. The answer only says
// which lines may be read; the keys themselves are decrypted by the caller
// (OrderQueries::cardCodes) and never enter the journal.
class ShowCardKeysCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(tessera::ShowCardKeysCommand)

public:
    enum class Mode { Delivery, Reveal };

    ShowCardKeysCommand(qint64 orderId, Mode mode, QString reason)
        : m_orderId(orderId)
        , m_mode(mode)
        , m_reason(std::move(reason))
    {}
    static Result<std::unique_ptr<Command>> fromJson(const QJsonObject &json);

    QString kind() const override
    {
        return m_mode == Mode::Delivery ? QStringLiteral("deliver_card_keys")
                                        : QStringLiteral("reveal_card_keys");
    }
    QJsonObject toJson() const override;
    std::optional<Permission> requiredPermission() const override
    {
        return m_mode == Mode::Delivery ? Permission::Sell : Permission::RevealCardKeys;
    }
    QString auditAction() const override;
    Result<CommandResult> apply(WriteContext &ctx) override;

private:
    qint64 m_orderId;
    Mode m_mode;
    QString m_reason;
};

} // namespace tessera
