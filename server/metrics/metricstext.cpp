// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/metricstext.h"

#include <QDateTime>

#include <functional>
#include <string_view>
#include <tuple>

namespace tessera {

namespace {

struct Family
{
    const char *name;
    const char *type;
    const char *help;
};

void header(QString &out, const Family &f)
{
    out += QStringLiteral("# HELP %1 %2\n# TYPE %1 %3\n")
               .arg(QLatin1String(f.name), QLatin1String(f.help), QLatin1String(f.type));
}

} // namespace

QString MetricsText::label(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    v.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return v;
}

QString MetricsText::render(const QJsonObject &totals, const QJsonArray &terminals,
                            const QString &requests, qint64 nowMs)
{
    QString out;
    // Per event and terminal, from the terminals' shipped journals.
    const Family counts[] = {
        {"tessera_orders", "gauge", "Orders the terminals recorded (cancelled ones included)."},
        {"tessera_orders_cancelled", "gauge", "Orders cancelled."},
        {"tessera_tickets_sold", "gauge", "Tickets sold and still valid."},
        {"tessera_tickets_refunded", "gauge", "Tickets refunded."},
        {"tessera_tickets_redeemed", "gauge", "Tickets let in (first entries only)."},
    };
    const char *keys[] = {"orders", "cancelled_orders", "sold", "refunded", "redeemed"};
    const QJsonArray events = totals.value(QLatin1String("events")).toArray();
    auto each = [&](const std::function<void(const QJsonObject &event, const QJsonObject &row,
                                             const QString &labels)> &sample) {
        for (const QJsonValue &e : events) {
            const QJsonObject event = e.toObject();
            for (const QJsonValue &t : event.value(QLatin1String("terminals")).toArray()) {
                const QJsonObject row = t.toObject();
                sample(event, row,
                       QStringLiteral("event=\"%1\",terminal=\"%2\"")
                           .arg(event.value(QLatin1String("event")).toInteger())
                           .arg(label(row.value(QLatin1String("terminal")).toString())));
            }
        }
    };
    for (size_t i = 0; i < std::size(counts); ++i) {
        header(out, counts[i]);
        each([&](const QJsonObject &, const QJsonObject &row, const QString &labels) {
            out += QStringLiteral("%1{%2} %3\n")
                       .arg(QLatin1String(counts[i].name), labels)
                       .arg(row.value(QLatin1String(keys[i])).toInteger());
        });
    }
    header(out, {"tessera_revenue_taken_minor", "gauge",
                 "Approved payments by method, in the currency's minor units."});
    each([&](const QJsonObject &event, const QJsonObject &row, const QString &labels) {
        const QJsonObject methods = row.value(QLatin1String("revenue"))
                                        .toObject()
                                        .value(QLatin1String("by_method"))
                                        .toObject();
        for (auto it = methods.begin(); it != methods.end(); ++it)
            out += QStringLiteral("tessera_revenue_taken_minor{%1,currency=\"%2\",method=\"%3\"} "
                                  "%4\n")
                       .arg(labels, label(event.value(QLatin1String("currency")).toString()),
                            label(it.key()))
                       .arg(it.value().toInteger());
    });
    for (const auto &[name, key, help] :
         {std::tuple{"tessera_revenue_refunded_minor", "refunded", "Money paid back."},
          std::tuple{"tessera_revenue_net_minor", "net", "Taken less paid back."}}) {
        header(out, {name, "gauge", help});
        each([&](const QJsonObject &event, const QJsonObject &row, const QString &labels) {
            out += QStringLiteral("%1{%2,currency=\"%3\"} %4\n")
                       .arg(QLatin1String(name), labels,
                            label(event.value(QLatin1String("currency")).toString()))
                       .arg(row.value(QLatin1String("revenue"))
                                .toObject()
                                .value(QLatin1String(key))
                                .toInteger());
        });
    }
    // The terminals' sync state.
    const Family sync[] = {
        {"tessera_terminal_acked_seq", "gauge", "How far the server has the terminal's journal."},
        {"tessera_terminal_backlog", "gauge",
         "Journal entries the terminal has not shipped yet (as it last said)."},
        {"tessera_terminal_last_seen_seconds", "gauge",
         "Seconds since the terminal last called the server."},
    };
    for (const Family &f : sync) {
        header(out, f);
        for (const QJsonValue &v : terminals) {
            const QJsonObject t = v.toObject();
            const QString labels = QStringLiteral("terminal=\"%1\"")
                                       .arg(label(t.value(QLatin1String("terminal")).toString()));
            QJsonValue value;
            if (f.name == std::string_view("tessera_terminal_acked_seq"))
                value = t.value(QLatin1String("acked"));
            else if (f.name == std::string_view("tessera_terminal_backlog"))
                value = t.value(QLatin1String("backlog"));
            else if (t.contains(QLatin1String("last_seen")))
                value =
                    double(nowMs - QDateTime::fromString(
                                       t.value(QLatin1String("last_seen")).toString(), Qt::ISODate)
                                       .toMSecsSinceEpoch()) /
                    1000.0;
            if (value.isDouble())
                out += QStringLiteral("%1{%2} %3\n")
                           .arg(QLatin1String(f.name), labels)
                           .arg(value.toDouble(), 0, 'g', 12);
        }
    }
    out += requests;
    return out;
}

QString MetricsText::alertSeries(const QList<AlertRule> &rules, const QList<AlertRecord> &open)
{
    QString out;
    header(out, {"tessera_alert_firing", "gauge",
                 "1 while the alert rule's alert is firing on the server, else 0."});
    for (const AlertRule &rule : rules) {
        bool firing = false;
        for (const AlertRecord &a : open)
            firing = firing || a.ruleId == rule.id;
        out += QStringLiteral("tessera_alert_firing{rule=\"%1\",kind=\"%2\"} %3\n")
                   .arg(rule.id)
                   .arg(label(alertKindName(rule.kind)))
                   .arg(firing ? 1 : 0);
    }
    return out;
}

} // namespace tessera
