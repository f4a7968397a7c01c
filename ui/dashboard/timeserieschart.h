// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>

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

    // Makes the lines of keys known ahead (the sales channels, the payment
    // methods) before any figure arrives, hidden until a figure names them:
    // the first live frame then only fills them in, and each key keeps its
    // colour whatever order the keys come in.
    void prepareLines(const QStringList &keys);

    // The chart's shown lines by key (for tests); nullptr for a key not shown.
    QLineSeries *line(const QString &key) const;

private:
    QLineSeries *addLine(const QString &key);
    void showLine(QLineSeries *series, bool shown);
    void labelTimes(const QList<qint64> &bucketStarts, const VenueTime &time);

    QCategoryAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    QHash<QString, QLineSeries *> m_lines;
    QSet<QString> m_prepared; // hidden, not removed, when a range lacks them
    QList<qint64> m_labelledStarts;
};

} // namespace tessera
