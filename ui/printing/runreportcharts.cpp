// SPDX-License-Identifier: GPL-3.0-or-later
#include "runreportcharts.h"

#include "a4pagewriter.h"
#include "console/venuetime.h"
#include "dashboard/dashboardfigures.h"

#include <QPainterPath>

#include <cmath>

namespace tessera {

namespace {

constexpr qreal kAxisWidth = 14;   // mm left of the plot for the values
constexpr qreal kLegendHeight = 6; // mm above the plot
constexpr qreal kLabelHeight = 6;  // mm under the plot for the times
constexpr qint64 kDay = 24 * 60 * 60 * 1000;
constexpr qreal kMaxBarWidth = 8; // mm
const QColor kGrid{0xcc, 0xcc, 0xcc};
const QColor kLine{0x1f, 0x6f, 0xb2};

// 1, 2 or 5 times a power of ten, at least `value` (1 for nothing).
qint64 niceCeiling(qint64 value)
{
    if (value <= 1)
        return 1;
    qint64 power = 1;
    while (power * 10 < value)
        power *= 10;
    for (const qint64 step : {1, 2, 5, 10}) {
        if (step * power >= value)
            return step * power;
    }
    return 10 * power;
}

// The plot's area inside a chart's block, in millimetres.
QRectF plotArea(const QRectF &block)
{
    return block.adjusted(kAxisWidth, kLegendHeight, -2, -kLabelHeight);
}

QRectF toDevice(const PrintStyle &s, const QRectF &mm)
{
    return QRectF(s.mm(mm.x()), s.mm(mm.y()), s.mm(mm.width()), s.mm(mm.height()));
}

// A time on the axis: the time of day within a day, else the date (and time).
QString axisTime(const DashboardFigures &f, const VenueTime &zone, qint64 ms)
{
    const qint64 span = f.filter.toMs - f.filter.fromMs;
    if (span <= kDay)
        return zone.time(ms);
    if (f.bucketMs < kDay)
        return zone.at(ms).toString(QStringLiteral("MM-dd HH:mm"));
    return zone.date(ms);
}

// Horizontal grid lines with their values at the left, and the times of up to
// five buckets under the plot.
void drawAxes(QPainter &p, const PrintStyle &s, const QRectF &plot, const QStringList &yLabels,
              const DashboardFigures &f, const VenueTime &zone)
{
    const QFont font = s.font(7);
    p.setFont(font);
    const int steps = int(yLabels.size()) - 1;
    for (int i = 0; i <= steps; ++i) {
        const qreal y = plot.bottom() - plot.height() * i / steps;
        p.setPen(QPen(i == 0 ? Qt::black : kGrid, s.mm(i == 0 ? 0.25 : 0.12)));
        p.drawLine(QPointF(s.mm(plot.left()), s.mm(y)), QPointF(s.mm(plot.right()), s.mm(y)));
        p.setPen(A4PageWriter::kMuted);
        p.drawText(toDevice(s, QRectF(plot.left() - kAxisWidth, y - 2.5, kAxisWidth - 1.5, 5)),
                   Qt::AlignRight | Qt::AlignVCenter, yLabels[i]);
    }
    const int n = int(f.sales.size());
    if (n == 0)
        return;
    const qreal slot = plot.width() / n;
    QList<int> marks{0};
    for (int q = 1; q <= 4; ++q) {
        const int i = q == 4 ? n - 1 : n * q / 4;
        if (i > marks.last())
            marks.push_back(i);
    }
    for (const int i : marks) {
        const qreal x = plot.left() + slot * (i + 0.5);
        p.setPen(QPen(Qt::black, s.mm(0.2)));
        p.drawLine(QPointF(s.mm(x), s.mm(plot.bottom())),
                   QPointF(s.mm(x), s.mm(plot.bottom() + 1)));
        p.setPen(A4PageWriter::kMuted);
        // Centred under its tick; near the right edge it may reach into the margin.
        const qreal width = 20;
        const qreal left =
            std::clamp(x - width / 2, plot.left() - kAxisWidth / 2, plot.right() + 8 - width);
        p.drawText(toDevice(s, QRectF(left, plot.bottom() + 1, width, kLabelHeight - 1)),
                   Qt::AlignHCenter | Qt::AlignTop, axisTime(f, zone, f.sales[i].startMs));
    }
}

// Coloured squares with names, from the right edge of the legend row.
void drawLegend(QPainter &p, const PrintStyle &s, const QRectF &block,
                const QList<std::pair<QColor, QString>> &entries)
{
    const QFont font = s.font(7.5);
    p.setFont(font);
    const QFontMetricsF metrics(font, p.device());
    qreal right = block.right() - 2;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const qreal textWidth = metrics.horizontalAdvance(it->second) / s.mm(1) + 1;
        const qreal x = right - textWidth;
        p.setPen(Qt::black);
        p.drawText(toDevice(s, QRectF(x, block.top(), textWidth, kLegendHeight - 1.5)),
                   Qt::AlignLeft | Qt::AlignVCenter, it->second);
        p.fillRect(toDevice(s, QRectF(x - 3.5, block.top() + 1.2, 2.5, 2.5)), it->first);
        right = x - 7;
    }
}

} // namespace

