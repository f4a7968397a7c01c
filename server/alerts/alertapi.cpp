// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerts/alertapi.h"

#include "alerts/alertcommands.h"
#include "alerts/alertstore.h"
#include "engine/engine.h"

#include <QJsonArray>
#include <QUrlQuery>
#include <QUuid>

namespace tessera {

namespace {

constexpr qint64 kHourMs = 3600 * 1000;

Result<QJsonObject> run(Engine &engine, Result<std::unique_ptr<Command>> command,
                        const QString &actor, const QString &key)
{
    if (!command)
        return command.error();
    const QString idem = key.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : key;
    CommandOutcome outcome = engine.execute(CommandRequest(std::move(*command), idem, actor));
    if (!outcome.result)
        return outcome.result.error();
    return outcome.result.value();
}

} // namespace

Result<QJsonObject> AlertApi::list(SqliteDb &reader, const QUrlQuery &query, qint64 nowMs)
{
    int hours = kDefaultHours;
    if (query.hasQueryItem(QStringLiteral("hours"))) {
        const QString given = query.queryItemValue(QStringLiteral("hours"));
        bool ok = false;
        hours = given.toInt(&ok);
        if (!ok || hours < 1 || hours > kMaxHours)
            return fail(ErrorCode::InvalidInput,
                        tr("hours takes a whole number of hours from 1 to %1, not \"%2\".")
                            .arg(kMaxHours)
                            .arg(given),
                        QStringLiteral("hours"));
    }
    auto log = AlertStore::log(reader, nowMs - hours * kHourMs);
    if (!log)
        return log.error();
    auto rules = AlertStore::rules(reader);
    if (!rules)
        return rules.error();
    QJsonArray alerts;
    for (const AlertRecord &a : *log)
        alerts.push_back(a.toJson());
    QJsonArray ruleList;
    for (const AlertRule &r : *rules) {
        QJsonObject rule = r.toJson();
        rule.insert(QStringLiteral("description"), r.describe());
        ruleList.push_back(rule);
    }
    return QJsonObject{{QStringLiteral("alerts"), alerts}, {QStringLiteral("rules"), ruleList}};
}

Result<QJsonObject> AlertApi::acknowledge(Engine &engine, const QString &actor,
                                          const QJsonObject &body, const QString &key)
{
    return run(engine, AcknowledgeAlertCommand::fromJson(body), actor, key);
}

Result<QJsonObject> AlertApi::setRule(Engine &engine, const QString &actor, const QJsonObject &body,
                                      const QString &key)
{
    return run(engine, SetAlertRuleCommand::fromJson(body), actor, key);
}

} // namespace tessera
