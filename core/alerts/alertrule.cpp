// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerts/alertrule.h"

#include "common/jsonfields.h"

#include <cmath>

namespace tessera {

namespace {

struct KindName
{
    AlertKind kind;
    const char *name;
};

constexpr KindName kKindNames[] = {
    {AlertKind::PaymentSuccessBelow, "payment_success_below"},
    {AlertKind::ErrorCodeAbove, "error_code_above"},
    {AlertKind::TerminalSilent, "terminal_silent"},
    {AlertKind::BacklogAbove, "backlog_above"},
    {AlertKind::StockBelow, "stock_below"},
    {AlertKind::ServerP99Above, "server_p99_above"},
};

QString number(double value)
{
    return std::abs(value - std::round(value)) < 1e-9 ? QString::number(qint64(std::round(value)))
                                                      : QString::number(value, 'f', 1);
}

} // namespace

QString alertKindName(AlertKind kind)
{
    for (const KindName &k : kKindNames) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return QStringLiteral("unknown");
}

std::optional<AlertKind> alertKindFromName(const QString &name)
{
    for (const KindName &k : kKindNames) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

QList<AlertKind> allAlertKinds()
{
    QList<AlertKind> out;
    for (const KindName &k : kKindNames)
        out.push_back(k.kind);
    return out;
}

bool alertFiresBelow(AlertKind kind)
{
    return kind == AlertKind::PaymentSuccessBelow || kind == AlertKind::StockBelow;
}

Result<AlertRule> AlertRule::fromJson(const QJsonObject &json)
{
    const JsonFields f(json);
    if (auto r = f.only(
            {"id", "kind", "threshold", "window_minutes", "code", "event", "stock", "enabled"});
        !r)
        return r.error();
    AlertRule rule;
    auto id = f.optionalInteger(QStringLiteral("id"), 0);
    if (!id)
        return id.error();
    if (*id < 0)
        return fail(ErrorCode::InvalidInput,
                    tr("A rule's id is a positive number (0 or none: a new rule)."),
                    QStringLiteral("id"));
    rule.id = *id;
    auto kindName = f.string(QStringLiteral("kind"));
    if (!kindName)
        return kindName.error();
    const auto kind = alertKindFromName(*kindName);
    if (!kind) {
        QStringList names;
        for (AlertKind k : allAlertKinds())
            names.push_back(alertKindName(k));
        return fail(ErrorCode::InvalidInput,
                    tr("Unknown alert kind \"%1\"; known kinds: %2.")
                        .arg(*kindName, names.join(QStringLiteral(", "))),
                    QStringLiteral("kind"));
    }
    rule.kind = *kind;
    const QJsonValue threshold = json.value(QStringLiteral("threshold"));
    if (!threshold.isDouble() || !std::isfinite(threshold.toDouble()) || threshold.toDouble() < 0)
        return fail(ErrorCode::InvalidInput, tr("The threshold is a number of 0 or more."),
                    QStringLiteral("threshold"));
    rule.threshold = threshold.toDouble();
    if (rule.kind == AlertKind::PaymentSuccessBelow && rule.threshold > 100)
        return fail(ErrorCode::InvalidInput, tr("Payment success is a share of 0 to 100 %."),
                    QStringLiteral("threshold"));
    auto window = f.optionalInteger(QStringLiteral("window_minutes"), 5);
    if (!window)
        return window.error();
    if (*window < 1 || *window > kMaxWindowMinutes)
        return fail(ErrorCode::InvalidInput,
                    tr("The window is 1 to %1 minutes.").arg(kMaxWindowMinutes),
                    QStringLiteral("window_minutes"));
    rule.windowMinutes = int(*window);
    auto code = f.optionalString(QStringLiteral("code"));
    if (!code)
        return code.error();
    rule.code = code->trimmed();
    if (rule.kind == AlertKind::ErrorCodeAbove && rule.code.isEmpty())
        return fail(ErrorCode::MissingField,
                    tr("An error-code rule names the error code it counts (e.g. timeout)."),
                    QStringLiteral("code"));
    if (rule.kind != AlertKind::ErrorCodeAbove)
        rule.code.clear();
    auto event = f.optionalInteger(QStringLiteral("event"), 0);
    if (!event)
        return event.error();
    if (*event < 0)
        return fail(ErrorCode::InvalidInput, tr("The event is an event's id (0: every event)."),
                    QStringLiteral("event"));
    auto stock = f.optionalString(QStringLiteral("stock"));
    if (!stock)
        return stock.error();
    if (rule.kind == AlertKind::StockBelow) {
        rule.eventId = *event;
        rule.stock = stock->trimmed();
    }
    const QJsonValue enabled = json.value(QStringLiteral("enabled"));
    if (!enabled.isUndefined() && !enabled.isBool())
        return fail(ErrorCode::InvalidInput, tr("Enabled is true or false."),
                    QStringLiteral("enabled"));
    rule.enabled = enabled.toBool(true);
    return rule;
}

QJsonObject AlertRule::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), alertKindName(kind)},
                     {QStringLiteral("threshold"), threshold},
                     {QStringLiteral("window_minutes"), windowMinutes},
                     {QStringLiteral("enabled"), enabled}};
    if (id)
        json.insert(QStringLiteral("id"), id);
    if (!code.isEmpty())
        json.insert(QStringLiteral("code"), code);
    if (eventId)
        json.insert(QStringLiteral("event"), eventId);
    if (!stock.isEmpty())
        json.insert(QStringLiteral("stock"), stock);
    return json;
}

QString AlertRule::describe() const
{
    switch (kind) {
    case AlertKind::PaymentSuccessBelow:
        return tr("Payment success below %1 % over %2 min")
            .arg(number(threshold))
            .arg(windowMinutes);
    case AlertKind::ErrorCodeAbove:
        return tr("Error %1 above %2 per minute over %3 min")
            .arg(code, number(threshold))
            .arg(windowMinutes);
    case AlertKind::TerminalSilent:
        return tr("A terminal silent for %1 min").arg(number(threshold));
    case AlertKind::BacklogAbove:
        return tr("Sync backlog above %1 entries").arg(number(threshold));
    case AlertKind::StockBelow: {
        const QString what = stock.isEmpty() ? tr("any category") : stock;
        return eventId ? tr("Stock of %1 (event %2) below %3")
                             .arg(what)
                             .arg(eventId)
                             .arg(number(threshold))
                       : tr("Stock of %1 below %2").arg(what, number(threshold));
    }
    case AlertKind::ServerP99Above:
        return tr("Server p99 above %1 ms").arg(number(threshold));
    }
    return {};
}

QString AlertRule::formatValue(double value) const
{
    switch (kind) {
    case AlertKind::PaymentSuccessBelow:
        return tr("%1 %").arg(number(value));
    case AlertKind::ErrorCodeAbove:
        return tr("%1/min").arg(number(value));
    case AlertKind::TerminalSilent:
        return tr("%1 min").arg(number(value));
    case AlertKind::ServerP99Above:
        return tr("%1 ms").arg(number(value));
    case AlertKind::BacklogAbove:
    case AlertKind::StockBelow:
        break;
    }
    return number(value);
}

} // namespace tessera
