// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/commandfactory.h"

#include "alerts/alertcommands.h"

#include "sales/cardkeycommands.h"
#include "sales/exchangecommand.h"
#include "sales/holdcommand.h"
#include "sales/ordercommands.h"
#include "sales/pendingorderwait.h"
#include "sales/redeemcommand.h"
#include "sales/refundcommand.h"
#include "sales/sellcommand.h"
#include "sales/settlepaymentcommand.h"
#include "setup/boxofficetimezone.h"

#include "setup/canceleventcommand.h"
#include "setup/cardproductcommands.h"
#include "setup/createeventcommand.h"
#include "setup/createvenuecommand.h"
#include "setup/editeventcommand.h"
#include "setup/rotatedatakeycommand.h"
#include "shift/shiftcommands.h"
#include "shift/shiftpolicy.h"
#include "staff/staffcommands.h"

#include <QCoreApplication>

namespace tessera {

namespace {

using Parser = Result<std::unique_ptr<Command>> (*)(const QJsonObject &);

struct Entry
{
    const char *kind;
    Parser parse;
};

constexpr Entry kEntries[] = {
    {"create_venue", &CreateVenueCommand::fromJson},
    {"create_event", &CreateEventCommand::fromJson},
    {"edit_event", &EditEventCommand::fromJson},
    {"cancel_event", &CancelEventCommand::fromJson},
    {"create_card_product", &CreateCardProductCommand::fromJson},
    {"import_card_codes", &ImportCardCodesCommand::fromJson},
    {"hold", &HoldCommand::fromJson},
    {"release_hold", &ReleaseHoldCommand::fromJson},
    {"sell", &SellCommand::fromJson},
    {"add_payment", &AddPaymentCommand::fromJson},
    {"settle_payment", &SettlePaymentCommand::fromJson},
    {"cancel_order", &CancelOrderCommand::fromJson},
    {"set_pending_order_wait", &SetPendingOrderWaitCommand::fromJson},
    {"set_box_office_timezone", &SetBoxOfficeTimeZoneCommand::fromJson},
    {"refund", &RefundCommand::fromJson},
    {"exchange_seat", &ExchangeSeatCommand::fromJson},
    {"redeem", &RedeemCommand::fromJson},
    {"deliver_card_keys", &ShowCardKeysCommand::fromJson},
    {"reveal_card_keys", &ShowCardKeysCommand::fromJson},
    {"create_user", &CreateUserCommand::fromJson},
    {"update_user", &UpdateUserCommand::fromJson},
    {"record_login", &RecordLoginCommand::fromJson},
    {"rotate_data_key", &RotateDataKeyCommand::fromJson},
    {"open_shift", &OpenShiftCommand::fromJson},
    {"cash_movement", &CashMovementCommand::fromJson},
    {"close_shift", &CloseShiftCommand::fromJson},
    {"set_shift_policy", &SetShiftPolicyCommand::fromJson},
    {"set_alert_rule", &SetAlertRuleCommand::fromJson},
    {"record_alerts", &RecordAlertsCommand::fromJson},
    {"acknowledge_alert", &AcknowledgeAlertCommand::fromJson},
};

} // namespace

Result<std::unique_ptr<Command>> CommandFactory::fromJson(const QString &kind,
                                                          const QJsonObject &json)
{
    for (const Entry &entry : kEntries) {
        if (kind == QLatin1String(entry.kind))
            return entry.parse(json);
    }
    return fail(ErrorCode::InvalidInput,
                QCoreApplication::translate("tessera::CommandFactory",
                                            "Unknown command \"%1\"; known commands: %2.")
                    .arg(kind, kinds().join(QStringLiteral(", "))),
                QStringLiteral("kind"));
}

QStringList CommandFactory::kinds()
{
    QStringList out;
    for (const Entry &entry : kEntries)
        out.push_back(QString::fromLatin1(entry.kind));
    return out;
}

} // namespace tessera
