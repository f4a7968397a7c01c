// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/runreport.h"

#include "dashboard/localsalefacts.h"
#include "query/eventqueries.h"
#include "query/reportqueries.h"
#include "sales/orderstate.h"
#include "setup/boxofficetimezone.h"

#include <QDateTime>
#include <QSet>
#include <QTimeZone>

namespace tessera {

QString RunReport::orderNumber(const QString &terminal, qint64 orderId)
{
    return tessera::orderNumber(terminal, orderId);
}

QList<OrderFact> RunReport::orders() const
{
    const DashboardFilter &f = figures.filter;
    QList<OrderFact> out;
    for (const OrderFact &o : facts.orders) {
        if (f.takesTime(o.createdAtMs) && f.takesEvent(o.eventId))
            out.push_back(o);
    }
    return out;
}

namespace {

// Order ids of the scope's event (every order when the scope has none).
QSet<qint64> ordersOfEvent(const RunReport &r)
{
    QSet<qint64> ids;
    for (const OrderFact &o : r.facts.orders) {
        if (r.figures.filter.takesEvent(o.eventId))
            ids.insert(o.orderId);
    }
    return ids;
}

} // namespace

QList<PaymentFact> RunReport::payments() const
{
    const QSet<qint64> ids = ordersOfEvent(*this);
    QList<PaymentFact> out;
    for (const PaymentFact &p : facts.payments) {
        if (figures.filter.takesTime(p.createdAtMs) && ids.contains(p.orderId))
            out.push_back(p);
    }
    return out;
}

QList<RefundFact> RunReport::refunds() const
{
    const QSet<qint64> ids = ordersOfEvent(*this);
    QList<RefundFact> out;
    for (const RefundFact &r : facts.refunds) {
        if (figures.filter.takesTime(r.createdAtMs) && ids.contains(r.orderId))
            out.push_back(r);
    }
    return out;
}

std::pair<qint64, qint64> RunReportReader::bounds(QDate from, QDate to, const QString &zone)
{
    const QTimeZone tz(zone.toUtf8());
    const QTimeZone use = tz.isValid() ? tz : QTimeZone::utc();
    return {QDateTime(from, QTime(0, 0), use).toMSecsSinceEpoch(),
            QDateTime(to.addDays(1), QTime(0, 0), use).toMSecsSinceEpoch()};
}

Result<RunReport> RunReportReader::read(SqliteDb &db, const QString &terminal, const DataKey *key,
                                        const RunReportScope &scope, qint64 nowMs)
{
    RunReport report;
    report.scope = scope;
    report.terminal = terminal;
    report.generatedAtMs = nowMs;
    report.zone = BoxOfficeTimeZone::read(db);

    DashboardFilter filter;
    if (scope.eventId > 0) {
        EventQueries events(db);
        auto managed = events.managed();
        if (!managed)
            return managed.error();
        bool found = false;
        for (const EventQueries::Managed &e : *managed) {
            if (e.id == scope.eventId) {
                found = true;
                report.eventName = e.name;
                report.venue = e.venue;
                report.eventStartsAtMs = e.startsAtMs;
            }
        }
        if (!found)
            return fail(ErrorCode::NotFound, tr("There is no event %1.").arg(scope.eventId),
                        QStringLiteral("event"));
        filter.eventId = scope.eventId;
    } else {
        if (!scope.from.isValid())
            return fail(ErrorCode::MissingField, tr("Give the first day of the report."),
                        QStringLiteral("from"));
        if (!scope.to.isValid())
            return fail(ErrorCode::MissingField, tr("Give the last day of the report."),
                        QStringLiteral("to"));
        if (scope.to < scope.from)
            return fail(ErrorCode::InvalidInput,
                        tr("The last day (%1) is before the first (%2).")
                            .arg(scope.to.toString(Qt::ISODate), scope.from.toString(Qt::ISODate)),
                        QStringLiteral("to"));
        std::tie(filter.fromMs, filter.toMs) = bounds(scope.from, scope.to, report.zone);
    }

    auto facts = LocalSaleFacts::read(db, terminal, filter.fromMs, filter.toMs, nowMs);
    if (!facts)
        return facts.error();
    report.facts = std::move(*facts);
    // An event's report starts at its first sale (not another event's).
    if (scope.eventId > 0) {
        for (const OrderFact &o : report.facts.orders) {
            if (o.eventId == scope.eventId && (filter.fromMs == 0 || o.createdAtMs < filter.fromMs))
                filter.fromMs = o.createdAtMs;
        }
    }
    report.figures = DashboardFigures::compute(report.facts, filter, nowMs);
    // The alerts of the range (a database from before alerts has none).
    if (auto alerts = AlertStore::log(db, report.figures.filter.fromMs); alerts) {
        for (const AlertRecord &alert : *alerts) {
            if (alert.startedAtMs < report.figures.filter.toMs)
                report.alerts.push_back(alert);
        }
    }
    // The times this console could not reach its server (none before schema 13).
    if (auto incidents =
            SyncIncidents::read(db, report.figures.filter.fromMs, report.figures.filter.toMs);
        incidents)
        report.incidents = *incidents;

    QList<qint64> ids;
    for (const OrderFact &o : report.orders())
        ids.push_back(o.orderId);
    auto names = ReportQueries(db, key).customerNames(ids);
    if (!names)
        return names.error();
    report.customers = std::move(*names);
    return report;
}

} // namespace tessera
