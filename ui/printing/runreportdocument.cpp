// SPDX-License-Identifier: GPL-3.0-or-later
#include "runreportdocument.h"

#include "a4pagewriter.h"
#include "a4reportpdf.h"
#include "console/venuetime.h"
#include "printableorder.h"
#include "runreportcharts.h"

namespace tessera {

namespace {

constexpr qreal kInner = A4PageWriter::kInner;
const QColor kMuted = A4PageWriter::kMuted;
constexpr qint64 kDay = 24 * 60 * 60 * 1000;
constexpr int kFailedShown = 15;

struct Column
{
    QString title;
    qreal width = 0; // mm; the last column takes what is left when 0
    int align = Qt::AlignLeft;
};

// A table: a muted header, then one row per entry (the writer starts a new
// page when a row does not fit).
void table(A4PageWriter &w, const QList<Column> &columns, const QList<QStringList> &rows)
{
    const PrintStyle &s = w.style();
    auto cells = [&](const QStringList &texts) {
        QList<A4PageWriter::Cell> out;
        qreal x = 0;
        for (int i = 0; i < columns.size(); ++i) {
            const qreal width = columns[i].width > 0 ? columns[i].width : kInner - x;
            out.push_back({texts.value(i), x, width - 1.5, columns[i].align});
            x += width;
        }
        return out;
    };
    QStringList titles;
    for (const Column &c : columns)
        titles.push_back(c.title);
    const QFont header = s.font(8);
    w.keep(14);
    w.row(cells(titles), header, kMuted);
    // A hair of letter spacing keeps Qt from setting ligatures, so codes
    // such as "insufficient_funds" are found and copied as typed.
    QFont body = s.font(9.5);
    body.setLetterSpacing(QFont::AbsoluteSpacing, 0.5);
    for (const QStringList &r : rows) {
        const QList<A4PageWriter::Cell> row = cells(r);
        qreal height = 0;
        for (const A4PageWriter::Cell &c : row)
            height = std::max(height, w.measure(c.text, body, c.width));
        // Carried over to a new page: the column titles again first.
        if (!w.fits(height + 0.5)) {
            w.keep(1000);
            w.row(cells(titles), header, kMuted);
        }
        w.row(row, body);
    }
}

QString percent(const QLocale &locale, double value)
{
    return locale.toString(value, 'f', 1) + QLatin1Char('%');
}

QString number(const QLocale &locale, qint64 value)
{
    return locale.toString(value);
}

} // namespace

QList<RunReportAlert> RunReportDocument::alertsOf(const RunReport &report)
{
    QList<RunReportAlert> out;
    for (const AlertRecord &alert : report.alerts) {
        const QString rule = alert.rule.describe();
        out.push_back(
            RunReportAlert{alert.detail.isEmpty() ? rule : tr("%1 (%2)").arg(rule, alert.detail),
                           alert.startedAtMs, alert.endedAtMs, alert.acknowledgedBy});
    }
    return out;
}

QList<RunReportIncident> RunReportDocument::incidentsOf(const RunReport &report)
{
    QList<RunReportIncident> out;
    for (const SyncIncident &i : report.incidents) {
        QString what = i.state == QLatin1String("revoked")   ? tr("Terminal revoked by the server")
                       : i.state == QLatin1String("failing") ? tr("Server refused the journal")
                                                             : tr("Server unreachable");
        if (!i.message.isEmpty())
            what = tr("%1: %2").arg(what, i.message);
        if (i.peakBacklog > 0)
            what = tr("%1 · entries that waited: %n", nullptr, int(i.peakBacklog)).arg(what);
        out.push_back(RunReportIncident{report.terminal, i.startedAtMs, i.endedAtMs, what});
    }
    return out;
}

QString RunReportDocument::fileName() const
{
    const RunReportScope &scope = m_report.scope;
    // Every terminal's report beside this terminal's, not over it.
    const QString every = m_report.server.isEmpty() ? QString() : QStringLiteral("-all");
    if (scope.eventId > 0)
        return QStringLiteral("run-report-event-%1%2.pdf").arg(scope.eventId).arg(every);
    return QStringLiteral("run-report-%1-%2%3.pdf")
        .arg(scope.from.toString(Qt::ISODate), scope.to.toString(Qt::ISODate), every);
}

QString RunReportDocument::title() const
{
    if (m_report.scope.eventId > 0)
        return tr("Run report: %1").arg(m_report.eventName);
    return tr("Run report %1 – %2")
        .arg(m_report.scope.from.toString(Qt::ISODate), m_report.scope.to.toString(Qt::ISODate));
}

void RunReportDocument::totals(A4PageWriter &w, const VenueTime &zone) const
{
    const PrintStyle &s = w.style();
    const DashboardFigures &f = m_report.figures;
    const QLocale &l = s.locale();
    const double success = f.successPercent();
    const qreal tile = kInner / 4;
    auto tiles = [&](const QList<std::pair<QString, QString>> &items) {
        QList<A4PageWriter::Cell> labels;
        QList<A4PageWriter::Cell> values;
        for (int i = 0; i < items.size(); ++i) {
            labels.push_back({items[i].first, tile * i, tile - 3});
            values.push_back({items[i].second, tile * i, tile - 3});
        }
        // One size for the row, small enough for its longest figure on one line.
        qreal points = 14;
        auto fits = [&](qreal size) {
            const QFont font = s.font(size, QFont::Bold);
            const qreal line = w.measure(QStringLiteral("0"), font, tile - 3);
            for (const A4PageWriter::Cell &c : values) {
                if (w.measure(c.text, font, c.width) > line * 1.5)
                    return false;
            }
            return true;
        };
        while (points > 8 && !fits(points))
            points -= 1;
        w.keep(16);
        w.row(labels, s.font(8), kMuted);
        w.row(values, s.font(points, QFont::Bold));
        w.skip(2);
    };
    w.heading(tr("Totals"));
    tiles({{tr("Orders"), number(l, f.orders)},
           {tr("Revenue"), s.money(f.revenue, f.currency)},
           {tr("Payment attempts"), number(l, f.attempts)},
           {tr("Payment success"), success < 0 ? tr("—") : percent(l, success)}});
    tiles({{tr("Refunds"), number(l, f.refunds)},
           {tr("Refunded"), s.money(f.refundedAmount, f.currency)},
           {tr("Cancelled orders"), number(l, f.cancelledOrders)},
           {tr("Peak throughput"), tr("%1 orders/min").arg(number(l, f.peakMinuteOrders))}});
    const QFont body = s.font(9.5);
    if (f.peakMinuteOrders > 0) {
        const bool oneDay = f.filter.toMs - f.filter.fromMs <= kDay;
        const QString at = oneDay ? zone.timeWithZone(f.peakMinuteStartMs)
                                  : zone.dateTimeWithZone(f.peakMinuteStartMs);
        w.text(
            tr("Peak minute: %1, orders placed in it: %2.").arg(at, number(l, f.peakMinuteOrders)),
            body);
    } else {
        w.text(tr("No order was placed in this range."), body, Qt::AlignLeft, kMuted);
    }
    const double minutes = std::max<double>(1, (f.filter.toMs - f.filter.fromMs) / 60000.0);
    w.text(tr("Average throughput: %1 orders/min over %2 min.")
               .arg(l.toString(f.orders / minutes, 'f', 2), number(l, qint64(minutes))),
           body, Qt::AlignLeft, kMuted);
}

void RunReportDocument::timeline(A4PageWriter &w, const VenueTime &zone) const
{
    const PrintStyle &s = w.style();
    const DashboardFigures &f = m_report.figures;
    const qint64 minutes = f.bucketMs / 60000;
    w.heading(tr("Sales over time"));
    QString per = tr("Orders per %1 min, by sales channel.").arg(minutes);
    if (minutes == 60)
        per = tr("Orders per hour, by sales channel.");
    else if (minutes >= 24 * 60)
        per = tr("Orders per day, by sales channel.");
    w.text(per, s.font(8.5), Qt::AlignLeft, kMuted);
    RunReportCharts::salesBars(w, f, zone, 48);
    w.heading(tr("Payment success over time"));
    w.text(tr("Approved payments as a share of the attempts in each period; no point where "
              "nothing was attempted."),
           s.font(8.5), Qt::AlignLeft, kMuted);
    RunReportCharts::successLine(w, f, zone, 38);
}

void RunReportDocument::payments(A4PageWriter &w) const
{
    const PrintStyle &s = w.style();
    const DashboardFigures &f = m_report.figures;
    const QLocale &l = s.locale();
    const QFont body = s.font(9.5);

    w.heading(tr("Payments by method"));
    QMap<QString, std::pair<qint64, qint64>> byMethod; // attempts, approved
    for (const PaymentBucket &b : f.payments) {
        for (auto it = b.attempts.cbegin(); it != b.attempts.cend(); ++it)
            byMethod[it.key()].first += it.value();
        for (auto it = b.approved.cbegin(); it != b.approved.cend(); ++it)
            byMethod[it.key()].second += it.value();
    }
    QList<QStringList> rows;
    for (auto it = byMethod.cbegin(); it != byMethod.cend(); ++it) {
        const QString method = it.key().section(QLatin1Char('/'), 0, 0);
        const QString provider = it.key().section(QLatin1Char('/'), 1);
        const auto [attempts, approved] = it.value();
        rows.push_back({PrintableOrder::methodName(method), provider, number(l, attempts),
                        number(l, approved),
                        attempts ? percent(l, 100.0 * approved / attempts) : tr("—")});
    }
    if (rows.isEmpty())
        w.text(tr("No payment was attempted."), body, Qt::AlignLeft, kMuted);
    else
        table(w,
              {{tr("Method"), 40},
               {tr("Provider"), 46},
               {tr("Attempts"), 30, Qt::AlignRight},
               {tr("Approved"), 30, Qt::AlignRight},
               {tr("Success"), 0, Qt::AlignRight}},
              rows);

    w.heading(tr("Error codes"));
    qint64 failed = 0;
    for (const ErrorCodeCount &e : f.errors)
        failed += e.count;
    rows.clear();
    for (const ErrorCodeCount &e : f.errors)
        rows.push_back({e.code, number(l, e.count), percent(l, 100.0 * e.count / failed)});
    if (rows.isEmpty()) {
        w.text(tr("No payment failed."), body, Qt::AlignLeft, kMuted);
        return;
    }
    table(w,
          {{tr("Error code"), 86},
           {tr("Failed payments"), 40, Qt::AlignRight},
           {tr("Share of failures"), 0, Qt::AlignRight}},
          rows);

    w.skip(3);
    w.keep(22); // the title with its header and a first row
    w.text(tr("Failed payments"), s.font(10, QFont::Bold));
    const VenueTime zone(QTimeZone(m_report.zone.toUtf8()), l);
    rows.clear();
    for (const PaymentFact &p : f.failedPayments.mid(0, kFailedShown)) {
        const QString currency = [&] {
            for (const OrderFact &o : m_report.facts.orders) {
                if (o.orderId == p.orderId)
                    return o.currency;
            }
            return f.currency;
        }();
        rows.push_back({zone.dateTime(p.createdAtMs), RunReport::orderNumber(p.terminal, p.orderId),
                        PrintableOrder::methodName(p.method),
                        p.errorCode.isEmpty() ? tr("unknown") : p.errorCode,
                        s.money(p.amount, currency)});
    }
    table(w,
          {{tr("Time"), 38},
           {tr("Order"), 38},
           {tr("Method"), 30},
           {tr("Error code"), 34},
           {tr("Amount"), 0, Qt::AlignRight}},
          rows);
    if (f.failedPayments.size() > kFailedShown)
        w.text(tr("… %1 more in payments.csv.")
                   .arg(number(s.locale(), f.failedPayments.size() - kFailedShown)),
               s.font(8.5), Qt::AlignLeft, kMuted);
}

void RunReportDocument::refunds(A4PageWriter &w) const
{
    const PrintStyle &s = w.style();
    const DashboardFigures &f = m_report.figures;
    w.heading(tr("Refunds and reasons"));
    QList<QStringList> rows;
    for (const RefundReason &r : f.refundReasons)
        rows.push_back({r.reason.isEmpty() ? tr("(no reason given)") : r.reason,
                        number(s.locale(), r.count), s.money(r.amount, f.currency)});
    if (rows.isEmpty()) {
        w.text(tr("No refund."), s.font(9.5), Qt::AlignLeft, kMuted);
        return;
    }
    table(w,
          {{tr("Reason"), 96},
           {tr("Refunds"), 30, Qt::AlignRight},
           {tr("Amount"), 0, Qt::AlignRight}},
          rows);
}

void RunReportDocument::channelsAndTerminals(A4PageWriter &w) const
{
    const PrintStyle &s = w.style();
    const DashboardFigures &f = m_report.figures;
    const QLocale &l = s.locale();
    auto section = [&](const QString &heading, const QString &what,
                       const QMap<QString, qint64> &orders, const QMap<QString, qint64> &revenue,
                       bool channels) {
        w.heading(heading);
        QStringList keys = orders.keys();
        for (const QString &k : revenue.keys()) {
            if (!keys.contains(k))
                keys.push_back(k);
        }
        QList<QStringList> rows;
        for (const QString &k : keys) {
            const qint64 n = orders.value(k);
            rows.push_back({channels ? RunReportCharts::channelName(k) : k, number(l, n),
                            f.orders ? percent(l, 100.0 * n / f.orders) : tr("—"),
                            s.money(revenue.value(k), f.currency)});
        }
        if (rows.isEmpty()) {
            w.text(tr("No order."), s.font(9.5), Qt::AlignLeft, kMuted);
            return;
        }
        table(w,
              {{what, 66},
               {tr("Orders"), 30, Qt::AlignRight},
               {tr("Share"), 30, Qt::AlignRight},
               {tr("Revenue"), 0, Qt::AlignRight}},
              rows);
    };
    section(tr("By sales channel"), tr("Channel"), f.ordersByChannel, f.revenueByChannel, true);
    section(tr("By terminal"), tr("Terminal"), f.ordersByTerminal, f.revenueByTerminal, false);
}

void RunReportDocument::stock(A4PageWriter &w) const
{
    const PrintStyle &s = w.style();
    const QLocale &l = s.locale();
    const bool oneEvent = m_report.scope.eventId > 0;
    w.heading(tr("Stock by category"));
    QList<QStringList> rows;
    for (const StockOutlook &o : m_report.figures.stock) {
        if (oneEvent && o.eventId != m_report.scope.eventId)
            continue;
        QStringList row;
        if (!oneEvent)
            row.push_back(o.eventName);
        row << o.stock << number(l, o.capacity) << number(l, o.sold) << number(l, o.held)
            << number(l, o.left)
            << (o.capacity ? percent(l, 100.0 * o.sold / o.capacity) : tr("—"));
        rows.push_back(row);
    }
    if (rows.isEmpty()) {
        w.text(tr("No stock to show."), s.font(9.5), Qt::AlignLeft, kMuted);
        return;
    }
    QList<Column> columns;
    if (!oneEvent)
        columns.push_back({tr("Event"), 44});
    columns += {{tr("Category"), oneEvent ? 64.0 : 36.0}, {tr("Capacity"), 20, Qt::AlignRight},
                {tr("Sold"), 20, Qt::AlignRight},         {tr("Held"), 18, Qt::AlignRight},
                {tr("Left"), 20, Qt::AlignRight},         {tr("Sold %"), 0, Qt::AlignRight}};
    table(w, columns, rows);
}

void RunReportDocument::alertsAndIncidents(A4PageWriter &w, const VenueTime &zone) const
{
    const PrintStyle &s = w.style();
    const QFont body = s.font(9.5);
    auto until = [&](qint64 ms) { return ms ? zone.dateTime(ms) : tr("still on"); };

    w.heading(tr("Alerts"));
    QList<QStringList> rows;
    for (const RunReportAlert &a : m_alerts)
        rows.push_back({a.name, zone.dateTime(a.startedAtMs), until(a.endedAtMs),
                        a.acknowledgedBy.isEmpty() ? tr("—") : a.acknowledgedBy});
    if (rows.isEmpty())
        w.text(tr("No alert recorded."), body, Qt::AlignLeft, kMuted);
    else
        table(
            w,
            {{tr("Alert"), 64}, {tr("Started"), 36}, {tr("Ended"), 36}, {tr("Acknowledged by"), 0}},
            rows);

    w.heading(tr("Sync incidents"));
    rows.clear();
    for (const RunReportIncident &i : m_incidents)
        rows.push_back({i.terminal, zone.dateTime(i.startedAtMs), until(i.endedAtMs), i.what});
    if (rows.isEmpty())
        w.text(tr("None."), body, Qt::AlignLeft, kMuted);
    else
        table(w, {{tr("Terminal"), 30}, {tr("Started"), 36}, {tr("Ended"), 36}, {tr("What"), 0}},
              rows);
}

void RunReportDocument::layOut(A4PageWriter &w) const
{
    const PrintStyle &s = w.style();
    const VenueTime zone(QTimeZone(m_report.zone.toUtf8()), s.locale());
    const DashboardFigures &f = m_report.figures;
    const QFont body = s.font(9.5);

    w.text(tr("Run report"), s.font(22, QFont::Black));
    if (m_report.scope.eventId > 0) {
        w.text(m_report.eventName, s.font(14, QFont::Bold));
        w.text(tr("%1 · starts %2")
                   .arg(m_report.venue, zone.dateTimeWithZone(m_report.eventStartsAtMs)),
               body, Qt::AlignLeft, kMuted);
    } else {
        const QTimeZone tz(m_report.zone.toUtf8());
        w.text(tr("%1 to %2")
                   .arg(zone.longDate(QDateTime(m_report.scope.from, QTime(12, 0), tz)),
                        zone.longDate(QDateTime(m_report.scope.to, QTime(12, 0), tz))),
               s.font(14, QFont::Bold));
    }
    const QString covers = m_report.server.isEmpty()
                               ? tr("Covers %1 to %2 (time zone %3), terminal %4.")
                               : tr("Covers %1 to %2 (time zone %3), every terminal, as the "
                                    "server %4 has them.");
    w.text(covers.arg(zone.dateTime(f.filter.fromMs), zone.dateTime(f.filter.toMs),
                      zone.zoneName(zone.at(f.filter.fromMs)),
                      m_report.server.isEmpty() ? m_report.terminal : m_report.server),
           body, Qt::AlignLeft, kMuted);
    w.rule(true);

    totals(w, zone);
    timeline(w, zone);
    payments(w);
    refunds(w);
    channelsAndTerminals(w);
    stock(w);
    alertsAndIncidents(w, zone);

    w.skip(6);
    w.text(tr("Printed %1 · Tessera").arg(zone.dateTimeWithZone(m_report.generatedAtMs)), s.font(8),
           Qt::AlignLeft, kMuted);
}

void RunReportDocument::paint(QPagedPaintDevice &device, QPainter &painter,
                              const PrintStyle &style) const
{
    A4ReportPdf::paint(device, painter, style, [this](A4PageWriter &w) { layOut(w); });
}

Result<void> RunReportDocument::writePdf(const QString &pdfPath, const QLocale &locale) const
{
    return A4ReportPdf::write(pdfPath, title(), locale, [this](A4PageWriter &w) { layOut(w); });
}

} // namespace tessera
