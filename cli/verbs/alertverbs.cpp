// SPDX-License-Identifier: GPL-3.0-or-later
// Verbs of the alerts: read the log and the rules, set a rule's threshold,
// acknowledge an alert under a name.

#include "verbs/alertverbs.h"

#include "alerts/alertstore.h"
#include "cli.h"
#include "clisession.h"
#include "verbarguments.h"

#include <QJsonArray>

#include <cmath>

namespace tessera {

namespace {

Result<QJsonObject> list(CliSession &session, const VerbArguments &args)
{
    auto since = args.nonNegative(QStringLiteral("since"), 0);
    if (!since)
        return since.error();
    auto db = session.reader();
    if (!db)
        return db.error();
    auto log =
        args.isSet(QStringLiteral("open")) ? AlertStore::open(**db) : AlertStore::log(**db, *since);
    if (!log)
        return log.error();
    QJsonArray alerts;
    for (const AlertRecord &a : *log)
        alerts.push_back(a.toJson());
    return QJsonObject{{QStringLiteral("alerts"), alerts}};
}

Result<QJsonObject> rules(CliSession &session, const VerbArguments &)
{
    auto db = session.reader();
    if (!db)
        return db.error();
    auto stored = AlertStore::rules(**db);
    if (!stored)
        return stored.error();
    QJsonArray out;
    for (const AlertRule &r : *stored) {
        QJsonObject json = r.toJson();
        json.insert(QStringLiteral("description"), r.describe());
        out.push_back(json);
    }
    return QJsonObject{{QStringLiteral("rules"), out}};
}

Result<QJsonObject> setRule(CliSession &session, const VerbArguments &args)
{
    QJsonObject json;
    auto id = args.positive(QStringLiteral("id"), 0);
    if (!id)
        return id.error();
    if (*id) {
        // An edit starts from the stored rule: only what is given changes.
        auto db = session.reader();
        if (!db)
            return db.error();
        auto stored = AlertStore::rules(**db);
        if (!stored)
            return stored.error();
        for (const AlertRule &r : *stored) {
            if (r.id == *id)
                json = r.toJson();
        }
        if (json.isEmpty())
            return fail(ErrorCode::NotFound, CliText::tr("There is no alert rule %1.").arg(*id),
                        QStringLiteral("--id"));
    }
    for (const char *name : {"kind", "code", "stock"}) {
        const QString option = QString::fromLatin1(name);
        if (args.isSet(option))
            json.insert(option, args.value(option).trimmed());
    }
    if (args.isSet(QStringLiteral("threshold"))) {
        bool ok = false;
        const double threshold = args.value(QStringLiteral("threshold")).toDouble(&ok);
        if (!ok || !std::isfinite(threshold))
            return fail(ErrorCode::InvalidInput,
                        CliText::tr("--threshold is a number, e.g. 80 or 2.5."),
                        QStringLiteral("--threshold"));
        json.insert(QStringLiteral("threshold"), threshold);
    }
    if (args.isSet(QStringLiteral("window"))) {
        auto window = args.positive(QStringLiteral("window"));
        if (!window)
            return window.error();
        json.insert(QStringLiteral("window_minutes"), *window);
    }
    if (args.isSet(QStringLiteral("event"))) {
        auto event = args.nonNegative(QStringLiteral("event"));
        if (!event)
            return event.error();
        json.insert(QStringLiteral("event"), *event);
    }
    if (args.isSet(QStringLiteral("disable")) && args.isSet(QStringLiteral("enable")))
        return fail(ErrorCode::InvalidInput, CliText::tr("Give --enable or --disable, not both."),
                    QStringLiteral("--disable"));
    if (args.isSet(QStringLiteral("disable")))
        json.insert(QStringLiteral("enabled"), false);
    if (args.isSet(QStringLiteral("enable")))
        json.insert(QStringLiteral("enabled"), true);
    if (!json.contains(QStringLiteral("kind")))
        return fail(ErrorCode::MissingField, CliText::tr("--kind is needed for a new rule."),
                    QStringLiteral("--kind"));
    if (!json.contains(QStringLiteral("threshold")))
        return fail(ErrorCode::MissingField, CliText::tr("--threshold is needed for a new rule."),
                    QStringLiteral("--threshold"));
    return session.execute(QStringLiteral("set_alert_rule"), json);
}

Result<QJsonObject> ack(CliSession &session, const VerbArguments &args)
{
    auto id = args.positionalId(0);
    if (!id)
        return id.error();
    auto name = args.required(QStringLiteral("name"));
    if (!name)
        return name.error();
    return session.execute(
        QStringLiteral("acknowledge_alert"),
        QJsonObject{{QStringLiteral("alert"), *id}, {QStringLiteral("name"), name->trimmed()}});
}

} // namespace

QList<Verb> alertVerbs()
{
    const QString group = QStringLiteral("alerts");
    return {
        {group,
         QStringLiteral("list"),
         {},
         CliText::tr("List the alerts that fired, with start and end times, peak value and who "
                     "acknowledged them."),
         {valueOption("since",
                      CliText::tr("Only alerts started from this time on (or still "
                                  "open), ms since the epoch."),
                      "MS"),
          QCommandLineOption(QStringLiteral("open"), CliText::tr("Only alerts still firing."))},
         &list,
         Permission::ViewReports},
        {group,
         QStringLiteral("rules"),
         {},
         CliText::tr("List the alert rules and their thresholds."),
         {},
         &rules,
         Permission::ViewReports},
        {group,
         QStringLiteral("set-rule"),
         {},
         CliText::tr("Add an alert rule, or change one with --id (ops, manager or admin)."),
         {valueOption("id", CliText::tr("The rule to change (default: a new rule)."), "ID"),
          valueOption("kind",
                      CliText::tr("payment_success_below, error_code_above, terminal_silent, "
                                  "backlog_above, stock_below or server_p99_above."),
                      "KIND"),
          valueOption(
              "threshold",
              CliText::tr("%, errors per minute, minutes, entries, tickets or ms, by kind."), "N"),
          valueOption("window",
                      CliText::tr("Minutes a share or a rate is taken over (default: 5)."), "MIN"),
          valueOption("code", CliText::tr("The error code an error_code_above rule counts."),
                      "CODE"),
          valueOption("event", CliText::tr("The event a stock_below rule watches (default: all)."),
                      "ID"),
          valueOption("stock",
                      CliText::tr("The category or GA quota a stock_below rule watches (default: "
                                  "all)."),
                      "NAME"),
          QCommandLineOption(QStringLiteral("disable"), CliText::tr("Switch the rule off.")),
          QCommandLineOption(QStringLiteral("enable"), CliText::tr("Switch the rule on again."))},
         &setRule},
        {group,
         QStringLiteral("ack"),
         {QStringLiteral("ALERT_ID")},
         CliText::tr("Acknowledge an alert under a name."),
         {valueOption("name", CliText::tr("Who acknowledges it."), "NAME")},
         &ack},
    };
}

} // namespace tessera
