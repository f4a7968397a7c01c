// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QHash>
#include <QList>
#include <QMap>

#include <functional>

class QCategoryAxis;
class QLineSeries;
class QValueAxis;

namespace tessera {

class VenueTime;

// One line per key (a channel, a payment method) over the dashboard's time
// buckets. The x axis is the bucket's index, labelled with venue times (the
// box office's zone, never the PC's); lines are kept between updates and only
// their points replaced, so a live refresh does not rebuild the chart.
class TimeSeriesChart : public QChartView
{
    Q_OBJECT

public:
    static constexpr int kMaxDottedPoints = 60;

    explicit TimeSeriesChart(const QString &title, QWidget *parent = nullptr);

    // `lines`: key -> one value per bucket; `name` gives each key's legend
    // text; `valueFormat` the y axis' labels ("%.0f", "%.0f %%").
    void show(const QList<qint64> &bucketStarts, const QMap<QString, QList<double>> &lines,
              const std::function<QString(const QString &)> &name, const VenueTime &time,
              const QString &valueFormat, double minimumTop);

    // The chart's lines by key (for tests).
    QLineSeries *line(const QString &key) const { return m_lines.value(key); }

private:
    void labelTimes(const QList<qint64> &bucketStarts, const VenueTime &time);

    QCategoryAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    QHash<QString, QLineSeries *> m_lines;
    QList<qint64> m_labelledStarts;
};

} // namespace tessera
