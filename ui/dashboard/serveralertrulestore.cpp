// SPDX-License-Identifier: GPL-3.0-or-later
#include "serveralertrulestore.h"

#include "serverclient.h"

#include <QJsonArray>
#include <QPointer>
#include <QThreadPool>

namespace tessera {

namespace {

// Runs `call` on the pool and hands its answer to `deliver` on `receiver`'s
// thread, unless `receiver` is gone by then.
template<typename T>
void offThread(QObject *receiver, std::function<Result<T>()> call,
               std::function<void(Result<T>)> deliver)
{
    const QPointer<QObject> guard(receiver);
    QThreadPool::globalInstance()->start([guard, call, deliver] {
        Result<T> answer = call();
        if (!guard)
            return;
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, answer, deliver] {
                if (guard)
                    deliver(answer);
            },
            Qt::QueuedConnection);
    });
}

} // namespace

QString ServerAlertRuleStore::place() const
{
    return tr("the server %1").arg(m_link.address.host());
}

void ServerAlertRuleStore::load(QObject *receiver, Loaded done)
{
    const ServerLink link = m_link;
    const QString user = m_user, pin = m_pin;
    offThread<QList<AlertRule>>(
        receiver,
        [link, user, pin]() -> Result<QList<AlertRule>> {
            ServerClient client(link.address, link.ca);
            client.useStaffCredentials(user, pin);
            auto answer = client.get(QStringLiteral("/v1/alerts?hours=1"));
            if (!answer)
                return answer.error();
            QList<AlertRule> rules;
            const QJsonArray list = answer->value(QLatin1String("rules")).toArray();
            for (const QJsonValue &v : list) {
                QJsonObject json = v.toObject();
                json.remove(QStringLiteral("description")); // the server's words, for people
                auto rule = AlertRule::fromJson(json);
                if (!rule)
                    return rule.error();
                rules.push_back(*rule);
            }
            return rules;
        },
        std::move(done));
}

void ServerAlertRuleStore::save(const AlertRule &rule, QObject *receiver, Saved done)
{
    const ServerLink link = m_link;
    const QString user = m_user, pin = m_pin;
    const QJsonObject body = rule.toJson();
    offThread<qint64>(
        receiver,
        [link, user, pin, body]() -> Result<qint64> {
            ServerClient client(link.address, link.ca);
            client.useStaffCredentials(user, pin);
            auto answer = client.post(QStringLiteral("/v1/alert-rules"), body);
            if (!answer)
                return answer.error();
            return answer->value(QLatin1String("id")).toInteger();
        },
        std::move(done));
}

} // namespace tessera
