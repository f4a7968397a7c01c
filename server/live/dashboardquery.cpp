// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/dashboardquery.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>

namespace tessera {

namespace {

const QStringList &knownKeys()
{
    static const QStringList keys{QStringLiteral("from"),    QStringLiteral("to"),
                                  QStringLiteral("last_s"),  QStringLiteral("event"),
                                  QStringLiteral("venue"),   QStringLiteral("channel"),
                                  QStringLiteral("terminal")};
    return keys;
}

Result<qint64> timeOf(const QString &key, const QString &text)
{
    bool ok = false;
    const qint64 ms = text.toLongLong(&ok);
    if (ok && ms >= 0)
        return ms;
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (at.isValid())
        return at.toMSecsSinceEpoch();
    return fail(ErrorCode::InvalidInput,
                DashboardQuery::tr("%1 takes milliseconds since 1970 or an ISO 8601 time "
                                   "(2026-12-03T18:00:00Z), not \"%2\".")
                    .arg(key, text),
                key);
}

} // namespace

Result<DashboardFilter> DashboardQuery::fromUrlQuery(const QUrlQuery &query)
{
    QHash<QString, QString> values;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        values.insert(key, value);
    return parse(values);
}

Result<DashboardFilter> DashboardQuery::fromJson(const QJsonObject &json)
{
    QHash<QString, QString> values;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QJsonValue v = it.value();
        if (v.isNull())
            continue;
        if (v.isDouble())
            values.insert(it.key(), QString::number(v.toInteger()));
        else if (v.isString())
            values.insert(it.key(), v.toString());
        else
            return fail(ErrorCode::InvalidInput,
                        tr("%1 takes a number or a text, not an array or an object.").arg(it.key()),
                        it.key());
    }
    return parse(values);
}

Result<DashboardFilter> DashboardQuery::parse(const QHash<QString, QString> &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!knownKeys().contains(it.key()))
            return fail(ErrorCode::InvalidInput,
                        tr("A dashboard takes from, to, last_s, event, venue, channel and "
                           "terminal; not \"%1\".")
                            .arg(it.key()),
                        it.key());
    }
    DashboardFilter filter;
    if (values.contains(QStringLiteral("from"))) {
        auto from = timeOf(QStringLiteral("from"), values.value(QStringLiteral("from")));
        if (!from)
            return from.error();
        filter.fromMs = *from;
    }
    if (values.contains(QStringLiteral("to"))) {
        auto to = timeOf(QStringLiteral("to"), values.value(QStringLiteral("to")));
        if (!to)
            return to.error();
        filter.toMs = *to;
        if (filter.toMs <= filter.fromMs)
            return fail(ErrorCode::InvalidInput, tr("to must come after from."),
                        QStringLiteral("to"));
    }
    if (values.contains(QStringLiteral("last_s"))) {
        // A window that moves with the clock: the last N seconds, whenever
        // the figures are computed (a live dashboard's "last 15 minutes").
        bool ok = false;
        const qint64 seconds = values.value(QStringLiteral("last_s")).toLongLong(&ok);
        if (!ok || seconds <= 0 || seconds > 31LL * 24 * 3600)
            return fail(ErrorCode::InvalidInput,
                        tr("last_s takes a number of seconds from 1 to 31 days, not \"%1\".")
                            .arg(values.value(QStringLiteral("last_s"))),
                        QStringLiteral("last_s"));
        if (values.contains(QStringLiteral("from")) || values.contains(QStringLiteral("to")))
            return fail(ErrorCode::InvalidInput,
                        tr("last_s is a range of its own: give it without from and to."),
                        QStringLiteral("last_s"));
        filter.windowMs = seconds * 1000;
    }
    if (values.contains(QStringLiteral("event"))) {
        bool ok = false;
        filter.eventId = values.value(QStringLiteral("event")).toLongLong(&ok);
        if (!ok || filter.eventId < 0)
            return fail(ErrorCode::InvalidInput,
                        tr("event takes an event's id (a number), not \"%1\".")
                            .arg(values.value(QStringLiteral("event"))),
                        QStringLiteral("event"));
    }
    if (values.contains(QStringLiteral("venue"))) {
        bool ok = false;
        filter.venueId = values.value(QStringLiteral("venue")).toLongLong(&ok);
        if (!ok || filter.venueId < 0)
            return fail(ErrorCode::InvalidInput,
                        tr("venue takes a venue's id (a number), not \"%1\".")
                            .arg(values.value(QStringLiteral("venue"))),
                        QStringLiteral("venue"));
    }
    filter.channel = values.value(QStringLiteral("channel"));
    static const QStringList channels{QStringLiteral("counter"), QStringLiteral("online"),
                                      QStringLiteral("phone")};
    if (!filter.channel.isEmpty() && !channels.contains(filter.channel))
        return fail(ErrorCode::InvalidInput,
                    tr("channel takes counter, online or phone, not \"%1\".").arg(filter.channel),
                    QStringLiteral("channel"));
    filter.terminal = values.value(QStringLiteral("terminal"));
    return filter;
}

QJsonObject DashboardQuery::toJson(const DashboardFilter &filter)
{
    QJsonObject o;
    if (filter.windowMs > 0)
        o.insert(QStringLiteral("last_s"), filter.windowMs / 1000);
    else if (filter.fromMs > 0)
        o.insert(QStringLiteral("from"), filter.fromMs);
    if (filter.toMs > 0)
        o.insert(QStringLiteral("to"), filter.toMs);
    if (filter.eventId > 0)
        o.insert(QStringLiteral("event"), filter.eventId);
    if (filter.venueId > 0)
        o.insert(QStringLiteral("venue"), filter.venueId);
    if (!filter.channel.isEmpty())
        o.insert(QStringLiteral("channel"), filter.channel);
    if (!filter.terminal.isEmpty())
        o.insert(QStringLiteral("terminal"), filter.terminal);
    return o;
}

} // namespace tessera
