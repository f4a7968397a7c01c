// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tessera {

// What an alert rule watches. The stable names ("payment_success_below") are
// stored, journalled and typed in the CLI.
enum class AlertKind : int {
    PaymentSuccessBelow, // approved / attempts, in %, over the window
    ErrorCodeAbove,      // failed payments with `code`, per minute over the window
    TerminalSilent,      // minutes since a terminal was last heard of
    BacklogAbove,        // journal entries not yet at the server
    StockBelow,          // tickets left of an event's category or quota
    ServerP99Above,      // the server's p99 request latency, ms
};

QString alertKindName(AlertKind kind);
std::optional<AlertKind> alertKindFromName(const QString &name);
QList<AlertKind> allAlertKinds();
// True for the kinds that fire when the value falls under the threshold
// (the peak of such an alert is its lowest value).
bool alertFiresBelow(AlertKind kind);

// One threshold an ops manager set. `code` is the error code of
// error_code_above; `eventId` and `stock` narrow stock_below (0 / empty:
// every event / every category); `windowMinutes` is the span a rate or a
// share is taken over (payment_success_below, error_code_above) and the
// silence of terminal_silent is `threshold` minutes.
struct AlertRule
{
    Q_DECLARE_TR_FUNCTIONS(tessera::AlertRule)

public:
    static constexpr int kMaxWindowMinutes = 24 * 60;

    qint64 id = 0; // 0: not stored yet
    AlertKind kind = AlertKind::PaymentSuccessBelow;
    double threshold = 0;
    int windowMinutes = 5;
    QString code;
    qint64 eventId = 0;
    QString stock;
    bool enabled = true;

    // A rule from its JSON (as set_alert_rule and the CLI take it); every
    // bad field is refused naming it.
    static Result<AlertRule> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    // The rule in words for the banner, the dialog and the report:
    // "Payment success below 80 % over 5 min".
    QString describe() const;
    // The value in the rule's unit: "72.5 %", "3.0/min", "12 min", "40".
    QString formatValue(double value) const;
};

} // namespace tessera
