// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/timeserieschart.h"

#include "console/venuetime.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace tessera {

namespace {

// A few well-told-apart colours, in the order keys first appear.
const QList<QColor> &lineColours()
{
    static const QList<QColor> colours{QColor(0x1565c0), QColor(0x2e7d32), QColor(0xef6c00),
                                       QColor(0x6a1b9a), QColor(0xc62828), QColor(0x00838f)};
    return colours;
}

} // namespace

TimeSeriesChart::TimeSeriesChart(const QString &title, QWidget *parent)
    : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    m_x = new QCategoryAxis(chart);
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_x->setGridLineVisible(false);
    m_y = new QValueAxis(chart);
    m_y->setMin(0);
    m_y->setTickCount(5);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
}

QLineSeries *TimeSeriesChart::addLine(const QString &key)
{
    auto *series = new QLineSeries(chart());
    series->setPen(QPen(lineColours()[m_lines.size() % lineColours().size()], 2));
    series->setMarkerSize(5);
    chart()->addSeries(series);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    m_lines.insert(key, series);
    return series;
}

void TimeSeriesChart::showLine(QLineSeries *series, bool shown)
{
    if (series->isVisible() == shown)
        return;
    series->setVisible(shown);
    for (QLegendMarker *marker : chart()->legend()->markers(series))
        marker->setVisible(shown);
}

void TimeSeriesChart::prepareLines(const QStringList &keys)
{
    for (const QString &key : keys) {
        if (m_lines.contains(key))
            continue;
        showLine(addLine(key), false);
        m_prepared.insert(key);
    }
}

QLineSeries *TimeSeriesChart::line(const QString &key) const
{
    QLineSeries *series = m_lines.value(key);
    return series && series->isVisible() ? series : nullptr;
}

void TimeSeriesChart::show(const QList<qint64> &bucketStarts,
                           const QMap<QString, QList<double>> &lines,
                           const std::function<QString(const QString &)> &name,
                           const VenueTime &time, const QString &valueFormat, double minimumTop)
{
    double top = minimumTop;
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        QLineSeries *series = m_lines.value(it.key());
        if (!series)
            series = addLine(it.key());
        showLine(series, true);
        const QString shownName = name(it.key());
        if (series->name() != shownName)
            series->setName(shownName);
        QList<QPointF> points;
        points.reserve(it.value().size());
        for (int i = 0; i < it.value().size(); ++i) {
            const double value = it.value()[i];
            if (!std::isfinite(value))
                continue; // nothing to show in this bucket (no attempt)
            points.push_back(QPointF(i, value));
            top = std::max(top, value);
        }
        // A bucket alone between empty ones is a dot, not nothing; on a long
        // range the dots would only thicken the line.
        series->setPointsVisible(it.value().size() <= kMaxDottedPoints);
        series->replace(points);
    }
    // A key gone from the range (a channel filtered out) leaves the chart;
    // one known ahead is only hidden.
    bool anyShown = false;
    for (auto it = m_lines.begin(); it != m_lines.end();) {
        if (lines.contains(it.key())) {
            anyShown = true;
            ++it;
        } else if (m_prepared.contains(it.key())) {
            showLine(it.value(), false);
            if (it.value()->count() > 0)
                it.value()->clear();
            ++it;
        } else {
            chart()->removeSeries(it.value());
            delete it.value();
            it = m_lines.erase(it);
        }
    }
    m_y->setLabelFormat(valueFormat);
    m_y->setRange(0, top <= minimumTop ? minimumTop : top * 1.1);
    m_y->applyNiceNumbers();
    labelTimes(bucketStarts, time);
    chart()->legend()->setVisible(anyShown);
}

void TimeSeriesChart::labelTimes(const QList<qint64> &bucketStarts, const VenueTime &time)
{
    m_x->setRange(0, std::max<qsizetype>(1, bucketStarts.size() - 1));
    if (bucketStarts == m_labelledStarts)
        return;
    m_labelledStarts = bucketStarts;
    for (const QString &label : m_x->categoriesLabels())
        m_x->remove(label);
    if (bucketStarts.isEmpty())
        return;
    // About six labels; a range over a day shows dates and times, one over
    // a few days the dates alone (a date and a time do not fit six abreast).
    constexpr qint64 day = 24LL * 3600 * 1000;
    const qint64 span = bucketStarts.last() - bucketStarts.first();
    const QString dateFormat =
        span > 3 * day ? QStringLiteral("MM-dd") : QStringLiteral("MM-dd HH:mm");
    const qsizetype step = std::max<qsizetype>(1, bucketStarts.size() / 6);
    for (qsizetype i = 0; i < bucketStarts.size(); i += step) {
        const QString label =
            span > day ? time.at(bucketStarts[i]).toString(dateFormat) : time.time(bucketStarts[i]);
        if (!m_x->categoriesLabels().contains(label))
            m_x->append(label, double(i));
    }
}

} // namespace tessera