QColor RunReportCharts::channelColour(int index)
{
    static const QColor colours[] = {QColor(0x1f, 0x6f, 0xb2), QColor(0xe0, 0x8a, 0x1e),
                                     QColor(0x3a, 0x9a, 0x5b), QColor(0x8e, 0x4a, 0xa8),
                                     QColor(0xc0, 0x39, 0x2b), QColor(0x60, 0x60, 0x60)};
    return colours[index % int(std::size(colours))];
}

QString RunReportCharts::channelName(const QString &channel)
{
    if (channel == QLatin1String("counter"))
        return tr("Counter");
    if (channel == QLatin1String("online"))
        return tr("Online");
    if (channel == QLatin1String("phone"))
        return tr("Phone");
    return channel;
}

void RunReportCharts::salesBars(A4PageWriter &w, const DashboardFigures &f, const VenueTime &zone,
                                qreal heightMm)
{
    const PrintStyle &s = w.style();
    QPainter &p = w.painter();
    const QRectF block = w.block(heightMm);
    const QRectF plot = plotArea(block);
    qint64 most = 0;
    for (const SalesBucket &b : f.sales) {
        qint64 sum = 0;
        for (const qint64 v : b.orders)
            sum += v;
        most = std::max(most, sum);
    }
    const qint64 top = niceCeiling(most);
    const bool halves = top >= 2 && top % 2 == 0;
    QStringList yLabels{QStringLiteral("0")};
    if (halves)
        yLabels.push_back(QString::number(top / 2));
    yLabels.push_back(QString::number(top));

    p.save();
    drawAxes(p, s, plot, yLabels, f, zone);
    const int n = int(f.sales.size());
    const qreal slot = n ? plot.width() / n : plot.width();
    const qreal gap = slot > 1.2 ? std::min(slot * 0.2, 1.0) : 0;
    // A few buckets make wide slots: bars no wider than this, centred.
    const qreal bar = std::min(std::max(slot - gap, 0.15), kMaxBarWidth);
    QList<std::pair<QColor, QString>> legend;
    for (int c = 0; c < f.channels.size(); ++c)
        legend.push_back({channelColour(c), channelName(f.channels[c])});
    for (int i = 0; i < n; ++i) {
        qreal base = plot.bottom();
        for (int c = 0; c < f.channels.size(); ++c) {
            const qint64 v = f.sales[i].orders.value(f.channels[c]);
            if (v <= 0)
                continue;
            const qreal h = plot.height() * v / top;
            p.fillRect(
                toDevice(s, QRectF(plot.left() + slot * (i + 0.5) - bar / 2, base - h, bar, h)),
                channelColour(c));
            base -= h;
        }
    }
    drawLegend(p, s, block, legend);
    p.restore();
}

void RunReportCharts::successLine(A4PageWriter &w, const DashboardFigures &f, const VenueTime &zone,
                                  qreal heightMm)
{
    const PrintStyle &s = w.style();
    QPainter &p = w.painter();
    const QRectF block = w.block(heightMm);
    const QRectF plot = plotArea(block);
    p.save();
    drawAxes(p, s, plot, {QStringLiteral("0%"), QStringLiteral("50%"), QStringLiteral("100%")}, f,
             zone);
    const int n = int(f.payments.size());
    const qreal slot = n ? plot.width() / n : plot.width();
    QPainterPath line;
    bool drawing = false;
    QList<QPointF> dots;
    for (int i = 0; i < n; ++i) {
        qint64 attempts = 0;
        qint64 approved = 0;
        for (const qint64 v : f.payments[i].attempts)
            attempts += v;
        for (const qint64 v : f.payments[i].approved)
            approved += v;
        // No attempt, no point: the line joins the periods that had some.
        if (attempts == 0)
            continue;
        const QPointF at(s.mm(plot.left() + slot * (i + 0.5)),
                         s.mm(plot.bottom() - plot.height() * approved / attempts));
        if (drawing)
            line.lineTo(at);
        else
            line.moveTo(at);
        drawing = true;
        dots.push_back(at);
    }
    p.setPen(QPen(kLine, s.mm(0.5), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(line);
    if (dots.size() <= 120) {
        p.setPen(Qt::NoPen);
        p.setBrush(kLine);
        for (const QPointF &d : dots)
            p.drawEllipse(d, s.mm(0.7), s.mm(0.7));
    }
    drawLegend(p, s, block, {{kLine, tr("Approved / attempted")}});
    p.restore();
}

} // namespace tessera
